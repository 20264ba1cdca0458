import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { serializeLines } from '../../src/core/calendar/ics-writer.ts';
import { buildVTimezone } from '../../src/core/calendar/vtimezone.ts';
import { offsetMinutesAt, wallTimeAt, zonedToEpoch } from '../../src/core/zoned-time.ts';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Shanghai', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo'];

function parseZone(zone: string, from: number, to: number): ICAL.Timezone {
  const text = serializeLines(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...buildVTimezone(zone, from, to), 'END:VCALENDAR']);
  const vtz = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone')!;
  return new ICAL.Timezone(vtz);
}

describe('buildVTimezone', () => {
  // Local -> instant is the direction a calendar app needs for DTSTART;TZID. (ical.js's own
  // UTC -> local conversion is off near transitions, so it cannot serve as the reference there.)
  test.each(ZONES)('turns local times in %s into the same instants as Intl every 5 hours from 2026 to 2035, past the exported range', (zone) => {
    const tz = parseZone(zone, Date.UTC(2026, 0, 6), Date.UTC(2027, 5, 1));
    const mismatches: string[] = [];
    for (let t = Date.UTC(2026, 0, 7); t < Date.UTC(2035, 0, 1); t += 5 * 3_600_000) {
      // Wall times next to a change are skipped or doubled; the daily test covers those days.
      if (offsetMinutesAt(t - 3 * 3_600_000, zone) !== offsetMinutesAt(t + 3 * 3_600_000, zone)) continue;
      const w = wallTimeAt(t, zone);
      const local = new ICAL.Time({ ...w, isDate: false }, tz);
      if (local.toUnixTime() * 1000 !== t) mismatches.push(`${new Date(t).toISOString()} -> ${local.toString()}`);
    }
    expect(mismatches).toEqual([]);
  });

  test.each(ZONES)('maps 09:00 and 18:30 local in %s to the instants the planner uses, every day for 3 years', (zone) => {
    const tz = parseZone(zone, Date.UTC(2026, 0, 1), Date.UTC(2028, 0, 1));
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2029, 0, 1); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      for (const time of ['09:00', '18:30']) {
        const [h, m] = time.split(':').map(Number) as [number, number];
        const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
        const local = new ICAL.Time({ year: y, month: mo, day: d, hour: h, minute: m, second: 0, isDate: false }, tz);
        expect(local.toUnixTime() * 1000, `${zone} ${date} ${time}`).toBe(zonedToEpoch(date, time, zone));
      }
    }
  });

  test('writes the ongoing US daylight rule as a yearly RRULE on the second Sunday of March', () => {
    const lines = buildVTimezone('America/New_York', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
  });

  test('writes the European rules on the last Sunday, with DTSTART in the offset before the change', () => {
    const lines = buildVTimezone('Europe/Berlin', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    const daylight = lines.indexOf('BEGIN:DAYLIGHT', lines.indexOf('BEGIN:STANDARD') + 1);
    expect(lines.slice(daylight, daylight + 4).join('\n')).toMatch(/DTSTART:\d{8}T020000\nTZOFFSETFROM:\+0100\nTZOFFSETTO:\+0200/);
  });

  test('gives a zone without daylight saving a single observance', () => {
    const lines = buildVTimezone('Asia/Shanghai', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(lines.filter((l) => l.startsWith('BEGIN:STANDARD') || l.startsWith('BEGIN:DAYLIGHT'))).toHaveLength(1);
    expect(lines).toContain('TZOFFSETTO:+0800');
  });
});
