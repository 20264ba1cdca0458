/**
 * Moving a channel's start back so that imported history counts (README "Channels and
 * cadences": each period of `history` applies from its `start` until the next one begins).
 * The current cadence keeps its `start`; the earliest period is either moved back (when every
 * slot from its old start on stays where it was) or preceded by a new period with its cadence
 * (COUNT and UNTIL dropped: the new period ends where the old one begins).
 */
import { publishedLocalDate } from './published-at.ts';
import { createPublishedZoner } from './period-zones.ts';
import type { CadencePeriod, Channel } from './schema/planner.ts';
import { expandChannelSlots } from './slots.ts';
import { addDays, zonedToEpoch } from './zoned-time.ts';

/** The first local date any period of the channel applies from. */
export function channelFirstStart(channel: Channel): string {
  return channel.history?.[0]?.start ?? channel.start;
}

/**
 * Local dates, sorted, of `publishedAt` values before the channel's first start, each read in
 * the zone of the period it falls in (before every period: the oldest one's). `zone`: the
 * channel's current zone.
 */
export function datesBeforeStart(channel: Channel, publishedAts: string[], zone: string): string[] {
  return postsBeforeStart(channel, publishedAts.map((publishedAt) => ({ publishedAt })), zone).map((p) => p.date);
}

/** {@link datesBeforeStart} keeping each post: `{ date, post }`, sorted by date. */
export function postsBeforeStart<P extends { publishedAt: string }>(channel: Channel, posts: readonly P[], zone: string): { date: string; post: P }[] {
  const first = channelFirstStart(channel);
  const readIn = createPublishedZoner(channel, zone);
  return posts
    .map((post) => ({ date: publishedLocalDate(post.publishedAt, readIn(post.publishedAt)), post }))
    .filter((p) => p.date < first)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The start that makes a post on `firstPost` (a local date) count: the last date on or before
 * it on which the channel's earliest cadence has a slot (so the post falls in that slot's
 * window), else `firstPost` itself.
 */
export function backfillStart(channel: Channel, firstPost: string, zone: string): string {
  const candidate = earlierPeriod(channel, addDays(firstPost, -400));
  const probe: Channel = { ...channel, cadence: candidate.cadence, start: candidate.start, time: candidate.time, history: [] };
  // The earliest period's zone: that of the posts before it.
  const own = candidate.timezone ?? zone;
  const range = { zone: own, from: zonedToEpoch(candidate.start, '00:00', own), to: zonedToEpoch(addDays(firstPost, 1), '00:00', own), breaks: [] };
  return expandChannelSlots(probe, range).at(-1)?.date ?? firstPost;
}

/**
 * The channel with its history reaching back to `from` (a local date before its first start),
 * such that every slot from the old first start up to `until` (ms) is unchanged.
 */
export function backfillChannel(channel: Channel, from: string, opts: { zone: string; until: number }): Channel {
  const first = channelFirstStart(channel);
  if (from >= first) return channel;
  const history = channel.history ?? [];
  if (history.length > 0) {
    const moved: Channel = { ...channel, history: [{ ...history[0]!, start: from }, ...history.slice(1)] };
    if (sameSlotsSince(channel, moved, first, opts)) return moved;
  }
  return { ...channel, history: [earlierPeriod(channel, from), ...history] };
}

/**
 * A period with the channel's earliest cadence, time and zone from `start`, COUNT and UNTIL
 * dropped. The zone is kept only when that period has one (none: the channel's current zone).
 */
function earlierPeriod(channel: Channel, start: string): CadencePeriod {
  const oldest = channel.history?.[0] ?? { cadence: channel.cadence, start: channel.start, time: channel.time };
  const cadence = oldest.cadence
    .split(';')
    .filter((part) => !/^(COUNT|UNTIL)=/i.test(part.replace(/^RRULE:/i, '')))
    .join(';');
  const timezone = 'timezone' in oldest ? oldest.timezone : undefined;
  return { cadence, start, time: oldest.time, ...(timezone ? { timezone } : {}) };
}

function sameSlotsSince(a: Channel, b: Channel, since: string, opts: { zone: string; until: number }): boolean {
  const range = { zone: opts.zone, from: zonedToEpoch(since, '00:00', opts.zone), to: opts.until, breaks: [] };
  const left = expandChannelSlots(a, range).map((s) => s.start);
  const right = expandChannelSlots(b, range).map((s) => s.start);
  return left.length === right.length && left.every((s, i) => s === right[i]);
}
