import { describe, expect, it } from 'vitest';
import { langFromAcceptLanguage } from '../../../../src/studio/shared/i18n.ts';

describe('langFromAcceptLanguage', () => {
  it('picks Chinese for a browser that prefers any zh range', () => {
    for (const header of ['zh-CN,zh;q=0.9,en;q=0.8', 'zh', 'ZH-cn', 'zh-Hans-CN', 'zh-TW,en;q=0.1', 'fr-FR, zh;q=0.5', 'en;q=0.4, zh-CN;q=0.7'])
      expect(langFromAcceptLanguage(header), header).toBe('zh');
  });

  it('picks English for English, other languages, "*", q=0 Chinese and no header', () => {
    for (const header of ['en-US,en;q=0.9', 'de-DE', '*', 'en-GB,zh-CN;q=0.5', 'zh-CN;q=0, en', 'zh;q=0', '', 'zhx', 'fr, *;q=0.5, zh;q=0.2', null, undefined])
      expect(langFromAcceptLanguage(header), String(header)).toBe('en');
  });
});
