/**
 * Feed dates -> ISO 8601 text that keeps the entry's own offset, so an entry published at
 * 08:30 in Shanghai stays `...T08:30:00+08:00` instead of being moved to UTC.
 *
 * Read: RFC 3339 / ISO 8601 (with `T` or a space, with or without seconds), RFC 822/1123
 * (RSS 2.0), RFC 850 (`Thursday, 30-Apr-26`), asctime (`Thu Apr 30 08:57:00 2026`) and the
 * orders other generators write (`30 Apr 2026 08:57 +0200`, `April 30, 2026 8:57 AM`).
 * Zones: `Z`, numeric offsets in every written form (`+0200`, `+02:00`, `+02`, `GMT+2`,
 * `UTC+08:00`) and named zones worldwide (see zone-names.ts); a trailing `(CEST)` comment is
 * ignored when a numeric offset is there.
 */
import { offsetOfZoneName } from './zone-names.ts';
import { isoOffset } from '../zoned-time.ts';

/**
 * Languages whose month names feeds are seen to write (`Seg, 24 Set 2018` from a Portuguese
 * generator); names come from CLDR through Intl. A name that means different months in two
 * languages is left out rather than guessed.
 */
const MONTH_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'ro', 'tr', 'id', 'ca'];
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{2,5})?)?$/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?(.*)$/;
const OFFSET = /^(?:(?:GMT|UTC|UT)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

const pad = (n: number | string) => String(n).padStart(2, '0');

export interface DateOptions {
  /** The feed's language tag (`zh-cn`, `en-us`): the sense of an ambiguous zone name like CST. */
  language?: string;
}

/**
 * ISO 8601 text for a feed date, keeping its offset; a date-time without a zone is returned
 * without one (read later in the channel's zone). Undefined when the text is not a date this
 * module can read without guessing (it is never read in the machine's zone).
 */
export function toIsoPublishedAt(raw: string | undefined, opts: DateOptions = {}): string | undefined {
  const text = raw?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return fromIso(text, opts) ?? fromWords(text, opts);
}

/**
 * True for Go's zero time (year 1, 1 January, midnight UTC) in the forms feeds write it:
 * `Mon, 01 Jan 0001 00:00:00 +0000` (RSS) or `0001-01-01T00:00:00Z`. Hugo, and other Go
 * generators, date a page that has no date so (an About or Search page in the feed): no date.
 */
export function isZeroDate(raw: string | undefined): boolean {
  const text = raw?.replace(/\s+/g, ' ').trim() ?? '';
  return /^(?:[A-Za-z]{3}, )?0?1 Jan 0001 00:00:00(?: (?:\+0000|GMT|UTC|Z))?$/i.test(text) || /^0001-01-01(?:[T ]00:00:00(?:Z|[+-]00:?00)?)?$/i.test(text);
}

function fromIso(text: string, opts: DateOptions): string | undefined {
  const m = ISO.exec(text.replace(/\s*\([^)]*\)$/, ''));
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '00', frac = '', zone] = m;
  const date = `${y}-${mo}-${d}`;
  if (!isRealDate(date)) return undefined;
  if (h === undefined) return date;
  return withTime(date, Number(h), mi!, s, frac, zone, opts);
}

/** Dates written with a month name, in any of the orders generators use. */
function fromWords(text: string, opts: DateOptions): string | undefined {
  const comment = /\(([A-Za-z]{2,6})\)\s*$/.exec(text)?.[1];
  const tokens = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/\b(\d{1,2})\.(?=\s)/g, '$1')
    .replace(/,/g, ' ')
    .replace(/\b(\d{1,2})-([a-z]{3,9})-(\d{2,4})\b/i, '$1 $2 $3')
    .split(' ')
    // `April 30, 2026 at 8:57 PM` (WordPress and Blogger display dates), `30. April 2026 um 08:57`.
    .filter((token) => token && !/^(at|um|à|@)$/i.test(token));
  const parts: Parts = { numbers: [], language: opts.language };
  for (const token of tokens) if (!readToken(token, parts)) return undefined;
  const { month, numbers, time } = parts;
  if (!month || !time || numbers.length !== 2) return undefined;
  // A 4-digit number is the year wherever it stands; otherwise day before year (RFC 822 order).
  const yearAt = numbers.findIndex((n) => n.length === 4) >= 0 ? numbers.findIndex((n) => n.length === 4) : 1;
  const yearText = numbers[yearAt]!;
  const day = Number(numbers[1 - yearAt]);
  const year = yearText.length === 2 ? Number(yearText) + (Number(yearText) < 50 ? 2000 : 1900) : Number(yearText);
  if (yearText.length === 3 || yearText.length > 4) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!isRealDate(date)) return undefined;
  let hour = Number(time[1]);
  if (parts.meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/^p/i.test(parts.meridiem) ? 12 : 0);
  }
  return withTime(date, hour, time[2]!, time[3] ?? '00', time[4] ?? '', parts.zone ?? comment, opts);
}

