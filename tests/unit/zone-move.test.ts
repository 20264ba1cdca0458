/**
 * A channel that moved from Asia/Shanghai to Europe/Berlin on 2026-06-02: its history period keeps
 * Shanghai (planner.json `history[].timezone`), so the slots, posts, streaks and calendar events
 * of before the move stay where they were.
 */
import { describe, expect, test } from 'vitest';
import { backfillChannel, datesBeforeStart } from '../../src/core/backfill.ts';
import { formatPlanText } from '../../src/cli/commands/plan.ts';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { computePlannerChannelStats } from '../../src/core/channel-stats.ts';
import { isOnPortfolio, publicFrom } from '../../src/core/portfolio.ts';
import { PlannerSchema, type Channel, type Planner } from '../../src/core/schema/planner.ts';
import type { Post } from '../../src/core/schema/post.ts';
import { expandChannelSlots } from '../../src/core/slots.ts';
import { addDays, startOfLocalDay } from '../../src/core/zoned-time.ts';
import { moveBrandZone } from '../../src/core/zone-move.ts';
import { applyChannelForm, checkChannelForm, readChannelForm } from '../../src/studio/channels/channel-form.ts';
import { occurrences } from './calendar-client.ts';

const TUESDAYS = 'FREQ=WEEKLY;BYDAY=TU';

function plannerWith(channel: Record<string, unknown>): Planner {
  return PlannerSchema.parse({
    version: 1,
    brand: { name: 'Mei', label: 'Cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', time: '09:00', ...channel }],
  });
}

/** Before the move: the channel follows the brand's Shanghai. */
const before = plannerWith({ cadence: TUESDAYS, start: '2026-03-03' });
/** After it: Berlin from 2026-06-02, the Shanghai period kept in history. */
const after = plannerWith({
  cadence: TUESDAYS, start: '2026-06-02', timezone: 'Europe/Berlin',
  history: [{ cadence: TUESDAYS, start: '2026-03-03', time: '09:00', timezone: 'Asia/Shanghai' }],
});
const blog = (p: Planner): Channel => p.channels[0]!;

function post(publishedAt: string, i: number): Post {
  return { id: `2026/p${i}`, file: `content/posts/2026/p${i}.md`, body: '', data: { title: `P${i}`, channel: 'blog', status: 'published', publishedAt } as Post['data'] };
}

