/**
 * A post in two languages (`translationKey`, Hugo's name): each published version's page links
 * the others by hreflang, in its <head> (every version, itself included, absolute with a site
 * address) and in its meta line, named in their own language; a draft version is never linked.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { oneVersionEach, translationsOf } from '../../src/core/translations.ts';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const post = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;

describe('translationsOf', () => {
  it('gives each item the others of its key, and none to an item without a key', () => {
    const items = [{ id: 'a', key: 'k' }, { id: 'b', key: undefined }, { id: 'c', key: 'k' }, { id: 'd', key: 'k' }, { id: 'e', key: 'other' }];
    const of = translationsOf(items, (i) => i.key);
    expect(of.get(items[0])!.map((i) => i.id)).toEqual(['c', 'd']);
    expect(of.get(items[1])).toEqual([]);
    expect(of.get(items[3])!.map((i) => i.id)).toEqual(['a', 'c']);
    expect(of.get(items[4])).toEqual([]);
  });
});

describe('oneVersionEach', () => {
  it('keeps one item per key, the one in the list language where there is one, else the first, and every item without a key, in order', () => {
    const items = [{ id: 'a-zh', key: 'a', lang: 'zh' }, { id: 'a-en', key: 'a', lang: 'en' }, { id: 'b', key: undefined, lang: 'zh' }, { id: 'c-zh', key: 'c', lang: 'zh' }, { id: 'd-zh', key: 'd', lang: 'zh' }, { id: 'd-en', key: 'd', lang: 'en' }, { id: 'd-en-copy', key: 'd', lang: 'en' }];
    // d-en-copy is in d-en's own language: not its translation (a duplicate that kept the key), so it stays listed.
    expect(oneVersionEach(items, (i) => i.key, (i) => i.lang, 'en').map((i) => i.id)).toEqual(['a-en', 'b', 'c-zh', 'd-en', 'd-en-copy']);
    expect(oneVersionEach(items, (i) => i.key, (i) => i.lang, 'zh').map((i) => i.id)).toEqual(['a-zh', 'b', 'c-zh', 'd-zh']);
  });
});

describe('a post published in English and Chinese', () => {
  let page: (path: string) => string;
  let file: (path: string) => string;
  beforeAll(async () => {
    const root = await makeRoot('tl-translations-');
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(root, 'content/posts', file)), { recursive: true });
      writeFileSync(join(root, 'content/posts', file), text);
    };
    write('2026/why-sourdough.md', post({ title: 'Why sourdough', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-10', translationKey: 'why-sourdough', tags: '[bread]' }, 'Wild yeast and patience make the loaf.'));
    write('2026/wei-shen-me-suan-mian-tuan.md', post({ title: '为什么用酸面团', channel: 'weibo', pillar: 'bread', status: 'published', publishedAt: '2026-09-12', translationKey: 'why-sourdough', tags: '[bread, 酸面团]' }, '野生酵母和耐心做出这条面包。'));
    // A later English copy that kept the key (the studio's Duplicate keeps it): no translation.
    write('2026/why-sourdough-again.md', post({ title: 'Why sourdough, again', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-14', translationKey: 'why-sourdough' }, 'A second loaf, more patience.'));
    write('drafts/why-sourdough-de.md', post({ title: 'DRAFTVERSION Warum Sauerteig', channel: 'blog', status: 'draft', translationKey: 'why-sourdough' }, 'Wilde Hefe und Geduld.'));
    const { outDir } = await buildPortfolio(root);
    page = (path) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
    file = (path) => readFileSync(join(outDir, path), 'utf8');
  }, 120_000);

  it('lists every version in the head, itself included, by hreflang and absolute address', () => {
    for (const path of ['posts/2026/why-sourdough', 'posts/2026/wei-shen-me-suan-mian-tuan']) {
      const links = [...page(path).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
      expect(links.sort(), path).toEqual([
        ['en', 'https://example.com/posts/2026/why-sourdough/'],
        ['zh-CN', 'https://example.com/posts/2026/wei-shen-me-suan-mian-tuan/'],
      ]);
    }
  });

  // Before, a same-language post sharing the key was a "translation": hreflang="en" twice on the
  // Chinese page (search engines drop such a set) and "Also in English" on an English page.
  it('never takes a post in the same language for a translation, and names each language once', () => {
    const links = (path: string) => [...page(path).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]).sort();
    expect(links('posts/2026/why-sourdough-again')).toEqual([
      ['en', 'https://example.com/posts/2026/why-sourdough-again/'],
      ['zh-CN', 'https://example.com/posts/2026/wei-shen-me-suan-mian-tuan/'],
    ]);
    expect(links('posts/2026/why-sourdough').map(([, href]) => href)).not.toContain('https://example.com/posts/2026/why-sourdough-again/');
    expect(page('posts/2026/why-sourdough')).not.toMatch(/>English<\/a>/);
  });

  it('links the other version in the meta line, named in its own language, in the page language', () => {
    expect(page('posts/2026/why-sourdough')).toMatch(/Also in <a href="\/posts\/2026\/wei-shen-me-suan-mian-tuan\/" hreflang="zh-CN" lang="zh-CN">中文<\/a>/);
    expect(page('posts/2026/wei-shen-me-suan-mian-tuan')).toMatch(/<a href="\/posts\/2026\/why-sourdough\/" hreflang="en" lang="en">English<\/a>/);
  });

  // Before, the home page's five latest posts, the archive, the pillar and a tag both versions
  // carry listed the post twice in a row (a real bilingual site: 42 posts shown as 84).
  it('lists the post once on the home page, the archive, its pillar and a shared tag: in the site language, linking the other', () => {
    const titles = (html: string) => [...html.matchAll(/class="post-title"><a href="([^"]+)"/g)].map((m) => m[1]);
    for (const path of ['', 'archive', 'pillars/bread', 'tags/bread']) {
      const html = page(path);
      expect(titles(html).filter((t) => t === '/posts/2026/why-sourdough/'), path).toHaveLength(1);
      expect(titles(html), path).not.toContain('/posts/2026/wei-shen-me-suan-mian-tuan/');
      expect(html, path).toMatch(/<li class="translations">Also in <a href="\/posts\/2026\/wei-shen-me-suan-mian-tuan\/" hreflang="zh-CN" lang="zh-CN">中文<\/a><\/li>/);
    }
    // Counted once too.
    const listed = titles(page('archive')).length;
    expect(page('')).toContain(`All ${listed} posts<span aria-hidden="true"> →</span>`);
    expect(page('archive')).toContain(`<p class="muted">${listed} posts</p>`);
    expect(page('search')).toContain(`Search all ${listed} posts, in English or Chinese.`);
    // A tag only the Chinese version carries lists that version.
    expect(titles(page('tags/酸面团'))).toEqual(['/posts/2026/wei-shen-me-suan-mian-tuan/']);
    // The pillar's card on the home page names the post once.
    expect(page('')).not.toContain('wei-shen-me-suan-mian-tuan/">为什么用酸面团');
  });

  // Before, "Next →" on the English page was its own Chinese translation (published two days
  // later), and "← Previous" on the Chinese page the English original: the same text again.
  it('walks previous and next among the other posts, never to a version of the same post', () => {
    const navOf = (path: string) => [...page(path).matchAll(/href="([^"]+)" rel="(?:prev|next)"/g)].map((m) => m[1]);
    const versions = ['/posts/2026/why-sourdough/', '/posts/2026/wei-shen-me-suan-mian-tuan/', '/posts/2026/why-sourdough-again/'];
    for (const path of ['posts/2026/why-sourdough', 'posts/2026/wei-shen-me-suan-mian-tuan']) {
      expect(navOf(path).length, path).toBeGreaterThan(0);
      for (const href of navOf(path)) expect(versions, `${path} -> ${href}`).not.toContain(href);
    }
  });

  it('never links a draft version', () => {
    for (const path of ['posts/2026/why-sourdough', 'posts/2026/wei-shen-me-suan-mian-tuan']) {
      expect(page(path)).not.toContain('DRAFTVERSION');
      expect(page(path)).not.toContain('why-sourdough-de');
    }
  });

  // Before, /rss.xml carried both versions of every translated post: an English reader got each
  // post twice, once in Chinese (a real bilingual site: 50 items for 25 posts).
  it('feeds the post once site-wide, in the site language, and each language its own posts in feeds of its own, advertised by hreflang', () => {
    const links = (xml: string) => [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]).filter((l) => l.includes('/posts/'));
    for (const feed of ['rss.xml', 'pillars/bread/rss.xml']) {
      expect(links(file(feed)).filter((l) => l.endsWith('/posts/2026/why-sourdough/')), feed).toHaveLength(1);
      expect(links(file(feed)), feed).not.toContain('https://example.com/posts/2026/wei-shen-me-suan-mian-tuan/');
    }
    const json = (path: string) => (JSON.parse(file(path)) as { items: { url: string }[]; language: string; title: string });
    expect(json('feed.json').items.map((i) => i.url)).not.toContain('https://example.com/posts/2026/wei-shen-me-suan-mian-tuan/');
    // The Chinese feeds hold the Chinese version, and nothing in English.
    const zh = json('zh/feed.json');
    expect(zh.items.map((i) => i.url)).toContain('https://example.com/posts/2026/wei-shen-me-suan-mian-tuan/');
    expect(zh.items.map((i) => i.url).filter((u) => u.includes('why-sourdough'))).toEqual([]);
    expect(zh.language).toBe('zh-CN');
    expect(zh.title).toMatch(/\(中文\)$/);
    expect(links(file('zh/rss.xml')).sort()).toEqual(zh.items.map((i) => i.url).sort());
    expect(file('zh/atom.xml')).toContain('<link href="https://example.com/zh/atom.xml" rel="self"');
    // The English feeds: every English post, the copy that kept the key included, no Chinese.
    const en = json('en/feed.json').items.map((i) => i.url);
    expect(en).toEqual(expect.arrayContaining(['https://example.com/posts/2026/why-sourdough/', 'https://example.com/posts/2026/why-sourdough-again/']));
    expect(en.filter((u) => zh.items.some((i) => i.url === u))).toEqual([]);
    // Between them, the language feeds hold every post the site-wide feed does, and the other versions.
    expect(new Set([...en, ...zh.items.map((i) => i.url)])).toEqual(new Set([...json('feed.json').items.map((i) => i.url), 'https://example.com/posts/2026/wei-shen-me-suan-mian-tuan/']));
    // Every page advertises them, each with its language; the about page links them.
    expect(page('')).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]*\(中文\) \(RSS\)" href="\/zh\/rss.xml" hreflang="zh-CN"/);
    expect(page('')).toMatch(/href="\/en\/feed.json" hreflang="en"/);
    expect(page('about')).toContain('<a href="/zh/rss.xml">RSS</a>');
  });

  // Before, the footer listed every feed set unlabelled: "RSS Atom JSON Feed" three times.
  it("links the whole site's feeds once in the footer, each language's set only where it is named", () => {
    for (const path of ['', 'about', 'posts/2026/wei-shen-me-suan-mian-tuan']) {
      const footer = /<footer[^>]*>([\s\S]*?)<\/footer>/.exec(page(path))![1]!;
      const hrefs = [...footer.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(hrefs, path).toEqual(['/rss.xml', '/atom.xml', '/feed.json', '/calendar.ics']);
    }
  });
});
