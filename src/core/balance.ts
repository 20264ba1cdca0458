/** Pillar balance: how past output and upcoming plans split across pillars, against the targets. */
import { isCopy } from './copies.ts';
import { publishedEpoch, publishedLocalDate } from './published-at.ts';
import type { Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';
import { channelZone, createPostZoner } from './period-zones.ts';
import { addDays, localDateOf } from './zoned-time.ts';

const DAY = 86_400_000;
/** |drift| from which a pillar is flagged as drifting (`drifting: true`). */
export const DRIFT_THRESHOLD = 0.1;

/** Published posts in the window from which a share can drift: fewer is too little output to judge. */
export const MIN_OUTPUT_FOR_DRIFT = 3;

/** Far below any share a count of posts gives; absorbs floating-point error in the comparisons. */
const EPSILON = 1e-9;

export interface PillarBalance {
  pillar: string;
  name: string;
  /** Posts not yet published planned from today to `days` ahead: what is coming, kept apart from output. */
  upcoming: number;
  published: number;
  upcomingShare: number;
  publishedShare: number;
  target: number;
  /** Published share minus target; 0 until MIN_OUTPUT_FOR_DRIFT posts were published in the window. */
  drift: number;
  /** |drift| >= DRIFT_THRESHOLD; below target only once the target share of the output is one post or more. */
  drifting: boolean;
}

/**
 * Per pillar, two separate views against the target (pillar.targetShare, else even split): past
 * output (posts published over the last `days`, 90 by default) and upcoming plans (posts not yet
 * published whose plannedFor lies from today to `days` ahead). Only past output drifts: plans are
 * intentions, so a month planned ahead raises no alert on day one. Pillars without a targetShare
 * split what the others leave evenly. Posts without a pillar, or with one the brand does not
 * have, count for none, and so does a copy (`copyOf`, core/copies.ts): the balance is of pieces,
 * and its original counts for the piece.
 */
export function computePillarBalance(input: { planner: Planner; posts: Post[]; now: number; days?: number }): PillarBalance[] {
  const { planner, posts, now } = input;
  const days = input.days ?? 90;
  const since = now - days * DAY;
  const channels = new Map(planner.channels.map((c) => [c.id, c]));
  const postZone = createPostZoner(planner);
  const counts = new Map(planner.brand.pillars.map((p) => [p.id, { upcoming: 0, published: 0 }]));
  for (const post of posts) {
    const count = post.data.pillar && !isCopy(post) ? counts.get(post.data.pillar) : undefined;
    if (!count) continue;
    const channel = channels.get(post.data.channel);
    const zone = channel ? channelZone(channel, planner.brand) : planner.brand.timezone;
    const { plannedFor, publishedAt, status } = post.data;
    const today = localDateOf(now, zone);
    if (status !== 'published' && plannedFor && plannedFor >= today && plannedFor <= addDays(today, days)) count.upcoming += 1;
    // A post of an earlier period is read in that period's zone (period-zones.ts).
    const readIn = publishedAt ? postZone(post.data.channel, publishedAt) : zone;
    if (status === 'published' && publishedAt && inWindow(publishedAt, readIn, since, now)) count.published += 1;
  }
  const totals = [...counts.values()].reduce((t, c) => ({ upcoming: t.upcoming + c.upcoming, published: t.published + c.published }), { upcoming: 0, published: 0 });
  const targets = targetShares(planner.brand.pillars);
  return planner.brand.pillars.map((pillar, i) => {
    const { upcoming, published } = counts.get(pillar.id)!;
    const upcomingShare = totals.upcoming ? upcoming / totals.upcoming : 0;
    const publishedShare = totals.published ? published / totals.published : 0;
    const target = targets[i]!;
    const drift = totals.published >= MIN_OUTPUT_FOR_DRIFT ? publishedShare - target : 0;
    // Behind only once its share is a whole post: 0 of 3 on a 25% target is not yet a gap in the mix.
    // Compared with a tolerance: shares are not exact in binary ((1 - 0.4) / 3 * 5 is
    // 0.9999999999999999, 7 / 20 - 0.25 is 0.09999999999999998).
    const judged = drift > 0 || target * totals.published >= 1 - EPSILON;
    return { pillar: pillar.id, name: pillar.name, upcoming, published, upcomingShare, publishedShare, target, drift, drifting: judged && Math.abs(drift) >= DRIFT_THRESHOLD - EPSILON };
  });
}

function inWindow(publishedAt: string, zone: string, since: number, now: number): boolean {
  // A plain date is a whole local day: it counts when that day overlaps the window.
  if (publishedAt.trim().length === 10) {
    const date = publishedLocalDate(publishedAt, zone);
    return date >= localDateOf(since, zone) && date <= localDateOf(now, zone);
  }
  const epoch = publishedEpoch(publishedAt, zone);
  return epoch >= since && epoch <= now;
}

function targetShares(pillars: { targetShare?: number }[]): number[] {
  const given = pillars.reduce((sum, p) => sum + (p.targetShare ?? 0), 0);
  const open = pillars.filter((p) => p.targetShare === undefined).length;
  const rest = open ? Math.max(0, 1 - given) / open : 0;
  return pillars.map((p) => p.targetShare ?? rest);
}