interface Parts {
  language?: string;
  month?: number;
  numbers: string[];
  time?: RegExpExecArray;
  zone?: string;
  meridiem?: string;
}

/** Files one token into `parts`; false when the token belongs to no date. */
function readToken(token: string, parts: Parts): boolean {
  const month = monthOf(token, parts.language);
  // Day and year come before the time, except asctime's year at the end.
  if (/^\d{1,4}$/.test(token) && (parts.time ? /^\d{4}$/.test(token) && parts.numbers.length === 1 : parts.numbers.length < 2)) {
    parts.numbers.push(token);
    return true;
  }
  if (month && !parts.month) {
    parts.month = month;
    return true;
  }
  // A word before the date (a weekday in any language): `Thu,`, `Thursday`, `Seg,`.
  if (/^\p{L}+\.?$/u.test(token) && !parts.month && parts.numbers.length === 0) return true;
  const time = TIME.exec(token);
  if (time && !parts.time) {
    parts.time = time;
    return time[5] ? readToken(time[5], parts) : true;
  }
  const isZone = /^(?:Z|[+-]\d{1,4}(?::\d{2})?|(?:GMT|UTC|UT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Za-z]{1,6})$/i.test(token);
  if (parts.time && /^[ap]\.?m\.?$/i.test(token)) parts.meridiem = token;
  else if (parts.time && !parts.zone && isZone) parts.zone = token;
  // `GMT +0200`: the numeric offset after a UTC name is the one that counts.
  else if (parts.zone && /^(GMT|UTC|UT)$/i.test(parts.zone) && OFFSET.test(token)) parts.zone = token;
  else return false;
  return true;
}

/** 1..12 for a month name or abbreviation in the feed's language or a common one, else 0. */
function monthOf(token: string, language: string | undefined): number {
  const word = token.replace(/\.$/, '').toLowerCase();
  if (!/^\p{L}{3,}$/u.test(word)) return 0;
  return monthNames(language).get(word) ?? 0;
}

const monthTables = new Map<string, Map<string, number>>();

function monthNames(language: string | undefined): Map<string, number> {
  const key = language?.toLowerCase() ?? '';
  let table = monthTables.get(key);
  if (table) return table;
  table = new Map();
  const ambiguous = new Set<string>();
  const add = (name: string, month: number) => {
    const word = name.replace(/\.$/, '').toLowerCase();
    if (ambiguous.has(word)) return;
    if (table!.has(word) && table!.get(word) !== month) return void (table!.delete(word), ambiguous.add(word));
    table!.set(word, month);
  };
  const locales = [...new Set([...(language && isLocale(language) ? [language] : []), ...MONTH_LANGUAGES])];
  for (const locale of locales)
    for (let m = 0; m < 12; m++)
      for (const style of ['short', 'long'] as const) {
        const name = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(Date.UTC(2000, m, 15));
        add(name, m + 1);
        // English-style three-letter abbreviations of every full name (`Sept`, `Juli` -> `jul`).
        if (style === 'long' && locale === 'en') [3, 4].forEach((n) => add(name.slice(0, n), m + 1));
      }
  monthTables.set(key, table);
  return table;
}

function isLocale(language: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language.replace(/_/g, '-')]).length > 0;
  } catch {
    return false;
  }
}

function withTime(date: string, hour: number, minute: string, second: string, frac: string, zone: string | undefined, opts: DateOptions): string | undefined {
  if (hour > 23 || Number(minute) > 59 || Number(second) > 60) return undefined;
  const offset = zone === undefined ? '' : zoneOffset(zone, opts);
  if (offset === undefined) return undefined;
  return `${date}T${pad(hour)}:${minute}:${pad(second)}${frac}${offset}`;
}

/** `+02:00`-style text for a written zone, `Z` for a literal Z, undefined when unknown. */
function zoneOffset(zone: string, opts: DateOptions): string | undefined {
  if (zone.toUpperCase() === 'Z') return 'Z';
  const numeric = OFFSET.exec(zone);
  if (numeric) {
    const [, sign, h, m = '00'] = numeric;
    if (Number(h) > 14 || Number(m) > 59) return undefined;
    return `${sign}${pad(h!)}:${m}`;
  }
  const minutes = offsetOfZoneName(zone, opts.language);
  if (minutes === undefined) return undefined;
  return isoOffset(minutes);
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
