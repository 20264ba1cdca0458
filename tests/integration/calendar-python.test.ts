/**
 * A second calendar client reads the exported .ics: Debian's python3-icalendar with
 * python3-recurring-ical-events. Optional: skipped where python3 or the modules are missing
 * (CI installs neither).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { buildPlan } from '../../src/core/plan.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { formatZonedISO, offsetMinutesAt } from '../../src/core/zoned-time.ts';

const READER = join(import.meta.dirname, 'calendar-python-reader.py');
// Debian's modules live under /usr/bin/python3, which another python3 on PATH may hide.
const PYTHON = ['python3', '/usr/bin/python3'].find((bin) => spawnSync(bin, ['-c', 'import icalendar, recurring_ical_events'], { encoding: 'utf8' }).status === 0);
const NOW = Date.parse('2026-11-23T00:00:00Z');
const END = Date.parse('2041-01-01T00:00:00Z');

describe.skipIf(!PYTHON)('the .ics read by python-icalendar from its VTIMEZONEs alone', () => {
  test.each([
    ['Pacific/Auckland', 'FREQ=DAILY', '09:00'],
    ['Asia/Jerusalem', 'FREQ=WEEKLY;BYDAY=FR,SU', '08:30'],
    ['America/Santiago', 'FREQ=WEEKLY;BYDAY=SA,SU', '23:30'],
    ['Europe/Berlin', 'FREQ=WEEKLY;BYDAY=SU', '02:30'],
    ['Asia/Shanghai', 'FREQ=WEEKLY;BYDAY=TU,FR', '09:00'],
  ])('expands a %s channel (%s at %s) to the slots of plan, 2026 to 2040', (zone, cadence, time) => {
    const planner = PlannerSchema.parse({
      version: 1,
      brand: { name: '梅林的厨房', label: '家常菜', timezone: zone, pillars: [{ id: 'r', name: '菜谱' }] },
      channels: [{ id: 'c', name: '博客', platform: 'blog', cadence, start: '2026-11-01', time }],
    });
    const ics = buildCalendar({ planner, posts: [], now: NOW, public: true });
    const run = spawnSync(PYTHON!, [READER, 'c-', '2026-11-23', '2041-01-01'], { input: ics, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as { start: string; summary: string }[];
    const plan = buildPlan({ planner, posts: [], now: NOW, weeks: (END - NOW) / (7 * 86_400_000) }).slots.filter((s) => s.epoch < END);
    expect(plan.length).toBeGreaterThan(150);
    // recurring-ical-events 2.0.1 reads the UTC DTSTART of an override on a wall time that a
    // fall-back repeats as the later instant (ical.js reads it right: calendar-span.test.ts);
    // those slots are counted, the rest compared one to one.
    const drop = (epoch: number) => (offsetMinutesAt(epoch, zone) - offsetMinutesAt(epoch + 86_400_000, zone)) * 60_000;
    const wall = (epoch: number) => formatZonedISO(epoch, zone).slice(0, 19);
    const repeated = (epoch: number) => drop(epoch) > 0 && wall(epoch + drop(epoch)) === wall(epoch);
    const iso = (t: number) => new Date(t).toISOString();
    const shifted = new Set(plan.filter((s) => repeated(s.epoch)).flatMap((s) => [iso(s.epoch), iso(s.epoch + drop(s.epoch))]));
    expect(read.map((o) => o.start).filter((t) => !shifted.has(t))).toEqual(plan.map((s) => iso(s.epoch)).filter((t) => !shifted.has(t)));
    expect(read).toHaveLength(plan.length);
    expect(new Set(read.map((o) => o.summary))).toEqual(new Set(['博客：发布排期（菜谱）']));
  }, 120_000);
});
