import { describe, expect, test } from 'vitest';
import { expiryNote, expiryOf } from '../../src/core/moved-posts/expiry.ts';

const NOW = Date.parse('2026-12-07T12:00:00Z');

describe('expiryOf', () => {
  test.each([
    ['an expiryDate passed', { expiryDate: '2025-12-01T00:00:00-03:00' }, { key: 'expiryDate', value: '2025-12-01T00:00:00-03:00', passed: true }],
    ['an expiryDate to come', { expiryDate: '2027-01-01' }, { key: 'expiryDate', value: '2027-01-01', passed: false }],
    ["Hugo's other key, in any case", { UnpublishDate: '2026-01-01' }, { key: 'UnpublishDate', value: '2026-01-01', passed: true }],
    ['a Date as YAML 1.1 gives it', { expirydate: new Date('2026-01-01T00:00:00Z') }, { key: 'expirydate', value: '2026-01-01', passed: true }],
  ])('reads %s', (_name, raw, expected) => {
    expect(expiryOf(raw, 'America/Sao_Paulo', NOW)).toEqual(expected);
  });

  test('reads a date or a time without offset in the zone given: the day of now in São Paulo has not passed', () => {
    // 2026-12-07T12:00Z is 09:00 in São Paulo: its midnight has passed, 10:00 has not.
    expect(expiryOf({ expiryDate: '2026-12-07T10:00:00' }, 'America/Sao_Paulo', NOW)?.passed).toBe(false);
    expect(expiryOf({ expiryDate: '2026-12-07T10:00:00' }, 'Australia/Sydney', NOW)?.passed).toBe(true);
  });

  test('gives nothing for a post without one, or one that is no date', () => {
    expect(expiryOf({ date: '2026-01-01' }, 'UTC', NOW)).toBeUndefined();
    expect(expiryOf({ expiryDate: 'never' }, 'UTC', NOW)).toBeUndefined();
    expect(expiryOf({ expiryDate: '' }, 'UTC', NOW)).toBeUndefined();
  });

  test('says why a post is a draft, or that the portfolio keeps it past its expiry, in English and Chinese', () => {
    expect(expiryNote({ key: 'expiryDate', value: '2025-12-01', passed: true }).en).toMatch(/comes in as a draft: its expiryDate: 2025-12-01 has passed/);
    expect(expiryNote({ key: 'expiryDate', value: '2027-01-01', passed: false }).zh).toContain('作品集不会按日期撤下文章');
  });
});
