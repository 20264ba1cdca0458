/**
 * A channel's cadence: an RFC 5545 RRULE value with at most one slot a local day. This module
 * checks rules in the user's terms and builds rrule objects in FLOATING time: rrule's Date values
 * are UTC-coded wall times (Date.UTC(2026, 0, 6, 9) = 09:00 local), so no result depends on the
 * host's zone; slots.ts turns wall times into instants with zoned-time.ts.
 */
import type * as RRuleModule from 'rrule';
import type { Options, RRule as RRuleType } from 'rrule';
import { missingDateReason } from './calendar-date.ts';
import { describeCadenceZh } from './cadence-zh.ts';
import { readCadenceWords } from './cadence-words.ts';
import { requireNear } from './lazy-require.ts';
import { nearestWord } from './near-words.ts';
import { offsetMinutesAt } from './zoned-time.ts';

let rruleClass: typeof RRuleModule.RRule | undefined;

/**
 * rrule's RRule, loaded on first use (lazy-require.ts): its 130 kB bundle cost ~25 ms of every
 * process, and a `check` whose slots and planner come from the caches builds no rule. No
 * browser script imports this module (the cadence editor is handed CADENCE_PRESETS).
 */
function RRule(): typeof RRuleModule.RRule {
  if (!rruleClass) {
    const lib = requireNear<typeof RRuleModule>(import.meta.url, 'rrule', 'rrule');
    // rrule's CommonJS build has the names; a bundle's interop may put them under `default`.
    rruleClass = ('RRule' in lib ? lib : (Reflect.get(lib, 'default') as typeof RRuleModule)).RRule;
  }
  return rruleClass;
}

export interface CadenceProblem {
  /** User-facing: what is wrong and what would be valid. */
  message: string;
}

