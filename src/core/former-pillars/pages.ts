/**
 * The old addresses of renamed and merged pillars (`formerIds` in planner.json, written by the
 * brand page: former-pillars/moves.ts) that the built portfolio keeps answering:
 * /pillars/<former>/ with a redirect page to the pillar's page, and, when the site's address is
 * set as the feeds need, /pillars/<former>/rss.xml, atom.xml and feed.json with the pillar's
 * feeds, which feed readers fetch without following an HTML redirect.
 */
import type { Pillar } from '../schema/planner.ts';

/** A pillar's former id with the pillar it leads to now. */
export interface FormerPillar {
  former: string;
  pillar: Pillar;
}

/** Each former id of each pillar, in brand order; the schema has made each unique and no pillar's id (planner.ts checkFormerIds). */
export function formerPillars(pillars: readonly Pillar[]): FormerPillar[] {
  return pillars.flatMap((pillar) => (pillar.formerIds ?? []).map((former) => ({ former, pillar })));
}
