/**
 * A frontmatter date that a YAML parser turned into a Date reads back as the text it was written
 * as: the post schema and the date-conflict flags (which must not load zod) share dateToText.
 */
import { describe, expect, test } from 'vitest';
import { dateToText } from '../../src/core/calendar-date.ts';

describe('dateToText', () => {
  test.each([
    ['a UTC-midnight Date as the plain date', new Date('2026-09-07T00:00:00Z'), '2026-09-07'],
    ['any other Date as the instant, with Z', new Date('2026-09-07T08:30:00+08:00'), '2026-09-07T00:30:00.000Z'],
    ['an invalid Date as "Invalid Date"', new Date('nope'), 'Invalid Date'],
    ['text as it is', '2026-09-07T08:30', '2026-09-07T08:30'],
    ['a number as it is', 20260907, 20260907],
  ])('returns %s', (_what, value, expected) => {
    expect(dateToText(value)).toEqual(expected);
  });
});
