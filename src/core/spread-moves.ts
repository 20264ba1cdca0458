/**
 * Targets for moving several planned posts of one channel at once (the studio's "Move all to the
 * nearest slots"): each post gets a slot of its own. Each post's own target is the nearest slot
 * day (plan-flags.ts); posts whose targets meet, or whose target another post already holds,
 * would otherwise share one slot while the slots after it stay open.
 */

/** One post to move: its id, the date it is planned for, and the slot day it would move to alone. */
export interface PlannedMove {
  post: string;
  date: string;
  target: string;
}

/**
 * Post id -> the slot day it moves to. In order of planned date, then id, a post
 * takes its target unless that slot is held (a day in `held`: a post is planned for it or a
 * published post fills it) or taken by an earlier post of `moves`; then the first slot day of
 * `slotDays` after it that is neither. `slotDays`: the channel's open and held slot days from
 * today on, sorted (local dates, YYYY-MM-DD). A post left with no free day in `slotDays` keeps its
 * own target, shared.
 */
export function spreadMoves(moves: readonly PlannedMove[], slotDays: readonly string[], held: ReadonlySet<string>): Map<string, string> {
  const taken = new Set(held);
  // In the order they were planned, so that the posts keep their sequence.
  const order = [...moves].sort((a, b) => cmp(a.date, b.date) || cmp(a.post, b.post));
  const result = new Map<string, string>();
  for (const move of order) {
    const day = taken.has(move.target) ? slotDays.find((d) => d > move.target && !taken.has(d)) : move.target;
    result.set(move.post, day ?? move.target);
    taken.add(day ?? move.target);
  }
  return result;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
