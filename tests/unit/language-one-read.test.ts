/**
 * postLanguageMix and postLanguageAndTag read a post's prose once; their answers must stay those
 * of the one-rule functions they stand for (proseCounts + postLanguage, postLanguage + postLangTag).
 */
import { describe, expect, test } from 'vitest';
import { postLangTag, postLanguage, postLanguageAndTag, postLanguageMix, proseCounts, type Lang } from '../../src/core/language.ts';
import { mulberry32 } from '../support/mulberry32.ts';

const TITLES = ['', 'Weekly notes', '每周笔记', 'Weekly notes 每周笔记', 'JavaAgent 的 premain 方法', '台灣茶的故事', '오늘의 요리', 'ラーメンの作り方', 'Führung im Team'];
const PIECES = [
  'The dough rests overnight in the fridge, and the crumb opens up by morning.',
  '面团在冰箱里静置一夜，第二天早上组织就会打开。',
  'An attribute in the JAR file manifest specifies the agent class which will be loaded to start the agent.',
  '```js\nconst answer = computeTheAnswer(deepThought);\n```',
  '    indented code block with many English words inside it',
  'Inline `code span here` and $\\frac{a}{b}$ and <span class="x">tag</span>.',
  '[a link](https://example.com/very/long/address) and https://example.com/bare',
  '這是一篇用繁體字寫的文章，講台灣的烏龍茶。',
  '오늘은 김치찌개를 만들었습니다 정말 맛있어요',
  'ラーメンを作りました。とても美味しかったです。',
  'Die Führung eines Teams verlangt Geduld und eine klare Sprache.',
  'My mother called it 红烧肉.',
  '{% include note.html %}',
  '',
];
const LANGS = [undefined, undefined, undefined, 'zh', 'zh-TW', 'en', 'en_GB', 'ko'];

/** `n` posts built from the pieces above by a seeded stream: titles, bodies and `lang` of every kind. */
function posts(n: number): { title: string; lang: string | undefined; body: string }[] {
  const random = mulberry32(233);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: n }, () => ({
    title: pick(TITLES),
    lang: pick(LANGS),
    body: Array.from({ length: Math.floor(random() * 6) }, () => pick(PIECES)).join(random() < 0.5 ? '\n\n' : '\r\n\r\n'),
  }));
}

describe('reading a post\'s prose once', () => {
  const sample = posts(400);

  test('postLanguageMix gives what proseCounts and postLanguage give for every post', () => {
    for (const { title, lang, body } of sample) {
      let expected: Lang | 'both' = postLanguage(title, lang, body);
      if (!lang) {
        const { cjk, latin } = proseCounts(title, body);
        const zhWords = cjk / 1.7;
        if (zhWords + latin > 0 && Math.min(zhWords, latin) >= (zhWords + latin) / 3) expected = 'both';
      }
      expect(postLanguageMix(title, lang, body), JSON.stringify({ title, lang, body })).toBe(expected);
    }
  });

  test('postLanguageAndTag gives what postLanguage and postLangTag give, with and without a site language', () => {
    for (const { title, lang, body } of sample)
      for (const fallback of [undefined, 'en', 'zh'] as const)
        expect(postLanguageAndTag(title, lang, body, fallback), JSON.stringify({ title, lang, body, fallback })).toEqual({
          lang: postLanguage(title, lang, body, fallback),
          tag: postLangTag(title, lang, body, fallback),
        });
  });

  test('the sample holds posts of every answer, so the comparison covers each rule', () => {
    const mixes = new Set(sample.map((p) => postLanguageMix(p.title, p.lang, p.body)));
    const tags = new Set(sample.map((p) => postLangTag(p.title, p.lang, p.body)));
    expect([...mixes].sort()).toEqual(['both', 'en', 'zh']);
    for (const tag of ['en', 'zh-CN', 'zh-Hant', 'ja', 'ko', 'de']) expect(tags).toContain(tag);
  });
});
