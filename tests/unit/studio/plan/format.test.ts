import { describe, expect, test } from 'vitest';
import { formatDay, formatSlot } from '../../../../src/studio/plan/format.ts';

describe('slot dates as the studio shows them', () => {
  test('in Chinese carry no ASCII comma and keep the wall time as written', () => {
    const text = formatSlot('2026-12-05T20:00:00+08:00', 'zh');
    expect(text).not.toContain(',');
    expect(text).toContain('2026年12月5日');
    expect(text).toContain('周六');
    expect(text).toMatch(/20:00$/);
  });

  test('in English read "Sat 5 Dec 2026, 20:00"', () => {
    expect(formatSlot('2026-12-05T20:00:00-05:00', 'en')).toBe(`${formatDay('2026-12-05', 'en')}, 20:00`);
    expect(formatSlot('2026-12-05T00:30:00+14:00', 'zh')).toMatch(/5日.* 00:30$/);
  });
});
