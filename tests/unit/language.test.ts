import { describe, expect, test } from 'vitest';
import { brandLanguage, localeLanguage } from '../../src/core/language.ts';

describe('brandLanguage', () => {
  test('uses brand.language when it is set', () => {
    expect(brandLanguage({ name: '林梅', label: '会拍照的家常菜厨师', audience: '', language: 'en' })).toBe('en');
  });
  test('infers Chinese from Han characters in the brand text', () => {
    expect(brandLanguage({ name: 'Lin Mei', label: '职场沟通教练', audience: '' })).toBe('zh');
  });
  test('infers English from a brand text without Han characters', () => {
    expect(brandLanguage({ name: 'Mei Lin', label: 'The home cook who photographs her food', audience: 'Busy cooks' })).toBe('en');
  });
});

describe('localeLanguage', () => {
  test.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'zh'],
  ])('reads %o as %s', (env, lang) => {
    expect(localeLanguage(env)).toBe(lang);
  });
});
