/**
 * A post in two languages (`translationKey`, Hugo's name): each published version's page links
 * the others by hreflang, in its <head> (every version, itself included, absolute with a site
 * address) and in its meta line, named in their own language; a draft version is never linked.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { translationsOf } from '../../src/core/translations.ts';
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

describe('a post published in English and Chinese', () => {
  let page: (path: string) => string;
  beforeAll(async () => {
    const root = await makeRoot('tl-translations-');
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(root, 'content/posts', file)), { recursive: true });
      writeFileSync(join(root, 'content/posts', file), text);
    };
    write('2026/why-sourdough.md', post({ title: 'Why sourdough', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-10', translationKey: 'why-sourdough' }, 'Wild yeast and patience make the loaf.'));
    write('2026/wei-shen-me-suan-mian-tuan.md', post({ title: '为什么用酸面团', channel: 'weibo', pillar: 'bread', status: 'published', publishedAt: '2026-09-12', translationKey: 'why-sourdough' }, '野生酵母和耐心做出这条面包。'));
    write('drafts/why-sourdough-de.md', post({ title: 'DRAFTVERSION Warum Sauerteig', channel: 'blog', status: 'draft', translationKey: 'why-sourdough' }, 'Wilde Hefe und Geduld.'));
    const { outDir } = await buildPortfolio(root);
    page = (path) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
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

  it('links the other version in the meta line, named in its own language, in the page language', () => {
    expect(page('posts/2026/why-sourdough')).toMatch(/Also in <a href="\/posts\/2026\/wei-shen-me-suan-mian-tuan\/" hreflang="zh-CN" lang="zh-CN">中文<\/a>/);
    expect(page('posts/2026/wei-shen-me-suan-mian-tuan')).toMatch(/<a href="\/posts\/2026\/why-sourdough\/" hreflang="en" lang="en">English<\/a>/);
  });

  it('never links a draft version', () => {
    for (const path of ['posts/2026/why-sourdough', 'posts/2026/wei-shen-me-suan-mian-tuan']) {
      expect(page(path)).not.toContain('DRAFTVERSION');
      expect(page(path)).not.toContain('why-sourdough-de');
    }
  });
});
