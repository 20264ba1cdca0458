/**
 * Slot times that a clock change skips (spring forward) or repeats (fall back). RFC 5545 §3.3.5
 * reads such a DTSTART;TZID as the instant after the gap or the first of the two, as the planner
 * does; some readers (ical.js among them) do not, so these slots get an override pinned in UTC.
 */
import type { Slot } from '../slot.ts';
import { addDays, offsetMinutesAt } from '../zoned-time.ts';
import { formatLocal, formatWall } from './ics-writer.ts';
import { findTransitions } from './tz-transitions.ts';

const DAY = 86_400_000;

/** A clock change between `from` and `to` skips or repeats the wall time `time` (HH:MM). */
export function meetsClockChange(time: string, zone: string, from: number, to: number): boolean {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return findTransitions(zone, from, to).some((t) => {
    const at = t.wall.getUTCHours() * 60 + t.wall.getUTCMinutes();
    const jump = Math.abs(t.to - t.from);
    // Minutes from the change to the slot time, around the clock: a change at 00:00 repeats 23:30.
    const after = (((h * 60 + m - at) % 1440) + 1440) % 1440;
    return after < jump || after >= 1440 - jump;
  });
}

/** Local dates on which a clock change may touch a slot: each change's day and the day before. */
export function clockChangeDates(zone: string, from: number, to: number): Set<string> {
  const dates = new Set<string>();
  for (const t of findTransitions(zone, from - DAY, to + DAY)) {
    const date = t.wall.toISOString().slice(0, 10);
    dates.add(date).add(addDays(date, -1));
  }
  return dates;
}

/** The slot's nominal wall time (its date at `time`) is skipped or occurs twice in its zone. */
export function isSkippedOrRepeated(slot: Slot, time: string, zone: string): boolean {
  const wall = formatLocal(slot.date, time);
  if (formatWall(slot.epoch, zone) !== wall) return true;
  const shift = (offsetMinutesAt(slot.epoch, zone) - offsetMinutesAt(slot.epoch + DAY, zone)) * 60_000;
  return shift > 0 && formatWall(slot.epoch + shift, zone) === wall;
}
