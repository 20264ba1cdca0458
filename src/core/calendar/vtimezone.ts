/**
 * VTIMEZONE components written from the host's tz database (through Intl), never from a guessed
 * yearly rule: every offset change in the calendar's span is an onset of its own, so a client
 * that reads only the file applies exactly the offsets the planner used for its slots.
 * RFC 5545 §3.6.5: an observance's DTSTART is a local time in its TZOFFSETFROM.
 */
import { offsetMinutesAt } from '../zoned-time.ts';
import { formatOffset, pad, type ContentLine } from './ics-writer.ts';
import { findTransitions } from './tz-transitions.ts';

export { findTransitions, type Transition } from './tz-transitions.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const YEAR = 366 * DAY;

/**
 * The lines of one VTIMEZONE for the instants `fromMs`..`toMs`: an observance for the offset in
 * force at the start, then one observance per change, its onset as DTSTART. The first observance
 * is DAYLIGHT when the next change (in the span, else within two years after it) sets the clocks
 * back, else STANDARD (RFC 5545 §3.6.5): a span inside a southern summer with no change in it
 * (Lord Howe or Santiago in December) is daylight time, a zone without daylight saving
 * (Asia/Kolkata) standard time. After `toMs` a client keeps the last offset, so callers pass the
 * whole span their events can reach.
 */
export function buildVTimezone(zone: string, fromMs: number, toMs: number): ContentLine[] {
  // Two days' margin each side: a local time at either end may lie up to 26 h from its instant.
  const start = fromMs - 2 * DAY;
  const transitions = findTransitions(zone, start, toMs + 2 * DAY);
  const initial = offsetMinutesAt(start, zone);
  const next = transitions[0] ?? findTransitions(zone, toMs + 2 * DAY, toMs + 2 * DAY + 2 * YEAR)[0];
  const initialKind = next?.kind === 'STANDARD' ? 'DAYLIGHT' : 'STANDARD';
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  // Its onset at the start of that local day: the instant itself (the export's clock, for a span
  // that starts now) gave a DTSTART with the export's minutes and seconds, another on every export.
  lines.push(...observance(initialKind, initial, initial, abbreviation(zone, start), new Date(Math.floor((start + initial * MINUTE) / DAY) * DAY)));
  // One observance per onset rather than a DTSTART with RDATEs: ical.js drops the DTSTART onset
  // of an observance that has RDATEs, and a lone DTSTART is the form every reader handles.
  for (const t of transitions) lines.push(...observance(t.kind, t.from, t.to, abbreviation(zone, t.at), t.wall));
  lines.push('END:VTIMEZONE');
  return lines;
}

function observance(kind: string, from: number, to: number, name: string | null, onset: Date): ContentLine[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${formatUtcFields(onset)}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ];
}

// ICU gives a zone's abbreviation only in locales where it is in use (EST in en-US, CET in en-GB,
// AEST in en-AU, IST in en-IN); elsewhere it writes "GMT+1".
const NAME_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN'];
const namers = new Map<string, Intl.DateTimeFormat[]>();

/** The zone's short name at an instant ("EST", "CEST", "AEDT"), or null where Intl has none. */
function abbreviation(zone: string, at: number): string | null {
  let list = namers.get(zone);
  if (!list) {
    list = NAME_LOCALES.map((locale) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }));
    namers.set(zone, list);
  }
  for (const namer of list) {
    const name = namer.formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (/^[A-Z]{2,6}$/.test(name)) return name;
  }
  return null;
}

function formatUtcFields(d: Date): string {
  const date = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  return `${date}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}
