import { describe, expect, test } from 'vitest';
import { toIsoPublishedAt } from '../../src/core/feed/feed-date.ts';

describe('toIsoPublishedAt', () => {
  test.each([
    ['Tue, 10 Jun 2025 08:30:00 +0800', '2025-06-10T08:30:00+08:00'],
    ['Wed, 01 Jan 2025 20:00:00 GMT', '2025-01-01T20:00:00+00:00'],
    ['1 Feb 2025 07:05 PST', '2025-02-01T07:05:00-08:00'],
    ['Sun, 2 Mar 25 23:59:59 -0330', '2025-03-02T23:59:59-03:30'],
    ['Tuesday, 10 June 2025 08:30:00 +08:00', '2025-06-10T08:30:00+08:00'],
  ])('reads the RFC 822 date %s keeping its offset', (raw, iso) => {
    expect(toIsoPublishedAt(raw)).toBe(iso);
  });

  test.each([
    ['2025-03-01T10:00:00-05:00', '2025-03-01T10:00:00-05:00'],
    ['2025-03-01T10:00:00.250Z', '2025-03-01T10:00:00.250Z'],
    ['2025-03-01T10:00+0530', '2025-03-01T10:00:00+05:30'],
    ['2025-03-01 10:00:00', '2025-03-01T10:00:00'],
    ['2025-03-01', '2025-03-01'],
  ])('reads the ISO 8601 date %s keeping its offset', (raw, iso) => {
    expect(toIsoPublishedAt(raw)).toBe(iso);
  });

  test.each([[undefined], [''], ['yesterday'], ['Thu, 31 Feb 2025 10:00:00 GMT'], ['2025-02-30'], ['Tue, 10 Jun 2025 08:30:00 XYZ']])(
    'returns undefined for %j, which is not a readable date',
    (raw) => {
      expect(toIsoPublishedAt(raw)).toBeUndefined();
    },
  );
});
