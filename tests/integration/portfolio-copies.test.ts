/**
 * Cross-posting: an AstroPaper migrant published a post on the blog and its copy on dev.to, filed
 * as a devto post (same body, `url:` on dev.to). Before, the portfolio built a second page for the
 * copy with its own canonical, and the feeds, sitemap and tag page listed the piece twice. With
 * `copyOf:` the site shows one page, canonical to itself, linking the copy (`u-syndication`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

let root: string;
const read = (file: string) => readFileSync(join(root, 'dist', file), 'utf8');
const count = (text: string, part: string) => text.split(part).length - 1;
const BODY = 'Narrowing a union with a type guard keeps the compiler honest. Write the guard once and reuse it everywhere.\n';
const DEVTO = 'https://dev.to/ada/type-guards-in-practice-1k2';

beforeAll(async () => {
  root = await makeRoot('tl-copies-');
  rmSync(join(root, 'content/posts'), { recursive: true, force: true });
  mkdirSync(join(root, 'content/posts/blog'), { recursive: true });
  mkdirSync(join(root, 'content/posts/devto'), { recursive: true });
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
    version: 1,
    brand: { name: 'Ada Park', label: 'The TypeScript teacher', audience: 'Developers new to TypeScript', strengths: ['typescript'], timezone: 'UTC', pillars: [{ id: 'ts', name: 'TypeScript' }] },
    channels: [
      { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07' },
      { id: 'devto', name: 'dev.to', platform: 'other', cadence: 'FREQ=WEEKLY;BYDAY=WE', start: '2026-09-09' },
    ],
    breaks: [],
  }));
  writeFileSync(join(root, 'content/posts/blog/type-guards.md'), `---\ntitle: Type guards in practice\nchannel: blog\nstatus: published\npillar: ts\npublishedAt: 2026-09-07\ntags: [typescript]\n---\n${BODY}`);
  writeFileSync(join(root, 'content/posts/devto/type-guards.md'), `---\ntitle: Type guards in practice\nchannel: devto\nstatus: published\npillar: ts\npublishedAt: 2026-09-09\ntags: [typescript]\nurl: ${DEVTO}\ncopyOf: blog/type-guards\naliases: [/2026/09/type-guards-devto/]\n---\n${BODY}`);
  await buildPortfolio(root);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a post and its copy on dev.to', () => {
  it('build one page, the original, with its own canonical and a u-syndication link to the copy', () => {
    expect(existsSync(join(root, 'dist/og/devto/type-guards.png'))).toBe(false);
    const page = read('posts/blog/type-guards/index.html');
    expect(page).toContain('<link rel="canonical" href="https://example.com/posts/blog/type-guards/">');
    expect(page).toMatch(new RegExp(`Also on <a href="${DEVTO}" rel="syndication noopener" class="u-syndication"[^>]*>dev\\.to</a>`));
    expect(page).toContain('class="post h-entry"');
    expect(page).toContain(`"sameAs":["${DEVTO}"]`);
  });

  it("send a reader of the copy's former page (a copy filed as a post had one) on to the original, as an alias does", () => {
    const redirect = read('posts/devto/type-guards/index.html');
    expect(redirect).toContain('<meta name="robots" content="noindex">');
    expect(redirect).toContain('<link rel="canonical" href="https://example.com/posts/blog/type-guards/">');
    expect(redirect).not.toContain('Narrowing a union');
    expect(read('_redirects')).toContain('/posts/devto/type-guards/ /posts/blog/type-guards/ 301');
  });

  it("send a reader of the copy's own aliases on to the original too (before, they led nowhere)", () => {
    expect(read('2026/09/type-guards-devto/index.html')).toContain('<link rel="canonical" href="https://example.com/posts/blog/type-guards/">');
    expect(read('_redirects')).toContain('/2026/09/type-guards-devto/ /posts/blog/type-guards/ 301');
  });

  it('list the piece once in each feed, the sitemap, the tag page and the archive', () => {
    for (const feed of ['rss.xml', 'atom.xml', 'feed.json']) {
      expect(count(read(feed), 'Type guards in practice'), feed).toBe(1);
      expect(read(feed), feed).not.toContain('/posts/devto/');
    }
    expect(count(read('sitemap.xml'), '/posts/blog/type-guards/')).toBe(1);
    expect(read('sitemap.xml')).not.toContain('/posts/devto/');
    expect(count(read('tags/typescript/index.html'), 'href="/posts/')).toBe(1);
    expect(read('archive/index.html')).not.toContain('/posts/devto/');
  });

  it("count the copy as the dev.to channel's post on the about page", () => {
    const about = read('about/index.html').replace(/<[^>]+>/g, '');
    expect(about).toMatch(/dev\.to(?:\s|&nbsp;)· 1 post(?!s)/);
    expect(about).toMatch(/Blog(?:\s|&nbsp;)· 1 post(?!s)/);
  });
});
