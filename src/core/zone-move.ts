/**
 * Moving a channel to another zone without re-timing its past (README "Channels and cadences"):
 * the period that applied until then is kept in `history` with the zone it was kept in, as a
 * cadence change keeps it, and the periods before it get their zone written down too, since a
 * period without `timezone` follows the channel's current zone.
 */
import type { Brand, CadencePeriod, Channel, Planner } from './schema/planner.ts';
import { channelZone } from './period-zones.ts';

/**
 * The channel's `history` and `start` once its current period ends before `from` (a local date):
 * that period joins the history (only when it began before `from`: one that began on or after it
 * never had a slot, and is simply replaced), and the new one starts at `from`. `zoneBefore`: the
 * zone the past periods were kept in, written on each period that has none; undefined when the
 * zone does not change (periods stay as they are).
 */
export function closeCurrentPeriod(channel: Channel, from: string, zoneBefore?: string): Pick<Channel, 'history' | 'start'> {
  const stamp = (p: CadencePeriod): CadencePeriod => (zoneBefore && !p.timezone ? { ...p, timezone: zoneBefore } : p);
  const past = (channel.history ?? []).map(stamp);
  const current = stamp({ cadence: channel.cadence, start: channel.start, time: channel.time });
  const history = from > channel.start ? [...past, current] : past;
  return { start: from, ...(history.length ? { history } : {}) };
}

/**
 * The planner with the brand's zone set to `zone` (canonical IANA name): every channel that
 * inherits the brand's zone (no `timezone` of its own) keeps its past in the old one, its new
 * period starting at `today` (a local date), as closeCurrentPeriod does. Channels with a zone
 * of their own are left alone. The same planner when the zone does not change.
 */
export function moveBrandZone(planner: Planner, zone: string, today: string): Planner {
  const before = planner.brand.timezone;
  if (zone === before) return planner;
  const brand: Brand = { ...planner.brand, timezone: zone };
  // A channel that starts after today has no slot yet: only its (empty) past is stamped.
  const move = (c: Channel) => ({ ...c, ...closeCurrentPeriod(c, today > c.start ? today : c.start, channelZone(c, planner.brand)) });
  const channels = planner.channels.map((c) => (c.timezone ? c : move(c)));
  return { ...planner, brand, channels };
}
