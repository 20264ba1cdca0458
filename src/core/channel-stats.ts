/**
 * Streak and slot figures of every channel, as `check` reports them (shared/interfaces.md §3).
 * `check`, the studio and the portfolio all call this, so the figures they show always agree.
 */
import type { Channel, Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';
import { channelZone, expandChannelSlots } from './slots.ts';
import { computeChannelStats, type ChannelStats } from './streaks.ts';

/** How far past "now" slots are expanded: enough for the pending window, the buffer and at-risk. */
const LOOKAHEAD_MS = 60 * 86_400_000;

export interface ChannelFigures {
  channel: Channel;
  /** The channel's IANA zone (its own or the brand's). */
  zone: string;
  stats: ChannelStats;
}

/**
 * One entry per channel of `planner`, in planner order. `posts` may hold any status (only
 * published posts count as output); `now` is epoch ms.
 */
export function computePlannerChannelStats(planner: Planner, posts: Post[], now: number): ChannelFigures[] {
  return planner.channels.map((channel) => {
    const zone = channelZone(channel, planner.brand);
    const slots = expandChannelSlots(channel, { zone, from: Number.NEGATIVE_INFINITY, to: now + LOOKAHEAD_MS, breaks: planner.breaks });
    const own = posts.filter((p) => p.data.channel === channel.id);
    return { channel, zone, stats: computeChannelStats({ channelId: channel.id, slots, posts: own, zone, now }) };
  });
}
