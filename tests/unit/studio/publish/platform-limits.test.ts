import { describe, expect, test } from 'vitest';
import { INSTAGRAM_LIMITS, PLATFORM_LIMITS, XIAOHONGSHU_LIMITS, limitsFor } from '../../../../src/studio/publish/platform-limits.ts';

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

  // A trial with a real Chinese blog on the publish page: 折叠在"全文"后, where Simplified prose
  // quotes with “” (GB/T 15834), as the rest of the studio does.
  test('quotes a Chinese word in its Chinese text with “”, not straight quotes', () => {
    const limits = [...Object.values(PLATFORM_LIMITS).flat(), ...XIAOHONGSHU_LIMITS, ...INSTAGRAM_LIMITS];
    for (const limit of limits) for (const text of [limit.label.zh, limit.source.zh]) expect(text).not.toMatch(/"[^"]*\p{Script=Han}[^"]*"/u);
  });
});
