/**
 * Dates another generator reads that Throughline's frontmatter does not (schema/post.ts wants
 * ISO 8601), written as the ISO 8601 instant they mean, so that a moved post keeps them. Hexo
 * reads a post's `date` and `updated` with moment.js (hexo/lib/plugins/processor/post.ts,
 * `toDate`), which takes ISO-like values with one-digit parts and RFC 2822 dates
 * (momentjs.com/docs/#/parsing/string/); trial 4 met both in a real Butterfly blog
 * (`Mon, 20 Mar 2023 14:15:29 GMT`, `2023-09-03T21:16:5.792+8:0`, the latter from an editor plugin).
 */
import { isRealDate } from '../calendar-date.ts';
import { isoOffset, zonedToEpoch } from '../zoned-time.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 2822 §3.3 date-time: optional weekday, day month year, hh:mm[:ss], and a zone of UT/GMT/Z or ±hhmm. */
const RFC2822 = /^(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(GMT|UTC?|Z|[+-]\d{4})$/i;

/** ISO 8601 as moment.js reads it with one-digit parts: month, day, hour, minute, second, offset hour and minute. */
const LOOSE_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([T ])(\d{1,2}):(\d{1,2})(?::(\d{1,2})(\.\d+)?)?(\s*)(Z|[+-]\d{1,2}(?::\d{1,2})?|[+-]\d{4})?)?$/i;

const two = (n: string) => n.padStart(2, '0');

/**
 * A day written as the Astro blog template writes it, `Jul 08 2022` (or `Jul 8, 2022`), which its
 * schema reads with `z.coerce.date()` (JavaScript's Date): month name, day, year.
 */
const MONTH_DAY_YEAR = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/;
/** A day written with dots or slashes, `2026.01.15`, `2026/1/15`, which JavaScript's Date (Astro's `z.coerce.date()`) and moment.js read as that day. */
const DOTTED_DAY = /^(\d{4})([./])(\d{1,2})\2(\d{1,2})$/;

/**
 * The ISO 8601 text for a date value `text` that the schema does not read as written but that
 * means one clear instant: an RFC 2822 date-time with a UT, GMT, Z or numeric zone
 * (`Mon, 20 Mar 2023 14:15:29 GMT` -> `2023-03-20T14:15:29Z`, `… +0800` -> `…+08:00`), or an
 * ISO-like value with one-digit parts (`2023-09-03T21:16:5.792+8:0` ->
 * `2023-09-03T21:16:05.792+08:00`, `2022-5-2 8:30` -> `2022-05-02 08:30`; the separator, the
 * fraction, a space before the zone (Jekyll's form) and a missing zone are kept), or the Astro
 * blog template's day (`Jul 08 2022` -> `2022-07-08`), or a day with dots or slashes
 * (`2026.01.15` -> `2026-01-15`). Null when the text needs nothing or is no such date
 * (a named zone like CST, whose sense is a guess, or a day that does not exist). Seconds past 59
 * in an ISO-like value are padded and left for validation to name.
 */
export function repairedDate(text: string): string | null {
  const trimmed = text.trim();
  const rfc = RFC2822.exec(trimmed);
  if (rfc) {
    const [, d, mon, y, h, mi, s = '00', zone] = rfc;
    const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    const date = `${y}-${two(String(month))}-${two(d!)}`;
    if (month === 0 || !isRealDate(date) || Number(h) > 23 || Number(s) > 59) return null;
    const offset = /^[+-]/.test(zone!) ? `${zone!.slice(0, 3)}:${zone!.slice(3)}` : 'Z';
    return `${date}T${two(h!)}:${mi}:${s}${offset}`;
  }
  const day = MONTH_DAY_YEAR.exec(trimmed);
  if (day) {
    const month = MONTHS.indexOf(day[1]!.toLowerCase()) + 1;
    const date = `${day[3]}-${two(String(month))}-${two(day[2]!)}`;
    return month > 0 && isRealDate(date) ? date : null;
  }
  const dotted = DOTTED_DAY.exec(trimmed);
  if (dotted) {
    const date = `${dotted[1]}-${two(dotted[3]!)}-${two(dotted[4]!)}`;
    return isRealDate(date) ? date : null;
  }
  const m = LOOSE_ISO.exec(trimmed);
  if (!m) return null;
  const [, y, mo, d, sep, h, mi, s, frac = '', space = '', zone] = m;
  let out = `${y}-${two(mo!)}-${two(d!)}`;
  if (sep) {
    out += `${sep}${two(h!)}:${two(mi!)}${s !== undefined ? `:${two(s)}${frac}` : ''}`;
    if (zone) {
      out += space;
      const z = /^([+-])(\d{1,2})(?::(\d{1,2}))?$/.exec(zone);
      out += z ? `${z[1]}${two(z[2]!)}:${two(z[3] ?? '0')}` : zone.toUpperCase() === 'Z' ? 'Z' : zone;
    }
  }
  return out !== trimmed ? out : null;
}

/** A date-time written without a UTC offset (`2014-02-22 10:30:00`, `2015-02-18T09:00`); a plain day is none. */
const NO_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/i;

/** Whether `text` is a date-time written without a UTC offset (not a plain day). */
export function isOffsetless(text: string): boolean {
  return NO_OFFSET.test(text.trim());
}

/**
 * `text`, a date-time written without a UTC offset, as the ISO 8601 instant it is read as in the
 * IANA zone `zone`: the same wall time with that zone's offset then (`2014-02-22 10:30:00` in
 * Asia/Shanghai -> `2014-02-22T10:30:00+08:00`; a time a daylight-saving jump skipped takes the
 * offset before it, as zoned-time.ts reads it). Null for any other text (a plain day, a value
 * with an offset or Z, no date).
 */
export function withOffsetIn(text: string, zone: string): string | null {
  const m = NO_OFFSET.exec(text.trim());
  if (!m) return null;
  const [, date, h, mi, s, frac = ''] = m;
  const wall = Date.UTC(Number(date!.slice(0, 4)), Number(date!.slice(5, 7)) - 1, Number(date!.slice(8, 10)), Number(h), Number(mi), Number(s ?? 0));
  const off = Math.round((wall - zonedToEpoch(date!, `${h}:${mi}:${s ?? '00'}`, zone)) / 60_000);
  return `${date}T${h}:${mi}${s !== undefined ? `:${s}${frac}` : ''}${isoOffset(off)}`;
}
