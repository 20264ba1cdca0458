import { describe, expect, test } from 'vitest';
import type { FeedEntry } from '../../src/core/feed/entries.ts';
import { readFeedEntries } from '../../src/core/feed/entries.ts';
import { planImport } from '../../src/core/feed/import-plan.ts';
import { parsePostText, serializePost } from '../../src/core/post-file.ts';

const none = { ids: [], urls: [], guids: [] };
const opts = { channel: 'blog', status: 'published' as const };
const entry = (n: number, extra: Partial<FeedEntry> = {}): FeedEntry => ({
  guid: `g-${n}`,
  url: `https://x.example/p/${n}`,
  title: `Post ${n}`,
  date: `2025-01-${String((n % 28) + 1).padStart(2, '0')}T08:00:00+08:00`,
  html: `<p>Body ${n}</p>`,
  ...extra,
});

describe('planImport', () => {
  test('drafts a post with the contract frontmatter, the guid, and an id under the year it was published', () => {
    const { drafts } = planImport([entry(1, { date: 'Wed, 31 Dec 2025 23:30:00 -0500' })], none, { channel: 'blog', status: 'draft' });
    expect(drafts).toEqual([
      {
        id: '2025/post-1',
        frontmatter: { title: 'Post 1', channel: 'blog', status: 'draft', publishedAt: '2025-12-31T23:30:00-05:00', url: 'https://x.example/p/1', guid: 'g-1' },
        body: 'Body 1',
      },
    ]);
  });

  test('skips an entry whose url or guid a post already has, and counts it as already imported', () => {
    const known = { ids: ['2025/post-1'], urls: ['https://x.example/p/1'], guids: ['g-2'] };
    const plan = planImport([entry(1), entry(2, { url: 'https://x.example/moved' }), entry(3)], known, opts);
    expect(plan.drafts.map((d) => d.frontmatter.guid)).toEqual(['g-3']);
    expect(plan.alreadyImported).toBe(2);
    expect(plan.warnings).toEqual([]);
  });

  test('matches urls in their normal form', () => {
    const plan = planImport([entry(1, { url: 'HTTPS://X.example/p/1' })], { ...none, urls: ['https://x.example/p/1'] }, opts);
    expect(plan.alreadyImported).toBe(1);
  });

  test('skips the second entry with a duplicate guid, with a warning', () => {
    const plan = planImport([entry(1), entry(2, { guid: 'g-1', title: 'Copy' })], none, opts);
    expect(plan.drafts).toHaveLength(1);
    expect(plan.warnings.map((w) => w.en)).toEqual(['entry 2 "Copy": skipped: an earlier entry has the same guid']);
  });

  // Before, an entry the feed gave no date was skipped and its text left behind, where README
  // said undated posts go to drafts/ and a folder import brings an undated file in as a draft.
  test('brings an entry without a date in as a draft under drafts/, and skips one with an unreadable date, each with a warning naming it', () => {
    const plan = planImport([entry(1, { date: undefined }), entry(2, { date: 'last Tuesday' })], none, opts);
    expect(plan.drafts.map((d) => [d.id, d.frontmatter.status, d.frontmatter.publishedAt])).toEqual([['drafts/post-1', 'draft', undefined]]);
    expect(plan.warnings.map((w) => w.en)).toEqual([
      'entry 1 "Post 1": it has no date: imported as a draft (set publishedAt and status: published in it)',
      'entry 2 "Post 2": skipped: its date "last Tuesday" is not a date this tool can read',
    ]);
    expect(plan.warnings[0]!.zh).toBe('第 1 条 "Post 1"：它没有日期：作为草稿导入（请在其中填写 publishedAt 并把 status 改为 published）');
  });

  // Hugo (and any Go generator) writes Go's zero time for a page with no date: the About,
  // Links and Search pages of two real Hugo feeds were skipped as "not a date this tool can read".
  test('brings an entry dated with Go\'s zero time (0001-01-01, as Hugo writes a page without a date) in as a draft, saying why', () => {
    const dates = ['Mon, 01 Jan 0001 00:00:00 +0000', '0001-01-01T00:00:00Z', '0001-01-01T00:00:00+00:00'];
    const plan = planImport(dates.map((date, i) => entry(i + 1, { date })), none, opts);
    expect(plan.drafts.map((d) => [d.id, d.frontmatter.status, d.frontmatter.publishedAt])).toEqual([
      ['drafts/post-1', 'draft', undefined],
      ['drafts/post-2', 'draft', undefined],
      ['drafts/post-3', 'draft', undefined],
    ]);
    expect(plan.warnings[0]!.en).toBe(
      'entry 1 "Post 1": its date "Mon, 01 Jan 0001 00:00:00 +0000" is the one Hugo and other Go generators give a page that has none: imported as a draft (set publishedAt and status: published in it)',
    );
    expect(plan.warnings[0]!.zh).toBe(
      '第 1 条 "Post 1"：它的日期 "Mon, 01 Jan 0001 00:00:00 +0000" 是 Hugo 等 Go 生成器给没有日期的页面写的日期：作为草稿导入（请在其中填写 publishedAt 并把 status 改为 published）',
    );
  });

  test('keeps a footnote link written as the entry\'s own address on the imported post\'s page', () => {
    const url = 'https://dana.substack.com/p/issue-1';
    const html = `<p>Claim<a id="footnote-anchor-1" href="${url}#footnote-1">1</a></p><div class="footnote"><a id="footnote-1" href="${url}#footnote-anchor-1">1</a><div class="footnote-content"><p>Note.</p></div></div>`;
    const [draft] = planImport([entry(1, { url, html, base: 'https://dana.substack.com' })], none, opts).drafts;
    expect(draft!.body).toBe('Claim<a id="footnote-anchor-1"></a>[1](#footnote-1)\n\n<a id="footnote-1"></a>[1](#footnote-anchor-1)\n\nNote.');
  });

  test('numbers a slug already taken by a post or an earlier entry', () => {
    const plan = planImport([entry(1, { title: 'Same' }), entry(2, { title: 'Same' })], { ...none, ids: ['2025/same'] }, opts);
    expect(plan.drafts.map((d) => d.id)).toEqual(['2025/same-2', '2025/same-3']);
    expect(plan.warnings.map((w) => w.en)).toEqual([
      'entry 1 "Same": the name 2025/same is taken by another post, so it is saved as 2025/same-2',
      'entry 2 "Same": the name 2025/same is taken by another post, so it is saved as 2025/same-3',
    ]);
  });

  test('gives "C tips", "C++ tips" and "C# tips" three slugs, and says so when a slug had to be numbered', () => {
    const titles = ['C tips', 'C++ tips', 'C# tips', 'C: tips', 'C tips'];
    const plan = planImport(titles.map((title, i) => entry(i + 1, { title })), none, opts);
    expect(plan.drafts.map((d) => d.id)).toEqual(['2025/c-tips', '2025/c-plus-plus-tips', '2025/c-sharp-tips', '2025/c-tips-2', '2025/c-tips-3']);
    // The repeated title is numbered without a word; the different title that lands on the same slug is named.
    expect(plan.warnings).toEqual([
      { en: 'entry 4 "C: tips": the name 2025/c-tips is taken by another post, so it is saved as 2025/c-tips-2', zh: '第 4 条 "C: tips"：名称 2025/c-tips 已被另一篇文章占用，因此保存为 2025/c-tips-2' },
    ]);
  });

  test('leaves out a summary that is only the start of the body, cut by the generator, and keeps one written apart', () => {
    const html = '<h2 id="概述">概述</h2><p>本站其实有段时间一直存在登不上去的问题，最近来排查了一下。</p><p>结论在后面。</p>';
    const cases = [
      // Hexo's atom.xml: the first characters of the post, cut inside a word.
      entry(1, { html, summary: '概述 本站其实有段时间一直存在登不上去的问题，最近来排' }),
      // WordPress's RSS: the first words and "[…]".
      entry(2, { html: '<p>Slow braising needs time, low heat and a heavy pot with a lid.</p>', summary: 'Slow braising needs time, low heat […]' }),
      entry(3, { html: '<p>Slow braising needs time.</p>', summary: 'Why slow wins.' }),
      entry(4, { html: undefined, text: 'Twelve folds, then steam.', summary: 'Twelve folds' }),
      // Cut just after the "<" of a link: 这里<a href=…>.
      entry(5, { html: '<p>文档放在 <a href="https://x.example/">这里</a>，总结一下。</p>', summary: '文档放在 这里<' }),
      // An excerpt of whole sentences that happens to open the post reads well: kept.
      entry(6, { html: '<p>Slow braising needs time. Here is why.</p>', summary: 'Slow braising needs time.' }),
    ];
    const descriptions = planImport(cases, none, opts).drafts.map((d) => d.frontmatter.description);
    expect(descriptions).toEqual([undefined, undefined, 'Why slow wins.', undefined, undefined, 'Slow braising needs time.']);
  });

  test('leaves out a summary of punctuation only (a real Substack feed item\'s "..."), keeps one of digits or any script', () => {
    const cases = [entry(1, { summary: '...' }), entry(2, { summary: '…' }), entry(3, { summary: '2025' }), entry(4, { summary: '冬至' })];
    expect(planImport(cases, none, opts).drafts.map((d) => d.frontmatter.description)).toEqual([undefined, undefined, '2025', '冬至']);
  });

  test('writes the entry\'s own picture as cover, and none without one', () => {
    const drafts = planImport([entry(1, { cover: 'https://cdn.example/c.png' }), entry(2, {})], none, opts).drafts;
    expect(drafts.map((d) => d.frontmatter.cover)).toEqual(['https://cdn.example/c.png', undefined]);
  });

  test('gives no url to an entry whose feed was made on localhost, keeps its images relative, and says so once', () => {
    // A real Wintersmith feed, built with its dev server's address.
    const local = (n: number, extra: Partial<FeedEntry> = {}) =>
      entry(n, { url: `http://localhost:8080/articles/p${n}/`, guid: `http://localhost:8080/articles/p${n}/`, base: 'http://localhost:8080', html: '<p><img src="/articles/p/banana.png" alt="a banana"></p>', ...extra });
    const plan = planImport([local(1), local(2, { url: 'http://127.0.0.1:4000/p2/' }), entry(3)], none, opts);
    expect(plan.drafts.map((d) => d.frontmatter.url)).toEqual([undefined, undefined, 'https://x.example/p/3']);
    expect(plan.drafts[0]!.body).toBe('![a banana](/articles/p/banana.png)');
    expect(plan.warnings).toEqual([
      {
        en: '2 entries point to http://localhost:8080, the machine the feed was made on, not where the posts are published: they get no url, and their relative links and images stay relative: copy those images into public/ at the same paths, or the pages show them broken',
        zh: '有 2 条指向 http://localhost:8080，那是生成 feed 的那台电脑，而不是文章发布的地方：它们不设 url，相对链接和图片保持相对：请把这些图片复制到 public/ 下的相同路径，否则页面上的图片会打不开',
      },
    ]);
  });

  test('says so when entries have only a relative address and the feed names no site (a real Publii JSON Feed)', () => {
    const rel = (n: number) => entry(n, { url: `/p${n}.html`, guid: `/p${n}.html`, base: undefined, html: '<p><img src="/media/posts/7/x.png" alt=""></p>' });
    const plan = planImport([rel(1), rel(2)], none, opts);
    expect(plan.drafts.map((d) => d.frontmatter.url)).toEqual([undefined, undefined]);
    expect(plan.warnings).toEqual([
      {
        en: '2 entries have only a relative address (/p1.html) and the feed names no site to resolve it against: they get no url, and their relative images stay relative: copy those images into public/ at the same paths, or the pages show them broken',
        zh: '有 2 条只有相对地址（/p1.html），而 feed 没有写明网站地址可供补全：它们不设 url，相对图片保持相对：请把这些图片复制到 public/ 下的相同路径，否则页面上的图片会打不开',
      },
    ]);
  });

  test('counts a post id differing only in case or Unicode form as taken: one file on macOS and Windows', () => {
    const plan = planImport([entry(1, { title: 'Café' }), entry(2, { title: 'Tips' })], { ...none, ids: ['2025/Cafe', '2025/TIPS'] }, opts);
    expect(plan.drafts.map((d) => d.id)).toEqual(['2025/cafe-2', '2025/tips-2']);
  });

  test('names an untitled entry after the start of its body, and warns', () => {
    const plan = planImport([entry(1, { title: undefined, html: undefined, text: '先把五花肉焯水，然后切块。' })], none, opts);
    expect(plan.drafts[0]!.frontmatter.title).toBe('先把五花肉焯水，然后切块。');
    expect(plan.drafts[0]!.id).toBe('2025/先把五花肉焯水-然后切块');
    expect(plan.warnings[0]!.en).toMatch(/has no title/);
    expect(plan.warnings[0]!.zh).toMatch(/没有标题/);
  });

  test('keeps a title as the feed gave it, angle brackets included', () => {
    const plan = planImport([entry(1, { title: 'Knife skills <part 1>' })], none, opts);
    expect(plan.drafts[0]!.frontmatter.title).toBe('Knife skills <part 1>');
    expect(plan.drafts[0]!.id).toBe('2025/knife-skills-part-1');
  });

  test('leaves out a url that is not an http(s) address', () => {
    const plan = planImport([entry(1, { url: 'urn:uuid:1234' })], none, opts);
    expect(plan.drafts[0]!.frontmatter).not.toHaveProperty('url');
  });

  test('plans a feed of 1,000 entries into 1,000 distinct, valid posts', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => entry(i, { title: i % 2 ? `Weekly notes` : `第 ${i} 篇：红烧肉` }));
    const { drafts, warnings } = planImport(entries, none, opts);
    expect(warnings).toEqual([]);
    expect(drafts).toHaveLength(1000);
    expect(new Set(drafts.map((d) => d.id)).size).toBe(1000);
    for (const draft of drafts) parsePostText(serializePost(draft.frontmatter, draft.body), draft.id, `${draft.id}.md`);
    expect(planImport(entries, { ids: drafts.map((d) => d.id), urls: [], guids: drafts.map((d) => String(d.frontmatter.guid)) }, opts).alreadyImported).toBe(1000);
  }, 30_000);
});