describe('a history period with its own zone', () => {
  test('expands its slots in that zone, and the current period in the channel zone', () => {
    const slots = expandChannelSlots(blog(after), { zone: 'Europe/Berlin', from: Date.parse('2026-05-20T00:00:00Z'), to: Date.parse('2026-06-10T00:00:00Z'), breaks: [] });
    expect(slots.map((s) => [s.start, s.zone])).toEqual([
      ['2026-05-26T09:00:00+08:00', 'Asia/Shanghai'],
      ['2026-06-02T09:00:00+02:00', 'Europe/Berlin'],
      ['2026-06-09T09:00:00+02:00', 'Europe/Berlin'],
    ]);
  });

  test('is served from the slot cache under its own zone, not the channel zone', () => {
    const store = new Map<string, { through: number; slots: never[] }>();
    const cache = { get: (k: string) => store.get(k), set: (k: string, v: { through: number; slots: never[] }) => void store.set(k, v as never) };
    const to = Date.parse('2026-06-10T00:00:00Z');
    const cold = expandChannelSlots(blog(after), { zone: 'Europe/Berlin', from: Number.NEGATIVE_INFINITY, to, breaks: [], cache });
    const warm = expandChannelSlots(blog(after), { zone: 'Europe/Berlin', from: Number.NEGATIVE_INFINITY, to, breaks: [], cache });
    expect(warm).toEqual(cold);
    expect(cold[0]!.start).toBe('2026-03-03T09:00:00+08:00');
    expect([...store.keys()].some((k) => k.includes('Asia/Shanghai'))).toBe(true);
  });

  test('reads a plain-date publishedAt of that period as the local day in its zone', () => {
    const early = post('2026-03-10', 0);
    expect(publicFrom(early, after)).toBe(startOfLocalDay('2026-03-10', 'Asia/Shanghai'));
    // 2026-03-09T20:00Z is already 10 March in Shanghai, still the 9th in Berlin.
    expect(isOnPortfolio(early, after, Date.parse('2026-03-09T20:00:00Z'))).toBe(true);
  });

  test('reads a date-time without offset of that period in its zone, and one of the current period in the channel zone', () => {
    expect(new Date(publicFrom(post('2026-03-10T08:00', 0), after)!).toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(new Date(publicFrom(post('2026-06-09T08:00', 0), after)!).toISOString()).toBe('2026-06-09T06:00:00.000Z');
  });

  test('leaves the streaks and gaps of the past as they were before the move', () => {
    // Every Tuesday at 01:30 in Shanghai, which is still Monday evening in Berlin; one week skipped.
    const tuesdays = Array.from({ length: 13 }, (_, i) => addDays('2026-03-03', 7 * i)).filter((d) => d !== '2026-04-07');
    const posts = tuesdays.map((d, i) => post(`${d}T01:30:00+08:00`, i));
    const now = Date.parse('2026-06-01T12:00:00Z');
    const [was] = computePlannerChannelStats(before, posts, now);
    const [is] = computePlannerChannelStats(after, posts, now);
    expect(was!.stats.missed).toEqual(['2026-04-07']);
    for (const key of ['missed', 'expected', 'fulfilled', 'currentStreak', 'longestStreak', 'days'] as const) expect(is!.stats[key]).toEqual(was!.stats[key]);
  });

  test('keeps the zone of the oldest period when the channel is backfilled', () => {
    const counted = { ...blog(after), history: [{ cadence: `${TUESDAYS};COUNT=5`, start: '2026-03-03', time: '09:00', timezone: 'Asia/Shanghai' }] };
    // 17:30Z on 1 March is 2 March in Shanghai, 1 March in Berlin.
    expect(datesBeforeStart(counted, ['2026-03-01T17:30:00Z'], 'Europe/Berlin')).toEqual(['2026-03-02']);
    const moved = backfillChannel(counted, '2026-02-03', { zone: 'Europe/Berlin', until: Date.parse('2026-07-01T00:00:00Z') });
    expect(moved.history!.map((h) => h.timezone)).toEqual(['Asia/Shanghai', 'Asia/Shanghai']);
  });
});

describe('the calendar of a channel that moved zones', () => {
  const now = Date.parse('2026-06-20T00:00:00Z');
  const text = buildCalendar({ planner: after, posts: [], now });

  test('writes each period with its own TZID and a VTIMEZONE for each zone', () => {
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20260303T090000');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260602T090000');
    expect(text.match(/^BEGIN:VTIMEZONE\r\nTZID:[^\r]+/gm)!.map((l) => l.split('TZID:')[1])).toEqual(['Asia/Shanghai', 'Europe/Berlin']);
  });

  test('gives a calendar client exactly the planner’s slots on both sides of the move', () => {
    const from = startOfLocalDay('2026-03-01', 'Asia/Shanghai');
    const to = Date.parse('2026-09-01T00:00:00Z');
    const slots = expandChannelSlots(blog(after), { zone: 'Europe/Berlin', from, to, breaks: [] });
    expect(occurrences(text, 'blog', from, to).map((o) => o.epoch)).toEqual(slots.map((s) => s.epoch));
    expect(slots[0]!.start).toBe('2026-03-03T09:00:00+08:00');
  });
});

describe('the plan text of a slot kept in an earlier zone', () => {
  test('names no other zone when the period was kept in the brand’s, and names Berlin after the move', () => {
    const slot = (date: string, start: string) => ({ channel: 'blog', date, start, pillar: null, post: null, epoch: Date.parse(start) });
    const text = formatPlanText([slot('2026-05-26', '2026-05-26T09:00:00+08:00'), slot('2026-06-02', '2026-06-02T09:00:00+02:00')], after, [], 2, 'en');
    const [old, moved] = text.split('\n').filter((l) => l.includes('Blog'));
    expect(old).not.toContain('Berlin');
    expect(moved).toContain('Berlin');
  });
});

