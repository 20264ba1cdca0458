/**
 * Dates as people type them (`YYYY-MM-DD`) checked against the proleptic Gregorian calendar, so
 * that a date that does not exist is named as such ("2026-02-30 does not exist") instead of
 * being refused as a bad format or, worse, rolled over to 2 March as `Date.parse` does; and the
 * Dates a YAML parser makes of them, read back as the text they were written as.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month (1-12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `text` is `YYYY-MM-DD` naming a day that exists (2024-02-29 yes, 2026-02-29 no). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * For text that starts like a date (`YYYY-MM-DD`, anything after it ignored) whose date does
 * not exist, why, in English (zod-issues.ts has the Chinese):
 * `2026-02-30 does not exist: February 2026 has 28 days`, `2026-13-01 does not exist: a year
 * has 12 months`. null when the text does not start like a date or its date exists.
 */
export function missingDateReason(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return null;
  const [date, year, month, day] = [m[0], Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `${date} does not exist: a year has 12 months`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${date} does not exist: ${MONTHS[month - 1]} ${year} has ${days} days`;
  return null;
}

/**
 * For a date or date-time written with a one-digit month or day (`2022-05-2`), or whose time of
 * day is not one (`2024-04-03 16:35:83`) or has a one-digit hour (`2022-05-22 0:44:48`), as
 * other generators accept, why, in English (zod-issues.ts has the Chinese):
 * `2022-05-2: write the month and the day with two digits, 2022-05-02`,
 * `16:35:83 is not a time of day: seconds go up to 59`,
 * `0:44:48: write the hour with two digits, 00:44:48`. null for any other text.
 */
export function badTimeReason(text: string): string | null {
  const short = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T ])/.exec(text);
  if (short && short[0].length < 10) return `${short[0]}: write the month and the day with two digits, ${short[1]}-${short[2]!.padStart(2, '0')}-${short[3]!.padStart(2, '0')}`;
  const m = /^\d{4}-\d{2}-\d{2}[T ](\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
  if (!m) return null;
  const time = m[0].slice(11);
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (hour > 23) return `${time} is not a time of day: hours go up to 23`;
  if (minute > 59) return `${time} is not a time of day: minutes go up to 59`;
  if (second > 59) return `${time} is not a time of day: seconds go up to 59`;
  if (m[1]!.length === 1) return `${time}: write the hour with two digits, 0${time}`;
  return null;
}

/**
 * For a date-time written where a date alone belongs (`plannedFor: 2026-12-10T09:30:00`, which
 * YAML hands over as `2026-12-10T09:30:00.000Z`), why and what to write, in English (zod-issues.ts
 * has the Chinese): `expected a date alone, not a date and time: <why>; write <write(date)>`, the
 * date being the one written before the "T". `why` says where the time comes from instead (one
 * of DATE_ONLY_WHY). null for any other text, or a date that does not exist.
 */
export function dateTimeReason(text: string, why: string, write: (date: string) => string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/i.exec(text.trim());
  if (!m || !isRealDate(m[1]!)) return null;
  return `expected a date alone, not a date and time: ${why}; write ${write(m[1]!)}`;
}

/** Why a field takes a date alone, by field (dateTimeReason's `why`; zod-issues.ts has their Chinese). */
export const DATE_ONLY_WHY = {
  plannedFor: 'the time comes from the channel\'s slot (the channel\'s "time" in planner.json)',
  start: 'each slot\'s time is the channel\'s "time"',
  break: 'a break covers whole days in the channel\'s zone',
} as const;

/**
 * For a date written as Chinese and many blogs write it (`2026年12月12日`, `2026/12/1`,
 * `2026.12.01`, with a time after it or not: `2026/12/01 20:00`), the ISO 8601 form to write, in
 * English (zod-issues.ts has the Chinese): `2026年12月12日: write the date as YYYY-MM-DD, 2026-12-12`.
 * `withTime`: the field takes a time too (publishedAt), which is kept (`2026-12-01T20:00`); else
 * only the date is given. null for any other text, or a date that does not exist.
 */
export function otherDateFormReason(text: string, withTime: boolean): string | null {
  const m = /^(\d{4})\s*[年/.]\s*(\d{1,2})\s*[月/.]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  if (!isRealDate(date)) return null;
  const time = withTime && m[4] !== undefined ? `T${m[4].padStart(2, '0')}:${m[5]}${m[6] ? `:${m[6]}` : ''}` : '';
  return `${text.trim()}: write the date as YYYY-MM-DD, ${date}${time}`;
}

/**
 * YAML parsers (Astro's among them) turn an unquoted `2026-09-07` into a Date at UTC midnight
 * and a date-time into an instant. Bring both back to text: a UTC-midnight Date is read as the
 * plain date it was written as, any other Date as the instant (with Z), an invalid Date as
 * `Invalid Date`; anything else is returned as it is. Here, not in schema/post.ts, so that the
 * date-conflict flags of a warm `check` need not load zod.
 */
export function dateToText(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  if (Number.isNaN(value.getTime())) return 'Invalid Date';
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
