import { describe, expect, test } from 'vitest';
import { backfillChannel, backfillStart, datesBeforeStart } from '../../src/core/backfill.ts';
import { ChannelSchema, type Channel } from '../../src/core/schema/planner.ts';
import { expandChannelSlots } from '../../src/core/slots.ts';

const zone = 'Asia/Shanghai';
const until = Date.parse('2026-11-30T00:00:00Z');
const channel = (extra: Partial<Channel>): Channel =>
  ChannelSchema.parse({ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06', ...extra }) as Channel;
const slots = (c: Channel, from: string) =>
  expandChannelSlots(c, { zone, from: Date.parse(`${from}T00:00:00+08:00`), to: until, breaks: [] }).map((s) => s.start);

describe('backfillChannel', () => {
  test('adds an earlier period and keeps the current cadence, its start and every slot since', () => {
    const before = channel({ cadence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=40' });
    const after = backfillChannel(before, '2024-03-01', { zone, until });
    expect(after.start).toBe('2026-01-06');
    expect(after.cadence).toBe(before.cadence);
    expect(after.history).toEqual([{ cadence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', start: '2024-03-01', time: '09:00' }]);
    expect(slots(after, '2026-01-06')).toEqual(slots(before, '2026-01-06'));
    expect(slots(after, '2024-03-01')[0]).toBe('2024-03-12T09:00:00+08:00');
  });

  test('moves the earliest history period back when its slots since its old start stay the same', () => {
    const before = channel({ start: '2026-06-02', history: [{ cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-01-09', time: '08:00' }] });
    const after = backfillChannel(before, '2025-05-01', { zone, until });
    expect(after.history).toEqual([{ cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2025-05-01', time: '08:00' }]);
    expect(slots(after, '2026-01-09')).toEqual(slots(before, '2026-01-09'));
  });

  test('adds a period before a history period whose slots would shift (every other week)', () => {
    const before = channel({ start: '2026-06-02', history: [{ cadence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', start: '2026-01-09', time: '08:00' }] });
    const after = backfillChannel(before, '2026-01-01', { zone, until });
    expect(after.history).toHaveLength(2);
    expect(after.history![0]!.start).toBe('2026-01-01');
    expect(slots(after, '2026-01-09')).toEqual(slots(before, '2026-01-09'));
  });

  test('leaves a channel alone when the date is not before its first start', () => {
    const before = channel({});
    expect(backfillChannel(before, '2026-01-06', { zone, until })).toBe(before);
  });
});

describe('datesBeforeStart', () => {
  test('reads each publishedAt as a local date in the channel zone', () => {
    expect(datesBeforeStart(channel({}), ['2026-01-05T17:00:00Z', '2026-01-05T15:59:00Z', '2025-12-01', '2026-02-01T00:00:00+08:00'], zone)).toEqual([
      '2025-12-01',
      '2026-01-05',
    ]);
  });
});

describe('backfillStart', () => {
  test('is the last slot day of the earliest cadence on or before the first post, so that post fills a slot', () => {
    expect(backfillStart(channel({}), '2024-03-01', zone)).toBe('2024-02-27');
    expect(backfillStart(channel({}), '2024-02-27', zone)).toBe('2024-02-27');
    expect(backfillStart(channel({ start: '2026-06-01', history: [{ cadence: 'FREQ=MONTHLY;BYMONTHDAY=15', start: '2026-01-15', time: '09:00' }] }), '2024-03-01', zone)).toBe('2024-02-15');
  });
});
