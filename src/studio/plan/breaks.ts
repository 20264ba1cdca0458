/**
 * Breaks from the plan page: declare one (from, to, channels or all, reason), remove one, or skip
 * a single slot (a one-day break for that channel). Pure: returns the next planner.
 */
import { LocalDateSchema, type Break, type Planner } from '../../core/schema/planner.ts';
import { breakCovering } from '../../core/slots.ts';
import type { FieldErrors } from '../shared/form-errors.ts';
import { PLAN_TEXT } from './strings.ts';

export interface BreakForm {
  from: string;
  to: string;
  /** Empty = every channel. */
  channels: string[];
  reason: string;
}

interface FormLike {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

export function readBreakForm(form: FormLike): BreakForm {
  const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string).trim() : '');
  const from = text('from');
  return {
    from,
    to: text('to') || from,
    channels: form.getAll('channels').filter((c): c is string => typeof c === 'string' && c !== ''),
    reason: text('reason'),
  };
}

/** Why a form date is not a plan date: not YYYY-MM-DD, or outside the dates a plan holds. */
function dateProblem(value: string, example: string): string | null {
  const result = LocalDateSchema.safeParse(value);
  if (result.success) return null;
  const outside = result.error.issues.find((i) => !i.message.startsWith('expected'));
  return outside?.message ?? `expected a date as YYYY-MM-DD, e.g. ${example}`;
}

export function checkBreakForm(form: BreakForm, planner: Planner): FieldErrors {
  const errors: FieldErrors = {};
  const from = dateProblem(form.from, '2026-12-24');
  const to = dateProblem(form.to, '2026-12-31');
  if (from) errors.from = from;
  if (to) errors.to = to;
  // Worded by the form's labels (strings.ts breaks.to, breaks.from): planner.json's keys mean nothing on the plan page.
  else if (!errors.from && form.to < form.from) errors.to = `"${PLAN_TEXT['breaks.to']!.en}" (${form.to}) is before "${PLAN_TEXT['breaks.from']!.en}" (${form.from})`;
  const known = planner.channels.map((c) => c.id);
  const unknown = form.channels.filter((c) => !known.includes(c));
  if (unknown.length) errors.channels = `unknown channel ${unknown.map((c) => `"${c}"`).join(', ')}; expected one of ${known.join(', ')}`;
  // The same days for the same channels (in any order) again: the list showed it twice, each with its own Remove.
  const key = (channels: readonly string[] | undefined) => [...(channels ?? [])].sort().join(',');
  const twin = Object.keys(errors).length === 0 && planner.breaks.find((b) => b.from === form.from && b.to === form.to && key(b.channels) === key(form.channels));
  if (twin) errors.from = `a break from ${form.from} to ${form.to} for ${form.channels.length ? [...form.channels].sort().join(', ') : 'every channel'} exists already`;
  return errors;
}

export function addBreak(planner: Planner, form: BreakForm): Planner {
  const entry: Break = { from: form.from, to: form.to, ...(form.channels.length ? { channels: form.channels } : {}), ...(form.reason ? { reason: form.reason } : {}) };
  return { ...planner, breaks: [...planner.breaks, entry] };
}

/** Removes the break at `index` when it still matches `from`/`to` (a stale page removes nothing). */
export function removeBreak(planner: Planner, index: number, from: string, to: string): Planner {
  const target = planner.breaks[index];
  if (!target || target.from !== from || target.to !== to) return planner;
  return { ...planner, breaks: planner.breaks.filter((_, i) => i !== index) };
}

/** A one-day break for one channel: its slot on `date` leaves the plan and is never a gap. */
export function skipSlot(planner: Planner, channel: string, date: string, reason: string): Planner {
  if (breakCovering(planner.breaks, channel, date)) return planner;
  return { ...planner, breaks: [...planner.breaks, { from: date, to: date, channels: [channel], reason }] };
}
