/**
 * Output streaks, gaps and buffer of one channel (shared/interfaces.md §3, "Slots and streaks").
 *
 * Windows are compared as local dates in the channel's zone (each period of its history in
 * the zone it was kept in, for its slots and the posts published then): a slot's window is
 * [its date, the next slot's date), and a post falls in it when its local publication date does.
 * That is the same as comparing instants with the starts of those local days, without Intl calls.
 */
import { HAS_OFFSET, publishedLocalDate } from './published-at.ts';
import type { Post } from './schema/post.ts';
import type { Slot } from './slot.ts';
import { addDays, localDateOf, offsetMinutesAt } from './zoned-time.ts';

export interface DayCell {
  date: string;
  /**
   * `early`: posts on a day before the channel's first slot (history before its start: counted nowhere, shown all the same).
   * `overdue`: the open slot whose day is over with no post while its window is still open
   * (ChannelStats.overdue): not a gap, since a post before the next slot's day still fills it.
   */
  state: 'fulfilled' | 'missed' | 'overdue' | 'break' | 'extra' | 'early' | 'pending' | 'none';
  /** Published posts of that local day. */
  posts: number;
}

export interface ChannelStats {
  id: string;
  /**
   * Completed slots since start, break slots excluded, plus the pending slot once a post fills
   * it: it then counts as fulfilled, so it counts as due. This keeps fulfilled + missed =
   * expected and consistency = fulfilled / expected exactly (never above 1).
   */
  expected: number;
  /** Completed fulfilled slots, plus the pending slot when a post already fills it. */
  fulfilled: number;
  /** Local dates of completed expected slots that no post fulfilled: the gaps. */
  missed: string[];
  /**
   * For each date in `missed`, the local date it became a gap: the end of its window (the next
   * slot's day, exclusive). On a monthly channel that is a month after the slot itself.
   */
  missedSince: Record<string, string>;
  currentStreak: number;
  longestStreak: number;
  /** fulfilled / expected, 1 when expected is 0. */
  consistency: number;
  /**
   * ISO start with offset of the first non-break slot starting after now, or null. A slot that
   * has started is not "next" even while its window is open and nothing fills it: that one is
   * `overdue` (with `dueToday` on its own day).
   */
  nextSlot: string | null;
  /** consistency over slots whose local date is within the 90 days ending today. */
  consistency90: number;
  /** How many slots `consistency90` counts (0: no slot in those 90 days, so no figure to show). */
  expected90: number;
  /** The non-break slot whose window holds now. */
  pending: { date: string; start: string; filled: boolean } | null;
  /**
   * The pending slot once its start has passed and no post fills it: owed now, though a post
   * published before the next slot's day still fills it. Not a gap (§3: the pending slot never
   * is), so it is in neither `missed` nor `expected`.
   * `dueToday`: true while its local day (channel's zone) lasts: "due today, not posted yet";
   * false once that day is over: missed so far, as a completed slot would be by then on a daily
   * channel; its day cell reads `overdue` (not a gap: cellStateOf).
   * `until`: the local date its window ends (the next slot's, exclusive), null when no slot follows.
   */
  overdue: { date: string; start: string; until: string | null; dueToday: boolean } | null;
  /** The first open non-break slot starting within 48 h with no post filling it and none planned for it. */
  atRisk: { date: string; start: string } | null;
  /** Consecutive open slots, from the pending one on, filled already or with a scheduled post planned for them. */
  buffer: { covered: number; coveredUntil: string | null };
  /** One cell per local day from the first slot (or the first earlier post) through today. */
  days: DayCell[];
}

type Phase = 'done' | 'pending' | 'future';
interface SlotState {
  slot: Slot;
  phase: Phase;
  filled: boolean;
  /** The next slot's local date, where this slot's window ends; undefined for the last one. */
  end: string | undefined;
}

const AT_RISK_MS = 48 * 3_600_000;
const WEEK_MS = 7 * 86_400_000;
const END_OF_TIME = '\uffff';

/**
 * slots: every occurrence from the channel start through at least the first slot after `now`
 * (caller expands to now + 60 days), in time order; posts: that channel's posts (any status;
 * only published count as output); zone: the channel's current zone, which decides today;
 * postZone: the zone each post's publishedAt is read in, that of the period it falls in
 * (period-zones.ts createPublishedZoner), `zone` for every post when omitted.
 */
