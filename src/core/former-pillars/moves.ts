/**
 * A pillar's `formerIds` (planner.json) when the studio's brand page renames or merges pillars:
 * the pillar that takes another's posts takes its old id and that pillar's own former ids, so
 * that the built portfolio keeps answering at /pillars/<old>/ and its feeds (former-pillars/pages.ts).
 */
import type { Pillar } from '../schema/planner.ts';

/**
 * `after` (the pillars as saved, by their new ids) with `formerIds` following `moves` (old id ->
 * new id, null for no pillar, undefined for not chosen): each target of a move gains the old id
 * and the old pillar's `formerIds` (as `before`, the pillars on disk, holds them). An id that is a
 * pillar's id after the save, also in another case (a rename back, a new pillar taking the id),
 * leaves every list: that pillar's own page is at its address. Lists keep their order, each id
 * once (case-insensitively, as the schema's check); an emptied list removes the key.
 */
export function moveFormerIds(before: readonly Pillar[], after: readonly Pillar[], moves: ReadonlyMap<string, string | null | undefined>): Pillar[] {
  const formerOf = new Map(before.map((p) => [p.id, p.formerIds ?? []]));
  const current = new Set(after.map((p) => p.id.toLowerCase()));
  return after.map((pillar) => {
    const gained = [...moves].filter(([old, to]) => to === pillar.id && old !== pillar.id).flatMap(([old]) => [old, ...(formerOf.get(old) ?? [])]);
    const seen = new Set(current);
    const ids = [...(pillar.formerIds ?? []), ...gained].filter((id) => !seen.has(id.toLowerCase()) && seen.add(id.toLowerCase()));
    const { formerIds: _old, ...rest } = pillar;
    return ids.length ? { ...rest, formerIds: ids } : rest;
  });
}