describe('a summary that opens with a heading', () => {
  // Hexo's atom.xml (a real blog): the excerpt is the post's start, its first <h2> included.
  const atom = (summary: string, content: string) =>
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>https://x.example/</id><updated>2024-01-01T00:00:00Z</updated>` +
    `<entry><title>Lambda</title><id>https://x.example/p/1</id><link href="https://x.example/p/1"/><published>2024-01-01T00:00:00Z</published><updated>2024-01-01T00:00:00Z</updated>` +
    `<summary type="html">${summary}</summary><content type="html">${content}</content></entry></feed>`;
  const esc = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const described = (summary: string, content: string) => planImport(readFeedEntries(atom(esc(summary), esc(content)), 'atom.xml').entries, none, opts).drafts[0]!.frontmatter.description;
  const heading = '<h2 id="概述"><a href="#概述" class="headerlink" title="概述"></a>概述</h2>';

  test('is kept without the heading, so the description does not begin "概述 …"', () => {
    expect(described(`${heading}<p>全局变量初始化新姿势。</p>\n<h2 id="Lambda"><a href="#Lambda" class="headerl`, `${heading}<p>全局变量初始化新姿势。</p><h2>Lambda</h2><p>正文。</p>`)).toBe('全局变量初始化新姿势。');
  });

  test('ends a later heading with a stop, and is still left out when it is the cut start of the body', () => {
    expect(described('<p>Why it matters.</p><h3>In short</h3><p>Braise it.</p>', '<p>Other text.</p>')).toBe('Why it matters. In short. Braise it.');
    expect(described(`${heading}<p>本站其实有段时间一直存在登不上去的问题，最近来排`, `${heading}<p>本站其实有段时间一直存在登不上去的问题，最近来排查了一下。</p>`)).toBeUndefined();
  });
});

