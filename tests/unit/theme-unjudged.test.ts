import { describe, expect, it } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { brand, published } from './theme-fixture.ts';
import { buildThemeModel, flagTheme, scoreTheme } from '../../src/core/theme/index.ts';

// Drafts as they are begun: a snippet pasted first, a list of links, emoji, a note of everyday words
// only (a word as common as "write" already weighs a little: such a draft is judged).
const nothingYet = {
  code: '```js\nconst x = await fetch(url);\nconsole.log(x.status);\n```\n',
  links: '- <https://example.com/a>\n- [](https://example.com/b)\n',
  emoji: '🍜🔥📷 🍜',
  everyday: 'It is what it is, and we will see. More soon.',
  chinese: '```python\nprint("你好")\n```\n',
};

describe('a draft with no word that says what it is about', () => {
  for (const day of ['day one', 'four posts'] as const) {
    const model = buildThemeModel({ brand, evidence: day === 'day one' ? [] : published });
    for (const [name, body] of Object.entries(nothingYet))
      it(`${name} (${day}): not judged, not flagged`, () => {
        const result = scoreTheme(model, { body });
        expect(result).toMatchObject({ unjudged: true, onTheme: true, score: 0, pillar: null, terms: [], offTerms: [] });
        expect(flagTheme({ id: 'd', file: 'content/posts/d.md', status: 'draft', pillar: 'recipes' }, result, { recipes: 'Recipes', photo: 'Food photography' })).toEqual([]);
      });
  }

  // Titles and bodies as a draft is begun (a new user's trial): before, each was flagged with
  // "untitled", "draft", 草稿 or 标题 as its evidence, or with no evidence at all (嗯嗯).
  const begun: [string, string][] = [
    ['Untitled', '🍜'], ['Draft', '🍜'], ['TODO', 'WIP'], ['New post', 'Coming soon...'], ['Notes', 'TBD'],
    ['Lorem ipsum', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.'],
    ['草稿', '🍜'], ['无标题', '未完待续'], ['新文章', '这里写正文'], ['草稿', '嗯嗯，好的，哈哈哈。'], ['待写', '的了是。'],
  ];
  for (const [title, body] of begun)
    it(`"${title}" / "${body.slice(0, 20)}": a placeholder, not judged`, () => {
      const model = buildThemeModel({ brand, evidence: published });
      expect(scoreTheme(model, { title, body })).toMatchObject({ unjudged: true, onTheme: true, terms: [], offTerms: [] });
    });

  it('a placeholder beside words of its own is judged, and a flag always names a word', () => {
    const model = buildThemeModel({ brand, evidence: published });
    const stocks = scoreTheme(model, { title: 'Draft', body: 'Index funds beat stock picking: market timing fees.' });
    expect(stocks.unjudged).toBeUndefined();
    expect(stocks.onTheme).toBe(false);
    expect(stocks.offTerms.length).toBeGreaterThan(0);
    // A brand that writes about drafting: "draft" is then on theme, not a placeholder.
    const noodles = scoreTheme(model, { title: 'Draft', body: 'Braised noodles with chili oil.' });
    expect(noodles).toMatchObject({ onTheme: true });
    expect(noodles.unjudged).toBeUndefined();
  });

  it('a draft with a few words that do say something is judged as before, on or off theme', () => {
    const model = buildThemeModel({ brand, evidence: published });
    const begun = scoreTheme(model, { body: `${nothingYet.code}\nBraised noodles with chili oil.` });
    expect(begun.unjudged).toBeUndefined();
    expect(begun.onTheme).toBe(true);
    const stocks = scoreTheme(model, { body: `${nothingYet.code}\nIndex funds, stock picking and market timing fees.` });
    expect(stocks.unjudged).toBeUndefined();
    expect(stocks.onTheme).toBe(false);
  });

  it('check: such a draft has a theme (it has a body) with unjudged, and no off-theme flag', () => {
    const planner = { version: 1, brand, channels: [] } as never;
    const post = (id: string, status: string, body: string) => ({ id, file: `content/posts/${id}.md`, data: { title: id === 'snippet' ? 'What I have' : id, status, channel: 'blog', ...(status === 'published' ? { publishedAt: '2026-01-01T00:00:00Z' } : {}) }, body }) as never;
    const report = buildCheckReport({ planner, posts: [post('snippet', 'draft', nothingYet.code), post('stocks', 'draft', 'Index funds beat stock picking: market timing fees.')], now: Date.parse('2026-06-01T00:00:00Z') });
    const snippet = report.posts.find((p) => p.id === 'snippet')!;
    expect(snippet.theme).toMatchObject({ unjudged: true, onTheme: true });
    expect(report.flags.filter((f) => f.kind === 'off-theme').map((f) => 'post' in f && f.post)).toEqual(['stocks']);
  });

  // Before, a code-only draft with `lang: zh` was judged English (its title's and code's words):
  // English calibration, "reads as English" in its flag.
  it('check: a draft whose body is only code is judged in its frontmatter lang; a draft with prose in the language of its prose', () => {
    const planner = { version: 1, brand, channels: [] } as never;
    const post = (id: string, lang: string | undefined, title: string, body: string) => ({ id, file: `content/posts/${id}.md`, data: { title, status: 'draft', channel: 'blog', ...(lang ? { lang } : {}) }, body }) as never;
    const posts = [
      post('code-zh', 'zh', 'Snippet', nothingYet.code),
      post('code-zh-cn', 'zh-CN', 'Snippet', '```python\nprint("hello world")\n```\n\n$$x^2$$\n'),
      post('code', undefined, 'Snippet', nothingYet.code),
      post('prose-zh', 'zh', 'Braised noodles', `${nothingYet.code}\nBraised noodles with chili oil.`),
    ];
    const report = buildCheckReport({ planner, posts, now: Date.parse('2026-06-01T00:00:00Z') });
    const languageOf = (id: string) => report.posts.find((p) => p.id === id)!.theme?.language;
    expect(['code-zh', 'code-zh-cn', 'code', 'prose-zh'].map(languageOf)).toEqual(['zh', 'zh', 'en', 'en']);
  });
});

describe('a title that only says the post is begun ("Note", "Draft 2", 草稿)', () => {
  it('is told apart from a title that says something', async () => {
    const { isPlaceholderTitle } = await import('../../src/core/theme/placeholders.ts');
    for (const title of ['Note', 'Notes', 'Draft 2', 'Untitled', 'TODO: 草稿', '笔记', 'WIP', 'New post', 'New draft', '无题', '未命名', '新建文章', '未命名 3'])
      expect(isPlaceholderTitle(title), title).toBe(true);
    for (const title of ['', 'Notes on index funds', '读书笔记：穷查理宝典', 'Sunday', '2026', 'New York', 'A new post-rock album'])
      expect(isPlaceholderTitle(title), title).toBe(false);
  });

  it('is not read: "Note" no longer carries an English one-liner on running onto a Chinese brand of 笔记 through the bridge', async () => {
    await import('../../src/store/theme-lexicon.ts');
    const { BrandSchema } = await import('../../src/core/schema/planner.ts');
    const notes = BrandSchema.parse({
      name: '小明', label: '读书笔记和投资', audience: '爱读书的年轻人', timezone: 'UTC',
      pillars: [{ id: 'notes', name: '读书笔记', keywords: ['读书', '笔记'] }, { id: 'invest', name: '投资', keywords: ['基金', '股票'] }],
    });
    const model = buildThemeModel({ brand: notes, evidence: [] });
    const body = 'Ran ten miles on the trail this morning before breakfast; my legs are sore.';
    const titled = scoreTheme(model, { title: 'Note', body });
    expect(titled).toMatchObject({ onTheme: false, terms: [] });
    expect(titled.score).toBe(scoreTheme(model, { title: 'Sunday', body }).score);
    // A title that says something is read as before.
    const read = scoreTheme(model, { title: '读书笔记', body: '这本书讲价值投资。' });
    expect(read.terms.length).toBeGreaterThan(0);
  });
});
