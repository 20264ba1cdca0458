/**
 * Zone offsets tabulated from Intl (core/zone-offsets.ts) read wall times exactly as Intl does
 * (core/zoned-time.ts with provided tables), in the zones whose rules are the oddest, at every
 * change and around it; and the cache that keeps them between runs (store/zone-offsets-cache.ts).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tabulateZoneYear } from '../../src/core/zone-offsets.ts';
import { forgetZoneYears, formatZonedISO, localDateOf, offsetMinutesAt, provideZoneYears, recordZoneYears, takeAskedZoneYears, wallTimeAt, zonedToEpoch } from '../../src/core/zoned-time.ts';
import { openZoneOffsets } from '../../src/store/zone-offsets-cache.ts';

afterEach(() => forgetZoneYears());

// Half-hour and 45-minute offsets, a half-hour DST (Lord Howe), negative DST (Dublin), Ramadan
// pauses (Casablanca), a skipped day (Apia 2011), southern DST, +2 h DST (Troll), no DST.
const CASES: [string, number][] = [
  ['Australia/Lord_Howe', 2026], ['Pacific/Chatham', 2025], ['Asia/Kathmandu', 2026], ['America/St_Johns', 2026],
  ['Europe/Dublin', 2026], ['Africa/Casablanca', 2026], ['Pacific/Apia', 2011], ['America/Santiago', 2026],
  ['Antarctica/Troll', 2026], ['Asia/Shanghai', 2026], ['America/New_York', 2026], ['Europe/Berlin', 1980],
  ['Asia/Tehran', 2022], ['America/Sao_Paulo', 2018], ['Pacific/Kiritimati', 1995], ['UTC', 2026],
];

/** Instants of the year: every ~7 hours, and each change's neighbourhood to the second. */
function instants(zone: string, year: number): number[] {
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  const out: number[] = [from, to - 1000, to - 1];
  for (let t = from; t < to; t += 7 * 3_600_000 + 123_457) out.push(t);
  const table = tabulateZoneYear(zone, year)!;
  for (let i = 0; i < table.changes.length; i += 2)
    for (const d of [-3_600_000, -1000, -1, 0, 1, 999, 1000, 1800_000, 3_600_000]) out.push(table.changes[i]! + d);
  return out.filter((t) => t >= from && t < to);
}

function readings(zone: string, times: number[]) {
  return times.map((t) => ({ t, wall: wallTimeAt(t, zone), offset: offsetMinutesAt(t, zone), date: localDateOf(t, zone), iso: formatZonedISO(t, zone) }));
}

