/**
 * A published post never vanishes from the plan or the calendar. One planned for no slot fills
 * the slot whose window holds its publishedAt (core/streaks.ts placeUnplannedPublished, as check
 * counts it) when that slot shows no other post; every other one (a second post in a window, one
 * in the window of a slot with a planned post, one before the channel's start, after its UNTIL
 * with the last slot shown already, or in a break's window) is its own entry at its publishedAt,
 * marked published: in `plan` (PlanSlot.unslotted), `plan --json`, the .ics export and the
 * studio's month grid alike. The series' UIDs stay as they were.
 */
import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { buildPlan } from '../../src/core/plan.ts';
import { placeUnplannedPublished } from '../../src/core/streaks.ts';
import { formatPlanText } from '../../src/cli/commands/plan.ts';
import { monthPlanSlots, unslottedLabel } from '../../src/studio/plan/month.ts';
import { computePlannerChannelStats } from '../../src/core/channel-stats.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';
import type { Slot } from '../../src/core/slot.ts';

const NOW = Date.parse('2026-11-23T00:00:00Z');
/** placeUnplannedPublished's `planned`: a draft planned for each date. */
const plannedOn = (...dates: string[]) => new Map(dates.map((d) => [d, [post(`planned/${d}`, { status: 'draft', plannedFor: d })]]));
const plannerWith = (channel: Record<string, unknown> = {}, breaks: unknown[] = []) =>
  PlannerSchema.parse({
    version: 1,
    brand: { name: 'Mei Lin', label: 'The home cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-11-02', time: '09:00', ...channel }],
    breaks,
  });
const post = (id: string, data: Partial<PostFrontmatter>): Post => ({ id, file: `content/posts/${id}.md`, body: '', data: { channel: 'blog', status: 'published', ...data } as PostFrontmatter });

/** The unfolded VEVENTs of an .ics text, each its lines. */
function events(ics: string): string[][] {
  const out: string[][] = [];
  for (const line of ics.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    if (line === 'BEGIN:VEVENT') out.push([]);
    else if (out.length && !out.at(-1)!.includes('END:VEVENT')) out.at(-1)!.push(line);
  }
  return out;
}
const entryOf = (ics: string, title: string) => events(ics).filter((e) => e.some((l) => l.startsWith('SUMMARY:') && l.includes(title)));
const uids = (ics: string) => [...new Set(events(ics).map((e) => e.find((l) => l.startsWith('UID:'))))].sort();
/** The plan over the whole of November (the studio's month grid reads it so). */
const november = (planner: ReturnType<typeof plannerWith>, posts: Post[]) => buildPlan({ planner, posts, now: NOW, from: Date.parse('2026-10-20T00:00:00Z'), weeks: 4 });

describe('placeUnplannedPublished: the one rule of which slot a published post fills', () => {
  const slot = (date: string, onBreak = false): Slot => ({ channel: 'blog', date, start: `${date}T09:00:00+08:00`, epoch: Date.parse(`${date}T01:00:00Z`), zone: 'Asia/Shanghai', onBreak });
  const slots = [slot('2026-11-02'), slot('2026-11-09', true), slot('2026-11-16'), slot('2026-11-23')];
  const p = (id: string, date: string) => ({ post: post(id, { title: id, publishedAt: date }), date });

  test('the first by id fills a free window; the rest are unslotted, none dropped', () => {
    const placed = placeUnplannedPublished(slots, [p('b', '2026-11-04'), p('a', '2026-11-05'), p('early', '2026-10-30'), p('pause', '2026-11-10'), p('taken', '2026-11-17'), p('end', '2027-03-01')], { planned: plannedOn('2026-11-16') });
    expect([...placed.bySlot].map(([d, u]) => [d, u.post.id])).toEqual([['2026-11-02', 'a'], ['2026-11-23', 'end']]);
    expect(placed.unslotted.map((u) => u.post.id)).toEqual(['b', 'early', 'pause', 'taken']);
  });

  test('a post past the next slot (nextDate) belongs to a slot not given: in neither', () => {
    const placed = placeUnplannedPublished(slots, [p('later', '2026-12-01')], { planned: new Map(), nextDate: () => '2026-11-30' });
    expect(placed.bySlot.size + placed.unslotted.length).toBe(0);
  });
});

