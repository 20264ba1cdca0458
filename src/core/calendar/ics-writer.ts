/**
 * The RFC 5545 text layer: escaping, value formats and line folding. Knows nothing of the
 * planner; build-calendar.ts decides what the lines say.
 */
import { dropNonICalChars } from '../forbidden-chars.ts';
import { wallTimeAt } from '../zoned-time.ts';

/** One content line before folding: `NAME;PARAM=x:value`. */
export type ContentLine = string;

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines; the control
 * characters TEXT may not hold (§3.1) are dropped.
 */
export function escapeText(text: string): string {
  return dropNonICalChars(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line so that no physical line exceeds 75 octets (RFC 5545 §3.1), breaking
 * only between code points so that a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: ContentLine): string {
  // A UTF-16 unit is at most 3 UTF-8 octets, so short lines need no counting.
  if (line.length * 3 <= MAX_OCTETS || encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // Continuation lines begin with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

/** Joins content lines into a stream: every line folded and ended by CRLF. */
export function serializeLines(lines: readonly ContentLine[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** UTC DATE-TIME form `20261124T010000Z`. */
export function formatUtc(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Local DATE-TIME form `20261124T090000` from a `YYYY-MM-DD` date and `HH:MM` time. */
export function formatLocal(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** The wall time of an instant in a zone, as a local DATE-TIME `20261124T090000`. */
export function formatWall(epochMs: number, zone: string): string {
  const w = wallTimeAt(epochMs, zone);
  return `${w.year}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** UTC offset in the `+0800` / `-0430` form of TZOFFSETFROM and TZOFFSETTO. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