describe('tabulated zone offsets', () => {
  it.each(CASES)('%s %i: wall times, offsets and dates as Intl gives them, at and around every change', (zone, year) => {
    const times = instants(zone, year);
    const viaIntl = readings(zone, times);
    const table = tabulateZoneYear(zone, year);
    expect(table).not.toBeNull();
    provideZoneYears([[`${zone}\n${year}`, table]]);
    expect(readings(zone, times)).toEqual(viaIntl);
  });

  it.each(CASES)('%s %i: local wall times back to instants (skipped and repeated hours too) as with Intl', (zone, year) => {
    const walls = instants(zone, year).map((t) => {
      const w = wallTimeAt(t, zone);
      const p = (n: number) => String(n).padStart(2, '0');
      return [`${w.year}-${p(w.month)}-${p(w.day)}`, `${p(w.hour)}:${p(w.minute)}`] as const;
    });
    // The hour after each wall time too: inside a skipped hour on change days.
    const asked = walls.flatMap(([d, time]) => [[d, time], [d, `${String((Number(time.slice(0, 2)) + 1) % 24).padStart(2, '0')}:30`]] as const);
    const viaIntl = asked.map(([d, time]) => zonedToEpoch(d, time, zone));
    provideZoneYears([year - 1, year, year + 1].map((y) => [`${zone}\n${y}`, tabulateZoneYear(zone, y)]));
    expect(asked.map(([d, time]) => zonedToEpoch(d, time, zone))).toEqual(viaIntl);
  });

  it('has the offsets the tz database gives (Lord Howe moves by 30 minutes, Casablanca pauses for Ramadan)', () => {
    const howe = tabulateZoneYear('Australia/Lord_Howe', 2026)!;
    expect(howe.start).toBe(660);
    expect(howe.changes.filter((_, i) => i % 2 === 1)).toEqual([630, 660]);
    const casablanca = tabulateZoneYear('Africa/Casablanca', 2026)!;
    expect(casablanca.changes.length).toBeGreaterThanOrEqual(4);
  });

  it('leaves to Intl a year whose offsets are not whole minutes (Monrovia on local mean time until 1972-01-07), and years outside 1972-2100', () => {
    expect(tabulateZoneYear('Africa/Monrovia', 1972)).toBeNull();
    expect(tabulateZoneYear('Africa/Monrovia', 1973)).toEqual({ start: 0, changes: [] });
    expect(tabulateZoneYear('Europe/London', 1960)).toBeNull();
    expect(tabulateZoneYear('Europe/London', 2101)).toBeNull();
  });

  it('makes no formatter of its own: it reads Intl through the one zoned-time.ts keeps for the zone', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      tabulateZoneYear('America/Anchorage', 2027);
      tabulateZoneYear('America/Anchorage', 2028);
      // At most the first, cached in zoned-time.ts (another test may have made it already).
      expect(made.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      made.mockRestore();
    }
  });

  it('reads wall times from a provided table, and notes the zone-years it lacked while recording', () => {
    // A table that is not Shanghai's shows it is the one read.
    provideZoneYears([['Asia/Shanghai\n2030', { start: 0, changes: [] }]]);
    expect(localDateOf(Date.UTC(2030, 5, 1, 20), 'Asia/Shanghai')).toBe('2030-06-01');
    forgetZoneYears();
    expect(localDateOf(Date.UTC(2030, 5, 1, 20), 'Asia/Shanghai')).toBe('2030-06-02');
    recordZoneYears();
    localDateOf(Date.UTC(2030, 5, 1, 20), 'Asia/Shanghai');
    localDateOf(Date.UTC(1960, 5, 1, 20), 'Asia/Shanghai');
    expect(takeAskedZoneYears()).toEqual(['Asia/Shanghai\n2030']);
    expect(takeAskedZoneYears()).toEqual([]);
  });
});

describe('the zone offsets cache', () => {
  it('keeps the zone-years a run asked for, serves them to the next, and takes a damaged file for none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-zones-'));
    try {
      const at = Date.UTC(2026, 2, 8, 7, 30);
      const expected = wallTimeAt(at, 'America/New_York');
      openZoneOffsets('/nowhere', dir).save();
      expect(readdirSync(dir)).toEqual([]);
      const first = openZoneOffsets('/nowhere', dir);
      wallTimeAt(at, 'America/New_York');
      first.save();
      const [file] = readdirSync(dir);
      expect(file).toMatch(/^zone-offsets-1-/);
      // A fresh process: the table is read and used, with Intl's answer.
      forgetZoneYears();
      openZoneOffsets('/nowhere', dir);
      expect(takeAskedZoneYears()).toEqual([]);
      expect(wallTimeAt(at, 'America/New_York')).toEqual(expected);
      expect(takeAskedZoneYears()).toEqual([]);
      // Damaged entries are not served: the year is asked for again.
      for (const damaged of ['{', '{"format":"zone-offsets-1","years":{"America/New_York\\n2026":{"start":-300,"changes":[5,-240]}}}', '{"format":"zone-offsets-0","years":{}}']) {
        writeFileSync(join(dir, file!), damaged);
        forgetZoneYears();
        openZoneOffsets('/nowhere', dir);
        expect(wallTimeAt(at, 'America/New_York')).toEqual(expected);
        expect(takeAskedZoneYears()).toEqual(['America/New_York\n2026']);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
