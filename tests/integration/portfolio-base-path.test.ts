/**
 * The portfolio built for a site under a path (SITE_URL=https://x.example/blog/, a GitHub Pages
 * project site): served with dist/ at /blog/, every address the site writes (links, assets,
 * feeds, sitemap, redirects) must lead to a file of dist/, and none out of /blog/.
 */
import { existsSync, statSync } from 'node:fs';
import { appendFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioValidator } from '../support/html-validate.ts';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const SITE = 'https://x.example/blog/';
const LEAK = /LEAKMARKER-[A-Z]+-\d/;

/** A post whose body links the site from its root, as authors write it. */
const ROOT_LINKS_POST = `---
title: Root links in a body
channel: blog
status: published
pillar: bread
tags: [sourdough]
publishedAt: 2026-09-22
---

See [the crust post](/posts/2026/crust/), [a heading of another](/posts/2026/mianbao/#2026-09-10) and [the tags](/tags/).

![The site's icon](/favicon.svg)

<img src="/favicon.svg" srcset="/favicon.svg 2x" alt="icon again">

[Elsewhere](https://example.org/posts/) and [relative](../crust/) stay as written.
`;

/** Every file of `dir`, as paths relative to it with `/`. */
async function listFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  return names.filter((d) => d.isFile()).map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'));
}

const decodeEntities = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The addresses a built file names: attributes of HTML, og:image and JSON-LD, feed and sitemap links, CSS url()s, calendar entries' URL, robots' Sitemap, _redirects targets. */
function addressesOf(path: string, text: string): string[] {
  const found: string[] = [];
  if (path.endsWith('.html')) {
    for (const m of text.matchAll(/\s(?:href|src|poster|data)="([^"]*)"/g)) found.push(decodeEntities(m[1]!));
    for (const m of text.matchAll(/\ssrcset="([^"]*)"/g)) for (const part of decodeEntities(m[1]!).split(',')) found.push(part.trim().split(/\s+/)[0]!);
    for (const m of text.matchAll(/<meta (?:property|name)="(?:og:url|og:image|twitter:image)" content="([^"]*)"/g)) found.push(decodeEntities(m[1]!));
    for (const m of text.matchAll(/<meta http-equiv="refresh" content="0; url=([^"]*)"/g)) found.push(decodeEntities(m[1]!));
    for (const m of text.matchAll(/"(?:url|image)":"(https?:[^"]*)"/g)) found.push(m[1]!);
  } else if (/\.(xml)$/.test(path)) {
    for (const m of text.matchAll(/<(?:link|loc|id|guid)[^>]*>(https?:[^<]*)</g)) found.push(decodeEntities(m[1]!));
    for (const m of text.matchAll(/\s(?:href)="(https?:[^"]*)"/g)) found.push(decodeEntities(m[1]!));
  } else if (path.endsWith('.json') && !path.startsWith('pagefind/')) {
    for (const m of text.matchAll(/"(?:home_page_url|feed_url|url|id)":\s*"(https?:[^"]*)"/g)) found.push(m[1]!);
  } else if (path.endsWith('.css')) {
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) found.push(m[1]!);
  } else if (path.endsWith('.ics')) {
    for (const m of text.replace(/\r\n[ \t]/g, '').matchAll(/^URL:(\S+)$/gm)) found.push(m[1]!);
  } else if (path === 'robots.txt') {
    for (const m of text.matchAll(/^Sitemap: (\S+)$/gm)) found.push(m[1]!);
  } else if (path === '_redirects') {
    for (const line of text.split('\n').filter((l) => l.trim() && !l.startsWith('#'))) found.push(line.split(/\s+/)[1]!);
  } else if (path === 'search/pagefind.js') {
    for (const m of text.matchAll(/(?:from|import\()\s*"([^"]+)"/g)) found.push(m[1]!);
  }
  return found;
}

/**
 * Where `address`, named in the file `from` (a path in dist), leads when dist is served at
 * /blog/ of x.example: 'outside' when it is this host's but not under /blog/, null when it is
 * another site's or no address to fetch (mailto:, data:, a fragment), else the file of dist.
 */
