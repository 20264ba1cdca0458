/**
 * `--now`: ISO 8601, a date-time without offset read as UTC whatever the machine's zone (the
 * unit suite runs under TZ=UTC, America/Los_Angeles and Asia/Shanghai), and a clear error for
 * anything else, a date that does not exist included.
 */
import { describe, expect, test } from 'vitest';
import { ThroughlineError } from '../../src/core/errors.ts';
import { splitCommonOptions } from '../../src/cli/main.ts';

const nowOf = (value: string) => splitCommonOptions(['check', '--now', value], {}).now;

function errorOf(value: string): ThroughlineError {
  try {
    nowOf(value);
  } catch (error) {
    if (error instanceof ThroughlineError) return error;
    throw error;
  }
  throw new Error(`expected --now ${value} to be refused`);
}

describe('--now', () => {
  test.each([
    ['2026-03-01T09:00', Date.UTC(2026, 2, 1, 9)],
    ['2026-03-01 09:00:30', Date.UTC(2026, 2, 1, 9, 0, 30)],
    ['2026-03-01T09:00:00.250', Date.UTC(2026, 2, 1, 9, 0, 0, 250)],
    ['2026-03-01T09:00Z', Date.UTC(2026, 2, 1, 9)],
    ['2026-03-01', Date.UTC(2026, 2, 1)],
    ['2026-03-01T09:00+08:00', Date.UTC(2026, 2, 1, 1)],
    ['2026-03-01T09:00-0530', Date.UTC(2026, 2, 1, 14, 30)],
    ['2026-03-01T09:00+14', Date.UTC(2026, 2, 0, 19)],
    ['2024-02-29T23:59:59', Date.UTC(2024, 1, 29, 23, 59, 59)],
    // ISO 8601's basic format (a CI trial, 2026-12-05: refused as "not an ISO 8601 date-time").
    ['20261205T090000Z', Date.UTC(2026, 11, 5, 9)],
    ['20261205T0900+0800', Date.UTC(2026, 11, 5, 1)],
    ['20261205', Date.UTC(2026, 11, 5)],
  ])('reads %s as %d (no offset = UTC, not the machine zone)', (value, expected) => {
    expect(nowOf(value)).toBe(expected);
  });

  test.each([
    ['yesterday', /^--now: "yesterday" is not an ISO 8601 date or date-time/, /^--now: "yesterday" 不是 ISO 8601 日期或日期时间/],
    ['2026-03-01T09', /is not an ISO 8601 date or date-time/, /不是 ISO 8601/],
    ['2026-03-01T09:00 garbage', /is not an ISO 8601 date or date-time/, /不是 ISO 8601/],
    ['2026-02-30T09:00', /^--now: 2026-02-30 does not exist: February 2026 has 28 days/, /^--now: 2026-02-30 这一天不存在：2026 年 2 月只有 28 天/],
    ['2026-13-01', /^--now: 2026-13-01 does not exist: a year has 12 months/, /这一天不存在：一年只有 12 个月/],
    ['20260230T0900Z', /2026-02-30 does not exist: February 2026 has 28 days/, /这一天不存在/],
    ['2026-03-01T24:00', /has no such time of day/, /的时刻不存在/],
    ['2026-03-01T09:60', /has no such time of day/, /的时刻不存在/],
    ['2026-03-01T09:00+15:00', /has an offset beyond ±14:00/, /的时差超出 ±14:00/],
    ['0999-12-31', /is outside 1900-01-01\.\.2999-12-31/, /超出 1900-01-01\.\.2999-12-31 的范围/],
  ])('refuses %s with a message naming --now, in English and Chinese', (value, en, zh) => {
    const error = errorOf(value);
    expect(error.field).toBe('--now');
    expect(error.format('en')).toMatch(en);
    expect(error.format('zh')).toMatch(zh);
    expect(error.format('en')).toContain('2026-11-23T09:00 (UTC)');
  });
});
