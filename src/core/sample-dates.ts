/**
 * "Bring the sample up to today": the bundled sample brand's dates are fixed (written for a day
 * in November 2026), so a newcomer who opens it months later meets a dashboard of missed slots.
 * These functions move every date of the sample forward by the same whole number of weeks, so
 * that weekdays, RRULE slots and the posts that fill them stay aligned, and times and offsets are
 * kept as written. Pure: the store (src/store/sample-dates.ts) reads and writes the files.
 */
import type { Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';
import { addDays } from './zoned-time.ts';

/**
 * The frontmatter keys that hold a date: Throughline's and the other generators' keys read for
 * them (schema/post-aliases.ts). A value is moved only when it starts with `YYYY-MM-DD`, so
 * `published: false` or `modified: true` stay as they are.
 */
export const POST_DATE_KEYS = [
  'publishedAt', 'plannedFor', 'updatedAt',
  'pubDatetime', 'modDatetime', 'updated', 'publishDate', 'date', 'lastmod', 'pubDate', 'updatedDate', 'last_modified_at', 'modified', 'published',
] as const;

const FRONTMATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;
const DATE_LINE = new RegExp(`^(${POST_DATE_KEYS.join('|')})([ \\t]*:[ \\t]*["']?)(\\d{4}-\\d{2}-\\d{2})`, 'gm');
const UNTIL = /(^|;)(UNTIL=)(\d{4})(\d{2})(\d{2})/gi;

/** Days from local date `from` to local date `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * How many whole weeks the sample's dates lag `today` (the brand's local date, `YYYY-MM-DD`):
 * the sample is written as seen the day after its latest published post (`publishedAt`'s date as
 * written), so moving it by `weeks` keeps every published post before today and the drafts'
 * slots ahead, as on that day. 0 when it is less than a week behind or has no published post.
 */
export function sampleLagWeeks(posts: readonly Pick<Post, 'data'>[], today: string): { weeks: number; seenOn: string | null } {
  const days = posts.flatMap((p) => (p.data.status === 'published' && typeof p.data.publishedAt === 'string' ? [p.data.publishedAt.slice(0, 10)] : []));
  if (days.length === 0) return { weeks: 0, seenOn: null };
  const seenOn = addDays(days.reduce((a, b) => (a > b ? a : b)), 1);
  return { weeks: Math.max(0, Math.floor(daysBetween(seenOn, today) / 7)), seenOn };
}

/**
 * Post file `text` with every date of its frontmatter ({@link POST_DATE_KEYS}, top-level lines
 * only) moved by `days`: only the `YYYY-MM-DD` changes, so the time, the offset, the quotes and
 * every other byte of the file stay. `moved` lists the keys moved; a post with no date (an idea)
 * or no frontmatter comes back as it was.
 */
export function shiftPostDates(text: string, days: number): { text: string; moved: string[] } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { text, moved: [] };
  const moved: string[] = [];
  const yaml = match[2]!.replace(DATE_LINE, (_, key: string, between: string, date: string) => {
    moved.push(key);
    return `${key}${between}${addDays(date, days)}`;
  });
  return { text: match[1]! + yaml + match[3]! + text.slice(match[0].length), moved };
}

/** A cadence with its UNTIL date (YYYYMMDD, any time after it kept) moved by `days`. */
export function shiftCadenceUntil(cadence: string, days: number): string {
  return cadence.replace(UNTIL, (_, lead: string, key: string, y: string, m: string, d: string) => `${lead}${key}${addDays(`${y}-${m}-${d}`, days).replaceAll('-', '')}`);
}

/**
 * A copy of `planner` with every date moved by `days`: each channel's `start` and cadence UNTIL,
 * its `history` periods' likewise, and each break's `from` and `to`. Times and zones are kept;
 * every other field is left as it is.
 */
export function shiftPlannerDates(planner: Planner, days: number): Planner {
  const move = (date: string) => addDays(date, days);
  return {
    ...planner,
    channels: planner.channels.map((c) => ({
      ...c,
      start: move(c.start),
      cadence: shiftCadenceUntil(c.cadence, days),
      ...(c.history ? { history: c.history.map((h) => ({ ...h, start: move(h.start), cadence: shiftCadenceUntil(h.cadence, days) })) } : {}),
    })),
    breaks: planner.breaks.map((b) => ({ ...b, from: move(b.from), to: move(b.to) })),
  };
}
