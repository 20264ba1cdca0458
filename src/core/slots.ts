/**
 * A channel's slots: the occurrences of its cadence (every period of its history) at its local
 * time in its zone. rrule expands in floating wall time (see cadence.ts); each wall time becomes an
 * instant here, so 09:00 stays 09:00 local across DST and nothing depends on the host's zone.
 * A slot's date is its wall date, even when a clock change moves its instant to the next day; a
 * local day that the zone skipped entirely has no slot.
 */
import { buildCadenceRule } from './cadence.ts';
import type { Break, Channel } from './schema/planner.ts';
import type { Slot } from './slot.ts';
import { channelPeriods, channelZone, type ZonedPeriod } from './period-zones.ts';
import { isoOffset, localDayExists, offsetMinutesAt, zonedToEpoch } from './zoned-time.ts';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
// Wall time and instant differ by at most a zone offset (under 15 h) plus a DST jump.
const MARGIN = 2 * DAY;
const LAST_WALL = Date.UTC(9999, 11, 31);

/** A period to expand; its own zone is passed beside it. */
type Period = Omit<ZonedPeriod, 'zone'>;

export { channelZone };

/**
 * The first of `breaks` that covers local date `date` (YYYY-MM-DD) for `channel`, from and to
 * inclusive; a break without `channels` covers every channel. Undefined when none does.
 */
export function breakCovering(breaks: readonly Break[], channel: string, date: string): Break | undefined {
  return breaks.find((b) => b.from <= date && date <= b.to && (!b.channels || b.channels.includes(channel)));
}

/**
 * Every occurrence of the channel's cadence (all periods of its history) whose instant is in
 * [from, to), in time order, with onBreak set from `breaks` (a break applies when its channels
 * list is omitted or names this channel, and the slot's LOCAL date is within from..to inclusive).
 * `zone`: the channel's current zone; a period of history with its own `timezone` expands in
 * that one, and its slots' date, start and zone are that zone's.
 */
export function expandChannelSlots(channel: Channel, opts: { zone: string; from: number; to: number; breaks: Break[]; cache?: PeriodSlotCache }): Slot[] {
  // Each period in its own zone: a zone move leaves the slots kept before it where they were.
  const expand = (period: ZonedPeriod) =>
    opts.cache && opts.from === Number.NEGATIVE_INFINITY ? cachedPeriod(period, period.zone, opts.to, channel.id, opts.cache) : expandPeriod(period, period.zone, opts.from, opts.to, channel.id);
  return channelPeriods(channel, opts.zone).flatMap((period) =>
    expand(period).map((slot) => ({
      ...slot,
      onBreak: breakCovering(opts.breaks, channel.id, slot.date) !== undefined,
    })),
  );
}

/**
 * Slots of cadence periods kept between runs (store/slot-cache.ts), by `key` (the period, its
 * zone and channel: periodKey). `through`: the slots are every slot of the period whose instant
 * is before `through`, expanded from the period's start. The slots' onBreak is not kept.
 */
export interface PeriodSlotCache {
  get(key: string): { through: number; slots: Slot[] } | undefined;
  set(key: string, value: { through: number; slots: Slot[] }): void;
}

/** How far past `to` a period is expanded for the cache, so the next runs (a later now) still find it. */
const CACHE_AHEAD = 31 * DAY;

/**
 * expandPeriod from the period's start to `to`, served from `cache` when it was expanded through
 * `to` or later. Exact: slots before `to` do not depend on how far past `to` rrule was asked
 * (they come in wall-time order, and the zone's offsets are the zone's at each instant).
 */
function cachedPeriod(period: Period, zone: string, to: number, channel: string, cache: PeriodSlotCache): Slot[] {
  const key = JSON.stringify([period.cadence, period.start, period.time, period.end ?? null, zone, channel]);
  let kept = cache.get(key);
  if (!kept || kept.through < to) {
    const through = to + CACHE_AHEAD;
    kept = { through, slots: expandPeriod(period, zone, Number.NEGATIVE_INFINITY, through, channel) };
    cache.set(key, kept);
  }
  return kept.slots.filter((s) => s.epoch < to);
}

/**
 * True when the channel's cadence has no occurrence at or after `now` (epoch ms): its RRULE's
 * UNTIL or COUNT (RFC 5545 §3.3.10) is behind it, so no slot will ever come. A slot further
 * away than a stats look-ahead (a quarterly cadence, a long break) is still to come: false.
 */