export const CADENCE_PRESETS: { id: string; label: { en: string; zh: string }; rule: string }[] = [
  { id: 'daily', label: { en: 'Every day', zh: '每天' }, rule: 'FREQ=DAILY' },
  { id: 'weekdays', label: { en: 'Every weekday', zh: '每个工作日' }, rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
  { id: 'weekly', label: { en: 'Once a week (Monday)', zh: '每周一次（周一）' }, rule: 'FREQ=WEEKLY;BYDAY=MO' },
  { id: 'twice-weekly', label: { en: 'Twice a week (Tue, Fri)', zh: '每周两次（周二、周五）' }, rule: 'FREQ=WEEKLY;BYDAY=TU,FR' },
  { id: 'three-weekly', label: { en: '3 times a week (Mon, Wed, Fri)', zh: '每周三次（周一、周三、周五）' }, rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' },
  { id: 'biweekly', label: { en: 'Every other week (Thursday)', zh: '每两周一次（周四）' }, rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH' },
  { id: 'monthly-day', label: { en: 'Monthly on the 1st', zh: '每月1日' }, rule: 'FREQ=MONTHLY;BYMONTHDAY=1' },
  { id: 'monthly-first-thursday', label: { en: 'First Thursday of the month', zh: '每月第一个周四' }, rule: 'FREQ=MONTHLY;BYDAY=1TH' },
  { id: 'monthly-last-friday', label: { en: 'Last Friday of the month', zh: '每月最后一个周五' }, rule: 'FREQ=MONTHLY;BYDAY=-1FR' },
];

/** The parts of a rule, upper-cased, without the optional "RRULE:" prefix. */
export type CadenceParts = Map<string, string>;

const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const UNTIL_PATTERN = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;
const KNOWN = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYYEARDAY', 'BYWEEKNO', 'BYSETPOS', 'WKST'];
const EXAMPLE = 'e.g. "FREQ=WEEKLY;BYDAY=TU,FR"';

/** English weekday names and their usual short forms, as people write them in BYDAY (MON, Wed, THURS). */
const WEEKDAY_NAMES: Record<string, string> = {
  MO: 'MO', MON: 'MO', MONDAY: 'MO', TU: 'TU', TUE: 'TU', TUES: 'TU', TUESDAY: 'TU', WE: 'WE', WED: 'WE', WEDNESDAY: 'WE',
  TH: 'TH', THU: 'TH', THUR: 'TH', THURS: 'TH', THURSDAY: 'TH', FR: 'FR', FRI: 'FR', FRIDAY: 'FR', SA: 'SA', SAT: 'SA', SATURDAY: 'SA', SU: 'SU', SUN: 'SU', SUNDAY: 'SU',
};

/** BYDAY (or WKST) with weekday names written as RFC 5545 §3.3.10 wants them (MON,WED or MON WED -> MO,WE), or undefined when a part is not a weekday at all. */
function weekdaysAsRfc(value: string): string | undefined {
  // Separated by spaces as well as commas: "MO WE FR", "Mon, Wed".
  const fixed = value.trim().split(/\s*,\s*|\s+/).map((d) => {
    const m = /^([+-]?\d{1,2})?([A-Z]+)$/.exec(d.trim());
    const day = m && WEEKDAY_NAMES[m[2]!];
    return day ? `${m![1] ?? ''}${day}` : undefined;
  });
  return fixed.every((d) => d !== undefined) ? fixed.join(',') : undefined;
}

/** "; did you mean "X"?" when there is an X (i18n/zod-issues.ts translates the suffix). */
function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}
const MAX_RULE_LENGTH = 500;

/**
 * The dates a plan can hold. Beyond them date arithmetic leaves the four-digit years of
 * `YYYY-MM-DD` (9999-12-31 + 1 day has none), and no calendar reaches that far.
 */
export const FIRST_PLAN_DATE = '1900-01-01';
export const LAST_PLAN_DATE = '2999-12-31';

const MISPLACED: Record<string, string> = {
  DTSTART: 'DTSTART does not belong in the cadence: the channel\'s "start" field sets the first date',
  TZID: 'TZID does not belong in the cadence: set the channel\'s "timezone" field',
  BYHOUR: 'BYHOUR is not allowed: a channel has one slot a day, at its "time" field (e.g. "time": "09:00")',
  BYMINUTE: 'BYMINUTE is not allowed: set the slot\'s time with the channel\'s "time" field (e.g. "time": "09:30")',
  BYSECOND: 'BYSECOND is not allowed: set the slot\'s time with the channel\'s "time" field (e.g. "time": "09:00")',
};

/** Split a rule into its parts, or say why it cannot be read; `channelId` is named in the break an EXDATE is told to be. */
export function parseCadence(rule: string, channelId = 'blog'): CadenceParts | CadenceProblem {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (text === '') return { message: `the cadence is empty; expected an RRULE, ${EXAMPLE}` };
  // Messages below quote parts of the rule: keep them readable for a pasted blob.
  if (text.length > MAX_RULE_LENGTH) return { message: `the cadence is ${text.length} characters long; a cadence is a short RRULE (at most ${MAX_RULE_LENGTH}), ${EXAMPLE}` };
  if (/DTSTART/i.test(text)) return { message: MISPLACED.DTSTART! };
  // A calendar's EXDATE (dates to skip): here a break does that. Its example takes the date given.
  if (/EXDATE/i.test(text)) {
    const d = /EXDATE[^0-9]*(\d{4})(\d{2})(\d{2})/i.exec(text);
    const day = d ? `${d[1]}-${d[2]}-${d[3]}` : '2026-12-07';
    return { message: `EXDATE does not belong in the cadence: to skip a date, add a break to "breaks" (e.g. {"from": "${day}", "to": "${day}", "channels": [${JSON.stringify(channelId)}]}): its slots are left out of the plan, the streaks and the calendar` };
  }
  // "每周二、四、六 晚上8点", typed where the rule goes: name the rule, and the time for the "time" field.
  const words = readCadenceWords(text);
  if (words) return { message: `"${text}" is a cadence in words; use an RRULE${words.time ? ` and set the channel's "time" to ${words.time}` : ''}${didYouMean(words.rule)}` };
  const parts: CadenceParts = new Map();
  for (const part of text.split(';').filter((p) => p.trim() !== '')) {
    const [key = '', value, ...rest] = part.toUpperCase().split('=').map((s) => s.trim());
    if (value === undefined || value === '' || rest.length > 0)
      return { message: `"${part}" is not a NAME=VALUE part; write the cadence as parts joined by ";", ${EXAMPLE}` };
    if (MISPLACED[key]) return { message: MISPLACED[key] };
    if (!KNOWN.includes(key)) {
      const meant = nearestWord(key, KNOWN);
      return { message: `unknown part "${key}"; expected ${KNOWN.join(', ')}${didYouMean(meant && `${meant}=${value}`)}` };
    }
    if (parts.has(key)) return { message: `${key} is given twice; give each part once` };
    parts.set(key, value);
  }
  return parts;
}

/**
 * null when the rule is a valid cadence, else what is wrong and what would be valid; `channelId`
 * (the channel the rule is for, when known) is named in the examples.
 */
export function checkCadence(rule: string, channelId?: string): CadenceProblem | null {
  const parts = parseCadence(rule, channelId);
  if (!(parts instanceof Map)) return parts;
  const problem = checkParts(parts);
  if (problem) return problem;
  // A rule that never matches makes rrule scan to year 9999; probe a late start, where that is
  // short. INTERVAL=1 there: whether an interval lands on a date depends on the start (every 4th
  // year on 29 February does from 2028), and 56 years hold every weekday-date-leap combination.
  const probe = new (RRule())({ ...optionsOf(parts), interval: 1, count: null, until: null, dtstart: new Date(Date.UTC(9943, 0, 1, 9)) });
  if (!probe.after(probe.options.dtstart, true))
    return { message: 'the cadence never produces a date (February has no 30th, no month has a 6th Monday); check BYMONTH, BYMONTHDAY, BYDAY and BYSETPOS' };
  return null;
}

/**
 * Frequencies as people say them, as the parts of an RFC 5545 rule: "biweekly" (every other week,
 * as scheduling tools use it) is FREQ=WEEKLY;INTERVAL=2, not FREQ=WEEKLY, which would double the output.
 */
const FREQ_WORDS: Record<string, Record<string, string>> = {
  BIWEEKLY: { FREQ: 'WEEKLY', INTERVAL: '2' },
  FORTNIGHTLY: { FREQ: 'WEEKLY', INTERVAL: '2' },
  BIMONTHLY: { FREQ: 'MONTHLY', INTERVAL: '2' },
  QUARTERLY: { FREQ: 'MONTHLY', INTERVAL: '3' },
  ANNUALLY: { FREQ: 'YEARLY' },
  ANNUAL: { FREQ: 'YEARLY' },
  WEEKDAYS: { FREQ: 'WEEKLY', BYDAY: 'MO,TU,WE,TH,FR' },
};

/** Parts as a rule writes them: NAME=VALUE joined by ";". */
function partsText(parts: Record<string, string> | CadenceParts): string {
  return (parts instanceof Map ? [...parts] : Object.entries(parts)).map(([k, v]) => `${k}=${v}`).join(';');
}

/**
 * The whole rule a rule without FREQ most likely meant, from its BYDAY: numbered weekdays
 * (1MO, the first Monday) are monthly, plain ones weekly; undefined without a BYDAY of weekdays.
 */
function ruleWithFreq(parts: CadenceParts): string | undefined {
  const byday = parts.get('BYDAY');
  const days = byday === undefined ? undefined : weekdaysAsRfc(byday);
  if (days === undefined) return undefined;
  return partsText(new Map([['FREQ', /\d/.test(days) ? 'MONTHLY' : 'WEEKLY'], ...[...parts].map(([k, v]): [string, string] => [k, k === 'BYDAY' ? days : v])]));
}

function checkParts(parts: CadenceParts): CadenceProblem | null {
  const freq = parts.get('FREQ');
  if (!freq) return { message: `the cadence needs FREQ, ${EXAMPLE}${didYouMean(ruleWithFreq(parts))}` };
  if (['HOURLY', 'MINUTELY', 'SECONDLY'].includes(freq))
    return { message: `FREQ=${freq} is more often than daily; a channel has at most one slot a day: use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY` };
  if (!FREQS.includes(freq)) {
    const worded = FREQ_WORDS[freq];
    const near = nearestWord(freq, FREQS);
    // A worded frequency whose parts the rule already gives otherwise (FREQ=BIWEEKLY;INTERVAL=3) is not guessed at.
    const clash = worded && Object.keys(worded).some((k) => k !== 'FREQ' && parts.has(k));
    const meant = worded ? (clash ? undefined : partsText(worded)) : near && `FREQ=${near}`;
    return { message: `FREQ=${freq} is not a frequency; expected DAILY, WEEKLY, MONTHLY or YEARLY${didYouMean(meant)}` };
  }
  for (const key of ['INTERVAL', 'COUNT']) {
    const value = parts.get(key);
    if (value !== undefined && !/^[1-9]\d{0,3}$/.test(value))
      return { message: `${key}=${value} is not valid; expected a whole number from 1 to 9999, e.g. ${key}=2` };
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) return { message: 'use COUNT or UNTIL, not both' };
  const until = parts.get('UNTIL');
  const missing = until === undefined ? null : missingDateReason(`${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`);
  if (until !== undefined && /^\d{8}/.test(until) && missing) return { message: `UNTIL=${until}: ${missing}; use a date that exists, e.g. UNTIL=20261231` };
  if (until !== undefined && !parseUntil(until))
    return { message: `UNTIL=${until} is not valid; expected a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS (Z for UTC), e.g. UNTIL=20261231` };
  if (until !== undefined && `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` > LAST_PLAN_DATE)
    return { message: `UNTIL=${until} is after ${LAST_PLAN_DATE}, the last date a plan can hold; for a cadence without end leave UNTIL out` };
  return checkByParts(parts, freq);
}

function checkByParts(parts: CadenceParts, freq: string): CadenceProblem | null {
  const byday = parts.get('BYDAY');
  if (byday !== undefined) {
    if (!byday.split(',').every((d) => new RegExp(`^([+-]?\\d{1,2})?${WEEKDAY}$`).test(d)))
      return { message: `BYDAY=${byday} is not valid; expected weekdays MO, TU, WE, TH, FR, SA, SU separated by ",", numbered for MONTHLY or YEARLY (1TH = first Thursday, -1FR = last Friday)${didYouMean(weekdaysAsRfc(byday) && `BYDAY=${weekdaysAsRfc(byday)}`)}` };
    if (/\d/.test(byday) && !['MONTHLY', 'YEARLY'].includes(freq))
      return { message: `BYDAY=${byday} numbers a weekday, which only works with FREQ=MONTHLY or YEARLY; with FREQ=${freq} use plain weekdays such as BYDAY=TH` };
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined && !new RegExp(`^${WEEKDAY}$`).test(wkst)) {
    const meant = /^[A-Z]+$/.test(wkst) ? weekdaysAsRfc(wkst) : undefined;
    return { message: `WKST=${wkst} is not valid; expected one weekday, e.g. WKST=MO${didYouMean(meant && `WKST=${meant}`)}` };
  }
  const ranges: [string, number, string[]][] = [
    ['BYMONTH', 12, ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']],
    ['BYMONTHDAY', 31, ['DAILY', 'MONTHLY', 'YEARLY']],
    ['BYYEARDAY', 366, ['YEARLY']],
    ['BYWEEKNO', 53, ['YEARLY']],
    ['BYSETPOS', 366, ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']],
  ];
  for (const [key, max, freqs] of ranges) {
    const value = parts.get(key);
    if (value === undefined) continue;
    const signed = key !== 'BYMONTH';
    const ok = value.split(',').every((n) => (signed ? /^[+-]?\d{1,3}$/ : /^\d{1,2}$/).test(n) && Number(n) !== 0 && Math.abs(Number(n)) <= max);
    if (!ok) return { message: `${key}=${value} is not valid; expected numbers from 1 to ${max}${signed ? ` or -${max} to -1 (counting from the end)` : ''}, separated by ","` };
    if (!freqs.includes(freq)) return { message: `${key} does not work with FREQ=${freq}; it needs FREQ=${freqs.join(' or ')}` };
  }
  if (parts.has('BYSETPOS') && ![...parts.keys()].some((k) => k.startsWith('BY') && k !== 'BYSETPOS'))
    return { message: 'BYSETPOS picks among the dates of another BY part; add one, e.g. "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"' };
  return null;
}

/** UNTIL as a wall time (floating) or an instant (with Z); null when unreadable. */
export function parseUntil(value: string): { wall: number } | { instant: number } | null {
  const m = UNTIL_PATTERN.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((g) => (g === undefined ? undefined : Number(g))) as [number, number, number, number?, number?, number?];
  const ms = Date.UTC(y, mo - 1, d, h ?? 23, mi ?? 59, s ?? 59);
  if (new Date(ms).getUTCDate() !== d || (h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return null;
  return m[7] ? { instant: ms } : { wall: ms };
}

function optionsOf(parts: CadenceParts): Partial<Options> {
  const rest = [...parts].filter(([k]) => k !== 'UNTIL').map(([k, v]) => `${k}=${v}`);
  return RRule().parseString(rest.join(';'));
}

/**
 * The rrule of a valid cadence in floating time: dtstart is `start` at `time` as a UTC-coded wall
 * time; UNTIL (a date = through that whole local day; Z = an instant, read in `zone`) likewise.
 */
export function buildCadenceRule(rule: string, start: string, time: string, zone: string): RRuleType {
  const problem = checkCadence(rule);
  if (problem) throw new Error(`cadence "${rule}": ${problem.message}`);
  const parts = parseCadence(rule) as CadenceParts;
  const until = parts.has('UNTIL') ? parseUntil(parts.get('UNTIL')!)! : null;
  const untilWall = until && ('wall' in until ? until.wall : until.instant + offsetMinutesAt(until.instant, zone) * 60000);
  const dtstart = new Date(Date.parse(`${start}T${time}:00Z`));
  return new (RRule())({ ...optionsOf(parts), dtstart, until: untilWall === null ? null : new Date(untilWall) });
}

/**
 * Why a channel starting on `start` (YYYY-MM-DD) at `time` (HH:MM) in `zone` with the checked
 * cadence `rule` has no slot at all, or null when it has one: an UNTIL before the start
 * (`FREQ=WEEKLY;UNTIL=20200101T000000Z` from 2026-12-06). The studio's channel form and `init` saved
 * such a channel, which never had a slot, with no word. Null too when the start, time or zone
 * cannot be read (their own checks name those).
 */
export function noSlotProblem(rule: string, start: string, time: string, zone: string): string | null {
  if (!/^\d{4}-\d\d-\d\d$/.test(start) || !/^\d\d:\d\d$/.test(time)) return null;
  let first: Date | null;
  try {
    first = buildCadenceRule(rule, start, time, zone).after(new Date(Date.parse(`${start}T00:00:00Z`)), true);
  } catch {
    return null;
  }
  if (first) return null;
  const parts = parseCadence(rule);
  const until = parts instanceof Map ? parts.get('UNTIL') : undefined;
  return until
    ? `the cadence ends (UNTIL=${until}) before the start date ${start}, so the channel would have no slot; give a later UNTIL, or leave it out`
    : `the cadence has no slot on or after the start date ${start}, so the channel would have none`;
}

/**
 * A sentence for a checked rule, in `lang`, capitalised as a line of its own ("Every other week
 * (Thursday)"). A rule that is a preset of CADENCE_PRESETS (its parts in any order, lists in any
 * order, INTERVAL=1 and WKST=MO written or not) reads as the preset picker names it, with its COUNT
 * or UNTIL after it; in Chinese every rule uses the presets' words (cadence-zh.ts); in English a
 * weekly rule on plain weekdays does too ("Once a week (Wednesday)", weeklyTextEn), and another
 * rule gets rrule's own text (RRule#toText), with BYSETPOS and "the last day" added.
 * Throws for a rule checkCadence refuses, with its reason.
 */
export function describeCadence(rule: string, lang: 'en' | 'zh'): string {
  const problem = checkCadence(rule);
  if (problem) throw new Error(`cadence "${rule}": ${problem.message}`);
  const parts = parseCadence(rule) as CadenceParts;
  if (lang === 'zh') return describeCadenceZh(parts);
  const preset = presetOf(parts);
  const text = preset ? `${preset.label.en}${countEn(parts)}` : (weeklyTextEn(parts) ?? rruleTextEn(parts));
  const until = parts.get('UNTIL');
  const line = until ? `${text} until ${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` : text;
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** The parts that make a rule's dates, as one comparable key: COUNT, UNTIL and defaults left out, lists sorted. */
function ruleKey(parts: CadenceParts): string {
  const defaults: Record<string, string> = { INTERVAL: '1', WKST: 'MO' };
  return [...parts]
    .filter(([k, v]) => k !== 'COUNT' && k !== 'UNTIL' && defaults[k] !== v)
    .map(([k, v]) => `${k}=${v.split(',').sort().join(',')}`)
    .sort()
    .join(';');
}

/** The preset a rule repeats (COUNT and UNTIL aside), or undefined. */
function presetOf(parts: CadenceParts): (typeof CADENCE_PRESETS)[number] | undefined {
  const key = ruleKey(parts);
  return CADENCE_PRESETS.find((p) => ruleKey(parseCadence(p.rule) as CadenceParts) === key);
}

/** " for 6 times" after a preset's label, as rrule says a COUNT; '' without one. */
function countEn(parts: CadenceParts): string {
  const count = parts.get('COUNT');
  return count ? ` for ${count} ${count === '1' ? 'time' : 'times'}` : '';
}

const WEEKDAYS_EN: Record<string, [short: string, long: string]> = {
  MO: ['Mon', 'Monday'], TU: ['Tue', 'Tuesday'], WE: ['Wed', 'Wednesday'], TH: ['Thu', 'Thursday'],
  FR: ['Fri', 'Friday'], SA: ['Sat', 'Saturday'], SU: ['Sun', 'Sunday'],
};

/**
 * A weekly rule on plain weekdays in the presets' English shape, without UNTIL: "Once a week
 * (Wednesday)", "Twice a week (Tue, Sat)", "Every other week (Thursday)", "3 times every 3 weeks
 * (Mon, Wed, Fri)", as the Chinese says every such rule (每周两次（周二、周六）); before, a rule that
 * was not exactly a preset read "Every week on Tuesday, Saturday" beside "Once a week (Monday)".
 * Undefined for any other rule (another BY part, a numbered weekday, no BYDAY).
 */
function weeklyTextEn(parts: CadenceParts): string | undefined {
  if (parts.get('FREQ') !== 'WEEKLY' || [...parts.keys()].some((k) => k.startsWith('BY') && k !== 'BYDAY')) return undefined;
  const days = parts.get('BYDAY')?.split(',');
  if (!days || days.some((d) => !(d in WEEKDAYS_EN))) return undefined;
  const week = Object.keys(WEEKDAYS_EN);
  const sorted = [...new Set(days)].sort((a, b) => week.indexOf(a) - week.indexOf(b));
  const n = Number(parts.get('INTERVAL') ?? 1);
  // Monday to Friday each week is the weekdays preset, however WKST is written (it moves no slot of a weekly rule).
  if (n === 1 && sorted.join(',') === 'MO,TU,WE,TH,FR') return `${CADENCE_PRESETS.find((p) => p.id === 'weekdays')!.label.en}${countEn(parts)}`;
  const names = sorted.length === 1 ? WEEKDAYS_EN[sorted[0]!]![1] : sorted.map((d) => WEEKDAYS_EN[d]![0]).join(', ');
  const times = sorted.length === 1 ? 'Once' : sorted.length === 2 ? 'Twice' : `${sorted.length} times`;
  const period = n === 1 ? 'a week' : n === 2 ? 'every other week' : `every ${n} weeks`;
  const head = n === 1 ? `${times} ${period}` : sorted.length === 1 ? period : `${times} ${period}`;
  return `${head} (${names})${countEn(parts)}`;
}

/** rrule's English for a rule no preset names, without UNTIL ("every other month on the 1st", "every week in March on Tuesday"). */
function rruleTextEn(parts: CadenceParts): string {
  const rruleText = new (RRule())({ ...optionsOf(parts), dtstart: new Date(Date.UTC(2026, 0, 1, 9)) }).toText();
  // rrule renders BYMONTHDAY=-1 as "on the last" with no noun.
  const text = rruleText
    .replace(/\bthe last\b(?! (monday|tuesday|wednesday|thursday|friday|saturday|sunday))/gi, 'the last day')
    // The presets' and the form's Repeat words: "every other week", not rrule's "every 2 weeks".
    .replace(/^every 2 (day|week|month|year)s\b/, 'every other $1');
  // rrule's English leaves BYSETPOS out ("every month on weekdays" for the last weekday of the month).
  const setpos = parts.get('BYSETPOS');
  if (!setpos) return text;
  const count = / for \d+ times?$/.exec(text);
  const head = count ? text.slice(0, count.index) : text;
  return `${head} (only ${setpos.split(',').map(positionEn).join(' and ')} of them ${periodEn(parts)})${count ? count[0] : ''}`;
}

/** The most days each month can have (February in a leap year). */
const MONTH_MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A note for a monthly cadence whose days some of its months do not have, or null: RFC 5545
 * (3.3.10, "invalid dates are ignored") skips a BYMONTHDAY a month lacks, so
 * `FREQ=MONTHLY;BYMONTHDAY=31` has no slot in February, April, June, September or November, and
 * one of 29 none in February of a common year. Only when every listed day is 29 or later (a rule
 * that also lists an earlier day still has a slot every month), with no BYDAY or BYSETPOS (which
 * pick among the days), and one of its months (BYMONTH, else all twelve) is short of the earliest
 * listed day. The studio shows it beside the cadence's words; a check for a rule `checkCadence` accepts.
 */
export function cadenceSkipNote(rule: string, lang: 'en' | 'zh'): string | null {
  const parts = parseCadence(rule);
  if (!(parts instanceof Map) || parts.get('FREQ') !== 'MONTHLY' || !parts.has('BYMONTHDAY') || parts.has('BYDAY') || parts.has('BYSETPOS')) return null;
  const days = parts.get('BYMONTHDAY')!.split(',').map(Number);
  if (days.some((d) => !Number.isInteger(d) || d < 29)) return null;
  const first = Math.min(...days);
  const months = parts.has('BYMONTH') ? parts.get('BYMONTH')!.split(',').map(Number) : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  // The 29th: only February lacks it, and then only in a common year.
  const short = months.some((m) => (MONTH_MAX_DAYS[m - 1] ?? 31) < first || (m === 2 && first === 29));
  if (!short) return null;
  return lang === 'zh'
    ? `只在有${first}日的月份；每月最后一天请写 BYMONTHDAY=-1`
    : `only in months that have a ${first}${first === 31 ? 'st' : 'th'}; BYMONTHDAY=-1 is the last day of every month`;
}

/** A BYSETPOS position in English: 1 -> "the 1st", -1 -> "the last", -2 -> "the 2nd to last". */
function positionEn(value: string): string {
  const n = Number(value);
  if (n === -1) return 'the last';
  const abs = Math.abs(n);
  const suffix = abs % 100 >= 11 && abs % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][abs % 10] ?? 'th');
  return n < 0 ? `the ${abs}${suffix} to last` : `the ${abs}${suffix}`;
}

/** The period BYSETPOS counts in: "each month", or "in each of those months" with an INTERVAL. */
function periodEn(parts: CadenceParts): string {
  const unit = ({ DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' } as Record<string, string>)[parts.get('FREQ')!] ?? 'period';
  return Number(parts.get('INTERVAL') ?? 1) > 1 ? `in each of those ${unit}s` : `each ${unit}`;
}

/**
 * Every cadence problem of a channel (its own and its history's), with the path below the
 * channel, for the planner schema: history starts must run oldest first and before `start`.
 */
export function checkChannelCadences(channel: {
  id?: string;
  cadence: string;
  start: string;
  history?: { cadence: string; start: string }[];
}): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const own = checkCadence(channel.cadence, channel.id);
  if (own) issues.push({ path: ['cadence'], message: own.message });
  channel.history?.forEach((period, j) => {
    const problem = checkCadence(period.cadence, channel.id);
    if (problem) issues.push({ path: ['history', j, 'cadence'], message: problem.message });
    const next = channel.history![j + 1]?.start ?? channel.start;
    if (period.start >= next)
      issues.push({
        path: ['history', j, 'start'],
        message: `${period.start} must be before ${next}: history runs oldest first, each period ending where the next (or the channel's "start") begins`,
      });
  });
  return issues;
}
