import { describe, expect, test } from 'vitest';
import { foreignLang } from '../../src/studio/shared/text-lang.ts';

describe('foreignLang', () => {
  test.each([
    ['冬至的饺子：一份不会破皮的菜谱', 'en', 'zh-CN'],
    ['冬至的饺子：一份不会破皮的菜谱', 'zh', undefined],
    ['Red-braised pork for a Tuesday night', 'zh', 'en'],
    ['Red-braised pork for a Tuesday night', 'en', undefined],
    ['WeChat 公众号', 'en', 'zh-CN'],
    ['凍頂烏龍的台灣茶', 'zh', 'zh-Hant'],
    ['凍頂烏龍的台灣茶', 'en', 'zh-Hant'],
    ['2026-12-08', 'zh', undefined],
    ['', 'en', undefined],
    [undefined, 'zh', undefined],
  ] as const)('gives %j on the %s page the tag %j', (text, ui, tag) => {
    expect(foreignLang(text, ui)).toBe(tag);
  });
});

describe('foreignLang on the zh-Hant page', () => {
  test('marks Simplified Chinese as zh-CN and leaves Traditional Chinese to the page', () => {
    expect(foreignLang('冬至的饺子：一份不会破皮的菜谱', 'zh-Hant')).toBe('zh-CN');
    expect(foreignLang('冬至的餃子：一份不會破皮的菜譜', 'zh-Hant')).toBeUndefined();
    expect(foreignLang('Red-braised pork for a Tuesday night', 'zh-Hant')).toBe('en');
  });
});
