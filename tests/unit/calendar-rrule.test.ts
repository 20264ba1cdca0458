import { describe, expect, test } from 'vitest';
import { untilEpoch, writeRruleValue } from '../../src/core/calendar/rrule-value.ts';

const iso = (t: number) => new Date(t).toISOString();

describe('untilEpoch', () => {
  test.each([
    ['20261231', 'Asia/Shanghai', '2026-12-31T15:59:59.000Z'],
    ['20260704', 'America/New_York', '2026-07-05T03:59:59.000Z'],
    ['20260329', 'Europe/Berlin', '2026-03-29T21:59:59.000Z'],
    ['20261231T090000', 'Australia/Sydney', '2026-12-30T22:00:00.000Z'],
    ['20261231T090000Z', 'Australia/Sydney', '2026-12-31T09:00:00.000Z'],
  ])('reads UNTIL=%s in %s as %s', (value, zone, expected) => {
    expect(iso(untilEpoch(value, zone))).toBe(expected);
  });

  test('names the part and the expected forms when UNTIL cannot be read', () => {
    expect(() => untilEpoch('2026-12-31', 'UTC')).toThrow('cannot read UNTIL=2026-12-31; expected YYYYMMDD or YYYYMMDDTHHMMSSZ');
  });
});

describe('writeRruleValue', () => {
  const zone = 'Europe/Berlin';

  test.each([
    ['FREQ=WEEKLY;BYDAY=TU,FR', {}, 'FREQ=WEEKLY;BYDAY=TU,FR'],
    ['BYDAY=MO;FREQ=WEEKLY', {}, 'FREQ=WEEKLY;BYDAY=MO'],
    ['RRULE:freq=daily;count=5', {}, 'FREQ=DAILY;COUNT=5'],
    ['FREQ=DAILY;UNTIL=20260630', {}, 'FREQ=DAILY;UNTIL=20260630T215959Z'],
    ['FREQ=DAILY', { nextStart: '2026-11-02' }, 'FREQ=DAILY;UNTIL=20261101T225959Z'],
    ['FREQ=DAILY;UNTIL=20260630', { nextStart: '2026-11-02' }, 'FREQ=DAILY;UNTIL=20260630T215959Z'],
    ['FREQ=DAILY;UNTIL=20261231', { nextStart: '2026-11-02' }, 'FREQ=DAILY;UNTIL=20261101T225959Z'],
    ['FREQ=DAILY;COUNT=5', { nextStart: '2026-11-02' }, 'FREQ=DAILY;COUNT=5'],
    ['FREQ=DAILY;COUNT=500', { nextStart: '2026-11-02', countCut: true }, 'FREQ=DAILY;UNTIL=20261101T225959Z'],
  ])('writes %s with %o as %s', (cadence, bounds, expected) => {
    expect(writeRruleValue(cadence, { zone, ...bounds })).toBe(expected);
  });
});
