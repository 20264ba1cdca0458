/**
 * computeChannelStats against a deliberately plain second implementation that walks day by day
 * and compares instants (not local date strings) with the starts of local days.
 */
import { describe, expect, test } from 'vitest';
import { publishedEpoch } from '../../src/core/published-at.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';
import type { Slot } from '../../src/core/slot.ts';
import { computeChannelStats, type DayCell } from '../../src/core/streaks.ts';
import { addDays, formatZonedISO, localDateOf, startOfLocalDay, zonedToEpoch } from '../../src/core/zoned-time.ts';
import { mulberry32 } from '../support/mulberry32.ts';

const ZONES = [
  'Pacific/Auckland', 'Pacific/Honolulu', 'Asia/Shanghai', 'America/Los_Angeles', 'Europe/Berlin',
  'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC',
];
const DAY = 86_400_000;
const SPAN = 200;

interface Case { zone: string; slots: Slot[]; posts: Post[]; now: number; first: string }

function generateCase(rand: () => number): Case {
  const int = (n: number) => Math.floor(rand() * n);
  const zone = ZONES[int(ZONES.length)]!;
  const first = addDays('2025-12-01', int(330));
  const density = 0.1 + 0.85 * rand();
  const time = rand() < 0.2 ? ['00:00', '23:59', '02:30'][int(3)]! : `${String(int(24)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}`;
  const breaks = Array.from({ length: int(3) }, () => {
    const from = addDays(first, int(SPAN));
    return { from, to: addDays(from, int(20)) };
  });
  const slots: Slot[] = [];
  for (let i = 0; i < SPAN + 40; i++) {
    const date = addDays(first, i);
    if (i > 0 && rand() > density) continue;
    const epoch = zonedToEpoch(date, time, zone);
    const onBreak = breaks.some((b) => b.from <= date && date <= b.to);
    slots.push({ channel: 'c', date, epoch, start: formatZonedISO(epoch, zone), zone, onBreak });
  }
  const base = startOfLocalDay(first, zone);
  const now = base - 3 * DAY + Math.floor(rand() * (SPAN + 3) * DAY);
  // Half the posts fall within 90 minutes of a local midnight, where a wrong offset shows.
  const instant = () =>
    rand() < 0.5
      ? startOfLocalDay(addDays(first, int(SPAN + 8) - 3), zone) + Math.floor((rand() - 0.5) * 3 * 3_600_000)
      : base - 3 * DAY + Math.floor(rand() * (SPAN + 8) * DAY);
  const posts = Array.from({ length: int(60) }, (_, i) => makePost(i, instant(), zone, rand));
  return { zone, slots, posts, now, first };
}

function makePost(i: number, t: number, zone: string, rand: () => number): Post {
  const other = ZONES[Math.floor(rand() * ZONES.length)]!;
  const forms: (() => string | Date)[] = [
    () => new Date(t).toISOString(),
    () => formatZonedISO(t, zone),
    () => formatZonedISO(t, other),
    () => formatZonedISO(t, zone).slice(0, 19),
    () => formatZonedISO(t, zone).slice(0, 16).replace('T', ' '),
    () => localDateOf(t, zone),
    () => new Date(t),
    () => new Date(`${localDateOf(t, zone)}T00:00:00Z`),
  ];
  const publishedAt = forms[Math.floor(rand() * forms.length)]!();
  const status = rand() < 0.85 ? 'published' : 'draft';
  const data = PostFrontmatterSchema.parse({ title: `p${i}`, channel: 'c', status, publishedAt });
  return { id: `p${i}`, file: `content/posts/p${i}.md`, data, body: '' };
}

