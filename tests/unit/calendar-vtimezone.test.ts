import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { serializeLines } from '../../src/core/calendar/ics-writer.ts';
import { buildVTimezone } from '../../src/core/calendar/vtimezone.ts';
import { offsetMinutesAt, wallTimeAt, zonedToEpoch } from '../../src/core/zoned-time.ts';
import { offsetAt, readOnsets } from './vtimezone-reader.ts';

const SPAN: [number, number] = [Date.UTC(2026, 0, 1), Date.UTC(2041, 0, 1)];
const HOUR = 3_600_000;

function calendarText(zone: string, [from, to]: [number, number]): string {
  return serializeLines(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...buildVTimezone(zone, from, to), 'END:VCALENDAR']);
}

function icalZone(text: string): ICAL.Timezone {
  return new ICAL.Timezone(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone')!);
}

/** `20290930T020000`: an instant's wall time at a given offset. */
function wallText(epoch: number, offsetMinutes: number): string {
  return new Date(epoch + offsetMinutes * 60_000).toISOString().replace(/[-:]|\.000Z/g, '');
}

describe('buildVTimezone against the tz database, read without Intl', () => {
  const zones = Intl.supportedValuesOf('timeZone');
  const regions = [...new Set(zones.map((z) => z.split('/')[0]!))];
  // Groups of 25 zones, each a test of its own: fast enough to run while other files run too.
  const groups = Array.from({ length: Math.ceil(zones.length / 25) }, (_, i) => zones.slice(i * 25, i * 25 + 25));

  test('covers more than 300 zones in more than 8 regions', () => {
    expect(zones.length).toBeGreaterThan(300);
    expect(regions.length).toBeGreaterThan(8);
  });

  test.each(groups.map((g) => [g[0], g.at(-1), g] as const))('gives the zones from %s to %s the offsets Intl gives, at each change ±1 s and on a grid, 2026 to 2040', (_first, _last, group) => {
    const wrong: string[] = [];
    for (const zone of group) {
      const onsets = readOnsets(calendarText(zone, SPAN), zone);
      const instants: number[] = [];
      for (const o of onsets.slice(1)) instants.push(o.at - 1000, o.at, o.at + 1000);
      // 61 h apart: every time of day; no daylight period in tz data is that short.
      for (let t = SPAN[0]; t < SPAN[1]; t += 61 * HOUR) instants.push(t);
      for (const t of instants) {
        const [got, want] = [offsetAt(onsets, t), offsetMinutesAt(t, zone)];
        if (got !== want) wrong.push(`${zone} ${new Date(t).toISOString()}: file ${got}, tz ${want}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  }, 60_000);

  // Each of these fell on a date a guessed yearly rule gets wrong (4th vs last, Sun>=2, lastThu 24:00).
  test.each([
    ['Pacific/Auckland', '20290930T020000', 720, 780, 'the last Sunday of September'],
    ['Pacific/Chatham', '20290930T024500', 765, 825, 'the last Sunday of September'],
    ['Asia/Jerusalem', '20300329T020000', 120, 180, 'the Friday before the last Sunday of March'],
    ['America/Santiago', '20300908T000000', -240, -180, 'the first Sunday on or after 2 September'],
    ['America/Santiago', '20290408T000000', -180, -240, 'the first Sunday on or after 2 April'],
    ['America/Nuuk', '20290324T230000', -120, -60, 'the Saturday before the last Sunday of March'],
    ['Africa/Cairo', '20301101T000000', 180, 120, 'midnight after the last Thursday of October'],
    ['Europe/Berlin', '20300331T020000', 60, 120, 'the last Sunday of March'],
  ])('puts the %s change at %s local (from %i to %i min): %s', (zone, local, from, to) => {
    const onsets = readOnsets(calendarText(zone, SPAN), zone);
    const onset = onsets.find((o) => o.from === from && o.to === to && wallText(o.at, from) === local);
    expect(onset, onsets.map((o) => wallText(o.at, o.from)).join(' ')).toBeDefined();
    expect(offsetMinutesAt(onset!.at - 1000, zone)).toBe(from);
    expect(offsetMinutesAt(onset!.at, zone)).toBe(to);
  });

  test('writes no repeating rule: each change is an observance of its own', () => {
    const lines = buildVTimezone('America/New_York', ...SPAN);
    expect(lines.some((l) => l.startsWith('RRULE'))).toBe(false);
    expect(lines.filter((l) => l === 'BEGIN:DAYLIGHT')).toHaveLength(15);
    expect(lines).toContain('DTSTART:20260308T020000');
    expect(lines).toContain('DTSTART:20401104T020000');
    expect(lines).toContain('TZNAME:EDT');
  });

  test.each([
    ['Europe/Berlin', 'CET', 'CEST'],
    ['Australia/Sydney', 'AEST', 'AEDT'],
    ['America/New_York', 'EST', 'EDT'],
  ])('names the %s observances %s and %s, as the tz data abbreviates them', (zone, standard, daylight) => {
    const lines = buildVTimezone(zone, ...SPAN);
    const named = (kind: string) => new Set(lines.flatMap((l, i) => (l === `BEGIN:${kind}` ? lines.slice(i, lines.indexOf(`END:${kind}`, i)).filter((x) => x.startsWith('TZNAME:')) : [])));
    expect(named('STANDARD')).toEqual(new Set([`TZNAME:${standard}`]));
    expect(named('DAYLIGHT')).toEqual(new Set([`TZNAME:${daylight}`]));
  });

  test('gives a zone with no change in the span a single STANDARD observance', () => {
    const lines = buildVTimezone('Asia/Shanghai', ...SPAN);
    expect(lines.filter((l) => /^BEGIN:(STANDARD|DAYLIGHT)$/.test(l))).toEqual(['BEGIN:STANDARD']);
    expect(lines).toContain('TZOFFSETTO:+0800');
  });

  // helper-172's trial: an export of a span starting now wrote DTSTART:20261204T033008, the export's
  // minutes and seconds, so the file changed on every export although nothing in it had.
  test("dates the first observance at the start of its local day, not at the export's clock", () => {
    const from = Date.UTC(2026, 11, 6, 8, 30, 8, 123);
    const a = buildVTimezone('America/New_York', from, from + 90 * 86_400_000);
    const b = buildVTimezone('America/New_York', from + 3_600_000 + 5_000, from + 90 * 86_400_000);
    expect(a[4]).toBe('DTSTART:20261204T000000');
    expect(b).toEqual(a);
  });

  // A span inside a zone's summer with no change in it (a one-channel calendar of a few December
  // slots, a project with no channel yet): its one observance is daylight time, not standard.
  test.each([
    ['Australia/Lord_Howe', [Date.UTC(2026, 11, 5), Date.UTC(2026, 11, 20)], 'DAYLIGHT', '+1100', 'LHDT'],
    ['America/Santiago', [Date.UTC(2026, 11, 5), Date.UTC(2026, 11, 20)], 'DAYLIGHT', '-0300', null],
    ['Europe/London', [Date.UTC(2026, 6, 5), Date.UTC(2026, 6, 20)], 'DAYLIGHT', '+0100', 'BST'],
    ['Europe/London', [Date.UTC(2026, 11, 5), Date.UTC(2026, 11, 20)], 'STANDARD', '+0000', 'GMT'],
    ['Asia/Kolkata', [Date.UTC(2026, 11, 5), Date.UTC(2026, 11, 20)], 'STANDARD', '+0530', 'IST'],
  ] as const)('marks %s with no change in the span by the time then in force', (zone, span, kind, offset, name) => {
    const lines = buildVTimezone(zone, span[0], span[1]);
    expect(lines.filter((l) => /^BEGIN:(STANDARD|DAYLIGHT)$/.test(l))).toEqual([`BEGIN:${kind}`]);
    expect(lines).toContain(`TZOFFSETTO:${offset}`);
    if (name) expect(lines).toContain(`TZNAME:${name}`);
  });
});

describe('buildVTimezone read by ical.js', () => {
  const ZONES = ['Pacific/Auckland', 'Asia/Jerusalem', 'Pacific/Chatham', 'America/Santiago', 'America/Nuuk', 'Africa/Cairo', 'Asia/Gaza', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Shanghai', 'Asia/Kolkata'];

  // Local -> instant is the direction a calendar app needs for DTSTART;TZID.
  test.each(ZONES)('turns the wall times 1 s either side of each %s change into the instants Intl gives', (zone) => {
    const text = calendarText(zone, SPAN);
    const tz = icalZone(text);
    const wrong: string[] = [];
    for (const o of readOnsets(text, zone).slice(1)) {
      // A fall-back repeats the wall times of its last (from - to) minutes, which RFC 5545 §3.3.5
      // reads as the first instant and ical.js as the second: test just outside the overlap.
      const overlap = Math.max(0, o.from - o.to) * 60_000;
      for (const t of [o.at - overlap - 1000, o.at + overlap + 1000]) {
        const w = wallTimeAt(t, zone);
        const local = new ICAL.Time({ ...w, isDate: false }, tz);
        if (local.toUnixTime() * 1000 !== t) wrong.push(`${new Date(t).toISOString()} -> ${local.toString()}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test.each(ZONES)('maps 09:00 and 18:30 local in %s to the instants the planner uses, every 3rd day to 2040', (zone) => {
    const tz = icalZone(calendarText(zone, SPAN));
    for (let day = SPAN[0]; day < SPAN[1]; day += 3 * 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
      for (const time of ['09:00', '18:30']) {
        const [h, m] = time.split(':').map(Number) as [number, number];
        const local = new ICAL.Time({ year: y, month: mo, day: d, hour: h, minute: m, second: 0, isDate: false }, tz);
        expect(local.toUnixTime() * 1000, `${zone} ${date} ${time}`).toBe(zonedToEpoch(date, time, zone));
      }
    }
  });
});
