import { describe, expect, it } from 'vitest';
import { acceptedLanguage, acceptedLocale, htmlLang, intlLocale, localeFromAcceptLanguage, readLocale } from '../../../../src/studio/shared/locale.ts';
import { readLang } from '../../../../src/studio/shared/i18n.ts';
import { getStudioLang, getStudioLocale } from '../../../../src/studio/shared/lang.ts';
import { isBrandTraditional } from '../../../../src/studio/shared/brand-script.ts';

/** The request parts getStudioLocale reads: a cookie jar holding at most `throughline-lang`, and headers. */
function parts(cookie: string | undefined, acceptLanguage?: string) {
  const cookies = { get: (name: string) => (name === 'throughline-lang' && cookie !== undefined ? { value: cookie } : undefined) };
  const request = new Request('http://127.0.0.1/studio', { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });
  return { cookies, request } as unknown as Parameters<typeof getStudioLocale>[0];
}

describe('localeFromAcceptLanguage', () => {
  it('gives 繁體 to a browser that prefers Taiwan, Hong Kong, Macau or the Hant script', () => {
    for (const header of ['zh-TW', 'zh-HK,zh;q=0.9', 'zh-MO', 'zh-Hant', 'zh-Hant-TW,en;q=0.5', 'ZH-tw', 'en;q=0.4, zh-TW;q=0.7', 'zh, zh-TW;q=0.8'])
      expect(localeFromAcceptLanguage(header), header).toBe('zh-Hant');
  });

  it('gives 简体 to a browser that prefers mainland China, Singapore or the Hans script', () => {
    for (const header of ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh, zh-CN;q=0.9, zh-TW;q=0.5'])
      expect(localeFromAcceptLanguage(header), header).toBe('zh');
  });

  it('lets a brand written in Traditional characters decide for a browser that names no script', () => {
    expect(localeFromAcceptLanguage('zh', true)).toBe('zh-Hant');
    expect(localeFromAcceptLanguage('zh,en;q=0.5', true)).toBe('zh-Hant');
    expect(localeFromAcceptLanguage('zh', false)).toBe('zh');
    // A browser that names a script keeps it, whatever the brand writes.
    expect(localeFromAcceptLanguage('zh-CN', true)).toBe('zh');
  });

  it('stays English for English, other languages, q=0 Chinese and no header, brand or not', () => {
    for (const header of ['en-US,en;q=0.9', 'de-DE', '*', 'en-GB,zh-TW;q=0.5', 'zh-TW;q=0, en', '', null, undefined])
      expect(localeFromAcceptLanguage(header, true), String(header)).toBe('en');
  });
});

describe('acceptedLanguage: the header read once', () => {
  it('names the script only when a Chinese range asks for one, so the brand is read only for `zh` alone', () => {
    expect(acceptedLanguage('zh,en;q=0.5')).toEqual({ lang: 'zh', script: null });
    expect(acceptedLanguage('zh, zh-TW;q=0.8')).toEqual({ lang: 'zh', script: 'zh-Hant' });
    expect(acceptedLanguage('en-GB,zh-TW;q=0.5')).toEqual({ lang: 'en', script: null });
    expect(acceptedLocale(acceptedLanguage('zh'), true)).toBe('zh-Hant');
    expect(acceptedLocale(acceptedLanguage('zh-CN'), true)).toBe('zh');
  });
});

describe('readLocale', () => {
  it('reads the switch values and a region tag, anything else as English', () => {
    expect([readLocale('zh-Hant'), readLocale('zh'), readLocale('en'), readLocale('zh-TW'), readLocale('zh-hk'), readLocale('fr'), readLocale(undefined)]).toEqual(['zh-Hant', 'zh', 'en', 'zh-Hant', 'zh-Hant', 'en', 'en']);
  });

  it('keeps zh-Hant Chinese for every message the core writes (readLang)', () => {
    expect(readLang('zh-Hant')).toBe('zh');
  });
});

describe('getStudioLocale', () => {
  it('takes the cookie over the browser, and the browser before any choice', () => {
    expect(getStudioLocale(parts('zh-Hant', 'en-US'))).toBe('zh-Hant');
    expect(getStudioLocale(parts('zh', 'zh-TW'))).toBe('zh');
    expect(getStudioLocale(parts('en', 'zh-HK'))).toBe('en');
    expect(getStudioLocale(parts(undefined, 'zh-HK'))).toBe('zh-Hant');
    expect(getStudioLang(parts(undefined, 'zh-HK'))).toBe('zh');
  });

  it('uses the brand only without a cookie', () => {
    expect(getStudioLocale(parts(undefined, 'zh'), true)).toBe('zh-Hant');
    expect(getStudioLocale(parts('zh', 'zh'), true)).toBe('zh');
  });
});

describe('isBrandTraditional', () => {
  it('is true for a Chinese brand written in Traditional characters only', () => {
    expect(isBrandTraditional({ name: '林家茶行', label: '臺灣高山茶的烘焙與沖泡', audience: '喜歡喝茶的上班族' })).toBe(true);
    expect(isBrandTraditional({ name: '林老师', label: '帮职场人向上管理的职业教练', audience: '' })).toBe(false);
    expect(isBrandTraditional({ name: 'Mei Lin', label: 'The home cook who photographs her food', audience: 'Busy home cooks' })).toBe(false);
  });
});

describe('htmlLang and intlLocale', () => {
  it('tag each locale and format its dates as its readers write them', () => {
    expect(['en', 'zh', 'zh-Hant'].map((l) => htmlLang(l as 'en'))).toEqual(['en', 'zh-CN', 'zh-Hant']);
    const day = new Date('2026-12-01T00:00:00Z');
    const weekday = (l: string) => new Intl.DateTimeFormat(intlLocale(l as 'en'), { timeZone: 'UTC', weekday: 'short' }).format(day);
    expect(weekday('zh')).toBe('周二');
    expect(weekday('zh-Hant')).toBe('週二');
  });
});