export function cadenceEnded(channel: Pick<Channel, 'cadence' | 'start' | 'time'>, zone: string, now: number): boolean {
  return previewSlots({ cadence: channel.cadence, start: channel.start, time: channel.time, zone }, now, 1).length === 0;
}

/** The next `n` slots whose instant is at or after `after` (for the cadence editor preview; channel is ""). */
export function previewSlots(input: { cadence: string; start: string; time: string; zone: string }, after: number, n: number): Slot[] {
  if (n <= 0) return [];
  return expandPeriod(input, input.zone, after, Infinity, '', n);
}

function expandPeriod(period: Period, zone: string, from: number, to: number, channel: string, limit?: number): Slot[] {
  const rule = buildCadenceRule(period.cadence, period.start, period.time, zone);
  const endWall = period.end ? Date.parse(`${period.end}T00:00:00Z`) : LAST_WALL;
  const before = new Date(Math.min(to + MARGIN, endWall, LAST_WALL));
  const after = new Date(Math.max(from - MARGIN, Date.parse(`${period.start}T00:00:00Z`)));
  if (after > before) return [];
  // The margin lets at most 3 occurrences (one a day) fall before `from`.
  const walls = limit === undefined ? rule.between(after, before, true) : rule.between(after, before, true, (_d, len) => len < limit + 3);
  const offsetAt = limit === undefined ? offsetTimeline(zone, after.getTime() - MARGIN, before.getTime() + MARGIN) : (t: number) => offsetMinutesAt(t, zone);
  const slots: Slot[] = [];
  let offset: number | null = null;
  for (const wallDate of walls) {
    const wall = wallDate.getTime();
    if (wall >= endWall) break;
    // The slot keeps the rule's local date even when a clock change pushes its instant past
    // midnight (America/Nuuk springs forward at 23:00): BYDAY and BYMONTHDAY name that day.
    const date = wallDate.toISOString().slice(0, 10);
    let epoch = offset === null ? NaN : wall - offset * 60000;
    if (offset === null || offsetAt(epoch) !== offset) {
      epoch = zonedToEpoch(date, wallDate.toISOString().slice(11, 19), zone);
      offset = offsetAt(epoch);
      // In a gap; a day the zone skipped whole (Pacific/Apia, 2011-12-30) holds no slot.
      if (epoch + offset * 60000 !== wall && !localDayExists(date, zone)) continue;
    }
    if (epoch < from || epoch >= to) continue;
    const start = formatWithOffset(epoch + offset * 60000, offset);
    slots.push({ channel, date, epoch, start, zone, onBreak: false });
    if (slots.length === limit) break;
  }
  return slots;
}

/**
 * The zone's offset at any instant, from samples a week apart over [from, to] with each change
 * located to the second by bisection: a few Intl calls a week instead of several per slot.
 */
function offsetTimeline(zone: string, from: number, to: number): (epoch: number) => number {
  const changes = [{ at: -Infinity, offset: offsetMinutesAt(from, zone) }];
  for (let lo = from; lo < to; lo += WEEK) {
    const last = changes[changes.length - 1]!.offset;
    let [low, high] = [lo, Math.min(lo + WEEK, to)];
    if (offsetMinutesAt(high, zone) === last) continue;
    while (high - low > 1000) {
      const mid = Math.floor((low + high) / 2);
      if (offsetMinutesAt(mid, zone) === last) low = mid;
      else high = mid;
    }
    // Transitions fall on whole seconds; (low, high] holds exactly one.
    const at = Math.floor(low / 1000) * 1000 + 1000;
    changes.push({ at, offset: offsetMinutesAt(at, zone) });
  }
  return (epoch) => {
    if (epoch < from || epoch > to) return offsetMinutesAt(epoch, zone);
    let i = changes.length - 1;
    while (changes[i]!.at > epoch) i--;
    return changes[i]!.offset;
  };
}

/** `2026-11-24T09:00:00+08:00` from a UTC-coded wall time and its offset in minutes. */
function formatWithOffset(wall: number, offset: number): string {
  return `${new Date(wall).toISOString().slice(0, 19)}${isoOffset(offset)}`;
}