/** The plain version: day by day, instants against day starts. */
function referenceStats({ zone, slots, posts, now, first }: Case) {
  const instants = posts.filter((p) => p.data.status === 'published').map((p) => publishedEpoch(p.data.publishedAt!, zone));
  const starts = new Map<string, number>();
  const dayStart = (d: string) => starts.get(d) ?? starts.set(d, startOfLocalDay(d, zone)).get(d)!;
  const filled = slots.map(() => 0);
  const postsOn = new Map<string, number>();
  for (let d = addDays(first, -5); d < first; d = addDays(d, 1)) {
    const [from, to] = [dayStart(d), dayStart(addDays(d, 1))];
    postsOn.set(d, instants.filter((t) => from <= t && t < to).length);
  }
  let owner = -1;
  for (let d = first; d <= addDays(first, SPAN + 40); d = addDays(d, 1)) {
    while (owner + 1 < slots.length && slots[owner + 1]!.date <= d) owner++;
    const from = dayStart(d);
    const to = dayStart(addDays(d, 1));
    const count = instants.filter((t) => from <= t && t < to).length;
    postsOn.set(d, count);
    if (owner >= 0) filled[owner]! += count;
  }
  const completed = (i: number) => i + 1 < slots.length && dayStart(slots[i + 1]!.date) <= now;
  const pendingAt = slots.findIndex((s, i) => !completed(i) && dayStart(s.date) <= now);
  let expected = 0, fulfilled = 0, run = 0, best = 0, recent = 0, recentFilled = 0;
  const missed: string[] = [];
  const missedSince: Record<string, string> = {};
  const today = localDateOf(now, zone);
  slots.forEach((s, i) => {
    const counts = completed(i) || (i === pendingAt && filled[i]! > 0);
    if (s.onBreak || !counts) return;
    expected++; // a filled pending slot counts as due as well as fulfilled
    if (filled[i]! > 0) (fulfilled++, run++);
    else (missed.push(s.date), (missedSince[s.date] = slots[i + 1]!.date), (run = 0)); // a missed slot's window ends at the next slot
    best = Math.max(best, run);
    if (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${s.date}T00:00:00Z`) < 90 * DAY) (recent++, filled[i]! > 0 && recentFilled++);
  });
  const days: DayCell[] = [];
  // Posts before the first slot show as 'early', from the first such post on.
  const earliest = [...postsOn].find(([d, n]) => n > 0 && d < first)?.[0];
  for (let d = earliest ?? first; d <= today; d = addDays(d, 1)) {
    const i = slots.findIndex((s) => s.date === d); // slots are few: a scan is plain enough
    const posts = postsOn.get(d) ?? 0;
    if (i < 0) days.push({ date: d, state: posts > 0 ? (d < first ? 'early' : 'extra') : 'none', posts });
    else {
      const s = slots[i]!;
      // An unfilled slot reads missed once its day is over, but the pending one that is overdue
      // (started, its window still open) reads overdue: it is no gap.
      const overdue = i === pendingAt && s.epoch <= now;
      const state = s.onBreak ? 'break' : filled[i]! > 0 ? 'fulfilled' : completed(i) ? 'missed' : d < today ? (overdue ? 'overdue' : 'missed') : 'pending';
      days.push({ date: d, state, posts });
    }
  }
  const pending = pendingAt >= 0 && !slots[pendingAt]!.onBreak ? slots[pendingAt]! : undefined;
  return {
    expected, fulfilled, missed, missedSince, currentStreak: run, longestStreak: best,
    consistency: expected === 0 ? 1 : fulfilled / expected,
    consistency90: recent === 0 ? 1 : recentFilled / recent,
    expected90: recent,
    nextSlot: slots.find((s) => !s.onBreak && s.epoch > now)?.start ?? null,
    pending: pending ? { date: pending.date, start: pending.start, filled: filled[pendingAt]! > 0 } : null,
    // Started and unfilled: due today on its own local day, overdue after it.
    overdue:
      pending && filled[pendingAt]! === 0 && pending.epoch <= now
        ? { date: pending.date, start: pending.start, until: slots[pendingAt + 1]?.date ?? null, dueToday: pending.date === today }
        : null,
    days,
  };
}

describe('computeChannelStats against a day-by-day reference', () => {
  const rand = mulberry32(20261123);
  const cases = Array.from({ length: 300 }, () => generateCase(rand));
  const refs = cases.map(referenceStats);

  test('agrees with the reference on 300 seeded random channels, zones, breaks and publication times', () => {
    for (const [i, c] of cases.entries()) {
      const { id: _id, atRisk: _a, buffer: _b, ...actual } = computeChannelStats({ channelId: 'c', slots: c.slots, posts: c.posts, zone: c.zone, now: c.now });
      expect(actual, `case ${i} in ${c.zone}`).toEqual(refs[i]);
    }
  });

  test('the seeded cases cover gaps, filled and unfilled pending slots, breaks and channels not yet started', () => {
    expect(refs.filter((r) => r.missed.length > 0).length).toBeGreaterThan(100);
    expect(refs.filter((r) => r.pending?.filled === true).length).toBeGreaterThan(30);
    expect(refs.filter((r) => r.pending?.filled === false).length).toBeGreaterThan(30);
    expect(refs.filter((r) => r.overdue?.dueToday === false).length).toBeGreaterThan(10);
    expect(refs.filter((r) => r.overdue?.dueToday === true).length).toBeGreaterThan(5);
    expect(refs.filter((r) => r.days.some((d) => d.state === 'break')).length).toBeGreaterThan(30);
    expect(refs.filter((r) => r.expected === 0).length).toBeGreaterThan(2);
    expect(refs.filter((r) => r.longestStreak > r.currentStreak).length).toBeGreaterThan(30);
  });
});
