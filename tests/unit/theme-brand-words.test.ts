/**
 * A Chinese brand's own words in segmentation (core/theme/brand-words.ts, jieba's user
 * dictionary), fragments never shown as evidence (chinese.ts isFragment), and no nearest pillar
 * for a draft that no pillar reads closer than general language (score.ts).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { themeBrand } from '../../src/core/check-report.ts';
import { BrandSchema, type Planner } from '../../src/core/schema/planner.ts';
import type { Post } from '../../src/core/schema/post.ts';
import { useBrandWords } from '../../src/core/theme/brand-words.ts';
import { chineseLexicon, setUserWords, userWordsKey } from '../../src/core/theme/chinese.ts';
import { buildThemeModel, scoreTheme, tokenize } from '../../src/core/theme/index.ts';
import { restoreModel, snapshotModel } from '../../src/core/theme/model.ts';
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

describe('themeBrand', () => {
  const planner = { brand: { ...career, pillars: [...career.pillars, { id: 'stories', name: '散文随笔', keywords: ['随笔'], form: true }] } } as unknown as Planner;

  test("makes the brand as the theme reads it (no pillar of a form) the user dictionary, as keying a post then shows", () => {
    const post = { file: 'content/posts/a.md', body: '职场里', data: { title: 't' } } as unknown as Post;
    const keys = openTermKeys('code');
    const plain = keys.keyOf(post);
    expect(themeBrand(planner).pillars.map((p) => p.id)).toEqual(['career', 'product']);
    expect(userWordsKey()).toContain('职场');
    expect(userWordsKey()).not.toContain('随笔');
    expect(keys.keyOf(post)).not.toBe(plain);
    expect(terms('职场里')).toEqual(['职场', '里']);
  });

  test('sets the same words whether the model is built or restored from a snapshot', () => {
    const calibrations = { keys: { full: 'full', stages: [] }, get: () => undefined, set: () => {} };
    const built = buildThemeModel({ brand: career, evidence: [], calibrations });
    const words = userWordsKey();
    setUserWords([]);
    restoreModel(snapshotModel(built), { brand: career, calibrations, rebuild: () => built });
    expect(userWordsKey()).toBe(words);
    expect(words).not.toBe('');
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

describe('the nearest pillar', () => {
  const published = [
    '职场新人最怕的不是加班，而是不知道自己的工作在团队里算什么。晋升答辩前，先把一年做过的需求和结果写清楚。',
    '第一次带团队的产品经理，职场上最难的一课是学会拒绝：需求评审时说清楚优先级，比答应所有人更重要。',
    '用户研究不是发问卷：访谈十个用户，记下他们原话里的痛点，再回头看需求分析文档，职场成长就在这些细节里。',
  ];
  const post = (id: string, body: string, status: 'published' | 'draft', day = 1) =>
    ({ id, file: `content/posts/${id}.md`, body, data: { title: id, channel: 'blog', status, ...(status === 'published' ? { publishedAt: `2026-01-0${day}T09:00:00+08:00` } : {}) } }) as unknown as Post;
  const planner = {
    version: 1, brand: career, breaks: [],
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-01-02', time: '09:00' }],
  } as unknown as Planner;
  const recipe = '红烧肉的做法：五花肉切块焯水，锅里放冰糖炒出糖色，加生抽老抽和料酒，小火炖一个小时，最后大火收汁。这道菜的时间主要花在炖上。';

  test('is none (null) in check --json for a recipe that shares no word with the brand (every pillar scores 0.00), and the field is still there', () => {
    const posts = [...published.map((body, i) => post(`p${i}`, body, 'published', i + 1)), post('recipe', recipe, 'draft')];
    const theme = buildCheckReport({ planner, posts, now: Date.parse('2026-02-01T00:00:00Z') }).posts.find((p) => p.id === 'recipe')!.theme!;
    expect(theme.terms).toEqual([]);
    expect(Object.values(theme.pillarScores).every((s) => s < 0.01)).toBe(true);
    expect(theme.onTheme).toBe(false);
    expect(theme).toHaveProperty('pillar', null);
  });

  test('is named whenever a pillar scores above 0, and is the best scoring one', () => {
    const model = buildThemeModel({ brand: career, evidence: published.map((body) => ({ body })) });
    const r = scoreTheme(model, { body: '做用户研究时，先访谈用户，再把需求分析写进产品设计文档。' });
    const best = Object.entries(r.pillarScores).sort((a, b) => b[1] - a[1])[0]!;
    expect(best[1]).toBeGreaterThan(0);
    expect(r.pillar).toBe(best[0]);
  });
});
