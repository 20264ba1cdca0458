import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { planImport } from '../../src/core/feed/import-plan.ts';
import { keptAddressesNote, oldAddressOf } from '../../src/core/feed/old-addresses.ts';
import { readImportSource } from '../../src/core/feed/read-source.ts';

const FEEDS = fileURLToPath(new URL('../fixtures/feeds/', import.meta.url));
const none = { ids: [], urls: [], guids: [] };
const FIXTURE = readFileSync(join(FEEDS, 'wordpress-export.xml'), 'utf8');
const SITE = 'https://meikitchen.example.com';
const LINK = `${SITE}/2024/03/grandmas-noodles/`;

/** The fixture's published post with another permalink (and the blog at another address). */
function planWith(link: string, blog = SITE) {
  const wxr = FIXTURE.replace(`<link>${LINK}</link>`, `<link>${link}</link>`).replace(`<wp:base_blog_url>${SITE}</wp:base_blog_url>`, `<wp:base_blog_url>${blog}</wp:base_blog_url>`);
  const doc = readImportSource({ bytes: new TextEncoder().encode(wxr) }, 'export.xml');
  return planImport(doc.entries, none, { channel: 'blog', status: 'published', language: doc.language });
}

describe('oldAddressOf', () => {
  test.each([
    ['a date permalink', LINK, SITE, { alias: '/2024/03/grandmas-noodles/' }],
    ['a blog under /blog keeps its folder', `${SITE}/blog/2020/01/02/hello/`, `${SITE}/blog`, { alias: '/blog/2020/01/02/hello/' }],
    ['a Chinese slug, percent-encoded by WordPress, as letters', `${SITE}/2020/%e7%ba%a2%e7%83%a7%e8%82%89/`, SITE, { alias: '/2020/红烧肉/' }],
    ['a space stays encoded', `${SITE}/a%20b/`, SITE, { alias: '/a%20b/' }],
    ['plain permalinks cannot be a static path', `${SITE}/?p=12`, SITE, { unservable: '/?p=12' }],
    ['another host is off-site', 'https://elsewhere.example/2024/x/', SITE, undefined],
  ])('%s', (_, link, site, expected) => {
    expect(oldAddressOf(link, site)).toEqual(expected);
  });
});

describe('a WordPress export planned for import', () => {
  test('gives the published post its old path as aliases and no url', () => {
    const post = planWith(`${SITE}/blog/2024/03/01/grandmas-noodles/`, `${SITE}/blog`).drafts[0]!;
    expect(post.frontmatter.aliases).toEqual(['/blog/2024/03/01/grandmas-noodles/']);
    expect(post.frontmatter.url).toBeUndefined();
    expect(post.frontmatter.guid).toBeDefined();
  });

  test("writes no alias that is the new address, and none that is one of the site's own pages, and counts them", () => {
    const same = planWith(`${SITE}/posts/2024/grandmas-noodles-and-broth/`);
    expect(same.drafts[0]!.id).toBe("2024/grandmas-noodles-and-broth");
    expect(same.drafts[0]!.frontmatter.aliases).toBeUndefined();
    const about = planWith(`${SITE}/about/`);
    expect(about.drafts[0]!.frontmatter.aliases).toBeUndefined();
    expect(about.oldAddresses).toEqual({ kept: 0, ownPages: ['/about/'], unservable: [] });
    expect(planWith(`${SITE}/?p=11`).oldAddresses).toEqual({ kept: 0, ownPages: [], unservable: ['/?p=11'] });
    expect(planWith(LINK).oldAddresses).toEqual({ kept: 1, ownPages: [], unservable: [] });
  });

  test('keeps url for a permalink on another host than the blog', () => {
    const post = planWith('https://elsewhere.example/2024/x/').drafts[0]!;
    expect(post.frontmatter.url).toBe('https://elsewhere.example/2024/x/');
    expect(post.frontmatter.aliases).toBeUndefined();
  });
});

describe('keptAddressesNote', () => {
  test('says how many old addresses are kept, and which could not be, in both languages', () => {
    expect(keptAddressesNote({ kept: 0, ownPages: [], unservable: [] }, false)).toBeUndefined();
    expect(keptAddressesNote({ kept: 12, ownPages: ['/about/'], unservable: ['/?p=3', '/?p=4'] }, false)).toEqual({
      en: "the old site's post addresses: 12 old addresses are kept as aliases: (written into the posts), so old links lead to the posts; 2 (/?p=3, …) have a query, which a static page cannot answer: not kept (WordPress's plain permalinks; a host's rule can send them on); /about/ is the site's own page: not kept",
      zh: '旧网站的文章地址：12 个旧地址保留为 aliases:（已写入文章），旧链接会转到文章；2 个（/?p=3…）带查询参数，静态页面无法响应：未保留（WordPress 的朴素固定链接；可在主机上加规则转发）；/about/ 是网站自己的页面：未保留',
    });
    expect(keptAddressesNote({ kept: 1, ownPages: [], unservable: [] }, true)!.en).toBe("the old site's post addresses: 1 old address is kept as aliases: (would be written into the posts), so old links lead to the posts");
  });
});
