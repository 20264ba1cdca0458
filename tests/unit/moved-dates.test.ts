/** Dates another generator reads (Hexo's moment.js) that the import writes as ISO 8601 (trial 4, issue 1). */
import { describe, expect, test } from 'vitest';
import { isOffsetless, repairedDate, withOffsetIn } from '../../src/core/moved-posts/dates.ts';

describe('repairedDate', () => {
  test.each([
    ['RFC 1123 in GMT', 'Mon, 20 Mar 2023 14:15:29 GMT', '2023-03-20T14:15:29Z'],
    ['RFC 2822 in UT, no weekday, one-digit day', '3 Mar 2023 04:05 UT', '2023-03-03T04:05:00Z'],
    ['RFC 2822 with Z', 'Fri, 03 Mar 2023 04:05:06 Z', '2023-03-03T04:05:06Z'],
    ['RFC 2822 with a numeric zone', 'Mon, 20 Mar 2023 22:15:29 +0800', '2023-03-20T22:15:29+08:00'],
    ['one-digit seconds and offset parts', '2023-09-03T21:16:5.792+8:0', '2023-09-03T21:16:05.792+08:00'],
    ['one-digit offset hour', '2023-10-24T17:20:51.78+8:00', '2023-10-24T17:20:51.78+08:00'],
    ['one-digit minute', '2023-05-10 14:3', '2023-05-10 14:03'],
    ['one-digit month and hour (as before)', '2022-5-22 0:44:48', '2022-05-22 00:44:48'],
  ])('%s', (_name, text, iso) => {
    expect(repairedDate(text)).toBe(iso);
  });

  test.each([
    ['already ISO', '2023-09-03T21:16:05.792+08:00'],
    ['a plain date', '2023-09-03'],
    ['an RFC 2822 date in a named zone other than GMT/UT', 'Mon, 20 Mar 2023 14:15:29 CST'],
    ['a non-date', 'last spring'],
    ['a day that is not one', '31 Feb 2023 10:00:00 GMT'],
  ])('%s: null', (_name, text) => {
    expect(repairedDate(text)).toBeNull();
  });
});

// A moved post's time written without an offset means a wall time in the old site's zone
// (Jekyll's and Hexo's `timezone:`, Hugo's `timeZone`), not in the channel's.
describe('withOffsetIn', () => {
  test.each([
    ["Jekyll's form, in Shanghai", '2014-02-22 10:30:00', 'Asia/Shanghai', '2014-02-22T10:30:00+08:00'],
    ["Hugo's form, in New York's winter", '2015-02-18T09:00:00', 'America/New_York', '2015-02-18T09:00:00-05:00'],
    ["Hexo's form, in New York's summer", '2019-05-19 12:00:00', 'America/New_York', '2019-05-19T12:00:00-04:00'],
    ['without seconds, a fraction kept', '2019-05-19 12:00', 'Asia/Kolkata', '2019-05-19T12:00+05:30'],
    ['a fraction kept', '2019-05-19T12:00:01.250', 'UTC', '2019-05-19T12:00:01.250+00:00'],
  ])('%s', (_name, text, zone, iso) => {
    expect(withOffsetIn(text, zone)).toBe(iso);
    expect(isOffsetless(text)).toBe(true);
  });

  test.each([
    ['a plain day', '2014-02-22'],
    ['a time with an offset', '2014-02-22T10:30:00+01:00'],
    ['a time in UTC', '2014-02-22T10:30:00Z'],
    ['no date', 'last spring'],
  ])('%s: null', (_name, text) => {
    expect(withOffsetIn(text, 'Asia/Shanghai')).toBeNull();
    expect(isOffsetless(text)).toBe(false);
  });
});
