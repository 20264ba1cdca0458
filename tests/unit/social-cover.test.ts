/**
 * A real Hugo PaperMod post (jesse-wei/jessewei.dev-PaperMod, posts/setup_site: `cover: {image:
 * img/hugo_logo_wide.svg}`) imported and built gave its page an SVG og:image and twitter:image,
 * which link previews do not show (X's cards take JPG, PNG, WEBP and GIF only), so every shared
 * link had no picture, instead of the generated card.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { socialCover } from '../../src/core/social-cover.ts';
import { listDueCards } from '../../src/pages/_lib/social/due-cards.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/roots/portfolio/', import.meta.url));
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('socialCover', () => {
  test('keeps a cover of a type link previews show, in any case, with a query or fragment, or without an extension', () => {
    for (const cover of ['cover.jpg', './img/COVER.JPEG', '/images/a.png?v=2', 'c.webp#center', 'https://x.example/a.gif', 'https://images.example/photo-1?w=1200']) expect(socialCover(cover)).toBe(cover);
  });

  test('leaves the generated card in place of an SVG, AVIF, TIFF, BMP, ICO, HEIC or PDF cover', () => {
    for (const cover of ['img/hugo_logo_wide.svg', '/logo.SVG?v=1', 'https://x.example/a.svgz', 'a.avif', 'scan.tif', 'scan.tiff', 'a.bmp', '/favicon.ico', 'IMG_1.HEIC', 'a.heif', 'poster.pdf']) expect(socialCover(cover)).toBeUndefined();
    expect(socialCover(undefined)).toBeUndefined();
  });
});

describe('the cards a build will queue', () => {
  test('include a post whose cover is an SVG, since its page shows the generated card', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tl-social-cover-'));
    temps.push(root);
    await cp(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
    const file = join(root, 'content/posts/2026/svg-cover.md');
    await writeFile(file, '---\ntitle: An SVG cover\nchannel: blog\nstatus: published\npublishedAt: 2026-11-10T09:00:00+08:00\ncover: /logo.svg\n---\n\nText.\n');
    const paths = (await listDueCards(root, Date.parse('2026-11-30T00:00:00Z'))).map((c) => c.path);
    expect(paths).toContain('/og/2026/svg-cover.png');
  });
});
