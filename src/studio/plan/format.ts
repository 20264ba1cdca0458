/**
 * Dates as the studio shows them; the client script uses it too, so it imports nothing but the
 * dependency-free core/slot-time.ts (and locale.ts, itself free of them). `zh-Hant` writes Taiwan's
 * forms (Intl zh-TW: 2026年12月1日 週二).
 */
import { intlLocale, type StudioLocale } from '../shared/locale.ts';

/** "Tue, 1 Dec 2026" / "2026年12月1日周二" for a calendar date (no zone involved). */
export function formatDay(date: string, lang: 'en' | StudioLocale): string {
  const d = new Date(`${date}T00:00:00Z`);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(intlLocale(lang), opts).format(d);
}

/**
 * A slot as "Tue, 1 Dec 2026, 09:00" / "2026年12月1日周二 09:00" from its ISO start with offset
 * (wall time as written). Chinese takes Intl's own zh-CN date-time pattern: an ASCII ", " between
 * a Chinese date and its time is not how Chinese is written.
 */
export function formatSlot(start: string, lang: 'en' | StudioLocale): string {
  if (lang === 'en') return `${formatDay(start.slice(0, 10), lang)}, ${start.slice(11, 16)}`;
  const wall = new Date(`${start.slice(0, 16)}:00Z`);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return new Intl.DateTimeFormat(intlLocale(lang), opts).format(wall);
}

/** A wall time (from formatSlot, or "12:00") with its zone when that is not the brand's (core/slot-time.ts). */
export { withZone } from '../../core/slot-time.ts';

/**
 * The words for a slot owed now (PlanSlot.overdue: started, no post, a post can still fill it), the
 * same in the agenda and the month grid: "due today, not posted yet" on its own day, else "overdue:
 * publish before 8 Dec to fill it" (its window's end, day and month; with the year when that is
 * not the slot's, as a yearly slot of 10 Mar 2026 is owed until "10 Mar 2027"), or "overdue" when
 * no next slot closes the window. `t`: the plan page's translator (plan/strings.ts).
 */
export function overdueLabel(overdue: { until: string | null; dueToday: boolean }, slotDate: string, lang: 'en' | StudioLocale, t: (key: string) => string): string {
  if (overdue.dueToday) return t('plan.dueToday');
  if (!overdue.until) return t('plan.overdueOpen');
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'short', ...(overdue.until.slice(0, 4) !== slotDate.slice(0, 4) ? { year: 'numeric' } : {}) };
  const until = new Intl.DateTimeFormat(intlLocale(lang), opts).format(new Date(`${overdue.until}T00:00:00Z`));
  return t('plan.overdue').replace('{until}', until);
}

/** "November 2026" / "2026年11月" for YYYY-MM. */
export function formatMonth(month: string, lang: 'en' | StudioLocale): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(d);
}