export function computeChannelStats(input: { channelId: string; slots: Slot[]; posts: Post[]; zone: string; now: number; ended?: boolean; postZone?: (publishedAt: string) => string }): ChannelStats {
  const { channelId, slots, posts, zone, now } = input;
  const today = localDateOf(now, zone);
  const published = publishedDates(posts, input.postZone ?? (() => zone));
  const counts = countPostsPerWindow(slots, published);
  const states: SlotState[] = slots.map((slot, i) => ({ slot, phase: phaseOf(slot.date, slots[i + 1]?.date, today, slot.epoch > now), filled: counts[i]! > 0, end: slots[i + 1]?.date }));
  const scored = states.filter((s) => !s.slot.onBreak && (s.phase === 'done' || (s.phase === 'pending' && s.filled)));
  const streaks = measureStreaks(scored);
  const pending = states.find((s) => s.phase === 'pending' && !s.slot.onBreak);
  const next = slots.find((s) => !s.onBreak && s.epoch > now);
  const since90 = addDays(today, -89);
  const quiet = input.ended ? quietLast(states, today) : -1;
  const overdue = findOverdue(states, today, now, quiet);
  return {
    id: channelId,
    expected: scored.length,
    fulfilled: scored.filter((s) => s.filled).length,
    missed: scored.filter((s) => !s.filled).map((s) => s.slot.date),
    missedSince: missedSinceOf(scored),
    currentStreak: streaks.current,
    longestStreak: streaks.longest,
    consistency: ratio(scored),
    nextSlot: next ? next.start : null,
    consistency90: ratio(scored.filter((s) => s.slot.date >= since90)),
    expected90: scored.filter((s) => s.slot.date >= since90).length,
    pending: pending ? { date: pending.slot.date, start: pending.slot.start, filled: pending.filled } : null,
    overdue,
    atRisk: findAtRisk(states, posts, now, quiet),
    buffer: measureBuffer(states, posts, now),
    days: buildDays(states, published, today, overdue?.date, states[quiet]?.slot.date),
  };
}

/** Local publication dates of the published posts, each in the zone `zoneOf` gives it, sorted. */
function publishedDates(posts: Post[], zoneOf: (publishedAt: string) => string): string[] {
  const dates: string[] = [];
  const instants = new Map<string, number[]>();
  for (const p of posts) {
    if (p.data.status !== 'published' || p.data.publishedAt === undefined) continue;
    const text = p.data.publishedAt.trim().replace(' ', 'T');
    const zone = zoneOf(text);
    if (!HAS_OFFSET.test(text)) dates.push(publishedLocalDate(text, zone));
    else if (instants.has(zone)) instants.get(zone)!.push(Date.parse(text));
    else instants.set(zone, [Date.parse(text)]);
  }
  for (const [zone, list] of instants) {
    const localDate = createLocalDater(zone);
    for (const t of list.sort((a, b) => a - b)) dates.push(localDate(t));
  }
  return dates.sort();
}

/**
 * localDateOf for instants given in ascending order, with a few Intl calls a week instead of
 * one per instant (5,000 calls take ~50 ms). It trusts an offset for a week when the zone has
 * the same offset at both ends, since no zone changes its offset twice within a week.
 */
function createLocalDater(zone: string): (epoch: number) => string {
  let until = -Infinity;
  let offset = 0;
  return (epoch) => {
    if (epoch > until) {
      offset = offsetMinutesAt(epoch, zone);
      if (offsetMinutesAt(epoch + WEEK_MS, zone) !== offset) return localDateOf(epoch, zone);
      until = epoch + WEEK_MS;
    }
    return new Date(epoch + offset * 60_000).toISOString().slice(0, 10);
  };
}

function phaseOf(date: string, nextDate: string | undefined, today: string, notYet: boolean): Phase {
  // A slot is never missed before it starts: a clock change can push its instant past its
  // window's end (America/Nuuk's Saturday 23:30 happens on Sunday 00:30, after Sunday began).
  if (nextDate !== undefined && nextDate <= today && !notYet) return 'done';
  return date <= today ? 'pending' : 'future';
}

