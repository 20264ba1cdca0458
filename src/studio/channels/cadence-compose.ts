/**
 * The cadence editor's choices -> an RRULE value, and back. Pure and import-free: the page uses it
 * on the server (forms without JS) and its client script as the user types, so the presets
 * (CADENCE_PRESETS of src/core/cadence.ts) are passed in rather than imported into the browser.
 */

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Builder modes besides the fixed presets of CADENCE_PRESETS. */
export const BUILDER_MODES = ['weekly-days', 'monthly-on-day', 'monthly-nth-weekday', 'custom'] as const;

export interface CadenceChoice {
  /** A CADENCE_PRESETS id or one of BUILDER_MODES. */
  mode: string;
  /** weekly-days: the chosen weekdays. */
  days: string[];
  /** weekly-days: 1 = every week, 2 = every other week. */
  interval: number;
  /** monthly-on-day: 1..31, or -1 for the last day. */
  monthDay: number;
  /** monthly-nth-weekday: 1..4, or -1 for the last. */
  nth: number;
  /** monthly-nth-weekday: the weekday. */
  weekday: string;
  /** custom: the raw RRULE as typed. */
  raw: string;
}

export interface Preset {
  id: string;
  rule: string;
}

export const DEFAULT_CHOICE: CadenceChoice = { mode: 'weekly-days', days: ['TU', 'FR'], interval: 1, monthDay: 1, nth: 1, weekday: 'TH', raw: '' };

/** The RRULE value for a choice; for `custom` the raw text as typed (checked elsewhere). */
export function composeCadence(choice: CadenceChoice, presets: readonly Preset[]): string {
  const preset = presets.find((p) => p.id === choice.mode);
  if (preset) return preset.rule;
  if (choice.mode === 'weekly-days') {
    const days = WEEKDAYS.filter((d) => choice.days.includes(d));
    const interval = choice.interval > 1 ? `;INTERVAL=${choice.interval}` : '';
    return `FREQ=WEEKLY${interval};BYDAY=${days.join(',')}`;
  }
  if (choice.mode === 'monthly-on-day') return `FREQ=MONTHLY;BYMONTHDAY=${choice.monthDay}`;
  if (choice.mode === 'monthly-nth-weekday') return `FREQ=MONTHLY;BYDAY=${choice.nth}${choice.weekday}`;
  return choice.raw.trim().replace(/^RRULE:/i, '');
}

/** The choice that shows a stored rule in the editor: a preset when one matches, a builder mode when it fits, else custom. */
export function chooseForRule(rule: string, presets: readonly Preset[]): CadenceChoice {
  const text = rule.trim().replace(/^RRULE:/i, '').toUpperCase();
  const base = { ...DEFAULT_CHOICE, raw: text };
  const preset = presets.find((p) => p.rule === text);
  if (preset) return { ...base, mode: preset.id };
  let m = /^FREQ=WEEKLY(?:;INTERVAL=([12]))?;BYDAY=((?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU))*)$/.exec(text);
  if (m) return { ...base, mode: 'weekly-days', interval: Number(m[1] ?? 1), days: m[2]!.split(',') };
  m = /^FREQ=MONTHLY;BYMONTHDAY=(-1|[1-9]|[12]\d|3[01])$/.exec(text);
  if (m) return { ...base, mode: 'monthly-on-day', monthDay: Number(m[1]) };
  m = /^FREQ=MONTHLY;BYDAY=(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(text);
  if (m) return { ...base, mode: 'monthly-nth-weekday', nth: Number(m[1]), weekday: m[2]! };
  return { ...base, mode: 'custom' };
}

/** The choice from submitted form fields (`cadenceMode`, `cadenceDays`, ...); missing fields take defaults. */
export function readCadenceChoice(get: (name: string) => string | null, getAll: (name: string) => string[]): CadenceChoice {
  const num = (name: string, fallback: number) => {
    const n = Number(get(name));
    return Number.isInteger(n) && get(name) !== null && get(name) !== '' ? n : fallback;
  };
  return {
    mode: get('cadenceMode') ?? 'custom',
    days: getAll('cadenceDays'),
    interval: num('cadenceInterval', 1),
    monthDay: num('cadenceMonthDay', 1),
    nth: num('cadenceNth', 1),
    weekday: get('cadenceWeekday') ?? 'TH',
    raw: get('cadence') ?? '',
  };
}
