/**
 * Wall time <-> instant in an IANA zone, through Intl (or tables made from it: ZoneYear), so
 * that no result depends on the host's own zone (process.env.TZ). Formatters are cached:
 * creating one costs ~50 µs, the process's first ~25 ms.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0) return false;
  try {
    // Intl also takes a bare UTC offset ("+08:00", "-05"): no IANA zone, no daylight-saving
    // rules, and a calendar's TZID=+08:00:… would not even parse (an unquoted ":").
    return !/^[+\-\u2212]/.test(formatterFor(zone).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

/** The wall-clock fields of an instant in a zone. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallTimeAt(epochMs: number, zone: string): WallTime {
  const off = tabulatedOffset(epochMs, zone);
  if (off !== undefined) {
    // The wall clock is UTC shifted by the offset, to the second (as Intl shows it).
    const d = new Date(Math.floor(epochMs / 1000) * 1000 + off * 60_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
  }
  return intlWallTimeAt(epochMs, zone);
}

/** wallTimeAt through Intl alone (the zone's cached formatter), whatever tables were provided: what a table is checked against. */
export function intlWallTimeAt(epochMs: number, zone: string): WallTime {
  const parts = formatterFor(zone).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/**
 * A zone's UTC offsets through one UTC year, as Intl gives them (zone-offsets.ts
 * tabulateZoneYear): `start`, the offset in minutes at the year's first instant, and `changes`,
 * pairs [instant in ms, new offset in minutes], oldest first. A process handed its years
 * (provideZoneYears) reads wall times in them without Intl: ICU's first DateTimeFormat costs
 * ~25 ms and 2,000 formatToParts ~20 ms more, in a `check` whose other work is cached.
 */
export interface ZoneYear {
  start: number;
  changes: number[];
}

/** Years a table may cover: offsets of whole minutes (no local mean time) and tz data's horizon. */
export const TABULATED_YEARS = { first: 1972, last: 2100 } as const;
// `${zone}\n${year}` -> its offsets, or null: a year Intl alone answers (its offsets are not whole minutes).
const zoneYears = new Map<string, ZoneYear | null>();
// The zone-years asked for and not provided, while recordZoneYears() is on.
let asked: Set<string> | null = null;
let lastKey = '';
let lastYear: ZoneYear | null | undefined;

/** Hands this process the tabulated offsets of zone-years (`${zone}\n${year}` keys, as takeAskedZoneYears gives them). */
export function provideZoneYears(years: Iterable<[key: string, year: ZoneYear | null]>): void {
  for (const [key, year] of years) zoneYears.set(key, year);
  lastKey = '';
}

/** From now on, zone-years asked for and not provided are noted, for takeAskedZoneYears. */
export function recordZoneYears(): void {
  asked ??= new Set();
}

/** The zone-years asked for since recordZoneYears() that no table covers (`${zone}\n${year}`), cleared. */
export function takeAskedZoneYears(): string[] {
  const out = asked ? [...asked] : [];
  asked?.clear();
  return out;
}

/** Forgets every provided table and stops recording (tests). */
export function forgetZoneYears(): void {
  zoneYears.clear();
  asked = null;
  lastKey = '';
}

/** The offset in minutes at `epochMs` from a provided table, undefined when none covers it. */
function tabulatedOffset(epochMs: number, zone: string): number | undefined {
  if (zoneYears.size === 0 && asked === null) return undefined;
  const year = new Date(epochMs).getUTCFullYear();
  if (!(year >= TABULATED_YEARS.first && year <= TABULATED_YEARS.last)) return undefined;
  const key = `${zone}\n${year}`;
  if (key !== lastKey) {
    lastKey = key;
    lastYear = zoneYears.get(key);
    if (lastYear === undefined && asked !== null && asked.size < 10_000) asked.add(key);
  }
  if (!lastYear) return undefined;
  let off = lastYear.start;
  const { changes } = lastYear;
  for (let i = 0; i < changes.length && epochMs >= changes[i]!; i += 2) off = changes[i + 1]!;
  return off;
}

/** Offset of the zone from UTC at an instant, in minutes (+480 for Asia/Shanghai). */
export function offsetMinutesAt(epochMs: number, zone: string): number {
  const off = tabulatedOffset(epochMs, zone);
  if (off !== undefined) return off;
  return intlOffsetMinutesAt(epochMs, zone);
}

/** offsetMinutesAt through Intl alone, whatever tables were provided (what a table is made from). */
export function intlOffsetMinutesAt(epochMs: number, zone: string): number {
  const w = intlWallTimeAt(epochMs, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/**
 * The instant of a local wall time in a zone. A wall time skipped by a DST jump (02:30 on a
 * spring-forward night) moves forward by the jump, as RFC 5545 §3.3.5 prescribes; an ambiguous
 * one (fall-back) takes the earlier instant.
 */
export function zonedToEpoch(date: string, time: string, zone: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, s = 0] = time.split(':').map(Number) as [number, number, number?];
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // Two passes settle the offset; the earlier of the candidates resolves a fall-back overlap.
  const before = wallAsUtc - offsetMinutesAt(wallAsUtc - 86_400_000, zone) * 60000;
  const after = wallAsUtc - offsetMinutesAt(wallAsUtc + 86_400_000, zone) * 60000;
  const candidates = [before, after].filter((t) => sameWall(t, wallAsUtc, zone)).sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0]!;
  // In a gap: take the offset before the jump, which lands after it.
  return before;
}

function sameWall(epochMs: number, wallAsUtc: number, zone: string): boolean {
  return epochMs + offsetMinutesAt(epochMs, zone) * 60000 === wallAsUtc;
}

/** The local calendar date `YYYY-MM-DD` of an instant in a zone. */
export function localDateOf(epochMs: number, zone: string): string {
  const w = wallTimeAt(epochMs, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** ISO 8601 with the zone's offset at that instant: `2026-11-24T09:00:00+08:00`. */
export function formatZonedISO(epochMs: number, zone: string): string {
  const w = wallTimeAt(epochMs, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${isoOffset(offsetMinutesAt(epochMs, zone))}`;
}

/** An offset from UTC in minutes as ISO 8601 writes it after a time: +480 is `+08:00`, -210 `-03:30`, 0 `+00:00`. */
export function isoOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The instant that starts a local day in a zone (usually 00:00, later where DST skips midnight). */
export function startOfLocalDay(date: string, zone: string): number {
  return zonedToEpoch(date, '00:00', zone);
}

/**
 * Whether any instant has this local date in the zone: false for a day the zone skipped whole
 * (Pacific/Apia jumped from 2011-12-29 to 2011-12-31). A day whose midnight alone is skipped
 * starts later and exists.
 */
export function localDayExists(date: string, zone: string): boolean {
  return localDateOf(startOfLocalDay(date, zone), zone) === date;
}

/**
 * `YYYY-MM-DD` plus n days, on the proleptic Gregorian calendar (no zone involved). Dates of
 * years 1000-9999 and whole n (every date the planner holds) are counted in integers (a day
 * cell per day of a channel's history: thousands of calls per check), others through Date, as
 * before: the same string either way.
 */
export function addDays(date: string, n: number): string {
  const day = date.length === 10 && Number.isInteger(n) ? dayNumberOf(date) : null;
  if (day !== null) {
    const out = dateOfDayNumber(day + n);
    if (out !== null) return out;
  }
  const t = Date.parse(`${date}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` of years 1000-9999, else null (H. Hinnant's days_from_civil). */
function dayNumberOf(date: string): number | null {
  if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null;
  const y0 = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y0 < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y0, m)) return null;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** `YYYY-MM-DD` of a day number (dayNumberOf), null outside years 1000-9999 (H. Hinnant's civil_from_days). */
function dateOfDayNumber(z0: number): string | null {
  const z = z0 + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1000 || y > 9999) return null;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The decimal number of date[from, to), -1 when a character is not a digit. */
function digits(date: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = date.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
