import { describe, expect, test } from 'vitest';
import { timeAsWritten } from '../../src/core/written-time.ts';
import { translateMessage } from '../../src/core/i18n/zod-issues.ts';

describe('timeAsWritten', () => {
  test.each([
    ['9:00', '09:00'],
    ['19h30', '19:30'],
    ['19h', '19:00'],
    ['19.30', '19:30'],
    ['09:00:00', '09:00'],
    ['1930', '19:30'],
    ['7pm', '19:00'],
    ['7:30 PM', '19:30'],
    ['7 p.m.', '19:00'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
  ])('reads %j as %s', (text, hhmm) => {
    expect(timeAsWritten(text)).toBe(hhmm);
  });

  test.each(['25:00', '13pm', '9', 'nine', '9:5', '09:00:30', '19:60'])('gives nothing for %j, which names no time of day', (text) => {
    expect(timeAsWritten(text)).toBeUndefined();
  });

  test('its message is told in Chinese with the same time', () => {
    expect(translateMessage('expected a time as HH:MM (24-hour): write "19:30"')).toBe('应为 HH:MM 格式的时间（24 小时制）：请写 "19:30"');
  });
});
