/**
 * Targets for moving several planned posts of one channel at once (the studio's "Move all to the
 * nearest slots"): each post gets a slot of its own, never one another post holds. Each post's
 * own target is the nearest slot day (plan-flags.ts); posts whose targets meet, or whose target
 * another post already holds, would otherwise share one slot while the slots after it stay open.
 * A channel with a sparse cadence (monthly, yearly) may have no open slot within a year: the
 * search looks further, up to SPREAD_MAX_YEARS, and a post that still finds none is named, not
 * put beside another.
 */
import type { Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';
import { buildPlanWithOverdue } from './plan.ts';

/** One post to move: its id, the date it is planned for, and the slot day it would move to alone (null: none free within a year). */
export interface PlannedMove {
  post: string;
  date: string;
  target: string | null;
}

/** Where each post goes (post id -> slot day), and the posts with no open slot left, in the order they were planned. */
export interface SpreadResult {
  targets: Map<string, string>;
  unplaced: string[];
}

/**
 * In order of planned date, then id, each post takes the first slot day of `slotDays` on or after
 * its target (after its planned date when it has none) that is not held (a day in `held`: a post
 * is planned for it or a published post fills it) nor taken by an earlier post of `moves`; with
 * none after and `orBefore`, the nearest such day before it. `slotDays`: the channel's slot days from the owed
 * one on, sorted (local dates, YYYY-MM-DD); a target past the last of them is not known to be
 * free, so it is not taken. A post with no free day at all is `unplaced`: two posts never share
 * a slot here.
 */
export function spreadMoves(moves: readonly PlannedMove[], slotDays: readonly string[], held: ReadonlySet<string>, opts: { orBefore?: boolean } = {}): SpreadResult {
  const taken = new Set(held);
  // In the order they were planned, so that the posts keep their sequence.
  const order = [...moves].sort((a, b) => cmp(a.date, b.date) || cmp(a.post, b.post));
  const targets = new Map<string, string>();
  const unplaced: string[] = [];
  for (const move of order) {
    const from = move.target ?? move.date;
    // The first free day from its target on, else the nearest free one before it (still owed or to come: slotDays starts there).
    const day = slotDays.find((d) => d >= from && !taken.has(d)) ?? (opts.orBefore ? slotDays.findLast((d) => d < from && !taken.has(d)) : undefined);
    if (day === undefined) unplaced.push(move.post);
    else {
      targets.set(move.post, day);
      taken.add(day);
    }
  }
  return { targets, unplaced };
}

/** How far "Move all" looks for open slots at most: a yearly cadence has 20 slots in it. */
export const SPREAD_MAX_YEARS = 20;
const FIRST_WEEKS = 53;
const MAX_WEEKS = Math.ceil((SPREAD_MAX_YEARS * 365.25) / 7);
const WEEK = 7 * 86_400_000;

/**
 * spreadMoves over the slots of `channel` as the plan shows them (core/plan.ts: from its owed slot
 * on, held by a planned post or a published one that fills it), from `now` (epoch ms) a year
 * ahead, or to the latest target when that is further; while a post is left unplaced the plan is
 * looked at twice as far, up to SPREAD_MAX_YEARS, and then a post with no free slot after its
 * target takes the nearest free one before it. A cadence that ends (UNTIL, COUNT) may leave posts
 * unplaced.
 */
export function spreadOverSlots(input: { planner: Planner; posts: Post[]; now: number; channel: string; moves: readonly PlannedMove[] }): SpreadResult {
  const { planner, posts, now, channel, moves } = input;
  const only = { ...planner, channels: planner.channels.filter((c) => c.id === channel) };
  let weeks = Math.min(MAX_WEEKS, Math.max(FIRST_WEEKS, ...moves.map((m) => weeksUntil(m.target ?? m.date, now))));
  for (;;) {
    const { slots, overdue } = buildPlanWithOverdue({ planner: only, posts, now, weeks });
    const mine = [...overdue, ...slots].filter((s) => !s.unslotted);
    const held = new Set(mine.filter((s) => s.post || s.published).map((s) => s.date));
    const days = mine.map((s) => s.date).sort();
    const result = spreadMoves(moves, days, held);
    if (!result.unplaced.length) return result;
    // Nothing free after a target even this far: the nearest free slot before it (the owed one, say), never a held one.
    if (weeks >= MAX_WEEKS) return spreadMoves(moves, days, held, { orBefore: true });
    weeks = Math.min(MAX_WEEKS, weeks * 2);
  }
}

/** Whole weeks from `now` to past local date `date` (a day's margin for any zone). */
function weeksUntil(date: string, now: number): number {
  return Math.ceil((Date.parse(`${date}T00:00:00Z`) + 2 * 86_400_000 - now) / WEEK);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