describe('a time or zone change keeps the cadence in step (RFC 5545: DTSTART anchors the rule)', () => {
  // A monthly cadence without BYMONTHDAY takes its day from the period's start, as every other
  // week takes its weeks: a new period starting on the day of the change would move them.
  const monthly = plannerWith({ cadence: 'FREQ=MONTHLY', start: '2026-01-15' });
  const slotDates = (p: Planner, from: string, to: string) =>
    expandChannelSlots(blog(p), { zone: blog(p).timezone ?? p.brand.timezone, from: startOfLocalDay(from, 'Asia/Shanghai'), to: startOfLocalDay(to, 'Asia/Shanghai'), breaks: [] }).map((s) => s.date);

  test('a brand zone change keeps a monthly cadence on its day and COUNT on its total', () => {
    const moved = moveBrandZone(monthly, 'Europe/Berlin', '2026-12-04');
    expect(slotDates(moved, '2026-10-01', '2027-03-01')).toEqual(['2026-10-15', '2026-11-15', '2026-12-15', '2027-01-15', '2027-02-15']);
    expect(blog(moved).start).toBe('2026-12-15');
    const counted = moveBrandZone(plannerWith({ cadence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10', start: '2026-09-01' }), 'Europe/Berlin', '2026-11-01');
    const all = slotDates(counted, '2026-01-01', '2028-01-01');
    expect(all).toEqual(slotDates(plannerWith({ cadence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10', start: '2026-09-01' }), '2026-01-01', '2028-01-01'));
    expect(all).toHaveLength(10);
  });

  test('a cadence with no slot left keeps its whole past in the old zone', () => {
    const ended = moveBrandZone(plannerWith({ cadence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630', start: '2026-03-03' }), 'Europe/Berlin', '2026-12-04');
    expect(blog(ended)).toMatchObject({ timezone: 'Asia/Shanghai', start: '2026-03-03' });
    expect(blog(ended).history).toBeUndefined();
  });

  test('the channel form: a time change of the same rule goes on in step; a new rule starts at the date given', () => {
    const form = (cadence: string, time: string) => {
      const data = new FormData();
      for (const [k, v] of [['editing', 'blog'], ['name', 'Blog'], ['platform', 'blog'], ['cadenceMode', 'custom'], ['cadence', cadence], ['start', '2026-01-15'], ['time', time], ['changeFrom', '2026-12-04']]) data.append(k!, v!);
      return readChannelForm(data);
    };
    const timed = applyChannelForm(monthly, form('FREQ=MONTHLY', '10:00'), '2026-12-04');
    expect(blog(timed)).toMatchObject({ start: '2026-12-15', time: '10:00', history: [{ cadence: 'FREQ=MONTHLY', start: '2026-01-15', time: '09:00' }] });
    const ruled = applyChannelForm(monthly, form('FREQ=MONTHLY;BYMONTHDAY=1', '09:00'), '2026-12-04');
    expect(blog(ruled).start).toBe('2026-12-04');
  });
});

describe('the channel form on a cadence with no slot left', () => {
  const slotDates = (p: Planner) =>
    expandChannelSlots(blog(p), { zone: blog(p).timezone ?? p.brand.timezone, from: startOfLocalDay('2026-01-01', 'Asia/Shanghai'), to: startOfLocalDay('2028-01-01', 'Asia/Shanghai'), breaks: [] }).map((s) => s.date);
  const form = (cadence: string, fields: readonly (readonly [string, string])[]) => {
    const data = new FormData();
    // A field given again replaces the default (FormData.get reads the first).
    for (const [k, v] of new Map<string, string>([['editing', 'blog'], ['name', 'Blog'], ['platform', 'blog'], ['cadenceMode', 'custom'], ['cadence', cadence], ['start', '2026-03-03'], ['time', '09:00'], ...fields])) data.append(k, v);
    return readChannelForm(data);
  };

  // A ten-post series that ended in May: moving its channel, or its time, must not start it again.
  for (const [what, fields] of [['a zone change', [['timezone', 'Europe/Berlin']]], ['a time change', [['time', '10:00']]]] as const) {
    test(`${what} of a COUNT that is reached makes no new slot`, () => {
      const series = plannerWith({ cadence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10', start: '2026-03-03' });
      const edited = applyChannelForm(series, form('FREQ=WEEKLY;BYDAY=TU;COUNT=10', fields), '2026-12-04');
      expect(checkChannelForm(form('FREQ=WEEKLY;BYDAY=TU;COUNT=10', fields), series, '2026-12-04')).toEqual({});
      expect(PlannerSchema.safeParse(edited).success).toBe(true);
      expect(slotDates(edited)).toEqual(slotDates(series));
      expect(slotDates(edited)).toHaveLength(10);
      // A calendar client (ical.js) reads the same ten: RFC 5545 §3.8.5.3 counts DTSTART as an
      // occurrence, so the ended period must not be written as a series of its own.
      const from = startOfLocalDay('2026-01-01', 'Asia/Shanghai');
      const to = startOfLocalDay('2028-01-01', 'Asia/Shanghai');
      const read = (p: Planner) => occurrences(buildCalendar({ planner: p, posts: [], now: Date.parse('2026-12-04T00:00:00Z') }), 'blog', from, to).map((o) => o.epoch);
      expect(read(edited)).toHaveLength(10);
    });
    test(`${what} of an UNTIL that is behind makes no new slot`, () => {
      const season = plannerWith({ cadence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630', start: '2026-03-03' });
      const edited = applyChannelForm(season, form('FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630', fields), '2026-12-04');
      expect(PlannerSchema.safeParse(edited).success).toBe(true);
      expect(slotDates(edited)).toEqual(slotDates(season));
    });
  }
});
