import { describe, expect, test } from 'vitest';
import { INSTAGRAM_LIMITS, XIAOHONGSHU_LIMITS, limitsFor } from '../../../../src/studio/publish/platform-limits.ts';

describe('limitsFor', () => {
  test.each(['小红书', '小紅書', '小紅書 插畫筆記', 'RedNote'])('checks a channel named %s as Xiaohongshu', (name) => {
    expect(limitsFor('other', name)).toBe(XIAOHONGSHU_LIMITS);
  });

  test.each(['Instagram', 'IG 插畫帳號', 'ig'])("checks an other channel named %s against Instagram's 2,200-character caption", (name) => {
    expect(limitsFor('other', name)).toBe(INSTAGRAM_LIMITS);
    expect(INSTAGRAM_LIMITS[0]!.max).toBe(2200);
  });

  test('leaves a name that only holds the letters ig, and a platform with its own limits, alone', () => {
    expect(limitsFor('other', 'Weekly Digest')).toEqual([]);
    expect(limitsFor('newsletter', 'Big ideas')).toEqual([]);
    expect(limitsFor('weibo', 'IG 同步')).toHaveLength(2);
  });
});
