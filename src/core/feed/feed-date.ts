/**
 * Feed dates -> ISO 8601 text that keeps the entry's own offset, so an entry published at
 * 08:30 in Shanghai stays `...T08:30:00+08:00` instead of being moved to UTC.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names still seen in RSS; military letters other than Z are too rare to guess. */
const ZONES: Record<string, string> = {
  Z: '+00:00', UT: '+00:00', UTC: '+00:00', GMT: '+00:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const RFC822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,4})?$/i;
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * ISO 8601 text for a feed date (RFC 822 for RSS, RFC 3339 for Atom and JSON Feed), keeping its
 * offset; a date-time without a zone is returned without one (read later in the channel's
 * zone). Undefined when the text is not one of these formats: guessing would read it in the
 * machine's zone.
 */
export function toIsoPublishedAt(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  return fromIso(text) ?? fromRfc822(text);
}

function fromIso(text: string): string | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, date, hm, rest = ':00', zone] = m as unknown as [string, string, string?, string?, string?];
  if (!isRealDate(date)) return undefined;
  if (!hm) return date;
  return `${date}T${hm}${rest}${zone ? normalizeOffset(zone) : ''}`;
}

function fromRfc822(text: string): string | undefined {
  const m = RFC822.exec(text);
  if (!m) return undefined;
  const [, day, mon, yearText, hour, minute, second = '00', zone] = m as unknown as string[];
  const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
  let year = Number(yearText);
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  const date = `${year}-${pad(month)}-${pad(day!)}`;
  if (month === 0 || !isRealDate(date) || Number(hour) > 23) return undefined;
  const offset = zone === undefined ? '' : /^[+-]/.test(zone) ? normalizeOffset(zone) : ZONES[zone.toUpperCase()];
  if (offset === undefined) return undefined;
  return `${date}T${pad(hour!)}:${minute}:${second}${offset}`;
}

function normalizeOffset(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
