import { describe, expect, test } from 'vitest';
import type { Break, Channel } from '../../src/core/schema/planner.ts';
import { channelZone, expandChannelSlots, previewSlots } from '../../src/core/slots.ts';
import { addDays } from '../../src/core/zoned-time.ts';

interface Case {
  cadence: string;
  start: string;
  time?: string;
  zone: string;
  from: string;
  to: string;
  history?: Channel['history'];
}

function channelOf(c: Pick<Case, 'cadence' | 'start' | 'time' | 'history'>, id = 'blog'): Channel {
  return { id, name: 'Blog', platform: 'blog', cadence: c.cadence, start: c.start, time: c.time ?? '09:00', history: c.history };
}

function startsOf(c: Case, breaks: Break[] = []): string[] {
  return expandChannelSlots(channelOf(c), { zone: c.zone, from: Date.parse(c.from), to: Date.parse(c.to), breaks }).map((s) => s.start);
}

/** rrule's own test shape: a message, the input, the expected slot starts. */
function testRecurring(msg: string, c: Case, expected: string[]) {
  test(msg, () => expect(startsOf(c)).toEqual(expected));
}

describe('expandChannelSlots across DST', () => {
  const daily = { cadence: 'FREQ=DAILY', start: '2026-01-01' };
  testRecurring('keeps 09:00 in New York when the clocks spring forward', { ...daily, zone: 'America/New_York', from: '2026-03-07T00:00:00Z', to: '2026-03-10T00:00:00Z' }, [
    '2026-03-07T09:00:00-05:00',
    '2026-03-08T09:00:00-04:00',
    '2026-03-09T09:00:00-04:00',
  ]);
  testRecurring('keeps 09:00 in New York when the clocks fall back', { ...daily, zone: 'America/New_York', from: '2026-10-31T00:00:00Z', to: '2026-11-03T00:00:00Z' }, [
    '2026-10-31T09:00:00-04:00',
    '2026-11-01T09:00:00-05:00',
    '2026-11-02T09:00:00-05:00',
  ]);
  testRecurring('keeps 09:00 in Berlin in March', { ...daily, zone: 'Europe/Berlin', from: '2026-03-28T00:00:00Z', to: '2026-03-31T00:00:00Z' }, [
    '2026-03-28T09:00:00+01:00',
    '2026-03-29T09:00:00+02:00',
    '2026-03-30T09:00:00+02:00',
  ]);
  testRecurring('keeps 09:00 in Berlin in October', { ...daily, zone: 'Europe/Berlin', from: '2026-10-24T00:00:00Z', to: '2026-10-27T00:00:00Z' }, [
    '2026-10-24T09:00:00+02:00',
    '2026-10-25T09:00:00+01:00',
    '2026-10-26T09:00:00+01:00',
  ]);
  testRecurring('keeps 09:00 in Sydney when summer time ends in April', { ...daily, zone: 'Australia/Sydney', from: '2026-04-03T12:00:00Z', to: '2026-04-06T12:00:00Z' }, [
    '2026-04-04T09:00:00+11:00',
    '2026-04-05T09:00:00+10:00',
    '2026-04-06T09:00:00+10:00',
  ]);
  testRecurring('keeps 09:00 in Sydney when summer time starts in October', { ...daily, zone: 'Australia/Sydney', from: '2026-10-02T12:00:00Z', to: '2026-10-05T12:00:00Z' }, [
    '2026-10-03T09:00:00+10:00',
    '2026-10-04T09:00:00+11:00',
    '2026-10-05T09:00:00+11:00',
  ]);
  testRecurring('keeps +08:00 in Shanghai, which has no DST, on the dates other zones change', { cadence: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-03-01', zone: 'Asia/Shanghai', from: '2026-03-01T00:00:00Z', to: '2026-04-06T00:00:00Z' }, [
    '2026-03-01T09:00:00+08:00',
    '2026-03-08T09:00:00+08:00',
    '2026-03-15T09:00:00+08:00',
    '2026-03-22T09:00:00+08:00',
    '2026-03-29T09:00:00+08:00',
    '2026-04-05T09:00:00+08:00',
  ]);
  testRecurring('moves a slot in the spring-forward gap ahead by the jump, in New York', { ...daily, time: '02:30', zone: 'America/New_York', from: '2026-03-07T00:00:00Z', to: '2026-03-10T00:00:00Z' }, [
    '2026-03-07T02:30:00-05:00',
    '2026-03-08T03:30:00-04:00',
    '2026-03-09T02:30:00-04:00',
  ]);
  testRecurring('moves a slot in the spring-forward gap ahead by the jump, in Sydney', { ...daily, time: '02:30', zone: 'Australia/Sydney', from: '2026-10-03T00:00:00Z', to: '2026-10-05T00:00:00Z' }, [
    '2026-10-04T03:30:00+11:00',
    '2026-10-05T02:30:00+11:00',
  ]);
  testRecurring('takes the earlier instant of a fall-back hour that happens twice', { ...daily, time: '01:30', zone: 'America/New_York', from: '2026-10-31T00:00:00Z', to: '2026-11-03T00:00:00Z' }, [
    '2026-10-31T01:30:00-04:00',
    '2026-11-01T01:30:00-04:00',
    '2026-11-02T01:30:00-05:00',
  ]);

  test('gives every slot an epoch, date and start that agree, over two years of a daily cadence', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Asia/Shanghai', 'Australia/Sydney']) {
      const slots = expandChannelSlots(channelOf({ cadence: 'FREQ=DAILY', start: '2026-01-01' }), {
        zone,
        from: Date.parse('2025-12-31T00:00:00Z'),
        to: Date.parse('2028-01-02T00:00:00Z'),
        breaks: [],
      });
      expect(slots.length).toBeGreaterThanOrEqual(730);
      expect(slots[0]!.date).toBe('2026-01-01');
      slots.forEach((slot, i) => i > 0 && expect(slot.date).toBe(addDays(slots[i - 1]!.date, 1)));
      for (const slot of slots) {
        expect(Date.parse(slot.start)).toBe(slot.epoch);
        expect(slot.start.slice(0, 16)).toBe(`${slot.date}T09:00`);
        expect(slot.zone).toBe(zone);
      }
    }
  });
});

