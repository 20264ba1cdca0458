import { describe, expect, test } from 'vitest';
import { addDays, formatZonedISO, localDateOf, offsetMinutesAt, zonedToEpoch } from '../../src/core/zoned-time.ts';

describe('zonedToEpoch', () => {
  test.each([
    ['2026-11-24', '09:00', 'Asia/Shanghai', '2026-11-24T01:00:00.000Z'],
    ['2026-03-07', '09:00', 'America/New_York', '2026-03-07T14:00:00.000Z'],
    ['2026-03-09', '09:00', 'America/New_York', '2026-03-09T13:00:00.000Z'],
    ['2026-10-04', '09:00', 'Australia/Sydney', '2026-10-03T22:00:00.000Z'],
    ['2026-10-03', '09:00', 'Australia/Sydney', '2026-10-02T23:00:00.000Z'],
    ['2026-03-29', '09:00', 'Europe/Berlin', '2026-03-29T07:00:00.000Z'],
  ])('reads %s %s in %s as %s', (date, time, zone, iso) => {
    expect(new Date(zonedToEpoch(date, time, zone)).toISOString()).toBe(iso);
  });

  test('moves a wall time skipped by spring-forward ahead by the jump', () => {
    expect(formatZonedISO(zonedToEpoch('2026-03-08', '02:30', 'America/New_York'), 'America/New_York')).toBe(
      '2026-03-08T03:30:00-04:00',
    );
  });

  test('takes the earlier instant of an ambiguous fall-back wall time', () => {
    expect(new Date(zonedToEpoch('2026-11-01', '01:30', 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('localDateOf', () => {
  test('gives the local day, not the UTC day', () => {
    expect(localDateOf(Date.parse('2026-09-06T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-09-07');
    expect(localDateOf(Date.parse('2026-09-07T03:30:00Z'), 'America/Los_Angeles')).toBe('2026-09-06');
  });
});

describe('offsetMinutesAt', () => {
  test('knows half-hour zones', () => {
    expect(offsetMinutesAt(Date.parse('2026-01-01T00:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });
});

describe('addDays', () => {
  /** The definition: the UTC day n days on, through Date. */
  const byDate = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

  test('counts days as Date does, across months, leap days and centuries', () => {
    const starts = ['1000-01-01', '1600-02-28', '1899-12-31', '1900-02-28', '2000-02-28', '2024-02-28', '2024-12-31', '2026-03-01', '2100-02-28', '9999-12-01'];
    for (const date of starts) for (const n of [-800, -366, -365, -60, -29, -1, 0, 1, 28, 29, 30, 59, 365, 366, 1461, 36_524, 146_097]) expect(addDays(date, n), `${date} ${n}`).toBe(byDate(date, n));
    // Every day of four centuries, one step at a time.
    for (let d = '1999-01-01', i = 0; i < 146_097; i++) {
      const next = addDays(d, 1);
      expect(next).toBe(byDate(d, 1));
      d = next;
    }
  });

  test('dates outside years 1000-9999 and invalid ones give what Date gives', () => {
    expect(addDays('9999-12-31', 1)).toBe(byDate('9999-12-31', 1));
    expect(addDays('1000-01-01', -1)).toBe(byDate('1000-01-01', -1));
    expect(addDays('2026-02-29', 0)).toBe(byDate('2026-02-29', 0));
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
    expect(addDays('2026-01-01', 0.5)).toBe(byDate('2026-01-01', 0.5));
  });
});
