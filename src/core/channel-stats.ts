/**
 * Streak and slot figures of every channel, as `check` reports them (shared/interfaces.md §3).
 * `check`, the studio and the portfolio all call this, so the figures they show always agree.
 */
import type { Text } from './i18n/text.ts';
import type { Lang } from './language.ts';
import { withZone, zhSpaced } from './slot-time.ts';
import type { Channel, Planner } from './schema/planner.ts';
import { createPublishedZoner } from './period-zones.ts';
import type { Post } from './schema/post.ts';
import { breakCovering, cadenceEnded, channelZone, expandChannelSlots, previewSlots, type PeriodSlotCache } from './slots.ts';
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
 * published posts count as output); `now` is epoch ms. `slotCache`: slots kept between runs
 * (store/slot-cache.ts); the figures are the same with or without it.
 */
export function computePlannerChannelStats(planner: Planner, posts: Post[], now: number, slotCache?: PeriodSlotCache): ChannelFigures[] {
  return planner.channels.map((channel) => {
    const zone = channelZone(channel, planner.brand);
    const expand = (to: number) => expandChannelSlots(channel, { zone, from: Number.NEGATIVE_INFINITY, to, breaks: planner.breaks, cache: slotCache });
    let slots = expand(now + LOOKAHEAD_MS);
    // A cadence sparser than the look-ahead (twice a year, yearly) or a long break: expanded on
    // to its first slot after now, which ends the pending slot's window and is nextSlot (§3).
    let ended = false;
    if (!slots.some((s) => !s.onBreak && s.epoch > now)) {
      const through = firstSlotAfter(channel, zone, now, planner.breaks);
      if (through !== null) slots = expand(through + 1);
      else ended = cadenceEnded(channel, zone, now);
    }
    const own = posts.filter((p) => p.data.channel === channel.id);
    return { channel, zone, stats: computeChannelStats({ channelId: channel.id, slots, posts: own, zone, now, ended, postZone: createPublishedZoner(channel, zone) }) };
  });
}

/**
 * The instant (epoch ms) of the channel's first slot after `now` that no break covers, from its
 * current cadence, or null when none comes (UNTIL or COUNT reached) within 400 occurrences.
 */
function firstSlotAfter(channel: Channel, zone: string, now: number, breaks: Planner['breaks']): number | null {
  const next = previewSlots({ cadence: channel.cadence, start: channel.start, time: channel.time, zone }, now, 400).find(
    (s) => s.epoch > now && breakCovering(breaks, channel.id, s.date) === undefined,
  );
  return next ? next.epoch : null;
}

/**
 * The consistency figures to SHOW (studio, `check` text, portfolio): null where no slot has been
 * counted yet. `consistency` is 1 for 0 expected slots by the contract (shared/interfaces.md §3),
 * a value for arithmetic; shown as "100%" it would praise a channel that has not begun.
 */
export function shownConsistency(stats: Pick<ChannelStats, 'expected' | 'consistency' | 'consistency90' | 'expected90'>): { all: number | null; last90: number | null } {
  return { all: stats.expected > 0 ? stats.consistency : null, last90: stats.expected90 > 0 ? stats.consistency90 : null };
}

/**
 * What to say of a started slot with no post (ChannelStats.overdue); null when there is none.
 * On its own day it is due today, at its local time, and not posted yet; once that day is over
 * it is missed so far, with the day before which a post still fills it (the end of its window).
 * Said wherever the figures are shown, since `expected` and `missed` leave the pending slot out
 * until its window ends (on a monthly channel, for a month) and `nextSlot` is the one after it.
 * `zones` (the channel's and the brand's): the time names the channel's zone when they differ.
 */
export function overdueText(stats: Pick<ChannelStats, 'overdue'>, zones?: { zone: string; brandZone: string }): Text | null {
  if (!stats.overdue) return null;
  const { date, start, until, dueToday } = stats.overdue;
  // start is ISO with the zone's offset, so its clock time is the local one.
  const time = (lang: Lang) => (zones ? withZone(start.slice(11, 16), zones.zone, zones.brandZone, lang) : start.slice(11, 16));
  if (dueToday) return { en: `due today at ${time('en')}, not posted yet`, zh: `今天 ${zhSpaced(time('zh'))}该发，还没发` };
  return {
    en: `the ${date} slot is missed so far${until ? ` (a post published before ${until} still fills it)` : ''}`,
    zh: `${date} 的排期目前断更${until ? `（在 ${until} 之前发布一篇文章仍可补上）` : ''}`,
  };
}

