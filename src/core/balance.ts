/** Pillar balance: how planned and published output splits across pillars, against the targets. */
import { publishedEpoch, publishedLocalDate } from './published-at.ts';
import type { Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';
import { channelZone } from './slots.ts';
import { localDateOf } from './zoned-time.ts';

const DAY = 86_400_000;
/** |drift| from which a pillar is flagged as drifting (`drifting: true`). */
export const DRIFT_THRESHOLD = 0.1;

export interface PillarBalance {
  pillar: string;
  name: string;
  planned: number;
  published: number;
  plannedShare: number;
  publishedShare: number;
  target: number;
  /** Share minus target: the published share when anything was published, else the planned share. */
  drift: number;
  drifting: boolean;
}

/**
 * Per pillar: share of planned (plannedFor in the window) and of published posts (publishedAt in
 * the window) over the last `days` (90) days, against target (pillar.targetShare, else even split),
 * with a drift flag. Pillars without a targetShare split what the others leave evenly. Posts
 * without a pillar, or with one the brand does not have, count for none.
 */
export function computePillarBalance(input: { planner: Planner; posts: Post[]; now: number; days?: number }): PillarBalance[] {
  const { planner, posts, now } = input;
  const since = now - (input.days ?? 90) * DAY;
  const zones = new Map(planner.channels.map((c) => [c.id, channelZone(c, planner.brand)]));
  const counts = new Map(planner.brand.pillars.map((p) => [p.id, { planned: 0, published: 0 }]));
  for (const post of posts) {
    const count = post.data.pillar ? counts.get(post.data.pillar) : undefined;
    if (!count) continue;
    const zone = zones.get(post.data.channel) ?? planner.brand.timezone;
    const { plannedFor, publishedAt, status } = post.data;
    if (plannedFor && plannedFor >= localDateOf(since, zone) && plannedFor <= localDateOf(now, zone)) count.planned += 1;
    if (status === 'published' && publishedAt && inWindow(publishedAt, zone, since, now)) count.published += 1;
  }
  const totals = [...counts.values()].reduce((t, c) => ({ planned: t.planned + c.planned, published: t.published + c.published }), { planned: 0, published: 0 });
  const targets = targetShares(planner.brand.pillars);
  return planner.brand.pillars.map((pillar, i) => {
    const { planned, published } = counts.get(pillar.id)!;
    const plannedShare = totals.planned ? planned / totals.planned : 0;
    const publishedShare = totals.published ? published / totals.published : 0;
    const target = targets[i]!;
    const drift = totals.published ? publishedShare - target : totals.planned ? plannedShare - target : 0;
    return { pillar: pillar.id, name: pillar.name, planned, published, plannedShare, publishedShare, target, drift, drifting: Math.abs(drift) >= DRIFT_THRESHOLD };
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
