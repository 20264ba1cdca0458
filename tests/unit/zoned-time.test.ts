import { describe, expect, test } from 'vitest';
import { formatZonedISO, localDateOf, offsetMinutesAt, zonedToEpoch } from '../../src/core/zoned-time.ts';

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