describe('an entry whose title has no letter or digit', () => {
  const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>${items}</channel></rss>`;
  const item = (title: string, date: string, n: number) => `<item><title>${title}</title><link>https://x.example/p/${n}</link><pubDate>${date}</pubDate><description>Body</description></item>`;

  test("is named by its day in its own offset, as a file import names such a file, with a line saying so; two that day are numbered", () => {
    const entries = readFeedEntries(rss(item('🎉', 'Thu, 10 Dec 2026 09:00:00 +0800', 1) + item('!!! ???', 'Thu, 10 Dec 2026 23:00:00 +0800', 2) + item('🎉 Party noodles', 'Wed, 31 Dec 2025 23:30:00 -0500', 3)), 'feed.xml').entries;
    const plan = planImport(entries, none, opts);
    expect(plan.drafts.map((d) => d.id)).toEqual(['2026/2026-12-10', '2026/2026-12-10-2', '2025/party-noodles']);
    expect(plan.warnings.map((w) => w.en)).toEqual([
      'entry 1 "🎉": its title has no letter or digit for an id: named 2026/2026-12-10 from its date',
      'entry 2 "!!! ???": its title has no letter or digit for an id: named 2026/2026-12-10-2 from its date',
    ]);
    expect(plan.warnings[0]!.zh).toBe('第 1 条 "🎉"：它的标题没有可用作 ID 的字母或数字：按日期命名为 2026/2026-12-10');
  });

  test('an undated draft, which has no day, keeps a stable hash', () => {
    const plan = planImport([entry(1, { title: '🎉', date: undefined })], none, { channel: 'blog', status: 'draft' });
    expect(plan.drafts[0]!.id).toMatch(/^drafts\/post-[0-9a-f]{8}$/);
    expect(plan.warnings).toEqual([]);
  });
});

