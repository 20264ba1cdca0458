/**
 * Slots served from a PeriodSlotCache (core/slots.ts) are exactly the slots expanded afresh,
 * whatever `to` asked for (before, at or after a clock change, inside or past the cached horizon),
 * in zones with DST, half-hour DST, a skipped day and a change at 23:00, for times inside a DST gap
 * and cadences with a history.
 */
import { describe, expect, test } from 'vitest';
import type { Channel } from '../../src/core/schema/planner.ts';
import { expandChannelSlots, type PeriodSlotCache } from '../../src/core/slots.ts';

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Apia', 'America/Nuuk', 'Asia/Shanghai'];
const CADENCES = ['FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=MO,TH', 'FREQ=MONTHLY;BYMONTHDAY=1,29'];

function memoryCache(): PeriodSlotCache & { sets: number } {
  const map = new Map<string, { through: number; slots: never[] }>();
  return {
    sets: 0,
    get: (key) => map.get(key),
    set(key, value) {
      this.sets++;
      map.set(key, value as { through: number; slots: never[] });
    },
  };
}

describe('expandChannelSlots with a slot cache', () => {
  for (const zone of ZONES)
    test(zone, () => {
      for (const cadence of CADENCES)
        for (const time of ['02:30', '23:30']) {
          const channel: Channel = {
            id: 'c',
            name: 'C',
            platform: 'blog',
            cadence,
            start: '2011-03-01',
            time,
            history: [{ cadence: 'FREQ=DAILY', start: '2010-12-20', time: '01:15' }],
          };
          const breaks = [{ from: '2011-12-28', to: '2012-01-02' }];
          const cache = memoryCache();
          // Dates around clock changes and Apia's skipped 2011-12-30, then past the cached horizon.
          for (const day of ['2011-03-13', '2011-03-27', '2011-04-03', '2011-10-02', '2011-12-30', '2011-11-06', '2012-02-15', '2012-09-30', '2013-06-01']) {
            for (const hour of [0, 7, 23]) {
              const to = Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000;
              const opts = { zone, from: Number.NEGATIVE_INFINITY, to, breaks };
              expect(expandChannelSlots(channel, { ...opts, cache })).toEqual(expandChannelSlots(channel, opts));
            }
          }
          // Each period was expanded again only when asked past what the cache held.
          expect(cache.sets).toBeLessThan(2 * 9 * 3);
          expect(cache.sets).toBeGreaterThan(2);
        }
    });

  test('a bounded `from` never uses the cache', () => {
    const cache = memoryCache();
    const channel: Channel = { id: 'c', name: 'C', platform: 'blog', cadence: 'FREQ=DAILY', start: '2026-01-01', time: '09:00' };
    const opts = { zone: 'Europe/London', from: Date.parse('2026-03-01'), to: Date.parse('2026-04-01'), breaks: [] };
    expect(expandChannelSlots(channel, { ...opts, cache })).toEqual(expandChannelSlots(channel, opts));
    expect(cache.sets).toBe(0);
  });
});
