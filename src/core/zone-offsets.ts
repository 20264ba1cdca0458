/**
 * A zone's UTC offsets through one UTC year, tabulated from Intl, so that a later process reads
 * wall times from the table instead of ICU (zoned-time.ts ZoneYear, provideZoneYears).
 */
import { intlOffsetMinutesAt, intlWallTimeAt, TABULATED_YEARS, type ZoneYear } from './zoned-time.ts';

const SECOND = 1000;
const MINUTE = 60_000;
// As calendar/tz-transitions.ts: tz data holds no offset change undone within 3 days from 1970 to 2100.
const STEP = 3 * 86_400_000;

/**
 * The offsets of `zone` in UTC year `year` (ZoneYear): Intl sampled every 3 days, each change
 * located to the second by bisection. null when the year is outside TABULATED_YEARS or an
 * offset there is not a whole number of minutes (a zone still on local mean time, as
 * Africa/Monrovia until 1972-01-07): Intl alone answers for it. Throws for a zone Intl does
 * not know (RangeError), as zoned-time.ts does.
 */
export function tabulateZoneYear(zone: string, year: number): ZoneYear | null {
  if (!(Number.isInteger(year) && year >= TABULATED_YEARS.first && year <= TABULATED_YEARS.last)) return null;
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  const start = intlOffsetMinutesAt(from, zone);
  const changes: number[] = [];
  let lo = from;
  let loOffset = start;
  while (lo < to) {
    const hi = Math.min(lo + STEP, to - SECOND);
    if (hi <= lo) break;
    const hiOffset = intlOffsetMinutesAt(hi, zone);
    if (hiOffset === loOffset) {
      lo = hi;
      continue;
    }
    // The first whole second in (lo, hi] with another offset; a second change within the step is found from there on.
    let [low, high] = [Math.floor(lo / SECOND), Math.ceil(hi / SECOND)];
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (intlOffsetMinutesAt(mid * SECOND, zone) === loOffset) low = mid;
      else high = mid;
    }
    lo = high * SECOND;
    loOffset = intlOffsetMinutesAt(lo, zone);
    changes.push(lo, loOffset);
  }
  return wholeMinutes(zone, from, to, start, changes) ? { start, changes } : null;
}

/** Whether Intl's wall clock at each stretch's first and last second is UTC shifted by the stretch's offset (no seconds lost to rounding). */
function wholeMinutes(zone: string, from: number, to: number, start: number, changes: number[]): boolean {
  const stretches: [number, number, number][] = [];
  let at = from;
  let offset = start;
  for (let i = 0; i < changes.length; i += 2) {
    stretches.push([at, changes[i]!, offset]);
    [at, offset] = [changes[i]!, changes[i + 1]!];
  }
  stretches.push([at, to, offset]);
  const wall = (t: number) => {
    const w = intlWallTimeAt(t, zone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  };
  return stretches.every(([a, b, o]) => wall(a) === a + o * MINUTE && wall(b - SECOND) === b - SECOND + o * MINUTE);
}
