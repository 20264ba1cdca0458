/** Which pillar each upcoming slot should serve, so that a channel's output stays balanced. */
import type { Slot } from './slot.ts';

/**
 * Suggested pillar per slot: rotate through the channel's pillars (all brand pillars when
 * channel.pillars is omitted), balanced against what was recently published (pillars with fewer
 * recent published posts of that channel come first); deterministic. Each slot takes the pillar
 * with the fewest posts so far (recent ones plus the suggestions before it), then the one served
 * longest ago, then the first in `pillarIds`. Posts of pillars outside `pillarIds` are ignored.
 */
export function suggestPillars(slots: Slot[], pillarIds: string[], recentPublished: { pillar?: string; epoch: number }[]): (string | null)[] {
  if (pillarIds.length === 0) return slots.map(() => null);
  const tally = pillarIds.map((id, order) => ({ id, order, count: 0, last: Number.NEGATIVE_INFINITY }));
  for (const post of recentPublished) {
    const entry = tally.find((t) => t.id === post.pillar);
    if (!entry) continue;
    entry.count += 1;
    entry.last = Math.max(entry.last, post.epoch);
  }
  return slots.map((slot) => {
    const next = tally.reduce((best, t) => (ranksBefore(t, best) ? t : best));
    next.count += 1;
    next.last = slot.epoch;
    return next.id;
  });
}

function ranksBefore(a: { count: number; last: number; order: number }, b: { count: number; last: number; order: number }): boolean {
  if (a.count !== b.count) return a.count < b.count;
  if (a.last !== b.last) return a.last < b.last;
  return a.order < b.order;
}
