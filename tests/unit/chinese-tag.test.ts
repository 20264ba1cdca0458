/**
 * One reader of "which script and region's forms does this tag ask for": the portfolio's words
 * (isTraditionalTag, traditionalRegion), the studio's locale (cookie, Accept-Language) and the
 * CLI's (--lang, LANG) read tags through chineseForm. Before, five readers each had their own
 * rule, and every one took a region for the script even when the tag named its script: an iPhone
 * set to Simplified Chinese with the region Hong Kong asks for `zh-Hans-HK`, and got Traditional.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chineseForm } from '../../src/core/chinese-tag.ts';
import { isTraditionalTag, localeLanguage, localeMessages } from '../../src/core/language.ts';
import { toolbarLocale } from '../../src/studio/toolbar/toolbar-text.ts';
import { traditionalRegion } from '../../src/core/i18n/traditional.ts';
import { localeFromAcceptLanguage, readLocale } from '../../src/studio/shared/locale.ts';
import { main } from '../../src/cli/main.ts';

describe('chineseForm', () => {
  it('reads the script subtag first, then the region, in BCP 47 and POSIX spellings', () => {
    expect(read('zh-Hant')).toEqual({ script: 'Hant', hongKong: false });
    expect(read('zh-TW')).toEqual({ script: 'Hant', hongKong: false });
    expect(read('zh_HK.Big5@stroke')).toEqual({ script: 'Hant', hongKong: true });
    expect(read('zh-Hant-MO')).toEqual({ script: 'Hant', hongKong: true });
    expect(read('zh-Hans-HK')).toEqual({ script: 'Hans', hongKong: true });
    expect(read('zh-Hans-TW')?.script).toBe('Hans');
    expect(read('zh-SG')?.script).toBe('Hans');
    expect(read('ZH_cn.UTF-8')?.script).toBe('Hans');
    expect(read('yue-HK')).toEqual({ script: 'Hant', hongKong: true });
    expect(read('cmn-Hans-CN')?.script).toBe('Hans');
  });

  it('a tag that names neither script nor region is Chinese with no script; private use and extlang are no region', () => {
    expect(read('zh')).toEqual({ script: null, hongKong: false });
    expect(read('zh.UTF-8')).toEqual({ script: null, hongKong: false });
    expect(read('zh-yue')).toEqual({ script: null, hongKong: false });
    expect(read('zh-x-tw')).toEqual({ script: null, hongKong: false });
    // An extension (-u-co-stroke: collation) is no region either: the brand decides, as for zh alone.
    expect(read('zh-u-co-stroke')).toEqual({ script: null, hongKong: false });
    expect(read('zh-TW-u-co-stroke')?.script).toBe('Hant');
  });

  it('is null for a tag that is not Chinese', () => {
    for (const tag of ['en', 'en-TW', 'ja-JP', 'zhuang', 'C.UTF-8', '']) expect(chineseForm(tag)).toBeNull();
  });
});

function read(tag: string) {
  return chineseForm(tag);
}

describe('every reader follows it', () => {
  it('the portfolio: zh-Hans-HK posts are Simplified, a Cantonese yue-HK post is Traditional with Hong Kong forms', () => {
    expect(isTraditionalTag('zh-Hans-HK')).toBe(false);
    expect(isTraditionalTag('yue-HK')).toBe(true);
    expect(traditionalRegion('yue-HK')).toBe('hk');
    expect(traditionalRegion('zh-x-hk')).toBe('tw');
  });

  it('the studio: Accept-Language zh-Hans-HK is Simplified; a zh-CN cookie is Simplified, not English', () => {
    expect(localeFromAcceptLanguage('zh-Hans-HK,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(localeFromAcceptLanguage('zh-Hant-HK,zh;q=0.9', false)).toBe('zh-Hant');
    expect([readLocale('zh-CN'), readLocale('zh-Hans'), readLocale('zh-Hant-TW'), readLocale('en-GB')]).toEqual(['zh', 'zh', 'zh-Hant', 'en']);
  });

  it('the toolbar and the studio read a Chinese language of its own code as Chinese: yue-HK, cmn-Hans-CN', () => {
    expect(localeFromAcceptLanguage('yue-HK,yue;q=0.9,en;q=0.5')).toBe('zh-Hant');
    expect(localeFromAcceptLanguage('cmn-Hans-CN')).toBe('zh');
    expect(toolbarLocale(undefined, '', 'yue-HK')).toBe('zh-Hant');
    expect(toolbarLocale(undefined, '', 'zh-Hans-HK')).toBe('zh');
  });

  it('the CLI: LANG=zh_Hans_HK speaks Simplified, LANG=yue_HK Traditional; --lang takes any Chinese tag by its script', async () => {
    expect(localeMessages({ LANG: 'zh_Hans_HK.UTF-8' })).toBe('zh');
    expect(localeMessages({ LANG: 'zh_HK.UTF-8' })).toBe('zh-Hant');
    expect(localeMessages({ LANG: 'yue_HK.UTF-8' })).toBe('zh-Hant');
    expect(localeLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(localeLanguage({ LANG: 'zhuang' })).toBe('en');
    const stderrOf = async (lang: string) => {
      let stderr = '';
      const io = { stdout: () => {}, stderr: (text: string) => void (stderr += text), isTTY: false, stdin: Readable.from([]) };
      await main(['plan', '--now', '2026-02-30', '--lang', lang], io, { LANG: 'C.UTF-8', NO_COLOR: '1' });
      return stderr;
    };
    expect(await stderrOf('zh-SG')).toContain('2026-02-30 这一天不存在');
    expect(await stderrOf('zh-Hans-HK')).toContain('2026-02-30 这一天不存在');
    expect(await stderrOf('zh_TW.UTF-8')).toContain('2026-02-30 這一天不存在');
    expect(await stderrOf('en_US.UTF-8')).toContain('2026-02-30 does not exist');
  });
});
