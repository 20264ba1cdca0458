/**
 * A `lang` field that contradicts the post's text: it decides the page's <html lang>, the feeds
 * and search, and nothing said so (a bilingual writer's trial, 2026-12-05: a Chinese post with
 * `lang: en` went out as English, in /en/rss.xml).
 */
import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { langContradiction } from '../../src/core/lang-mismatch.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'W', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'food', name: 'Food' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2024-01-01' }],
  breaks: [],
});

const ZH_BODY = '冬至要吃饺子。和面时水要分三次加，面团醒半小时；猪肉馅里加一点姜水和生抽，顺着一个方向搅打上劲。包好的饺子水开后下锅，点三次凉水，饺子浮起来就熟了，皮不会破。';
const EN_BODY = 'Winter solstice means dumplings. Add the water to the flour in three parts and let the dough rest for half an hour; stir ginger water and soy sauce into the pork filling, always in one direction, until it holds together. Boil them and add cold water three times.';

function flags(title: string, lang: string | undefined, body: string, ui: 'en' | 'zh' = 'en') {
  const field = lang === undefined ? '' : `lang: ${lang}\n`;
  const post = parsePostText(`---\ntitle: ${title}\nchannel: blog\nstatus: draft\n${field}---\n\n${body}\n`, '2024/x', 'content/posts/2024/x.md');
  return buildCheckReport({ planner, posts: [post], now: Date.parse('2024-07-01T00:00:00Z'), lang: ui }).flags.filter((f) => f.kind === 'lang-mismatch');
}

describe('check: a lang field that contradicts the text', () => {
  test('warns of a Chinese post written lang: en, naming the field and the tag to write, in English and Chinese', () => {
    expect(flags('冬至的饺子', 'en', ZH_BODY)).toEqual([expect.objectContaining({
      kind: 'lang-mismatch', severity: 'warning', post: '2024/x', file: 'content/posts/2024/x.md', field: 'lang', written: 'en', reads: 'zh-CN',
      message: 'says lang: en (English), but its text is in Chinese: its page, feeds and search would treat it as English',
      hint: 'remove the lang line (Throughline reads the language from the text), or write lang: zh-CN',
    })]);
    const [zh] = flags('冬至的饺子', 'en', ZH_BODY, 'zh');
    expect(zh!.message).toBe('lang 写的是 en（英文），但正文是中文：它的页面、feed 和搜索都会按英文处理');
  });

  test('warns of an English post written lang: zh-TW', () => {
    expect(flags('Solstice dumplings', 'zh-TW', EN_BODY).map((f) => [f.written, f.reads])).toEqual([['zh-TW', 'en']]);
  });

  test('is quiet where the field agrees, names another language, or the text is short or mixed', () => {
    expect(flags('冬至的饺子', 'zh-TW', ZH_BODY)).toEqual([]);
    expect(flags('Solstice dumplings', 'en-GB', EN_BODY)).toEqual([]);
    expect(flags('冬至的饺子', undefined, ZH_BODY)).toEqual([]);
    // A field naming another language is never second-guessed (kana-less Japanese reads as Chinese).
    expect(flags('冬至の餃子', 'ja', ZH_BODY)).toEqual([]);
    // Too little text to be sure.
    expect(flags('饺子', 'en', '好吃。')).toEqual([]);
    // An English lesson quoting Chinese phrases: English is its language.
    const lesson = 'Today we learn how to order dumplings. Say 我要一份饺子 to ask for a plate, and 不要辣 if you do not want it spicy. The word 饺子 is made of two characters; practise each one slowly, then say the whole phrase again to your partner.';
    expect(langContradiction('Ordering dumplings', 'en', lesson)).toBeUndefined();
  });
});
