import { describe, expect, test } from 'vitest';
import { backfillChannel } from '../../src/core/backfill.ts';
import { ChannelSchema, type Channel } from '../../src/core/schema/planner.ts';
import { cadenceRuns } from '../../src/studio/channels/cadence-runs.ts';

const channel = (extra: Record<string, unknown>): Channel =>
  ChannelSchema.parse({ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06', ...extra }) as Channel;

describe('cadenceRuns: the channels page’s start and earlier cadences', () => {
  // helper-172's trial: after import --backfill the page showed the old start, and the same cadence
  // "earlier", dated back, as if the author had written another.
  test('a backfilled channel shows its cadence since the backfilled start, with no earlier cadence', () => {
    const backfilled = backfillChannel(channel({}), '2015-03-03', { zone: 'UTC', until: Date.parse('2026-12-01T00:00:00Z') });
    expect(backfilled.history).toHaveLength(1);
    expect(cadenceRuns(backfilled, 'UTC')).toEqual({ since: '2015-03-03', earlier: [] });
  });

  test('an earlier cadence that differs in rule, time or zone stays listed, and ends the run', () => {
    const history = [
      { cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2020-01-07', time: '09:00' },
      { cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2022-01-07', time: '09:00' },
      { cadence: 'RRULE:FREQ=WEEKLY;BYDAY=TU', start: '2024-01-02', time: '09:00', timezone: 'Asia/Shanghai' },
    ];
    expect(cadenceRuns(channel({ history, timezone: 'Asia/Shanghai' }), 'UTC')).toEqual({ since: '2024-01-02', earlier: history.slice(0, 2) });
    expect(cadenceRuns(channel({ history }), 'UTC')).toEqual({ since: '2026-01-06', earlier: history });
    expect(cadenceRuns(channel({ history: [{ cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2024-01-02', time: '08:00' }] }), 'UTC').since).toBe('2026-01-06');
    expect(cadenceRuns(channel({}), 'UTC')).toEqual({ since: '2026-01-06', earlier: [] });
  });
});