/** One sweep over sorted post dates: O(slots + posts). */
function countPostsPerWindow(slots: Slot[], sortedDates: string[]): number[] {
  const counts: number[] = [];
  let j = 0;
  if (slots.length > 0) while (j < sortedDates.length && sortedDates[j]! < slots[0]!.date) j++;
  for (let i = 0; i < slots.length; i++) {
    const end = slots[i + 1]?.date ?? END_OF_TIME;
    const first = j;
    while (j < sortedDates.length && sortedDates[j]! < end) j++;
    counts.push(j - first);
  }
  return counts;
}

/**
 * ChannelStats.missedSince. A record without a prototype: each of thousands of date keys added
 * to a plain object is looked up along Object.prototype first (~30x slower for a channel with
 * years of gaps); JSON.stringify, `in` and indexing read it the same.
 */
function missedSinceOf(scored: SlotState[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  // A missed slot is completed, so a next slot (its window's end) exists.
  for (const s of scored) if (!s.filled) out[s.slot.date] = s.end!;
  return out;
}

function ratio(scored: SlotState[]): number {
  if (scored.length === 0) return 1;
  return scored.filter((s) => s.filled).length / scored.length;
}

function measureStreaks(scored: SlotState[]): { current: number; longest: number } {
  let current = 0;
  let longest = 0;
  for (const s of scored) {
    current = s.filled ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return { current, longest };
}

/**
 * The index of an ended cadence's last slot once it is no longer owed, else -1. No next slot ever
 * closes its window, so §3 keeps it pending (never a gap) for good, and it was said to be missed
 * and at risk months after the channel's series ended. It is owed for as long as the interval
 * before it (a week on a weekly channel; 7 days for a cadence of one slot), as its window would
 * have lasted, then no longer said to be. `states`: every slot of a cadence that has ended.
 */
function quietLast(states: SlotState[], today: string): number {
  const i = states.length - 1;
  const last = states[i];
  if (!last || last.phase !== 'pending' || last.filled) return -1;
  const before = states[i - 1]?.slot.date;
  const gap = before === undefined ? 7 : Math.max(1, Math.round((Date.parse(last.slot.date) - Date.parse(before)) / 86_400_000));
  return addDays(last.slot.date, gap) <= today ? i : -1;
}

function findOverdue(states: SlotState[], today: string, now: number, quiet: number): ChannelStats['overdue'] {
  const i = states.findIndex((s) => s.phase === 'pending' && !s.slot.onBreak);
  const s = states[i];
  if (!s || s.filled || s.slot.epoch > now || i === quiet) return null;
  return { date: s.slot.date, start: s.slot.start, until: states[i + 1]?.slot.date ?? null, dueToday: s.slot.date === today };
}

function findAtRisk(states: SlotState[], posts: Post[], now: number, quiet: number): ChannelStats['atRisk'] {
  const planned = new Set(posts.map((p) => p.data.plannedFor).filter((d) => d !== undefined));
  const hit = states.find(
    (s, i) => s.phase !== 'done' && !s.slot.onBreak && s.slot.epoch <= now + AT_RISK_MS && !s.filled && !planned.has(s.slot.date) && i !== quiet,
  );
  return hit ? { date: hit.slot.date, start: hit.slot.start } : null;
}

/**
 * The upcoming slots in a row covered by a scheduled post planned for them (or already filled),
 * Beeminder-style. A pending slot whose time has passed unfilled (overdue: "missed so far") is no
 * upcoming slot: a post scheduled for it is late, not cover (the dashboard said "Covered until
 * Sat, 28 Nov (1 slot)" beside "Missed so far" for that same slot), so it is passed over.
 */
function measureBuffer(states: SlotState[], posts: Post[], now: number): ChannelStats['buffer'] {
  const scheduled = new Set(posts.filter((p) => p.data.status === 'scheduled').map((p) => p.data.plannedFor));
  let covered = 0;
  let coveredUntil: string | null = null;
  for (const s of states) {
    if (s.phase === 'done' || s.slot.onBreak) continue;
    if (!s.filled && s.slot.epoch <= now) continue;
    if (!s.filled && !scheduled.has(s.slot.date)) break;
    covered++;
    coveredUntil = s.slot.date;
  }
  return { covered, coveredUntil };
}

function buildDays(states: SlotState[], sortedDates: string[], today: string, overdue: string | undefined, quiet: string | undefined): DayCell[] {
  const firstSlot = states[0]?.slot.date ?? END_OF_TIME;
  const first = sortedDates[0] !== undefined && sortedDates[0] < firstSlot ? sortedDates[0] : firstSlot;
  const perDay = new Map<string, number>();
  for (const d of sortedDates) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  const slotState = new Map(states.map((s) => [s.slot.date, cellStateOf(s, today, overdue, quiet)]));
  const days: DayCell[] = [];
  for (let d = first; d <= today; d = addDays(d, 1)) {
    const posts = perDay.get(d) ?? 0;
    const unslotted = posts === 0 ? 'none' : d < firstSlot ? 'early' : 'extra';
    days.push({ date: d, state: slotState.get(d) ?? unslotted, posts });
  }
  return days;
}

/**
 * An unfilled slot reads `pending` until its day is over, then `missed` (a gap), but the slot
 * `overdue` names (its window still open: a post still fills it, and it is not in `missed`)
 * reads `overdue`: drawn as a gap, a card said "Gaps (2)" over three red cells. The last slot of
 * an ended cadence that is no longer owed (quietLast, `quiet`) reads `pending`, as the figures
 * have it (ChannelStats.pending; in neither `missed` nor `overdue`): drawn red, it was a gap on
 * the map that no count had.
 */
function cellStateOf(s: SlotState, today: string, overdue: string | undefined, quiet: string | undefined): DayCell['state'] {
  if (s.slot.onBreak) return 'break';
  if (s.filled) return 'fulfilled';
  if (s.phase !== 'done' && s.slot.date === overdue && s.slot.date < today) return 'overdue';
  if (s.slot.date === quiet) return 'pending';
  return s.phase === 'done' || s.slot.date < today ? 'missed' : 'pending';
}

/**
 * The index of the slot whose window holds local date `date` (YYYY-MM-DD, in the slot's zone):
 * the last of `slots` (one channel's, in time order, break slots included) whose date is on or
 * before it, or -1 when `date` is before the first. A window runs from its slot's local day to
 * the next slot's (shared/interfaces.md §3, "Slots and streaks"); the last slot's window is open
 * at its end as far as `slots` tells (the caller checks the next slot's date, if any). Binary
 * search: O(log slots).
 */
export function slotWindowIndex(slots: readonly Slot[], date: string): number {
  let i = -1;
  for (let lo = 0, hi = slots.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (slots[mid]!.date <= date) (i = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return i;
}

/** A published post with the local date of its publishedAt in its channel's zone (published-at.ts publishedLocalDate). */
export interface DatedPost {
  post: Post;
  date: string;
}

/** A published post that no slot shows (placeUnplannedPublished), shown at its own publishedAt. */
export interface UnslottedPost extends DatedPost {
  /**
   * The date of the slot it fills for the streaks although that slot shows a post planned for it
   * (that post is not published in the slot's window, and this is the first post that is); absent
   * when it fills none (an extra post in a filled window, before the channel's start, in a break).
   */
  fills?: string;
}

/**
 * Where the plan, the .ics calendar and the studio show the published posts of one channel (the
 * one definition of "which slot a published post fills" for display; core/plan.ts and
 * core/calendar/channel-events.ts both use it, and it agrees with computeChannelStats, which
 * counts a slot fulfilled by any published post in its window, shared/interfaces.md §3 "Slots
 * and streaks").
 *
 * `posts`: the channel's published posts, each with the local date of its publishedAt. One
 * planned for a slot day (`plannedFor` a non-break slot date) and published in that slot's window
 * is shown by that slot and fills it. Every other one is placed by its publication: one with no
 * `plannedFor`, one planned for a day that is no slot (not a cadence day, or in a break), and one
 * published outside its planned slot's window (early or late: it fills the slot of its window,
 * not the planned one; `elsewhere` lists those, so the caller shows them there and not in the
 * planned slot). Such a post fills the slot whose window holds its date (slotWindowIndex) when
 * that slot is not on a break, shows no post planned for it (`planned`) and no other such post
 * fills it first (posts are taken in id order): `bySlot`. Every other post is `unslotted`, shown
 * as its own entry at its publishedAt, marked published, never dropped: with `fills` when its
 * slot shows a planned post that does not fill it (the streaks count this one there), without
 * when it fills nothing (before the channel's first slot, in a break slot's window, or beside a
 * post that fills the slot already: streaks count one post per slot). A post past the last
 * slot's window (on or after `nextDate`), or before the first slot when `fromStart` is false,
 * belongs to a slot not given, in neither.
 *
 * `slots`: the channel's slots in time order, break slots included, from its first slot
 * (`fromStart`, the default) or from the last slot before the earliest post that matters on.
 * `planned`: the channel's posts by `plannedFor`, any status. Whether a `plannedFor` day is a
 * slot: read from `slots` between their first date and `knownUntil` (a local date, exclusive; a
 * day from it on may be a slot not given, and counts as one; omitted: `slots` end where the
 * cadence's slots end); a day before the first slot counts as none (no slot given shows it).
 * `nextDate`: the local date of the slot after the last of `slots`, asked only when a post falls
 * in the last slot's window; null or omitted when none follows (an ended cadence: the last window
 * never closes, as in computeChannelStats). Returns `bySlot` (slot date -> the post it shows),
 * `unslotted` (in id order) and `elsewhere` (ids). Pure; throws nothing.
 */
export function placeUnplannedPublished(
  slots: readonly Slot[],
  posts: readonly DatedPost[],
  opts: {
    planned: ReadonlyMap<string, readonly Post[]>;
    nextDate?: () => string | null;
    knownUntil?: string;
    fromStart?: boolean;
  },
): { bySlot: Map<string, DatedPost>; unslotted: UnslottedPost[]; elsewhere: Set<string> } {
  const slotDays = new Set(slots.filter((s) => !s.onBreak).map((s) => s.date));
  const first = slots[0]?.date;
  // A day before the first slot given is no slot here: a post planned for it is placed by its
  // publication whether or not that day was a slot (no slot given shows it either way), so that
  // day's slots are never expanded (a brand's years of planned posts cost seconds so).
  const isSlotDay = (date: string) => (opts.knownUntil !== undefined && date >= opts.knownUntil ? true : first !== undefined && date >= first && slotDays.has(date));
  let next: string | null | undefined;
  /** The slot whose window holds `date`: null before the first slot, undefined past the last window (a slot not given). */
  const windowOf = (date: string): Slot | null | undefined => {
    const i = slotWindowIndex(slots, date);
    if (i < 0) return opts.fromStart === false ? undefined : null;
    if (i === slots.length - 1 && opts.nextDate) next ??= opts.nextDate();
    return i === slots.length - 1 && next != null && next <= date ? undefined : slots[i];
  };
  // Slots filled by the post planned for them (published in their own window): nothing else fills them.
  const filled = new Set<string>();
  const elsewhere = new Set<string>();
  const unplanned: DatedPost[] = [];
  for (const p of posts) {
    const planned = p.post.data.plannedFor;
    if (!planned || !isSlotDay(planned)) unplanned.push(p);
    else if (windowOf(p.date)?.date === planned) filled.add(planned);
    else elsewhere.add(p.post.id), unplanned.push(p);
  }
  // A slot shows a planned post unless each post planned for it is shown elsewhere.
  const showsPlanned = (date: string) => (opts.planned.get(date) ?? []).some((p) => !elsewhere.has(p.id));
  const bySlot = new Map<string, DatedPost>();
  const unslotted: UnslottedPost[] = [];
  for (const p of unplanned.sort((a, b) => (a.post.id < b.post.id ? -1 : a.post.id > b.post.id ? 1 : 0))) {
    const slot = windowOf(p.date);
    if (slot === undefined) continue;
    if (!slot || slot.onBreak || filled.has(slot.date) || bySlot.has(slot.date)) unslotted.push(p);
    else if (showsPlanned(slot.date)) filled.add(slot.date), unslotted.push({ ...p, fills: slot.date });
    else bySlot.set(slot.date, p);
  }
  return { bySlot, unslotted, elsewhere };
}