describe('expandChannelSlots with COUNT and UNTIL', () => {
  const base = { zone: 'Asia/Shanghai', from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
  testRecurring('stops after COUNT occurrences from the start', { ...base, cadence: 'FREQ=WEEKLY;BYDAY=TU,FR;COUNT=3', start: '2026-01-06' }, [
    '2026-01-06T09:00:00+08:00',
    '2026-01-09T09:00:00+08:00',
    '2026-01-13T09:00:00+08:00',
  ]);
  testRecurring('counts COUNT from the start even when the window opens later', { ...base, from: '2026-01-10T00:00:00Z', cadence: 'FREQ=DAILY;COUNT=12', start: '2026-01-01' }, [
    '2026-01-10T09:00:00+08:00',
    '2026-01-11T09:00:00+08:00',
    '2026-01-12T09:00:00+08:00',
  ]);
  testRecurring('keeps the whole local day of an UNTIL date', { ...base, cadence: 'FREQ=DAILY;UNTIL=20260103', start: '2026-01-01', time: '23:30' }, [
    '2026-01-01T23:30:00+08:00',
    '2026-01-02T23:30:00+08:00',
    '2026-01-03T23:30:00+08:00',
  ]);
  testRecurring('reads an UNTIL in UTC as an instant in the channel zone', { ...base, cadence: 'FREQ=DAILY;UNTIL=20260103T010000Z', start: '2026-01-01' }, [
    '2026-01-01T09:00:00+08:00',
    '2026-01-02T09:00:00+08:00',
    '2026-01-03T09:00:00+08:00',
  ]);
  testRecurring('stops at an UNTIL in UTC that falls before the local slot time', { ...base, cadence: 'FREQ=DAILY;UNTIL=20260103T005959Z', start: '2026-01-01' }, [
    '2026-01-01T09:00:00+08:00',
    '2026-01-02T09:00:00+08:00',
  ]);
  testRecurring('honours a floating UNTIL date-time as a local wall time', { ...base, cadence: 'FREQ=DAILY;UNTIL=20260102T090000', start: '2026-01-01' }, [
    '2026-01-01T09:00:00+08:00',
    '2026-01-02T09:00:00+08:00',
  ]);
});

describe('expandChannelSlots with a cadence history', () => {
  const history = [
    { cadence: 'FREQ=DAILY', start: '2026-02-25', time: '08:00' },
    { cadence: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2', start: '2026-03-02', time: '10:00' },
  ];
  testRecurring('applies each period from its start until the next period begins', { cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-03-20', history, zone: 'Europe/Berlin', from: '2026-02-26T00:00:00Z', to: '2026-03-28T00:00:00Z' }, [
    '2026-02-26T08:00:00+01:00',
    '2026-02-27T08:00:00+01:00',
    '2026-02-28T08:00:00+01:00',
    '2026-03-01T08:00:00+01:00',
    '2026-03-02T10:00:00+01:00',
    '2026-03-09T10:00:00+01:00',
    '2026-03-20T09:00:00+01:00',
    '2026-03-24T09:00:00+01:00',
    '2026-03-27T09:00:00+01:00',
  ]);

  test('gives the same past slots before and after a cadence change is recorded', () => {
    const before = channelOf({ cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-01-06' });
    const after = channelOf({ cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-06-01', history: [{ cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-01-06', time: '09:00' }] });
    const opts = { zone: 'Asia/Shanghai', from: 0, to: Date.parse('2026-05-31T16:00:00Z'), breaks: [] };
    expect(expandChannelSlots(after, opts)).toEqual(expandChannelSlots(before, opts));
  });
});

describe('expandChannelSlots window and breaks', () => {
  const channel = channelOf({ cadence: 'FREQ=DAILY', start: '2026-08-01' });
  const opts = { zone: 'Asia/Shanghai', from: Date.parse('2026-08-01T01:00:00Z'), to: Date.parse('2026-08-04T01:00:00Z') };

  test('includes a slot at `from` and leaves out one at `to`', () => {
    expect(expandChannelSlots(channel, { ...opts, breaks: [] }).map((s) => s.date)).toEqual(['2026-08-01', '2026-08-02', '2026-08-03']);
  });

  test('marks slots whose local date is inside a break for every channel or for this one, ends included', () => {
    const breaks: Break[] = [
      { from: '2026-08-02', to: '2026-08-02' },
      { from: '2026-08-03', to: '2026-08-09', channels: ['blog'] },
    ];
    expect(expandChannelSlots(channel, { ...opts, breaks }).map((s) => s.onBreak)).toEqual([false, true, true]);
  });

  test('ignores a break that names other channels only', () => {
    const breaks: Break[] = [{ from: '2026-08-01', to: '2026-08-31', channels: ['newsletter'] }];
    expect(expandChannelSlots(channel, { ...opts, breaks }).some((s) => s.onBreak)).toBe(false);
  });

  test('judges a break by the local date, not the UTC date', () => {
    const late = channelOf({ cadence: 'FREQ=DAILY', start: '2026-08-01', time: '07:00' });
    const slots = expandChannelSlots(late, { zone: 'Asia/Shanghai', from: 0, to: Date.parse('2026-08-03T00:00:00Z'), breaks: [{ from: '2026-08-02', to: '2026-08-02' }] });
    // 2026-08-03 07:00 in Shanghai is 2026-08-02 23:00 UTC: inside the window, outside the break.
    expect(slots.map((s) => [s.date, s.onBreak])).toEqual([
      ['2026-08-01', false],
      ['2026-08-02', true],
      ['2026-08-03', false],
    ]);
  });

  test('accepts an unbounded start of the window and begins at the first slot', () => {
    const slots = expandChannelSlots(channel, { zone: 'Asia/Shanghai', from: Number.NEGATIVE_INFINITY, to: Date.parse('2026-08-02T12:00:00Z'), breaks: [] });
    expect(slots.map((s) => s.start)).toEqual(['2026-08-01T09:00:00+08:00', '2026-08-02T09:00:00+08:00']);
  });

  test('returns nothing before the channel starts', () => {
    expect(expandChannelSlots(channel, { zone: 'Asia/Shanghai', from: 0, to: Date.parse('2026-07-31T00:00:00Z'), breaks: [] })).toEqual([]);
  });
});

describe('previewSlots', () => {
  test('gives the next n slots from a moment, with the offset of each', () => {
    const slots = previewSlots({ cadence: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-01-04', time: '09:00', zone: 'America/New_York' }, Date.parse('2026-03-01T14:00:00Z'), 3);
    expect(slots.map((s) => s.start)).toEqual(['2026-03-01T09:00:00-05:00', '2026-03-08T09:00:00-04:00', '2026-03-15T09:00:00-04:00']);
  });

  test('gives fewer than n when the cadence ends first', () => {
    const slots = previewSlots({ cadence: 'FREQ=MONTHLY;BYDAY=1TH;COUNT=2', start: '2026-01-01', time: '18:00', zone: 'Europe/Berlin' }, 0, 5);
    expect(slots.map((s) => s.start)).toEqual(['2026-01-01T18:00:00+01:00', '2026-02-05T18:00:00+01:00']);
  });

  test('refuses a cadence that is not valid, with the reason', () => {
    expect(() => previewSlots({ cadence: 'FREQ=HOURLY', start: '2026-01-01', time: '09:00', zone: 'UTC' }, 0, 3)).toThrow(/more often than daily/);
  });
});

describe('channelZone', () => {
  test('uses the channel zone, else the brand zone', () => {
    const brand = { timezone: 'Asia/Shanghai' } as Parameters<typeof channelZone>[1];
    expect(channelZone({ ...channelOf({ cadence: 'FREQ=DAILY', start: '2026-01-01' }), timezone: 'Europe/Berlin' }, brand)).toBe('Europe/Berlin');
    expect(channelZone(channelOf({ cadence: 'FREQ=DAILY', start: '2026-01-01' }), brand)).toBe('Asia/Shanghai');
  });
});
