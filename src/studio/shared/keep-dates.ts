/**
 * Splits a message into plain runs and ISO dates ("2026-11-24", "2026-11-24 09:00"), so a page can
 * keep each date on one line: a browser may break after any hyphen, and "2026-11-\n24" reads as two
 * numbers. Import-free; used by components that show messages built elsewhere (flags, off-slot
 * notes).
 */
export interface TextRun { text: string; date: boolean }

// With a time, its seconds and offset too ("2026-11-21T20:10:00+08:00"): a publishedAt is one token.
const ISO_DATE = /\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?/g;

/** "Blog has no post for its 2026-11-24 slot" -> [{Blog has no post for its }, {2026-11-24, date}, { slot}]. */
export function splitDates(message: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of message.matchAll(ISO_DATE)) {
    if (m.index! > at) runs.push({ text: message.slice(at, m.index), date: false });
    runs.push({ text: m[0], date: true });
    at = m.index! + m[0].length;
  }
  if (at < message.length) runs.push({ text: message.slice(at), date: false });
  return runs;
}
