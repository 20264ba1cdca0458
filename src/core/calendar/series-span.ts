/**
 * How far a channel's calendar looks ahead: the last local date whose slots are written out
 * (for EXDATEs, overrides and pinned clock-change slots), the instant its offsets must reach,
 * and where a break that runs past the horizon ends the series.
 */
import type { Break } from '../schema/planner.ts';
import { previewSlots } from '../slots.ts';
import { localDateOf, startOfLocalDay } from '../zoned-time.ts';
import { meetsClockChange } from './clock-change.ts';
import { parseRruleParts, untilEpoch } from './rrule-value.ts';

/** How far past now the offsets and slots of a series are written (README: Calendar export). */
export const TZ_HORIZON_YEARS = 20;
const YEAR = 365.2425 * 86_400_000;

export interface CadencePeriod {
  cadence: string;
  start: string;
  time: string;
}

export interface SeriesSpan {
  /** Slots are expanded through this local date. */
  lastDate: string;
  /** The VTIMEZONE covers offsets up to this instant. */
  reach: number;
  /** The start of a break that runs past the horizon: the latest series ends the day before. */
  cut?: string;
}

/**
 * The span of the latest cadence period. Slots matter up to the last date anything is known
 * about (now, the next slot however far it lies, a break's end, a planned date in `dates`, clock
 * changes to pin), but no further than now + TZ_HORIZON_YEARS. The offsets reach the series' own
 * end (UNTIL, COUNT) or the horizon, whichever is first.
 */
export function seriesSpan(last: CadencePeriod, zone: string, now: number, breaks: Break[], dates: Iterable<string>): SeriesSpan {
  const horizon = now + TZ_HORIZON_YEARS * YEAR;
  const horizonDate = localDateOf(horizon, zone);
  const reach = Math.min(seriesEnd(last, zone) ?? horizon, horizon);
  const next = previewSlots(inZone(last, zone), Math.max(now, startOfLocalDay(last.start, zone)), 1)[0];
  const known = [localDateOf(now, zone), last.start, ...(next ? [next.date] : []), ...breaks.map((b) => b.to), ...dates];
  // Slots a clock change skips or repeats get a pinned override as far as the offsets are written.
  if (meetsClockChange(last.time, zone, now, reach)) known.push(localDateOf(reach, zone));
  const lastDate = known.map((d) => (d > horizonDate ? horizonDate : d)).sort().at(-1)!;
  // Rather than an EXDATE a day for decades, a break past the horizon ends the series; a
  // refreshed calendar brings the slots after it back once they come within the horizon.
  const cut = breaks.filter((b) => b.to > horizonDate).map((b) => b.from).sort()[0];
  return { lastDate, reach, ...(cut ? { cut } : {}) };
}

/** The instant a period's series ends by itself: its UNTIL or its COUNTth slot; undefined when endless. */
function seriesEnd(period: CadencePeriod, zone: string): number | undefined {
  const parts = parseRruleParts(period.cadence);
  const until = parts.get('UNTIL');
  if (until !== undefined) return untilEpoch(until, zone);
  const count = Number(parts.get('COUNT') ?? 0);
  if (count === 0) return undefined;
  const slots = previewSlots(inZone(period, zone), startOfLocalDay(period.start, zone), count);
  return slots.at(-1)?.epoch ?? startOfLocalDay(period.start, zone);
}

/** Only the cadence fields: a period's own end must not bound these searches. */
function inZone(period: CadencePeriod, zone: string) {
  return { cadence: period.cadence, start: period.start, time: period.time, zone };
}
