/**
 * Why a cadence with an INTERVAL has its first slot later than the first matching day after its
 * start. RFC 5545 §3.3.10 counts "every 2 weeks" from the week that holds DTSTART (weeks start on
 * WKST, Monday by default), "every 2 months" from its month: a biweekly Wednesday channel starting
 * on a Sunday has its first slot 10 days later, the Wednesday 3 days later being in a week off.
 */
import { checkCadence, parseCadence } from './cadence.ts';
import { previewSlots } from './slots.ts';

export interface IntervalFirstSlot {
  /** The first slot's local date. */
  first: string;
  /** The first day after the start that the cadence would take without its INTERVAL: in a period off. */
  skipped: string;
  interval: number;
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  /** The rule's WKST (weeks start on it), MO when it names none. */
  weekStart: string;
}

/** What makes the first slot later than the first matching day (IntervalFirstSlot), or null when it is not. */
export function explainFirstSlot(input: { cadence: string; start: string; time: string; zone: string }): IntervalFirstSlot | null {
  if (checkCadence(input.cadence)) return null;
  const parts = parseCadence(input.cadence);
  if (!(parts instanceof Map)) return null;
  const interval = Number(parts.get('INTERVAL') ?? 1);
  if (interval <= 1) return null;
  const everyOne = input.cadence.split(';').filter((part) => !/^\s*INTERVAL\s*=/i.test(part)).join(';');
  const before = Date.parse(`${input.start}T00:00:00Z`) - 2 * 86_400_000;
  const first = previewSlots(input, before, 1)[0];
  const skipped = previewSlots({ ...input, cadence: everyOne }, before, 1)[0];
  if (!first || !skipped || skipped.date >= first.date) return null;
  return { first: first.date, skipped: skipped.date, interval, freq: parts.get('FREQ') as IntervalFirstSlot['freq'], weekStart: parts.get('WKST') ?? 'MO' };
}
