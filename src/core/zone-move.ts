/**
 * Moving a channel to another zone without re-timing its past (README "Channels and cadences"):
 * the period that applied until then is kept in `history` with the zone it was kept in, as a
 * cadence change keeps it, and the periods before it get their zone written down too, since a
 * period without `timezone` follows the channel's current zone.
 */
import type { Brand, CadencePeriod, Channel, Planner } from './schema/planner.ts';
import { channelZone } from './period-zones.ts';
import { parseRruleParts } from './calendar/rrule-value.ts';
import { previewSlots } from './slots.ts';
import { addDays, startOfLocalDay } from './zoned-time.ts';

/**
 * Where a cadence goes on in a new period from local date `from` when only its time or zone
 * changes (the rule stays): at its first slot on or after `from` (a local date in `zone`, the
 * zone it was kept in), so that what RFC 5545 anchors on DTSTART stays as it was: a MONTHLY
 * rule's day of the month, the weeks of INTERVAL=2, a DAILY interval's phase (§3.3.10). A COUNT
 * counts from DTSTART, so the new period's is the old one's less the slots already made. Null
 * when the cadence has no slot on or after `from` (its UNTIL or COUNT is reached).
 */
export function continueCadence(period: Pick<CadencePeriod, 'cadence' | 'start' | 'time'>, zone: string, from: string): { start: string; cadence: string } | null {
  const input = { cadence: period.cadence, start: period.start, time: period.time, zone };
  const next = previewSlots(input, startOfLocalDay(from > period.start ? from : period.start, zone), 1).find((s) => s.date >= from);
  if (!next) return null;
  const count = parseRruleParts(period.cadence).get('COUNT');
  if (count === undefined) return { start: next.date, cadence: period.cadence };
  const made = previewSlots(input, startOfLocalDay(period.start, zone), Number(count)).filter((s) => s.date < next.date).length;
  // Rewritten where it stands, so the rest of the rule keeps the author's spelling.
  return { start: next.date, cadence: period.cadence.replace(/(^|;)(\s*COUNT\s*=\s*)\d+/i, `$1$2${Number(count) - made}`) };
}

/**
 * The same rule for a period that starts at local date `from` once the rule has no slot left
 * there (continueCadence gave null). A COUNT counts from the period's own start (RFC 5545
 * §3.3.10), so a reached COUNT=10 carried over as written would make ten new slots: it becomes
 * UNTIL the day before `from` (a date-only UNTIL takes in that whole local day), which makes
 * none, and the rest of the rule keeps the author's spelling. A rule without COUNT (its UNTIL is
 * behind `from`) is returned as it is.
 */
export function endedCadence(cadence: string, from: string): string {
  return cadence.replace(/(^|;)\s*COUNT\s*=\s*\d+/i, `$1UNTIL=${addDays(from, -1).replaceAll('-', '')}`);
}

/**
 * Whether the channel's current period has a slot on a local date before `until`. Local dates
 * follow from the rule, start and time alone, so any zone gives them (UTC when none is known).
 */
function hadSlot(channel: Channel, until: string, zone = 'UTC'): boolean {
  const first = previewSlots({ cadence: channel.cadence, start: channel.start, time: channel.time, zone }, startOfLocalDay(channel.start, zone), 1)[0];
  return first !== undefined && first.date < until;
}

/**
 * The channel's `history`, `start` and `cadence` once its current period ends before `from` (a
 * local date): that period joins the history (only when it began before `from` and, unless
 * earlier periods precede it, had a slot before the new start: one that never had a slot is
 * simply replaced), and the new one starts at `from`.
 * `zoneBefore`: the zone the past periods were kept in, written on each period that has none;
 * undefined when the zone does not change (periods stay as they are). With `phaseZone` (the
 * rule itself is unchanged: only the time or the zone moves; the zone the current period's
 * slots are in), the new period starts at the cadence's first slot on or after `from` instead
 * (continueCadence), so a monthly cadence keeps its day; null when no slot is left (the caller
 * decides).
 */
export function closeCurrentPeriod(channel: Channel, from: string, zoneBefore?: string, phaseZone?: string): Partial<Pick<Channel, 'history' | 'start' | 'cadence'>> | null {
  const stamp = (p: CadencePeriod): CadencePeriod => (zoneBefore && !p.timezone ? { ...p, timezone: zoneBefore } : p);
  const past = (channel.history ?? []).map(stamp);
  const current = stamp({ cadence: channel.cadence, start: channel.start, time: channel.time });
  // The rule's COUNT, less the slots already made, only when the same rule goes on in step.
  let next: { start: string; cadence?: string } = { start: from };
  if (phaseZone !== undefined) {
    const kept = continueCadence(channel, phaseZone, from);
    if (!kept) return null;
    next = kept;
  }
  // A first period with no slot before the new start is replaced, not kept (a channel set up
  // today and re-timed before its first slot). One after earlier periods stays, ending the one
  // before it: without it, that one would run on until the new start.
  const kept = next.start > channel.start && (past.length > 0 || hadSlot(channel, next.start, phaseZone ?? zoneBefore));
  const history = kept ? [...past, current] : past;
  return { ...next, ...(history.length ? { history } : {}) };
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
  const move = (c: Channel): Channel => {
    const zoneBefore = channelZone(c, planner.brand);
    // A channel that starts after today has no slot yet: only its past periods are stamped.
    const moved = today > c.start ? closeCurrentPeriod(c, today, zoneBefore, zoneBefore) : closeCurrentPeriod(c, c.start, zoneBefore);
    // A cadence with no slot left stays where all its slots were: in the old zone, now its own.
    return moved ? { ...c, ...moved } : { ...c, timezone: zoneBefore };
  };
  const channels = planner.channels.map((c) => (c.timezone ? c : move(c)));
  return { ...planner, brand, channels };
}
