/**
 * A Chinese brand's own words in segmentation (core/theme/brand-words.ts, jieba's user
 * dictionary) and fragments never shown as evidence (chinese.ts isFragment).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import type { Post } from '../../src/core/schema/post.ts';
import { useBrandWords } from '../../src/core/theme/brand-words.ts';
import { chineseLexicon, setUserWords } from '../../src/core/theme/chinese.ts';
import { buildThemeModel, scoreTheme, tokenize } from '../../src/core/theme/index.ts';
import { openTermKeys } from '../../src/store/theme-term-keys.ts';
import '../../src/store/theme-lexicon.ts';

const career = BrandSchema.parse({
  name: '林然', label: '互联网产品经理的职场笔记', audience: '刚入行的产品经理和想转行的年轻人', timezone: 'Asia/Shanghai',
  pillars: [
    { id: 'career', name: '职场成长', keywords: ['职场', '晋升'] },
    { id: 'product', name: '产品设计', keywords: ['需求分析', '用户研究'] },
  ],
});
const terms = (text: string) => tokenize(text).map((t) => t.term);
const shown = (r: { terms: string[]; offTerms: string[] }) => [...r.terms, ...r.offTerms].map((w) => w.split(' (')[0]);

afterEach(() => setUserWords([]));

describe('useBrandWords', () => {
  test('keeps the brand word 职场 whole in 职场里, which the dictionary alone cuts 职 + 场里', () => {
    expect(terms('职场里')).toEqual(['职', '场里']);
    useBrandWords(career);
    expect(terms('职场里')).toEqual(['职场', '里']);
    expect(chineseLexicon()!.segment('他在职场里只用了三个月')).toEqual(['他', '在', '职场', '里', '只用', '了', '三个', '月']);
  });

  test('finds the keyword 职场 in a draft and never shows 场里 or 在职 as a word of it', () => {
    const model = buildThemeModel({ brand: career, evidence: [] });
    const result = scoreTheme(model, { body: '职场里的新人只用了三个月就升职了，他在职场里学会了沟通和汇报。' });
    expect(result.terms).toContain('职场');
    for (const fragment of ['场里', '在职', '只用']) expect(shown(result)).not.toContain(fragment);
    expect(result.pillar).toBe('career');
  });

  test('never breaks a longer dictionary word or two words it straddles with a common brand word', () => {
    useBrandWords(BrandSchema.parse({ name: 'x', label: '古文', timezone: 'UTC', pillars: [{ id: 'a', name: '日常工具', keywords: ['天下', '文件'] }] }));
    expect(terms('打开工具栏里的文件夹')).toEqual(expect.arrayContaining(['工具栏', '文件夹']));
    expect(terms('夏天下饭')).toEqual(['夏天', '下饭']);
  });

  test('leaves an English brand without user words, and its segmentation as the dictionary gives it', () => {
    useBrandWords(BrandSchema.parse({ name: 'x', label: 'Career notes', timezone: 'UTC', pillars: [{ id: 'a', name: 'Careers', keywords: ['promotion'] }] }));
    expect(terms('职场里')).toEqual(['职', '场里']);
  });

  test('keys a post\'s cached terms by the brand words, so a brand that gains one reads its posts again', () => {
    const post = { file: 'content/posts/a.md', body: '职场里', data: { title: 't' } } as unknown as Post;
    const keys = openTermKeys('code');
    const plain = keys.keyOf(post);
    useBrandWords(career);
    expect(keys.keyOf(post)).not.toBe(plain);
    setUserWords([]);
    expect(keys.keyOf(post)).toBe(plain);
  });
});

describe('fragments are never evidence', () => {
  test.each([
    ['只用 of 只用了', '只用了一个下午就做完了整套原型图和交互说明文档。', '只用'],
    ['切成 (cut into) of a recipe', '把五花肉切成小块，冷水下锅焯水，再用生抽老抽红烧。', '切成'],
    ['煮开 (bring to the boil)', '锅里的水煮开以后放入饺子，再煮开两次加冷水。', '煮开'],
  ])('%s', (_name, body, fragment) => {
    expect(chineseLexicon()!.isFragment(fragment)).toBe(true);
    const model = buildThemeModel({ brand: career, evidence: [] });
    expect(shown(scoreTheme(model, { body }))).not.toContain(fragment);
  });

  test('keeps real words that hold such a character: 下载, 在线, 线下, 里脊, 家里', () => {
    for (const word of ['下载', '在线', '线下', '里脊', '家里', '只读', '都市']) expect(chineseLexicon()!.isFragment(word)).toBe(false);
  });
});
