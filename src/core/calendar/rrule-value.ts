/**
 * The RRULE value written for one cadence period. Written by hand rather than with rrule's
 * `toString()`, which drops the `Z` from UNTIL when a TZID is set; RFC 5545 §3.3.10 wants UNTIL
 * in UTC whenever DTSTART carries a TZID.
 */
import { addDays, startOfLocalDay, zonedToEpoch } from '../zoned-time.ts';
import { formatUtc } from './ics-writer.ts';

export interface PeriodBounds {
  zone: string;
  /** Local date the next cadence period starts on; this one ends the day before. */
  nextStart?: string;
  /** The cadence's COUNT runs past `nextStart`, so COUNT gives way to UNTIL. */
  countCut?: boolean;
}

/** The cadence's UNTIL as an instant: a plain date includes that whole local day. */
export function untilEpoch(value: string, zone: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/i.exec(value.trim());
  if (!m) throw new Error(`cannot read UNTIL=${value}; expected YYYYMMDD or YYYYMMDDTHHMMSSZ`);
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return startOfLocalDay(addDays(date, 1), zone) - 1000;
  if (m[7]) return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4], +m[5]!, +m[6]!);
  return zonedToEpoch(date, `${m[4]}:${m[5]}:${m[6]}`, zone);
}

/** The cadence's parts in order, upper-cased, an optional `RRULE:` prefix dropped. */
export function parseRruleParts(cadence: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of cadence.trim().replace(/^RRULE:/i, '').toUpperCase().split(';')) {
    if (!part) continue;
    const [key, ...rest] = part.split('=');
    parts.set(key!.trim(), rest.join('=').trim());
  }
  return parts;
}

/**
 * The RRULE value for a period: COUNT kept unless the next period cuts it short, UNTIL in UTC
 * with `Z`, and no later than the end of the day before the next period's start.
 */
export function writeRruleValue(cadence: string, bounds: PeriodBounds): string {
  const parts = parseRruleParts(cadence);
  const periodEnd = bounds.nextStart === undefined ? undefined : startOfLocalDay(bounds.nextStart, bounds.zone) - 1000;
  const own = parts.has('UNTIL') ? untilEpoch(parts.get('UNTIL')!, bounds.zone) : undefined;
  if (parts.has('COUNT') && !bounds.countCut) {
    parts.delete('UNTIL');
  } else {
    const until = [own, periodEnd].filter((t) => t !== undefined);
    parts.delete('COUNT');
    parts.delete('UNTIL');
    if (until.length > 0) parts.set('UNTIL', formatUtc(Math.min(...until)));
  }
  // FREQ first: RFC 5545 allows any order, but some Outlook versions read only that form.
  const ordered = [...parts].sort(([a], [b]) => Number(b === 'FREQ') - Number(a === 'FREQ'));
  return ordered.map(([k, v]) => `${k}=${v}`).join(';');
}