describe('an entry that a post written by hand already is (no url, no guid)', () => {
  const zone = 'Asia/Shanghai';
  const byHand = (publishedAt: string, extra: Record<string, string> = {}) => ({
    ...none,
    ids: ['2025/by-hand'],
    posts: [{ id: '2025/by-hand', title: 'Post 1', channel: 'blog', publishedAt, ...extra }],
  });
  // entry(1) is "Post 1", 2025-01-02T08:00:00+08:00.
  test.each([
    ['the same instant in another offset', '2025-01-02T00:00:00Z'],
    ['the same wall time in the channel\'s zone, without offset or seconds', '2025-01-02T08:00'],
    ['its local day alone', '2025-01-02'],
  ])('is skipped as already there when the post has the same title and %s', (_, publishedAt) => {
    const plan = planImport([entry(1, { title: '  post  1 ' })], byHand(publishedAt), { ...opts, zone });
    expect(plan.drafts).toEqual([]);
    expect(plan.alreadyImported).toBe(1);
    expect(plan.warnings.map((w) => w.en)).toEqual([
      'entry 1 "  post  1 ": skipped: post 2025/by-hand has the same title and time and no url; give it url: https://x.example/p/1 to say so',
    ]);
  });

  test('reads a typed straight quote as the curly one a feed writes', () => {
    const known = { ...none, posts: [{ id: 'a', title: "Grandma's \"secret\" sauce", channel: 'blog', publishedAt: '2025-01-02T08:00:00+08:00' }] };
    expect(planImport([entry(1, { title: 'Grandma’s “secret” sauce' })], known, { ...opts, zone }).alreadyImported).toBe(1);
  });

  test('reads typed dots and dashes as the … and – WordPress writes for them', () => {
    const known = { ...none, posts: [{ id: 'a', title: 'Rye -- or wheat - and then... bread --- again', channel: 'blog', publishedAt: '2025-01-02T08:00:00+08:00' }] };
    expect(planImport([entry(1, { title: 'Rye – or wheat – and then… bread — again' })], known, { ...opts, zone }).alreadyImported).toBe(1);
  });

  test.each([
    ['another day', { publishedAt: '2025-01-03' }],
    ['another time that day', { publishedAt: '2025-01-02T09:00:00+08:00' }],
    ['another title', { title: 'Post 1, part two' }],
    ['another channel', { channel: 'wechat' }],
    ['a url of its own', { url: 'https://elsewhere.example/post-1' }],
    ['a guid of its own', { guid: 'other-feed-1' }],
  ])('is imported when the post has %s', (_, extra) => {
    const plan = planImport([entry(1)], byHand('2025-01-02T08:00:00+08:00', extra), { ...opts, zone });
    expect(plan.drafts).toHaveLength(1);
    expect(plan.alreadyImported).toBe(0);
  });
});