describe('fault 1: a published post in a window that shows another post', () => {
  const planner = plannerWith();
  const first = post('2026/a-first', { title: 'First dumplings', publishedAt: '2026-11-10T20:00:00+08:00', url: 'https://meilin.example/a' });
  const second = post('2026/b-second', { title: 'Second noodles', publishedAt: '2026-11-12T12:30:00+08:00', url: 'https://meilin.example/b' });
  const plannedDraft = post('2026/c-planned', { title: 'Planned braise', status: 'draft', plannedFor: '2026-11-16' });
  const beside = post('2026/d-beside', { title: 'Beside the plan', publishedAt: '2026-11-17T08:00:00+08:00' });
  const posts = [first, second, plannedDraft, beside];

  test('.ics: each has an entry; the second and the one beside a planned post at their own time, marked published', () => {
    const ics = buildCalendar({ planner, posts, now: NOW });
    expect(entryOf(ics, 'First dumplings')[0]).toContain('RECURRENCE-ID;TZID=Asia/Shanghai:20261109T090000');
    const own = entryOf(ics, 'Second noodles');
    expect(own).toHaveLength(1);
    expect(own[0]).toContain('DTSTART:20261112T043000Z');
    expect(own[0]).toContain('UID:published.2026%2Fb-second@throughline');
    expect(own[0]!.join('\n')).toContain('(published)');
    expect(own[0]!.join('\n')).toContain('Published outside the slots');
    expect(entryOf(ics, 'Beside the plan')[0]).toContain('DTSTART:20261117T000000Z');
    expect(entryOf(ics, 'Planned braise')[0]).toContain('RECURRENCE-ID;TZID=Asia/Shanghai:20261116T090000');
  });

  test('the public calendar shows the ones on the portfolio, at their time', () => {
    const ics = buildCalendar({ planner, posts, now: NOW, public: true });
    expect(entryOf(ics, 'Second noodles')[0]).toContain('URL:https://meilin.example/b');
    expect(ics).not.toContain('Planned braise');
  });

  test('the series keeps its UID: only the new entries add their own', () => {
    const before = uids(buildCalendar({ planner, posts: [first, plannedDraft], now: NOW }));
    expect(before).toEqual(['UID:blog-20261102@throughline']);
    expect(uids(buildCalendar({ planner, posts, now: NOW }))).toEqual(['UID:blog-20261102@throughline', 'UID:published.2026%2Fb-second@throughline', 'UID:published.2026%2Fd-beside@throughline']);
  });

  test('plan: the slot shows the first; the others are unslotted entries at their publishedAt, in text and JSON', () => {
    const plan = november(planner, posts);
    expect(plan.slots.find((s) => s.date === '2026-11-09')?.published).toBe('2026/a-first');
    expect(plan.unslotted!.map((s) => [s.published, s.date, s.start, s.post])).toEqual([
      ['2026/b-second', '2026-11-12', '2026-11-12T12:30:00+08:00', null],
      ['2026/d-beside', '2026-11-17', '2026-11-17T08:00:00+08:00', null],
    ]);
    const text = formatPlanText([...plan.slots, ...plan.unslotted!], planner, posts, 4, 'en');
    expect(text).toMatch(/2026-11-12 12:30 \+08:00 +Blog +- +Second noodles \(2026\/b-second\) \(published, in no slot\)\n/);
    expect(formatPlanText([...plan.slots, ...plan.unslotted!], planner, posts, 4, 'zh')).toContain('Second noodles (2026/b-second)（已发布，不在排期内）');
  });

  test('studio month grid: the entries are on their days', () => {
    const slots = monthPlanSlots(planner, posts, NOW, '2026-11');
    expect(slots.filter((s) => s.unslotted).map((s) => [s.date, s.published])).toEqual([
      ['2026-11-12', '2026/b-second'],
      ['2026-11-17', '2026/d-beside'],
    ]);
  });
});

