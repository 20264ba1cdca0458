/**
 * Every IANA zone's slots against an independent expansion: python-dateutil's RRULE read in each
 * zone by Python's zoneinfo (slots-dateutil-reader.py). Optional: skipped where python3 or
 * dateutil is missing (CI installs neither). A zone whose offsets differ between Node's tz
 * database and the system's (another release: British Columbia's and Alberta's permanent
 * daylight time, Morocco's Ramadan dates) is left out and counted, never compared.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expandChannelSlots } from '../../src/core/slots.ts';
import type { Channel } from '../../src/core/schema/planner.ts';
import { offsetMinutesAt } from '../../src/core/zoned-time.ts';

const READER = join(import.meta.dirname, 'slots-dateutil-reader.py');
const PYTHON = ['python3', '/usr/bin/python3'].find((bin) => spawnSync(bin, ['-c', 'import dateutil.rrule, zoneinfo'], { encoding: 'utf8' }).status === 0);
const FROM = Date.parse('2026-01-01T00:00:00Z');
const TO = Date.parse('2028-01-01T00:00:00Z');
// Clock changes fall at, before and after midnight somewhere; each time sits in some zone's gap or repeat.
const CADENCES: [string, string][] = [
  ['FREQ=DAILY', '02:30'], ['FREQ=DAILY', '00:15'], ['FREQ=DAILY', '23:45'], ['FREQ=WEEKLY;BYDAY=SU', '01:30'],
  ['FREQ=MONTHLY;BYDAY=-1FR', '12:00'], ['FREQ=MONTHLY;BYMONTHDAY=31', '03:00'],
  ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', '00:00'], ['FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', '02:30'],
];

/**
 * The zone's clock changes in [FROM, TO) as [instant ms, offset minutes after]: found between
 * noon samples a day apart (no zone changes twice in a day), then to the minute by bisection.
 */
function transitions(zone: string): [number, number][] {
  const out: [number, number][] = [];
  let before = offsetMinutesAt(FROM, zone);
  for (let day = FROM; day < TO; day += 86_400_000) {
    const next = Math.min(day + 86_400_000, TO);
    const after = offsetMinutesAt(next, zone);
    if (after === before) continue;
    let [lo, hi] = [day, next];
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutesAt(mid, zone) === before) lo = mid;
      else hi = mid;
    }
    out.push([hi, after]);
    before = after;
  }
  return out;
}

describe.skipIf(!PYTHON)('slots of every time zone, against python-dateutil and zoneinfo', () => {
  test('are the same local dates and instants, 2026 and 2027', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const offsets = Object.fromEntries(zones.map((zone) => [zone, transitions(zone)]));
    const series = zones.flatMap((zone) => CADENCES.map(([cadence, time]) => [zone, cadence, time, '2025-12-01']));
    const run = spawnSync(PYTHON!, [READER], { input: JSON.stringify({ series, from: FROM, to: TO, transitions: offsets }), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as { slots: Record<string, [string, number][]>; zonesDiffer: string[] };
    // Only a handful of zones changed rules between tz releases; the comparison must cover the rest.
    expect(read.zonesDiffer.length).toBeLessThan(zones.length / 20);
    let compared = 0;
    for (const [zone, cadence, time, start] of series) {
      const theirs = read.slots[`${zone}|${cadence}|${time}`];
      if (!theirs) continue;
      const channel = { id: 'c', name: 'c', platform: 'blog', cadence, start, time } as Channel;
      const ours = expandChannelSlots(channel, { zone, from: FROM, to: TO, breaks: [] }).map((s) => [s.date, s.epoch]);
      expect(ours, `${zone} ${cadence} at ${time}`).toEqual(theirs);
      compared++;
    }
    expect(compared).toBeGreaterThan(series.length * 0.9);
  }, 300_000);
});
