/**
 * The zone of each cadence period of a channel. A period of `history` keeps the zone it was
 * kept in (CadencePeriodSchema.timezone; omitted = the channel's current zone), so that moving
 * zones does not re-time past slots, nor re-date the posts published while it applied.
 */
import { HAS_OFFSET } from './published-at.ts';
import type { Brand, CadencePeriod, Channel } from './schema/planner.ts';
import { startOfLocalDay } from './zoned-time.ts';

/** A cadence period with its zone; `end`: the first local date no longer covered (the next period's start). */
export interface ZonedPeriod {
  cadence: string;
  start: string;
  time: string;
  zone: string;
  end?: string;
}

/** The channel's current zone: its own, else the brand's. */
export function channelZone(channel: Pick<Channel, 'timezone'>, brand: Pick<Brand, 'timezone'>): string {
  return channel.timezone ?? brand.timezone;
}

type PeriodsOf = Pick<Channel, 'cadence' | 'start' | 'time' | 'history'>;

/** Every period of the channel, oldest first, the current one last; `zone`: the channel's current zone. */
export function channelPeriods(channel: PeriodsOf, zone: string): ZonedPeriod[] {
  const periods = [...(channel.history ?? []).map((p) => periodOf(p, zone)), { cadence: channel.cadence, start: channel.start, time: channel.time, zone }];
  return periods.map((p, i) => (periods[i + 1] ? { ...p, end: periods[i + 1]!.start } : p));
}

function periodOf(p: CadencePeriod, zone: string): ZonedPeriod {
  return { cadence: p.cadence, start: p.start, time: p.time, zone: p.timezone ?? zone };
}

/**
 * The zone a post's `publishedAt` (ISO 8601 date or date-time, shared/interfaces.md §2) is read
 * in: that of the period it falls in. A plain date or a date-time without offset falls in the
 * last period starting on or before its date; an instant, in the last period whose first local
 * day (in that period's zone) began at or before it. Before every period: the oldest one's zone.
 * Built once per channel; with no history in another zone it answers `zone` without reading.
 */
export function createPublishedZoner(channel: PeriodsOf, zone: string): (publishedAt: string) => string {
  const periods = channelPeriods(channel, zone);
  if (periods.every((p) => p.zone === zone)) return () => zone;
  let begins: number[] | undefined;
  return (publishedAt) => {
    const text = publishedAt.trim().replace(' ', 'T');
    let i = periods.length - 1;
    if (text.length === 10 || !HAS_OFFSET.test(text)) {
      const date = text.slice(0, 10);
      while (i > 0 && periods[i]!.start > date) i--;
    } else {
      begins ??= periods.map((p) => startOfLocalDay(p.start, p.zone));
      const epoch = Date.parse(text);
      while (i > 0 && begins[i]! > epoch) i--;
    }
    return periods[i]!.zone;
  };
}

/** The zone a post of a channel published at a `publishedAt` is read in: `(channelId, publishedAt) => zone` (createPostZoner). */
export type PostZoner = (channelId: string, publishedAt: string) => string;

/**
 * The zone each post of any channel of `planner` is read in (createPublishedZoner), for a run over
 * many posts: each channel's zoner is built once, on its first post, so that one call costs no
 * more than that channel's. A channel the planner does not have reads in the brand's zone.
 */
export function createPostZoner(planner: { channels: readonly Channel[]; brand: Pick<Brand, 'timezone'> }): PostZoner {
  const zoners = new Map<string, (publishedAt: string) => string>();
  return (channelId, publishedAt) => {
    let zoner = zoners.get(channelId);
    if (!zoner) {
      const channel = planner.channels.find((c) => c.id === channelId);
      if (!channel) return planner.brand.timezone;
      zoner = createPublishedZoner(channel, channelZone(channel, planner.brand));
      zoners.set(channelId, zoner);
    }
    return zoner(publishedAt);
  };
}
