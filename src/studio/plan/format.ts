/**
 * Dates as the studio shows them; the client script uses it too, so it imports nothing but the
 * dependency-free core/slot-time.ts.
 */

/** "Tue 1 Dec 2026" / "2026年12月1日 周二" for a calendar date (no zone involved). */
export function formatDay(date: string, lang: 'en' | 'zh'): string {
  const d = new Date(`${date}T00:00:00Z`);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', opts).format(d);
}

/**
 * A slot as "Tue 1 Dec 2026, 09:00" / "2026年12月1日周二 09:00" from its ISO start with offset
 * (wall time as written). Chinese takes Intl's own zh-CN date-time pattern: an ASCII ", " between
 * a Chinese date and its time is not how Chinese is written.
 */
export function formatSlot(start: string, lang: 'en' | 'zh'): string {
  if (lang === 'en') return `${formatDay(start.slice(0, 10), lang)}, ${start.slice(11, 16)}`;
  const wall = new Date(`${start.slice(0, 16)}:00Z`);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return new Intl.DateTimeFormat('zh-CN', opts).format(wall);
}

/** A wall time (from formatSlot, or "12:00") with its zone when that is not the brand's (core/slot-time.ts). */
export { withZone } from '../../core/slot-time.ts';

/** "November 2026" / "2026年11月" for YYYY-MM. */
export function formatMonth(month: string, lang: 'en' | 'zh'): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(d);
}