describe('fault 2: a published post outside every slot', () => {
  test('before the channel starts: its own entry in the .ics and the plan', () => {
    const planner = plannerWith();
    const early = post('2026/early', { title: 'Before the start', publishedAt: '2026-10-28' });
    const ics = buildCalendar({ planner, posts: [early], now: NOW });
    const own = entryOf(ics, 'Before the start');
    expect(own).toHaveLength(1);
    expect(own[0]).toContain('DTSTART;VALUE=DATE:20261028');
    expect(own[0]).toContain('DURATION:P1D');
    expect(november(planner, [early]).unslotted!.map((s) => [s.published, s.date])).toEqual([['2026/early', '2026-10-28']]);
  });

  test('after UNTIL, the last slot shown already: its own entry', () => {
    const planner = plannerWith({ cadence: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20261109' });
    const last = post('2026/last', { title: 'Last planned', status: 'published', plannedFor: '2026-11-09', publishedAt: '2026-11-09T09:00:00+08:00' });
    const after = post('2026/after', { title: 'After the end', publishedAt: '2026-11-20T10:00:00+08:00' });
    const ics = buildCalendar({ planner, posts: [last, after], now: NOW });
    expect(entryOf(ics, 'After the end')[0]).toContain('DTSTART:20261120T020000Z');
    expect(november(planner, [last, after]).unslotted!.map((s) => s.published)).toEqual(['2026/after']);
  });

  test('after UNTIL with the last slot free: it fills that slot, as check counts it', () => {
    const planner = plannerWith({ cadence: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20261109' });
    const after = post('2026/after', { title: 'After the end', publishedAt: '2026-11-20T10:00:00+08:00' });
    const ics = buildCalendar({ planner, posts: [after], now: NOW });
    expect(entryOf(ics, 'After the end')[0]).toContain('RECURRENCE-ID;TZID=Asia/Shanghai:20261109T090000');
    expect(november(planner, [after]).slots.find((s) => s.date === '2026-11-09')?.published).toBe('2026/after');
  });

  test('in a break: its own entry (a break slot is no slot)', () => {
    const planner = plannerWith({}, [{ from: '2026-11-09', to: '2026-11-15', reason: 'holiday' }]);
    const pause = post('2026/pause', { title: 'Posted on holiday', publishedAt: '2026-11-11T15:00:00+08:00' });
    const ics = buildCalendar({ planner, posts: [pause], now: NOW });
    expect(entryOf(ics, 'Posted on holiday')[0]).toContain('DTSTART:20261111T070000Z');
    expect(november(planner, [pause]).unslotted!.map((s) => s.published)).toEqual(['2026/pause']);
  });
});

describe('a calendar client (ical.js) reads the new entries', () => {
  test('each at its instant or day; the series\' occurrences are as before', async () => {
    const { parse, occurrences } = await import('./calendar-client.ts');
    const planner = plannerWith();
    const first = post('2026/a-first', { title: 'First dumplings', publishedAt: '2026-11-10T20:00:00+08:00' });
    const second = post('2026/b-second', { title: 'Second noodles', publishedAt: '2026-11-12T12:30:00+08:00' });
    const early = post('2026/early', { title: 'Before the start', publishedAt: '2026-10-28' });
    const ics = buildCalendar({ planner, posts: [first, second, early], now: NOW });
    const span = [Date.parse('2026-10-01T00:00:00Z'), Date.parse('2027-01-01T00:00:00Z')] as const;
    expect(occurrences(ics, 'blog', ...span)).toEqual(occurrences(buildCalendar({ planner, posts: [first], now: NOW }), 'blog', ...span));
    const own = parse(ics).getAllSubcomponents('vevent').filter((v) => String(v.getFirstPropertyValue('uid')).startsWith('published.'));
    const read = own.map((v) => {
      const start = v.getFirstPropertyValue('dtstart') as unknown as { isDate: boolean; toString(): string; toUnixTime(): number };
      return [v.getFirstPropertyValue('summary'), start.isDate ? start.toString() : new Date(start.toUnixTime() * 1000).toISOString()];
    });
    expect(read).toEqual([
      ['Blog: Second noodles', '2026-11-12T04:30:00.000Z'],
      ['Blog: Before the start', '2026-10-28'],
    ]);
  });
});

describe('the same kind: a published post planned for a day that is no slot', () => {
  const planner = plannerWith({}, [{ from: '2026-11-16', to: '2026-11-22' }]);
  // A Wednesday for a Monday channel: its window's slot (Mon 9 Nov) is free, so it fills it, as check counts it.
  const wednesday = post('2026/wednesday', { title: 'Planned for a Wednesday', plannedFor: '2026-11-11', publishedAt: '2026-11-11T10:00:00+08:00' });
  // A slot day inside a break: no slot shows it, and its window is the break's: its own entry.
  const onBreak = post('2026/on-break', { title: 'Planned into the break', plannedFor: '2026-11-16', publishedAt: '2026-11-16T10:00:00+08:00' });
  const posts = [wednesday, onBreak];

  test('.ics: the first fills the slot of its window, the other is its own entry', () => {
    const ics = buildCalendar({ planner, posts, now: NOW });
    expect(entryOf(ics, 'Planned for a Wednesday')[0]).toContain('RECURRENCE-ID;TZID=Asia/Shanghai:20261109T090000');
    expect(entryOf(ics, 'Planned into the break')[0]).toContain('DTSTART:20261116T020000Z');
  });

  test('plan and studio grid: the same', () => {
    const plan = november(planner, posts);
    expect(plan.slots.find((s) => s.date === '2026-11-09')?.published).toBe('2026/wednesday');
    expect(plan.unslotted!.map((s) => s.published)).toEqual(['2026/on-break']);
    expect(monthPlanSlots(planner, posts, NOW, '2026-11').filter((s) => s.unslotted).map((s) => s.published)).toEqual(['2026/on-break']);
  });

  test('a published post planned for a slot day still shows there, not twice', () => {
    const there = post('2026/there', { title: 'Where planned', plannedFor: '2026-11-09', publishedAt: '2026-11-12T10:00:00+08:00' });
    const ics = buildCalendar({ planner, posts: [there], now: NOW });
    expect(entryOf(ics, 'Where planned')).toHaveLength(1);
    expect(november(planner, [there]).unslotted).toBeUndefined();
  });

  test('planned long before the month shown, for a day that is no slot, published in it: placed by its publishedAt', () => {
    const late = post('2026/late', { title: 'Late one', plannedFor: '2026-06-03', publishedAt: '2026-11-24T10:00:00+08:00' });
    const plain = plannerWith({ start: '2026-01-05' });
    const slots = monthPlanSlots(plain, [late], NOW, '2026-11');
    expect(slots.find((s) => s.date === '2026-11-23')?.published).toBe('2026/late');
    expect(entryOf(buildCalendar({ planner: plain, posts: [late], now: NOW }), 'Late one')[0]).toContain('RECURRENCE-ID;TZID=Asia/Shanghai:20261123T090000');
  });
});

describe('a published post in the window of a slot whose planned post is not published there fills that slot, and says so', () => {
  // check counts a slot fulfilled by any published post in its window (shared/interfaces.md §3);
  // the plan, the .ics and the studio said such a post was "in no slot" while the slot showed its draft.
  const planner = plannerWith();
  const plannedDraft = post('2026/c-planned', { title: 'Planned braise', status: 'draft', plannedFor: '2026-11-16' });
  const beside = post('2026/d-beside', { title: 'Beside the plan', publishedAt: '2026-11-17T08:00:00+08:00' });
  const extra = post('2026/e-extra', { title: 'Second beside', publishedAt: '2026-11-18T08:00:00+08:00' });
  const posts = [plannedDraft, beside, extra];
  const slot = (date: string): Slot => ({ channel: 'blog', date, start: `${date}T09:00:00+08:00`, epoch: Date.parse(`${date}T01:00:00Z`), zone: 'Asia/Shanghai', onBreak: false });
  const dated = (p: Post) => ({ post: p, date: p.data.publishedAt!.slice(0, 10) });

  test('placeUnplannedPublished: the first such post fills it, the next is an extra; a planned post published in its window fills it itself', () => {
    const slots = [slot('2026-11-09'), slot('2026-11-16'), slot('2026-11-23')];
    const placed = placeUnplannedPublished(slots, [dated(extra), dated(beside)], { planned: plannedOn('2026-11-16') });
    expect(placed.unslotted.map((u) => [u.post.id, u.fills])).toEqual([['2026/d-beside', '2026-11-16'], ['2026/e-extra', undefined]]);
    const own = post('2026/c-planned', { title: 'Planned braise', plannedFor: '2026-11-16', publishedAt: '2026-11-16T09:00:00+08:00' });
    const withOwn = placeUnplannedPublished(slots, [dated(own), dated(beside)], { planned: plannedOn('2026-11-16') });
    expect(withOwn.unslotted.map((u) => [u.post.id, u.fills])).toEqual([['2026/d-beside', undefined]]);
    // Published after its window (in the next slot's): it does not fill its own slot, so the other one does.
    const late = post('2026/c-planned', { title: 'Planned braise', plannedFor: '2026-11-16', publishedAt: '2026-11-24T09:00:00+08:00' });
    const withLate = placeUnplannedPublished(slots, [dated(late), dated(beside)], { planned: plannedOn('2026-11-16') });
    expect(withLate.unslotted.map((u) => [u.post.id, u.fills])).toEqual([['2026/d-beside', '2026-11-16']]);
  });

  test('check agrees: the slot is fulfilled, not missed', () => {
    const stats = computePlannerChannelStats(planner, posts, NOW)[0]!.stats;
    expect(stats.missed).not.toContain('2026-11-16');
  });

  test('plan: the entry says which slot it fills, in text and JSON; only the extra is counted in no slot', () => {
    const plan = november(planner, posts);
    expect(plan.unslotted!.map((s) => [s.published, s.fills])).toEqual([['2026/d-beside', '2026-11-16'], ['2026/e-extra', undefined]]);
    const text = formatPlanText([...plan.slots, ...plan.unslotted!], planner, posts, 4, 'en');
    expect(text).toContain('Beside the plan (2026/d-beside) (published, fills the 2026-11-16 slot)');
    expect(text).toContain('Second beside (2026/e-extra) (published, in no slot)');
    expect(text).toMatch(/; 1 published post in no slot\n$/);
    expect(formatPlanText([...plan.slots, ...plan.unslotted!], planner, posts, 4, 'zh')).toContain('Beside the plan (2026/d-beside)（已发布，算作 2026-11-16 的排期）');
  });

  test('.ics: its own entry says it fills that slot; the extra says it is in no slot', () => {
    const ics = buildCalendar({ planner, posts, now: NOW });
    expect(entryOf(ics, 'Beside the plan')[0]!.join('\n')).toContain('Published in the window of the 2026-11-16 slot\\, which it fills');
    expect(entryOf(ics, 'Second beside')[0]!.join('\n')).toContain('Published outside the slots');
  });

  test('.ics --public: says which slot it fills, never that a post planned for that slot can move (a CI trial: it told readers an unpublished plan exists), and names no pillars in rotation for a post that is out', () => {
    const ics = buildCalendar({ planner, posts, now: NOW, public: true });
    const entry = entryOf(ics, 'Beside the plan')[0]!.join('\n');
    expect(entry).toContain('Published in the window of the 2026-11-16 slot');
    expect(entry).not.toMatch(/can move|planned for/);
    expect(entry).not.toContain('Pillars in rotation');
    expect(ics).not.toContain('Planned braise');
  });

  test('studio: the month grid carries it, and the words name the slot in both languages', () => {
    const entry = monthPlanSlots(planner, posts, NOW, '2026-11').find((s) => s.published === '2026/d-beside')!;
    expect(entry.fills).toBe('2026-11-16');
    const t = (key: string) => ({ 'plan.fillsSlot': key === 'plan.fillsSlot' ? 'published, fills the slot of {day}' : '', 'plan.inNoSlot': 'published, in no slot' })[key] ?? key;
    expect(unslottedLabel(entry, 'en', t)).toMatch(/^published, fills the slot of Mon,? 16 Nov 2026$/);
    expect(unslottedLabel({}, 'en', t)).toBe('published, in no slot');
  });
});

describe('the same kind: a published post planned for a day after an ended cadence is never lost from the .ics', () => {
  test('planned for a Friday after UNTIL, published then: it fills the last slot in the plan and in the .ics alike', () => {
    const planner = plannerWith({ cadence: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20261109' });
    const friday = post('2026/friday', { title: 'Planned after the end', plannedFor: '2026-11-20', publishedAt: '2026-11-20T10:00:00+08:00' });
    expect(november(planner, [friday]).slots.find((s) => s.date === '2026-11-09')?.published).toBe('2026/friday');
    expect(entryOf(buildCalendar({ planner, posts: [friday], now: NOW }), 'Planned after the end')[0]).toContain('RECURRENCE-ID;TZID=Asia/Shanghai:20261109T090000');
  });
});

describe('the same kind: more posts planned for one slot, the second one published', () => {
  // The slot showed the first by id alone: the published second post was in no row of `plan`.
  const planner = plannerWith();
  const first = post('2026/a-draft', { title: 'Draft braise', status: 'draft', plannedFor: '2026-11-30' });
  const second = post('2026/b-done', { title: 'Done noodles', plannedFor: '2026-11-30', publishedAt: '2026-11-30T09:00:00+08:00' });
  const posts = [second, first];

  test('plan: the slot names both, in text and JSON order (the first by id is `post`)', () => {
    const plan = november(planner, posts);
    const slot = plan.slots.find((s) => s.date === '2026-11-30')!;
    expect([slot.post, slot.also]).toEqual(['2026/a-draft', ['2026/b-done']]);
    expect(plan.slots.filter((s) => s.date !== '2026-11-30').every((s) => s.also === undefined)).toBe(true);
    const text = formatPlanText(plan.slots, planner, posts, 4, 'en');
    expect(text).toContain('Draft braise (2026/a-draft); also Done noodles (2026/b-done)');
    expect(formatPlanText(plan.slots, planner, posts, 4, 'zh')).toContain('Draft braise (2026/a-draft)；另有 Done noodles (2026/b-done)');
  });

  test('an overdue slot names both too', async () => {
    const { overdueSlots } = await import('../../src/core/plan.ts');
    const drafts = [post('2026/a-one', { status: 'draft', plannedFor: '2026-11-23' }), post('2026/b-two', { status: 'draft', plannedFor: '2026-11-23' })];
    const late = overdueSlots(planner, drafts, Date.parse('2026-11-24T04:00:00Z'));
    expect(late.map((s) => [s.date, s.post, s.also])).toEqual([['2026-11-23', '2026/a-one', ['2026/b-two']]]);
  });
});

describe('the same kind: a post published outside its planned slot\'s window is shown where check counts it', () => {
  // Planned for Mon 9 Nov, published Tue 17 Nov (Mon 16's window): check counts 16 Nov fulfilled and
  // 9 Nov missed; the plan showed it on 9 Nov and 16 Nov as open.
  const planner = plannerWith();
  const late = post('2026/late', { title: 'Late braise', plannedFor: '2026-11-09', publishedAt: '2026-11-17T10:00:00+08:00' });
  const early = post('2026/early', { title: 'Early noodles', plannedFor: '2026-11-30', publishedAt: '2026-11-24T10:00:00+08:00' });
  const now = Date.parse('2026-11-25T00:00:00Z');
  const plan = () => buildPlan({ planner, posts: [late, early], now, from: Date.parse('2026-11-01T00:00:00Z'), weeks: 2 });

  test('check: the slots of their windows are fulfilled, the planned 9 Nov is missed', () => {
    expect(computePlannerChannelStats(planner, [late, early], now)[0]!.stats.missed).toEqual(['2026-11-02', '2026-11-09']);
  });

  test('plan: each fills the slot of its window; its planned slot is open (9 Nov missed, 30 Nov still owed)', () => {
    const bySlot = Object.fromEntries(plan().slots.map((s) => [s.date, s.post ?? (s.published ? `published ${s.published}` : null)]));
    expect(bySlot).toEqual({ '2026-11-02': null, '2026-11-09': null, '2026-11-16': 'published 2026/late', '2026-11-23': 'published 2026/early', '2026-11-30': null, '2026-12-07': null });
    expect(plan().unslotted).toBeUndefined();
  });

  test('.ics: the same slots show them, once each', () => {
    const ics = buildCalendar({ planner, posts: [late, early], now });
    expect(entryOf(ics, 'Late braise')).toHaveLength(1);
    expect(entryOf(ics, 'Late braise')[0]).toContain('RECURRENCE-ID;TZID=Asia/Shanghai:20261116T090000');
    expect(entryOf(ics, 'Early noodles')).toHaveLength(1);
    expect(entryOf(ics, 'Early noodles')[0]).toContain('RECURRENCE-ID;TZID=Asia/Shanghai:20261123T090000');
  });

  test('a post planned for the slot it fills stays there; a late one beside it is an extra, in no slot', () => {
    const onTime = post('2026/on-time', { title: 'On time', plannedFor: '2026-11-16', publishedAt: '2026-11-16T09:00:00+08:00' });
    const p = buildPlan({ planner, posts: [late, onTime], now, from: Date.parse('2026-11-01T00:00:00Z'), weeks: 1 });
    expect(p.slots.find((s) => s.date === '2026-11-16')?.post).toBe('2026/on-time');
    expect(p.slots.find((s) => s.date === '2026-11-09')?.post).toBeNull();
    expect(p.unslotted!.map((s) => [s.published, s.fills])).toEqual([['2026/late', undefined]]);
  });
});

describe('the same kind: an overdue slot whose planned post was published early', () => {
  test('the overdue slot shows no post (it counts for an earlier slot), the earlier slot shows it', async () => {
    const { buildPlanWithOverdue } = await import('../../src/core/plan.ts');
    const planner = plannerWith();
    const early = post('2026/early', { title: 'Early noodles', plannedFor: '2026-11-30', publishedAt: '2026-11-24T10:00:00+08:00' });
    const now = Date.parse('2026-11-30T05:00:00Z');
    const plan = buildPlanWithOverdue({ planner, posts: [early], now, weeks: 1, from: Date.parse('2026-11-20T00:00:00Z') });
    expect(plan.overdue.map((s) => [s.date, s.post, s.overdue?.dueToday])).toEqual([['2026-11-30', null, true]]);
    expect(plan.slots.find((s) => s.date === '2026-11-23')?.published).toBe('2026/early');
  });
});
