/**
 * The line that says why a cadence with an INTERVAL starts later than its first matching day
 * (core/first-slot.ts explainFirstSlot), under the cadence on the channels page and in the cadence
 * editor's preview: "First slot: Wed, 16 Dec 2026. "Every other week" counts from the week of the
 * start date (weeks start on Monday), so Wed, 9 Dec 2026 falls in a week off; …".
 */
import { countZh } from '../../core/cadence-zh.ts';
import { explainFirstSlot, type IntervalFirstSlot } from '../../core/first-slot.ts';
import { pick, type Text } from '../../core/i18n/text.ts';
import { formatDay } from '../plan/format.ts';
import { fill } from '../shared/i18n.ts';

type Freq = IntervalFirstSlot['freq'];

const UNIT: Record<Freq, Text> = { DAILY: { en: 'days', zh: '天' }, WEEKLY: { en: 'weeks', zh: '周' }, MONTHLY: { en: 'months', zh: '个月' }, YEARLY: { en: 'years', zh: '年' } };
const PERIOD: Record<Freq, Text> = {
  DAILY: { en: 'the start date', zh: '开始日期当天' },
  WEEKLY: { en: 'the week of the start date', zh: '开始日期所在的那一周' },
  MONTHLY: { en: 'the month of the start date', zh: '开始日期所在的那个月' },
  YEARLY: { en: 'the year of the start date', zh: '开始日期所在的那一年' },
};
const OFF: Record<Freq, Text> = { DAILY: { en: 'a day off', zh: '那一天' }, WEEKLY: { en: 'a week off', zh: '那一周' }, MONTHLY: { en: 'a month off', zh: '那个月' }, YEARLY: { en: 'a year off', zh: '那一年' } };
const WEEKDAY: Record<string, Text> = {
  MO: { en: 'Monday', zh: '周一' }, TU: { en: 'Tuesday', zh: '周二' }, WE: { en: 'Wednesday', zh: '周三' }, TH: { en: 'Thursday', zh: '周四' },
  FR: { en: 'Friday', zh: '周五' }, SA: { en: 'Saturday', zh: '周六' }, SU: { en: 'Sunday', zh: '周日' },
};
/** An interval as the cadence's words say it: "Every other week" (the presets' and the form's words), "Every 3 weeks". */
const EVERY_OTHER: Record<Freq, string> = { DAILY: 'Every other day', WEEKLY: 'Every other week', MONTHLY: 'Every other month', YEARLY: 'Every other year' };
const NOTE: Text = {
  en: 'First slot: {first}. "{every}" counts from {period}{weekStart}, so {skipped} falls in {off}; to begin on that day, set the start date to {date}.',
  zh: '第一个排期：{first}。“每{n}{unit}”从{period}算起{weekStart}，{skipped}正好落在隔开的{off}；想从那天开始，把开始日期改为 {date}。',
};
const WEEK_START: Text = { en: ' (weeks start on {day}, RFC 5545 WKST)', zh: '（每周从{day}开始，RFC 5545 的 WKST）' };

/** The line for `info`, in `lang`. */
export function describeFirstSlot(info: IntervalFirstSlot, lang: 'en' | 'zh'): string {
  const weekStart = info.freq === 'WEEKLY' ? fill(pick(WEEK_START, lang), { day: pick(WEEKDAY[info.weekStart] ?? WEEKDAY.MO!, lang) }) : '';
  return fill(pick(NOTE, lang), {
    first: formatDay(info.first, lang),
    n: lang === 'zh' ? countZh(info.interval) : String(info.interval),
    unit: pick(UNIT[info.freq], lang),
    every: info.interval === 2 ? EVERY_OTHER[info.freq] : `Every ${info.interval} ${pick(UNIT[info.freq], 'en')}`,
    period: pick(PERIOD[info.freq], lang),
    weekStart,
    skipped: formatDay(info.skipped, lang),
    off: pick(OFF[info.freq], lang),
    date: info.skipped,
  });
}

/** The line for a channel's cadence from `start`, or null when its first slot is its first matching day. */
export function firstSlotNote(input: { cadence: string; start: string; time: string; zone: string }, lang: 'en' | 'zh'): string | null {
  const info = explainFirstSlot(input);
  return info ? describeFirstSlot(info, lang) : null;
}

/**
 * The line for a channel on the channels page while its first slot is still to come (`today`: the
 * local date in its zone); once the channel has begun, its slots say where they fall.
 */
export function comingFirstSlotNote(channel: { cadence: string; start: string; time: string }, zone: string, today: string, lang: 'en' | 'zh'): string | null {
  const info = explainFirstSlot({ ...channel, zone });
  return info && info.first >= today ? describeFirstSlot(info, lang) : null;
}
