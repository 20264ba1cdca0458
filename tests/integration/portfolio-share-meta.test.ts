/**
 * What a shared link shows, from the Open Graph and Twitter tags of the built fixture. The about
 * page's site card (name, label, audience, pillars) was described as "About", the page's title,
 * and the home page's as the name alone: og:image:alt describes the image, not the page. No page
 * said its card's size, so a first share on Facebook or LinkedIn showed no picture until the
 * image had been fetched; and X, which reads twitter:image:alt and not og:image:alt, got none.
 * A tag, pillar or archive page shared showed no picture at all (a `summary` card with none).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

let root: string;
let outDir: string;
beforeAll(async () => {
  root = await makeRoot('tl-share-meta-');
  ({ outDir } = await buildPortfolio(root));
}, 180_000);
afterAll(() => rm(root, { recursive: true, force: true }));

/** The content of each `<meta property|name="key">` of a built page, by key (the last one wins). */
function metaOf(path: string): Record<string, string> {
  const html = readFileSync(join(outDir, path), 'utf8');
  const meta: Record<string, string> = {};
  for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) meta[m[1]!] = m[2]!;
  return meta;
}

describe('the site card of the home and about pages', () => {
  for (const path of ['index.html', 'about/index.html'])
    it(`is described by what it shows, the name and the label, to Open Graph and X alike (${path})`, () => {
      const meta = metaOf(path);
      expect(meta['og:image']).toBe('https://example.com/og.png');
      expect(meta['og:image:alt']).toBe('Ada Fixture: The baker who writes about bread science');
      expect(meta['twitter:image:alt']).toBe(meta['og:image:alt']);
    });
});

describe('the size of a shared image', () => {
  for (const path of ['index.html', 'about/index.html', 'posts/2026/gluten/index.html'])
    it(`is given for a generated card, 1200 × 630 PNG (${path})`, () => {
      const meta = metaOf(path);
      expect(meta['og:image:type']).toBe('image/png');
      expect(meta['og:image:width']).toBe('1200');
      expect(meta['og:image:height']).toBe('630');
    });

  it('is not guessed for a cover the post names, whose size the build does not know', () => {
    const meta = metaOf('posts/2026/crust/index.html');
    expect(meta['og:image']).toBe('https://example.org/crust.jpg');
    expect(meta['og:image:width']).toBeUndefined();
    expect(meta['og:image:height']).toBeUndefined();
    expect(meta['og:image:type']).toBeUndefined();
    expect(meta['twitter:image:alt']).toBe('Why the crust crackles');
  });

  it("describes a post's card by the post's title, to X too", () => {
    const meta = metaOf('posts/2026/gluten/index.html');
    expect(meta['twitter:image:alt']).toBe(meta['og:title']);
    expect(meta['og:image:alt']).toBe(meta['og:title']);
  });
});

describe('a page with no picture of its own', () => {
  for (const path of ['tags/crust/index.html', 'pillars/bread/index.html', 'archive/index.html'])
    it(`shares the site card, described and sized (${path})`, () => {
      const meta = metaOf(path);
      expect(meta['og:image']).toBe('https://example.com/og.png');
      expect(meta['og:image:alt']).toBe('Ada Fixture: The baker who writes about bread science');
      expect(meta['twitter:image:alt']).toBe(meta['og:image:alt']);
      expect(meta['og:image:width']).toBe('1200');
      expect(meta['twitter:card']).toBe('summary_large_image');
    });
});
