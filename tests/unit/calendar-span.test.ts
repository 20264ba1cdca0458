import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { buildPlan } from '../../src/core/plan.ts';
import { PlannerSchema, type PlannerInput } from '../../src/core/schema/planner.ts';
import { zonedToEpoch } from '../../src/core/zoned-time.ts';
import { occurrences, parse } from './calendar-client.ts';
import { readOnsets } from './vtimezone-reader.ts';

const NOW = Date.parse('2026-11-23T00:00:00Z');
const iso = (t: number) => new Date(t).toISOString();

function plannerWith(channels: PlannerInput['channels'], zone = 'Asia/Shanghai') {
  return PlannerSchema.parse({
    version: 1,
    brand: { name: 'Mei Lin', label: 'Home cook', timezone: zone, pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels,
  });
}

describe('buildCalendar for a channel whose first slot lies far after its start', () => {
  test.each([
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2026-11-01', '20280229T090000', ['2028-02-29', '2032-02-29', '2036-02-29']],
    ['FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', '2027-08-14', '20281013T090000', ['2028-10-13', '2029-04-13', '2029-07-13']],
  ])('writes the series of %s from %s, starting on its first slot %s', (cadence, start, dtstart, dates) => {
    const planner = plannerWith([{ id: 'blog', name: 'Blog', platform: 'blog', cadence, start, time: '09:00' }]);
    const text = buildCalendar({ planner, posts: [], now: NOW });
    expect(text).toContain(`DTSTART;TZID=Asia/Shanghai:${dtstart}\r\n`);
    const found = occurrences(text, 'blog', NOW, Date.parse('2036-12-31T00:00:00Z')).slice(0, 3);
    expect(found.map((o) => iso(o.epoch))).toEqual(dates.map((d) => iso(zonedToEpoch(d, '09:00', 'Asia/Shanghai'))));
    // plan finds the same first slot
    const plan = buildPlan({ planner, posts: [], now: NOW, weeks: 52 * 10 });
    expect(plan.slots[0]!.date).toBe(dates[0]);
  });

  test('accepts a 29 February every 4th year and writes it from its first leap day', () => {
    const planner = plannerWith([{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29', start: '2028-01-01', time: '09:00' }]);
    const text = buildCalendar({ planner, posts: [], now: NOW });
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20280229T090000\r\n');
    expect(occurrences(text, 'blog', NOW, Date.parse('2037-01-01T00:00:00Z')).map((o) => iso(o.epoch))).toEqual(
      ['2028-02-29', '2032-02-29', '2036-02-29'].map((d) => iso(zonedToEpoch(d, '09:00', 'Asia/Shanghai'))),
    );
  });

  test('still writes a series whose start is 5 years away', () => {
    const planner = plannerWith([{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2031-11-03', time: '09:00' }]);
    expect(buildCalendar({ planner, posts: [], now: NOW })).toContain('DTSTART;TZID=Asia/Shanghai:20311103T090000\r\n');
  });
});

describe('buildCalendar time zones over the whole span a series reaches', () => {
  test('has a calendar client put a daily 09:00 Auckland slot at 09:00 in the last week of September 2029', () => {
    const planner = plannerWith([{ id: 'd', name: 'Daily', platform: 'blog', cadence: 'FREQ=DAILY', start: '2026-11-01', time: '09:00' }], 'Pacific/Auckland');
    const text = buildCalendar({ planner, posts: [], now: NOW });
    const from = zonedToEpoch('2029-09-22', '00:00', 'Pacific/Auckland');
    const found = occurrences(text, 'd', from, from + 9 * 86_400_000);
    expect(found.map((o) => iso(o.epoch))).toEqual(
      ['22', '23', '24', '25', '26', '27', '28', '29', '30'].map((d) => iso(zonedToEpoch(`2029-09-${d}`, '09:00', 'Pacific/Auckland'))),
    );
  });

  test('writes the offsets of an endless series 20 years past now, and of an UNTIL series up to its end', () => {
    const planner = plannerWith([
      { id: 'open', name: 'Open', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-11-02', time: '09:00', timezone: 'Europe/Berlin' },
      { id: 'until', name: 'Until', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20351231', start: '2026-11-02', time: '09:00', timezone: 'America/New_York' },
    ]);
    const text = buildCalendar({ planner, posts: [], now: NOW });
    const lastOnset = (zone: string) => new Date(readOnsets(text, zone).at(-1)!.at).getUTCFullYear();
    expect(lastOnset('Europe/Berlin')).toBe(2046);
    expect(lastOnset('America/New_York')).toBe(2035);
  });

  // What a subscriber sees, read by ical.js from the file alone, against `plan --json`.
  test.each([
    ['Pacific/Auckland', 'FREQ=DAILY', '09:00'],
    ['Asia/Jerusalem', 'FREQ=WEEKLY;BYDAY=FR,SU', '08:30'],
    ['America/Santiago', 'FREQ=WEEKLY;BYDAY=SA,SU', '23:30'],
    ['Europe/Berlin', 'FREQ=MONTHLY;BYDAY=-1SU', '09:00'],
    ['Asia/Shanghai', 'FREQ=WEEKLY;BYDAY=TU,FR', '09:00'],
  ])('has ical.js expand a %s channel (%s at %s) to the slots of plan, 2026 to 2040', (zone, cadence, time) => {
    const planner = plannerWith([{ id: 'c', name: 'C', platform: 'blog', cadence, start: '2026-11-01', time }], zone);
    const text = buildCalendar({ planner, posts: [], now: NOW });
    const to = Date.parse('2041-01-01T00:00:00Z');
    const plan = buildPlan({ planner, posts: [], now: NOW, weeks: (to - NOW) / (7 * 86_400_000) }).slots.filter((s) => s.epoch < to);
    expect(plan.length).toBeGreaterThan(150);
    expect(occurrences(text, 'c', NOW, to).map((o) => iso(o.epoch))).toEqual(plan.map((s) => iso(s.epoch)));
    expect(parse(text).getAllSubcomponents('vtimezone')).toHaveLength(1);
  });
});

describe('buildCalendar with dates at the far end of what a plan holds', () => {
  const channel = { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=DAILY', start: '2026-11-01', time: '09:00' } as const;

  test('ends the series where a break to 2999-12-31 begins', () => {
    const planner = PlannerSchema.parse({ ...plannerWith([channel]), breaks: [{ from: '2026-12-10', to: '2999-12-31' }] });
    const text = buildCalendar({ planner, posts: [], now: NOW });
    const found = occurrences(text, 'blog', NOW, Date.parse('2100-01-01T00:00:00Z'));
    expect(found.at(-1)!.epoch).toBe(zonedToEpoch('2026-12-09', '09:00', 'Asia/Shanghai'));
    expect(text).toContain('RRULE:FREQ=DAILY;UNTIL=20261209T155959Z\r\n');
    expect(text).not.toContain('EXDATE');
  });

  test('writes a series whose UNTIL is in 2999 and a post planned for 2999-12-31 without failing', () => {
    const planner = plannerWith([{ ...channel, cadence: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=29991231' }]);
    const post = { id: 'far', file: 'content/posts/far.md', body: '', data: { title: 'Far', channel: 'blog', status: 'idea', plannedFor: '2999-12-31' } };
    const text = buildCalendar({ planner, posts: [post as never], now: NOW });
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=29991231T155959Z\r\n');
  });
});
