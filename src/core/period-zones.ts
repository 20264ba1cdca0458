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

/** The zone a post of `channel` published at `publishedAt` is read in (createPublishedZoner). */
export function postZone(channel: PeriodsOf & Pick<Channel, 'timezone'>, brand: Pick<Brand, 'timezone'>, publishedAt: string): string {
  return createPublishedZoner(channel, channelZone(channel, brand))(publishedAt);
}

/**
 * postZone for the posts of any channel of `planner`, each channel's zoner built once (for a run
 * over many posts): `(channelId, publishedAt) => zone`; a channel the planner does not have reads
 * in the brand's zone.
 */
export function createPostZoner(planner: { channels: readonly Channel[]; brand: Pick<Brand, 'timezone'> }): (channelId: string, publishedAt: string) => string {
  const zoners = new Map(planner.channels.map((c) => [c.id, createPublishedZoner(c, channelZone(c, planner.brand))]));
  return (channelId, publishedAt) => zoners.get(channelId)?.(publishedAt) ?? planner.brand.timezone;
}
