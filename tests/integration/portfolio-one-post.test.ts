/**
 * A new brand's first post: the home page said "All 1 posts →" and the search page "Search all 1
 * posts" (the count was put before a fixed plural). Both now go through countOf (CLDR plurals).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

let root: string;
const text = (file: string) => readFileSync(join(root, 'dist', file), 'utf8').replace(/<[^>]+>/g, '');

beforeAll(async () => {
  root = await makeRoot('tl-one-post-');
  rmSync(join(root, 'content/posts'), { recursive: true, force: true });
  mkdirSync(join(root, 'content/posts/blog'), { recursive: true });
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
    version: 1,
    brand: { name: 'Sam Hart', label: 'the runner who knows data analysis', audience: 'Amateur runners', strengths: ['running'], timezone: 'Europe/London', pillars: [{ id: 'training', name: 'Training' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=DAILY', start: '2026-10-20', time: '01:30' }],
    breaks: [],
  }));
  writeFileSync(join(root, 'content/posts/blog/clocks-back.md'), '---\ntitle: Running through the clock change\nchannel: blog\nstatus: published\npillar: training\npublishedAt: 2026-10-25T01:30\n---\nA tempo run at half past one, twice.\n');
  await buildPortfolio(root);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('one published post is counted in the singular', () => {
  it('the home page links to "All 1 post"', () => {
    expect(text('index.html')).toContain('All 1 post →');
    expect(text('index.html')).not.toContain('1 posts');
  });
  it('the search page says "Search all 1 post"', () => {
    expect(text('search/index.html')).toContain('Search all 1 post.');
  });
});
