/**
 * Reordering the brand form's pillars: "Move up" and "Move down" are submit buttons
 * (`action=move-pillar-up-N`, `move-pillar-down-N`), so they work without JavaScript and from the
 * keyboard. A move only reorders the form (nothing is saved until Save): each pillar's fields
 * travel with it, and so does its id on disk (`pillar-N-was`), which is what keeps its colour
 * (brand-form.ts keepMovedColors), its formerIds and the keys the form does not show.
 */

/** A reorder asked for by the form's `action`: the pillar at `from` goes to `to`. */
export interface PillarReorder {
  from: number;
  to: number;
}

/** The reorder `action` asks for, or null for another action or one past either end of `count` pillars. */
export function readPillarReorder(action: string, count: number): PillarReorder | null {
  const match = /^move-pillar-(up|down)-(\d+)$/.exec(action);
  if (!match) return null;
  const from = Number(match[2]);
  const to = match[1] === 'up' ? from - 1 : from + 1;
  return from < count && to >= 0 && to < count ? { from, to } : null;
}

/** `list` with its entry at `from` moved to `to` (a new array). */
export function movePillar<T>(list: readonly T[], { from, to }: PillarReorder): T[] {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/**
 * Which button gets focus on the page a move answers with: the same one on the moved pillar, so a
 * keyboard user can press it again; at the list's end, where that button is gone, the other one.
 */
export function focusAfterReorder({ from, to }: PillarReorder, count: number): string {
  const up = to < from;
  const stays = up ? to > 0 : to < count - 1;
  return `move-pillar-${up === stays ? 'up' : 'down'}-${to}`;
}
