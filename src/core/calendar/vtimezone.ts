/**
 * VTIMEZONE components generated from the host's own tz data through Intl, so that the offsets
 * a calendar app applies are the ones the planner used for its slots. Transitions in the
 * exported range are found by scanning; the trailing yearly pattern becomes an open RRULE so
 * that an endless cadence keeps the right offsets after the range.
 */
import { offsetMinutesAt } from '../zoned-time.ts';
import { formatOffset, pad, type ContentLine } from './ics-writer.ts';

const MINUTE = 60_000;
const WEEK = 7 * 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export interface Transition {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** The instant of the change. */
  at: number;
  from: number;
  to: number;
  /** Wall time just before the change, in UTC fields (RFC 5545: DTSTART is in TZOFFSETFROM). */
  wall: Date;
}

/** The lines of one VTIMEZONE covering the instants from `fromMs` to `toMs` and the rule beyond. */
export function buildVTimezone(zone: string, fromMs: number, toMs: number): ContentLine[] {
  const startYear = new Date(fromMs).getUTCFullYear() - 1;
  const endYear = new Date(toMs).getUTCFullYear() + 1;
  const scanFrom = Date.UTC(startYear, 0, 1);
  const transitions = findTransitions(zone, scanFrom, Date.UTC(endYear + 1, 0, 1));
  const initialOffset = offsetMinutesAt(scanFrom, zone);
  const initialKind = transitions[0]?.kind === 'STANDARD' ? 'DAYLIGHT' : 'STANDARD';
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    ...observance(initialKind, initialOffset, initialOffset, new Date(scanFrom + initialOffset * MINUTE)),
  ];
  for (const kind of ['STANDARD', 'DAYLIGHT'] as const) {
    const ofKind = transitions.filter((t) => t.kind === kind);
    const rule = trailingRule(ofKind, endYear);
    const single = rule ? ofKind.slice(0, rule.first) : ofKind;
    for (const t of single) lines.push(...observance(kind, t.from, t.to, t.wall));
    if (rule) {
      const t = ofKind[rule.first]!;
      lines.push(...observance(kind, t.from, t.to, t.wall, rule.rrule));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function observance(kind: string, from: number, to: number, wall: Date, rrule?: string): ContentLine[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${formatUtcFields(wall)}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `END:${kind}`,
  ];
}

const transitionsByYear = new Map<string, Transition[]>();

/** Offset changes between two instants, each located to the minute; cached per zone and year. */
export function findTransitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  for (let year = new Date(fromMs).getUTCFullYear(); year <= new Date(toMs).getUTCFullYear(); year++) {
    const key = `${zone} ${year}`;
    let ofYear = transitionsByYear.get(key);
    if (!ofYear) {
      ofYear = scanTransitions(zone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
      transitionsByYear.set(key, ofYear);
    }
    found.push(...ofYear.filter((t) => t.at >= fromMs && t.at < toMs));
  }
  return found;
}

function scanTransitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let prev = fromMs;
  let prevOffset = offsetMinutesAt(prev, zone);
  // A weekly scan misses only two changes within one week, which no current zone has.
  for (let t = fromMs + WEEK; prev < toMs; t += WEEK) {
    const at = Math.min(t, toMs);
    const offset = offsetMinutesAt(at, zone);
    if (offset !== prevOffset) {
      const change = locateChange(zone, prev, at, prevOffset);
      found.push({
        kind: offset > prevOffset ? 'DAYLIGHT' : 'STANDARD',
        at: change,
        from: prevOffset,
        to: offset,
        wall: new Date(change + prevOffset * MINUTE),
      });
    }
    prev = at;
    prevOffset = offset;
  }
  return found;
}

function locateChange(zone: string, lo: number, hi: number, loOffset: number): number {
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetMinutesAt(mid, zone) === loOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The longest run of yearly transitions at the end of the list that one
 * `FREQ=YEARLY;BYMONTH=m;BYDAY=nXX` rule describes, if it is still in force in `endYear`.
 */
function trailingRule(list: Transition[], endYear: number): { first: number; rrule: string } | null {
  const last = list.at(-1);
  if (!last || last.wall.getUTCFullYear() < endYear) return null;
  let best: { first: number; rrule: string } | null = null;
  for (const nth of nthCandidates(last.wall)) {
    let i = list.length - 1;
    while (i > 0 && sameRule(list[i - 1]!, last, nth) && list[i - 1]!.wall.getUTCFullYear() === list[i]!.wall.getUTCFullYear() - 1) i--;
    if (list.length - i >= 2 && (!best || i < best.first)) {
      const byday = `${nth}${WEEKDAYS[last.wall.getUTCDay()]}`;
      best = { first: i, rrule: `FREQ=YEARLY;BYMONTH=${last.wall.getUTCMonth() + 1};BYDAY=${byday}` };
    }
  }
  return best;
}

/** Ways to name a day's place in its month: the 2nd Sunday, and (in the final week) the last. */
function nthCandidates(wall: Date): number[] {
  const day = wall.getUTCDate();
  const daysInMonth = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + 1, 0)).getUTCDate();
  const candidates = day <= 28 ? [Math.ceil(day / 7)] : [];
  if (day + 7 > daysInMonth) candidates.push(-1);
  return candidates;
}

function sameRule(a: Transition, b: Transition, nth: number): boolean {
  const w = a.wall;
  const sameTime = w.getUTCHours() === b.wall.getUTCHours() && w.getUTCMinutes() === b.wall.getUTCMinutes();
  return (
    a.from === b.from &&
    a.to === b.to &&
    sameTime &&
    w.getUTCMonth() === b.wall.getUTCMonth() &&
    w.getUTCDay() === b.wall.getUTCDay() &&
    nthCandidates(w).includes(nth)
  );
}

function formatUtcFields(d: Date): string {
  const date = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  return `${date}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}
