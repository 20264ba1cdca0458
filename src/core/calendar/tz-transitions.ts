/**
 * A zone's offset changes as the host's tz database (through Intl) has them: sampled
 * three days apart, each change then located to the second by bisection. No rule is inferred.
 */
import { offsetMinutesAt } from '../zoned-time.ts';

const SECOND = 1000;
const MINUTE = 60_000;
// Tz data holds daylight periods of one week (Asia/Gaza, October 2040); none shorter since 1970.
const STEP = 3 * 86_400_000;

export interface Transition {
  /** DAYLIGHT when the offset grows, else STANDARD (RFC 5545 §3.6.5 observance kinds). */
  kind: 'STANDARD' | 'DAYLIGHT';
  /** The first instant (ms, a whole second) of the new offset. */
  at: number;
  /** Offsets from UTC before and after, in minutes. */
  from: number;
  to: number;
  /** Wall time at `at` in the old offset, in UTC fields (RFC 5545: an onset is local to TZOFFSETFROM). */
  wall: Date;
}

const transitionsByYear = new Map<string, Transition[]>();

/**
 * Offset changes with `fromMs <= at < toMs`, oldest first; cached per zone and UTC year. A change
 * undone within 3 days would not be seen; tz data has none from 1970 to 2100 (checked daily).
 */
export function findTransitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  for (let year = new Date(fromMs).getUTCFullYear(); year <= new Date(toMs).getUTCFullYear(); year++) {
    const key = `${zone} ${year}`;
    let ofYear = transitionsByYear.get(key);
    if (!ofYear) {
      ofYear = scanTransitions(zone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
      transitionsByYear.set(key, ofYear);
    }
    for (const t of ofYear) if (t.at >= fromMs && t.at < toMs) found.push(t);
  }
  return found;
}

/** Changes with `fromMs < at <= toMs`: a scan every 3 days, each change bisected to the second. */
function scanTransitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let lo = fromMs;
  let loOffset = offsetMinutesAt(lo, zone);
  while (lo < toMs) {
    const hi = Math.min(lo + STEP, toMs);
    const hiOffset = offsetMinutesAt(hi, zone);
    if (hiOffset !== loOffset) {
      const at = locateChange(zone, lo, hi, loOffset);
      const to = offsetMinutesAt(at, zone);
      found.push({ kind: to > loOffset ? 'DAYLIGHT' : 'STANDARD', at, from: loOffset, to, wall: new Date(at + loOffset * MINUTE) });
      // A second change in the same week: scan on from this one.
      lo = at;
      loOffset = to;
      continue;
    }
    lo = hi;
  }
  return found;
}

/** The first whole second in (lo, hi] whose offset differs from `loOffset`. */
function locateChange(zone: string, lo: number, hi: number, loOffset: number): number {
  let [low, high] = [Math.floor(lo / SECOND), Math.ceil(hi / SECOND)];
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (offsetMinutesAt(mid * SECOND, zone) === loOffset) low = mid;
    else high = mid;
  }
  return high * SECOND;
}
