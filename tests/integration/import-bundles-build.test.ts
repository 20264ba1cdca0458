/**
 * A moved blog's images on the built site: two Hugo page bundles that each hold a
 * `featured.png`, a Hexo post with an asset folder and `{% asset_img %}`, and a Typora post with
 * an HTML `<img src="shot.png" width="300">`, imported with the real CLI and built with the
 * project's config. Each page must show its own image, served by the site.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { runCli } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';

/** A small PNG of one colour: each bundle's featured.png has other bytes. */
function png(colour: string): Buffer {
  const canvas = createCanvas(8, 8);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 8, 8);
  return canvas.toBuffer('image/png');
}

describe('a moved Hugo/Hexo blog built: every page shows its own images', () => {
  let root: string | undefined;
  let out = '';
  let coverBytes: Buffer = Buffer.alloc(0);
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
  /** The img elements of a page's article, as written. */
  const images = (html: string) => [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes('/_astro/'));
  const srcOf = (tag: string) => /\ssrc="([^"]+)"/.exec(tag)![1]!;

  beforeAll(async () => {
    root = await makeRoot('tl-bundles-');
    const src = join(root, 'old-site');
    const files: Record<string, string | Buffer> = {
      'trip-a/index.md': '---\ntitle: Trip A\ndate: 2026-03-02\n---\n\n![](featured.png)\n',
      'trip-a/featured.png': png('#c00'),
      'trip-b/index.md': '---\ntitle: Trip B\ndate: 2026-03-09\n---\n\n![B](./featured.png)\n',
      'trip-b/featured.png': png('#00c'),
      'hexo.md': '---\ntitle: Hexo post\ndate: 2026-03-16 10:00:00\n---\n\n{% asset_img pic.png A picture %}\n',
      'hexo/pic.png': png('#0c0'),
      'typora.md': '---\ntitle: Typora post\ndate: 2026-03-23 10:00:00\n---\n\n<p align="center"><img src="shot.png" width="300"></p>\n',
      'shot.png': png('#cc0'),
      // A srcset beside the post: every 2x screen (and a WebP <source>) would ask for a file the site lacks.
      'picture/index.md': '---\ntitle: Picture\ndate: 2026-03-30\n---\n\n<picture>\n<source srcset="hero.webp" type="image/webp">\n<img src="hero.png" srcset="hero.png 1x, hero@2x.png 2x" sizes="100vw" alt="Hero">\n</picture>\n\n![Centered](centered.png#center)\n\n![Raw](raw.png?raw=true)\n',
      'picture/hero.png': png('#0cc'),
      'picture/hero@2x.png': png('#0cc'),
      'picture/hero.webp': 'RIFF\0\0\0\0WEBPVP8 ',
      'picture/centered.png': png('#c0c'),
      'picture/raw.png': png('#ccc'),
      // A Hugo bundle's cover, `cover: cover.png` beside its index.md: the page's og:image.
      'covered/index.md': '---\ntitle: Covered\ndate: 2026-04-06\ncover: cover.png\n---\n\nText.\n',
      'covered/cover.png': png('#f80'),
      // A cover whose file name holds "#" (written %23 in the cover): Astro wrote it as "%23" in dist/.
      'hashed/index.md': '---\ntitle: Hashed\ndate: 2026-04-13\ncover: "no.%20%231%3F.png"\n---\n\nText.\n',
      'hashed/no. #1?.png': png('#08f'),
    };
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(join(src, path, '..'), { recursive: true });
      writeFileSync(join(src, path), bytes);
    }
    const imported = runCli(['import', src, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(imported.code).toBe(0);
    expect(imported.stdout.trim().split('\n').sort()).toEqual([
      'content/posts/2026/covered/cover.png',
      'content/posts/2026/covered/index.md',
      'content/posts/2026/hashed/index.md',
      'content/posts/2026/hashed/no. #1?.png',
      'content/posts/2026/hexo/index.md',
      'content/posts/2026/hexo/pic.png',
      'content/posts/2026/picture/centered.png',
      'content/posts/2026/picture/hero.png',
      'content/posts/2026/picture/index.md',
      'content/posts/2026/picture/raw.png',
      'content/posts/2026/trip-a/featured.png',
      'content/posts/2026/trip-a/index.md',
      'content/posts/2026/trip-b/featured.png',
      'content/posts/2026/trip-b/index.md',
      'content/posts/2026/typora/index.md',
      'content/posts/2026/typora/shot.png',
    ]);
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.code).toBe(0);
    expect(check.stdout).not.toMatch(/missing-image|template-tag/);
    out = (await buildPortfolio(root)).outDir;
    coverBytes = files['covered/cover.png'] as Buffer;
  }, 600_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("shows each bundle's own featured.png, two files of one name served apart", async () => {
    const [a] = images(page('posts/2026/trip-a'));
    const [b] = images(page('posts/2026/trip-b'));
    expect(a && b).toBeTruthy();
    expect(srcOf(a!)).not.toBe(srcOf(b!));
    const served = await readdir(join(out, '_astro'));
    for (const tag of [a!, b!]) expect(served).toContain(srcOf(tag).replace(/^\/_astro\//, ''));
  });

  it("shows the Hexo asset_img as an image with its title as alt", () => {
    const [img] = images(page('posts/2026/hexo'));
    expect(img).toMatch(/alt="A picture"/);
  });

  it('serves the HTML <img src> from beside the post, its width kept', () => {
    const [img] = images(page('posts/2026/typora'));
    expect(img).toMatch(/width="300"/);
    expect(page('posts/2026/typora')).not.toContain('src="shot.png"');
  });

  it('leaves out srcset candidates beside the post, so the served src shows (no empty srcset, no <source> the site lacks)', async () => {
    const html = page('posts/2026/picture');
    const [img] = images(html);
    expect(img).toMatch(/alt="Hero"/);
    expect(html).not.toMatch(/<source|srcset|sizes=|hero\.webp|hero@2x/i);
    expect(await readdir(join(out, '_astro'))).toContain(srcOf(img!).replace(/^\/_astro\//, ''));
  });

  // A guard: this programmatic build served these before local-image-urls.ts too; `npx astro build`
  // in a project left them as <img __ASTRO_IMAGE_=…> with no src (the plugin's unit tests fail without it).
  it('serves ![](centered.png#center) (a Hugo theme CSS hook) and ![](raw.png?raw=true) as their files, not as <img> with no src', async () => {
    const html = page('posts/2026/picture');
    expect(html).not.toContain('__ASTRO_IMAGE_');
    const imgs = images(html);
    expect(imgs.map((tag) => /alt="([^"]*)"/.exec(tag)?.[1])).toEqual(['Hero', 'Centered', 'Raw']);
    expect(new Set(imgs.map(srcOf)).size).toBe(3);
    const served = await readdir(join(out, '_astro'));
    for (const tag of imgs) expect(served).toContain(srcOf(tag).replace(/^\/_astro\//, ''));
  });

  it('serves a cover whose file name holds "#" or "?" at the address its og:image names', () => {
    const image = /<meta property="og:image" content="https:\/\/example\.com([^"]+)"/.exec(page('posts/2026/hashed'))![1]!;
    expect(image).toMatch(/^\/covers\/2026\/hashed\/[^/]+\.png$/);
    // A static host decodes the address once and serves the file of that name.
    expect(existsSync(join(out, decodeURIComponent(image)))).toBe(true);
  });

  it("serves a bundle's own cover as the page's og:image, and draws no card for it", async () => {
    const html = page('posts/2026/covered');
    expect(html).toContain('<meta property="og:image" content="https://example.com/covers/2026/covered/cover.png"');
    expect(readFileSync(join(out, 'covers/2026/covered/cover.png')).equals(coverBytes)).toBe(true);
    expect(await readdir(join(out, 'og/2026'))).not.toContain('covered.png');
  });
});
