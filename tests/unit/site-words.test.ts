import { describe, expect, test } from 'vitest';
import { isTraditionalTag, siteWordsTag } from '../../src/core/language.ts';
import { siteWord, siteWords } from '../../src/pages/_lib/site-words.ts';
import { TAIWAN_WORDS } from '../../src/core/i18n/traditional.ts';
import { toTraditional as studioWord } from '../../src/studio/shared/traditional.ts';
import { loadedBy } from '../support/loaded-by.ts';

describe('siteWordsTag: the tag of the site\'s own words', () => {
  const brand = '林美華 在台北寫手沖咖啡的人';
  test.each([
    ['an English brand', 'en', ['zh-Hant', 'zh-Hant'], brand, 'en'],
    ['Traditional posts', 'zh', ['zh-Hant', 'zh-Hant', 'zh-TW'], '', 'zh-Hant'],
    ['posts tagged zh-TW as written', 'zh', ['zh-TW', 'zh-TW', 'en'], '', 'zh-TW'],
    ['Hong Kong posts', 'zh', ['zh-HK'], '', 'zh-HK'],
    ['Simplified posts', 'zh', ['zh-CN', 'zh-CN', 'zh-Hant'], brand, 'zh-CN'],
    ['half Traditional, half Simplified', 'zh', ['zh-CN', 'zh-Hant'], brand, 'zh-CN'],
    ['no Chinese post, a Traditional brand', 'zh', ['en'], brand, 'zh-Hant'],
    ['no post, a Simplified brand', 'zh', [], '林美华 在台北写手冲咖啡的人', 'zh-CN'],
  ] as const)('%s', (_, lang, tags, text, tag) => {
    expect(siteWordsTag(lang, tags, text)).toBe(tag);
  });
});

describe('isTraditionalTag', () => {
  test('names the script and the regions that write Traditional characters', () => {
    expect(['zh-Hant', 'zh-TW', 'zh_hk', 'zh-Hant-TW', 'zh-MO'].map(isTraditionalTag)).toEqual([true, true, true, true, true]);
    expect(['zh-CN', 'zh', 'zh-Hans', 'en', 'zh-SG'].map(isTraditionalTag)).toEqual([false, false, false, false, false]);
  });
});

describe('siteWord: the site words in the site\'s script', () => {
  test.each([
    ['首页', '首頁'], ['归档', '歸檔'], ['标签', '標籤'], ['搜索', '搜尋'], ['搜索文章', '搜尋文章'], ['关于', '關於'],
    ['最新文章', '最新文章'], ['分钟读完', '分鐘讀完'], ['即将发布。', '即將發佈。'], ['我写什么', '我寫什麼'], ['加载更多结果', '載入更多結果'],
    ['内容计划', '內容計畫'], ['在哪里关注我', '在哪裡追蹤我'], ['查看原文', '檢視原文'], ['在 12 周内', '在 12 週內'],
  ])('%s is %s in Taiwan', (simplified, traditional) => {
    expect(siteWord(simplified, 'zh-Hant')).toBe(traditional);
    expect(siteWord(simplified, 'zh-TW')).toBe(traditional);
  });

  /**
   * The portfolio converted by OpenCC's characters (`tw`) with four words of its own, the studio by
   * its Taiwan phrases with fourteen: a Traditional site read 渠道, 近 26 周, 聲明瞭, 賬號 and
   * “…” where the studio writes 頻道, 近 26 週, 聲明了, 帳號 and 「…」.
   */
  test('writes each word as the studio writes it, from the one shared list', () => {
    for (const [simplified, traditional] of TAIWAN_WORDS) expect(siteWord(simplified, 'zh-Hant'), simplified).toBe(traditional);
    for (const text of ['全部渠道', '近 26 周的发布', '声明了此支柱', '你的账号', '标签“面包”下的文章', '没有响应', '在排期之外发布：按发布时间显示']) {
      expect(siteWord(text, 'zh-TW'), text).toBe(studioWord(text));
    }
    expect(siteWord('标签“面包”下的文章', 'zh-Hant')).toBe('標籤「麵包」下的文章');
  });

  test('uses Hong Kong forms for zh-HK, where 搜索 is the word', () => {
    expect(siteWord('搜索', 'zh-HK')).toBe('搜索');
    expect(siteWord('订阅源', 'zh-HK')).toBe('訂閲源');
  });

  test("gives zh-HK and zh-MO Hong Kong's characters with none of Taiwan's words, and the shared fixes", () => {
    expect(siteWord('在哪里关注我', 'zh-HK')).toBe('在哪裏關注我');
    expect(siteWord('内容计划', 'zh-MO')).toBe('內容計劃');
    expect(siteWord('看着', 'zh-Hant-HK')).toBe('看着');
    expect(siteWord('看着', 'zh-Hant')).toBe('看著');
    expect(siteWord('声明了此支柱', 'zh-HK')).toBe('聲明了此支柱');
    expect(siteWord('即将发布“新书”', 'zh-HK')).toBe('即將發佈「新書」');
  });

  test('leaves the words of a Simplified or English site as written', () => {
    expect(siteWord('首页', 'zh-CN')).toBe('首页');
    expect(siteWord('首页', 'en')).toBe('首页');
  });

  test('as a template tag converts only the literal parts, never the writer\'s own words', () => {
    const w = siteWords('zh-Hant');
    const tag = '软件';
    expect(w`标签“${tag}”下的 ${3} 篇文章`).toBe('標籤「软件」下的 3 篇文章');
    expect(siteWords('zh-CN')`标签“${tag}”`).toBe('标签“软件”');
  });
});

/**
 * Every page and `export ics` import site-words.ts; importing it loaded OpenCC's ~1 MB of tables
 * for an English or Simplified site too, which never converts a word.
 */
describe('OpenCC, loaded by site-words.ts only to convert', () => {
  const run = (call: string) => loadedBy(`import { siteWord } from './src/pages/_lib/site-words.ts'; process.stdout.write(${call});`, '/opencc-js/');

  test('is not loaded for an English or a Simplified site', () => {
    expect(run(`siteWord('首页', 'zh-CN') + siteWord('首页', 'en')`)).toEqual([]);
  });

  test('is loaded on the first word of a Traditional site', () => {
    expect(run(`siteWord('首页', 'zh-Hant')`).length).toBeGreaterThan(0);
  });
});
