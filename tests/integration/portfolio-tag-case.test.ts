/**
 * Tags that differ only in case (`Go`, `go`, `GO`; `AI`, `ai`) are one tag: one page at the
 * lower-case slug (/tags/go/), as a case-insensitive disk (macOS, Windows) holds one folder for
 * /tags/Go/ and /tags/go/, and as portfolio.taxonomyAliases compares old tag pages. The page,
 * the list of tags, each post's chips and the old tag page's redirect all name it one way: the
 * spelling most posts write (ties: the oldest post's). Before, the newest post's spelling named
 * the page (#GO, written by one post in three) while each post's chip kept its own.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

let root: string;
const html = (file: string) => readFileSync(join(root, 'dist', file), 'utf8');

const post = (title: string, day: string, tags: string) => `---\ntitle: ${title}\nchannel: blog\nstatus: published\npillar: training\npublishedAt: 2026-10-${day}T08:00\ntags: ${tags}\n---\nA run, and the code that timed it.\n`;

beforeAll(async () => {
  root = await makeRoot('tl-tag-case-');
  rmSync(join(root, 'content/posts'), { recursive: true, force: true });
  mkdirSync(join(root, 'content/posts/blog'), { recursive: true });
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
    version: 1,
    brand: { name: 'Sam Hart', label: 'the runner who writes code', audience: 'Amateur runners', strengths: ['running'], timezone: 'Europe/London', pillars: [{ id: 'training', name: 'Training' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=DAILY', start: '2026-10-01', time: '08:00' }],
    breaks: [],
    portfolio: { taxonomyAliases: [{ path: '/tag/golang/', tag: 'go' }] },
  }));
  // Oldest first: Go twice, then go, then GO newest; AI and ai once each (a tie: the older, AI).
  writeFileSync(join(root, 'content/posts/blog/a.md'), post('Pacing in Go', '01', '[Go, AI]'));
  writeFileSync(join(root, 'content/posts/blog/b.md'), post('Splits in Go', '02', '[Go]'));
  writeFileSync(join(root, 'content/posts/blog/c.md'), post('A go tool', '03', '[go, ai]'));
  writeFileSync(join(root, 'content/posts/blog/d.md'), post('GO again', '04', '[GO]'));
  await buildPortfolio(root);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('tags that differ only in case', () => {
  it('build one page each, at the lower-case slug, and no folder a case-insensitive disk would merge', () => {
    const tags = readdirSync(join(root, 'dist/tags')).filter((n) => n !== 'index.html');
    expect(tags.sort()).toEqual(['ai', 'go']);
    expect(new Set(tags.map((n) => n.toLowerCase())).size).toBe(tags.length);
  });

  it('name the tag by the spelling most posts write, on its page, in the list of tags and on every post', () => {
    expect(html('tags/go/index.html')).toMatch(/<h1[^>]*>#Go<\/h1>/);
    expect(html('tags/ai/index.html')).toMatch(/<h1[^>]*>#AI<\/h1>/);
    expect(html('tags/index.html')).toMatch(/href="\/tags\/go\/">#Go</);
    for (const slug of ['a', 'b', 'c', 'd']) {
      const page = html(`posts/blog/${slug}/index.html`);
      expect(page, slug).not.toMatch(/>#(?:go|GO|ai)</);
    }
    expect(html('posts/blog/d/index.html')).toMatch(/href="\/tags\/go\/"[^>]*>#Go</);
  });

  it('lead an old tag page of another case to that page, named alike', () => {
    expect(html('tag/golang/index.html')).toMatch(/url=\/tags\/go\/">[\s\S]*>Go<\/a>/);
  });
});