function fileOf(address: string, from: string): string | 'outside' | null {
  if (address === '' || address.startsWith('#') || /^(?:mailto|tel|data|javascript):/i.test(address)) return null;
  // A calendar to subscribe to (webcal://) is fetched over https from the same address.
  address = address.replace(/^webcal:/i, 'https:');
  const page = new URL(from.replace(/(?:^|\/)index\.html$/, '/').replace(/^\//, ''), SITE);
  const url = new URL(address, page);
  if (url.host !== 'x.example') return null;
  if (!url.pathname.startsWith('/blog/')) return 'outside';
  const path = decodeURIComponent(url.pathname.slice('/blog/'.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

describe('the built portfolio under SITE_URL=https://x.example/blog/', () => {
  let root: string;
  let dist: string;
  let files: string[];
  const read = (path: string) => readFile(join(dist, path), 'utf8');
  const served = (path: string) => existsSync(join(dist, path)) && (statSync(join(dist, path)).isFile() || existsSync(join(dist, path, 'index.html')));
  const previous = process.env.SITE_URL;

  beforeAll(async () => {
    root = await makeRoot('tl-portfolio-base-');
    await writeFile(join(root, 'content/posts/2026/root-links.md'), ROOT_LINKS_POST);
    // A retired pillar's page (and its old id's) lists the posts it had: under the path too.
    const plannerFile = join(root, 'content/planner.json');
    const planner = JSON.parse(await readFile(plannerFile, 'utf8'));
    planner.brand.retiredPillars = [{ id: 'baking-lore', name: 'Baking lore', formerIds: ['lore'], posts: ['2026/crust'] }];
    await writeFile(plannerFile, JSON.stringify(planner, null, 2));
    // Its only root path in angle brackets, as check's spaced-address hint has an author write one.
    await writeFile(join(root, 'content/posts/2026/angle-link.md'), ROOT_LINKS_POST.replace('title: Root links in a body', 'title: An angle-bracket link').replace(/\n\n[\s\S]*$/, '\n\n![The icon](</favicon.svg>) and [the crust post]( </posts/2026/crust/> ).\n'));
    // An .mdx body links from the root too.
    await appendFile(join(root, 'content/posts/2026/mianbao.mdx'), '\n\n[外皮](/posts/2026/crust/)\n');
    process.env.SITE_URL = SITE;
    try {
      dist = (await buildPortfolio(root, { site: 'env' })).outDir;
    } finally {
      if (previous === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = previous;
    }
    files = await listFiles(dist);
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('writes the site at the root of dist/, to be served at /blog/', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('posts/2026/crust/index.html');
    expect(files.some((f) => f.startsWith('blog/'))).toBe(false);
  });

  it('names no address of its host outside /blog/, and every one under it is a file of dist/', async () => {
    const outside: string[] = [];
    const missing: string[] = [];
    let checked = 0;
    for (const path of files.filter((f) => /\.(html|xml|json|css|txt|ics)$/.test(f) || f === '_redirects' || f === 'search/pagefind.js')) {
      const text = await read(path);
      for (const address of addressesOf(path, text)) {
        const file = fileOf(address, path);
        if (file === null) continue;
        checked++;
        if (file === 'outside') outside.push(`${path}: ${address}`);
        else if (!served(file)) missing.push(`${path}: ${address} (${file})`);
      }
    }
    expect(outside).toEqual([]);
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('links pages, assets, feeds and the sitemap under the path', async () => {
    const home = await read('index.html');
    expect(home).toContain('<a class="site-name" href="/blog/"');
    expect(home).toContain('href="/blog/archive/"');
    expect(home).toContain('<link rel="icon" href="/blog/favicon.svg"');
    expect(home).toMatch(/<link rel="stylesheet" href="\/blog\/_astro\/[^"]+\.css"/);
    expect(home).toContain('<link rel="canonical" href="https://x.example/blog/">');
    expect(home).toContain('<meta property="og:image" content="https://x.example/blog/og.png">');
    expect(home).toContain('type="application/rss+xml" title="Ada Fixture (RSS)" href="/blog/rss.xml"');
    const post = await read('posts/2026/crust/index.html');
    expect(post).toContain('<meta property="og:url" content="https://x.example/blog/posts/2026/crust/">');
    expect(post).toMatch(/"url":"https:\/\/x\.example\/blog\/posts\/2026\/crust\/"/);
    expect(await read('rss.xml')).toContain('<link>https://x.example/blog/posts/2026/crust/</link>');
    expect(await read('pillars/bread/atom.xml')).toContain('href="https://x.example/blog/posts/2026/root-links/"');
    expect(await read('sitemap.xml')).toContain('<loc>https://x.example/blog/posts/2026/crust/</loc>');
    expect(await read('robots.txt')).toContain('Sitemap: https://x.example/blog/sitemap.xml');
    // A published post's calendar entry links its page, under the path (before, it had no URL at all).
    const calendar = (await read('calendar.ics')).replace(/\r\n[ \t]/g, '');
    expect(calendar).toContain('\r\nURL:https://x.example/blog/posts/2026/crust/\r\n');
    expect((await read('calendar/blog.ics')).replace(/\r\n[ \t]/g, '')).toContain('\r\nURL:https://x.example/blog/posts/2026/crust/\r\n');
    const about = await read('about/index.html');
    expect(about).toContain('href="webcal://x.example/blog/calendar/blog.ics"');
    expect(about).toContain('href="https://x.example/blog/calendar/blog.ics"');
  });

  it("writes a body's root links and images under the path, in the page and in the feeds", async () => {
    const page = await read('posts/2026/root-links/index.html');
    expect(page).toContain('href="/blog/posts/2026/crust/"');
    expect(page).toContain('href="/blog/posts/2026/mianbao/#2026-09-10"');
    expect(page).toContain('href="/blog/tags/"');
    expect(page).toMatch(/src="\/blog\/favicon\.svg"/);
    expect(page).toContain('srcset="/blog/favicon.svg 2x"');
    expect(page).toContain('href="https://example.org/posts/"');
    expect(page).toContain('href="../crust/"');
    expect(await read('posts/2026/mianbao/index.html')).toContain('href="/blog/posts/2026/crust/"');
    for (const page of ['pillars/baking-lore/index.html', 'pillars/lore/index.html']) {
      const retired = await read(page);
      expect(retired, page).toContain('href="/blog/posts/2026/crust/"');
      expect(retired, page).toContain('href="/blog/archive/"');
    }
    const angle = await read('posts/2026/angle-link/index.html');
    expect(angle).toMatch(/src="\/blog\/favicon\.svg"/);
    expect(angle).toContain('href="/blog/posts/2026/crust/"');
    expect(await read('feed.json')).toContain('https://x.example/blog/posts/2026/mianbao/#2026-09-10');
  });

  it('loads search from the path and opens results under it', async () => {
    const search = await read('search/index.html');
    expect(search).toContain("bundlePath:'/blog/search/'");
    expect(search).toContain("baseUrl:'/blog/'");
    expect(search).toContain('src="/blog/pagefind/pagefind-ui.js"');
    expect(await read('search/pagefind.js')).toContain('from "/blog/pagefind/pagefind.js"');
  });

  it('sends moved addresses on under the path: redirect pages and host rules', async () => {
    const moved = await read('2026/09/21/crust.html');
    expect(moved).toContain('<meta http-equiv="refresh" content="0; url=/blog/posts/2026/crust/">');
    expect(moved).toContain('<link rel="canonical" href="https://x.example/blog/posts/2026/crust/">');
    const rules = await read('_redirects');
    expect(rules).toContain('/blog/2026/09/21/crust.html /blog/posts/2026/crust/ 301');
    expect(rules).toContain('/blog/feed/ /blog/feed/index.xml 200');
    expect(rules).not.toMatch(/^\/(?!blog\/)/m);
  });

  it('leaks no draft and writes valid HTML', async () => {
    const validator = portfolioValidator();
    const problems: string[] = [];
    for (const path of files) {
      const text = await readFile(join(dist, path), 'latin1');
      if (LEAK.test(text) || LEAK.test(path)) problems.push(`${path}: leak`);
      if (!path.endsWith('.html')) continue;
      const report = await validator.validateString(Buffer.from(text, 'latin1').toString('utf8'), path);
      for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
