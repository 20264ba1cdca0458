/**
 * A pillar renamed on the studio's brand page keeps answering at its old addresses on the built
 * portfolio. Before, /pillars/<old>/ and its three feeds vanished: links and bookmarks gave 404
 * and feed readers subscribed to the pillar silently stopped getting its posts.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanner } from '../../src/store/planner-store.ts';
import { brandToValues, saveBrand } from '../../src/studio/brand/brand-form.ts';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const LEAK = /LEAKMARKER-[A-Z]+-\d/g;

describe('the portfolio built after the pillar "bread" is renamed "loaves" on the brand page', () => {
  let root: string;
  let outDir: string;
  const read = (path: string) => readFile(join(outDir, path), 'utf8');
  const links = async (path: string) => {
    const parsed = parseFeed(await read(path));
    if (parsed.format === 'atom') return parsed.feed.entries?.map((e) => e.links?.[0]?.href) ?? [];
    if (parsed.format === 'rss') return parsed.feed.items?.map((i) => i.link) ?? [];
    return parsed.format === 'json' ? (parsed.feed.items?.map((i) => i.url) ?? []) : [];
  };

  beforeAll(async () => {
    root = await makeRoot('tl-former-pillars-');
    const planner = await readPlanner(root);
    const values = brandToValues(planner.brand, planner.portfolio);
    values.pillars[0] = { ...values.pillars[0]!, id: 'loaves', was: 'bread' };
    expect((await saveBrand(root, values, new Map([['bread', 'loaves']]))).errors).toBeNull();
    ({ outDir } = await buildPortfolio(root));
  }, 240_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('answers at the old page with a redirect page to the pillar\'s page, canonical and never indexed', async () => {
    const page = await read('pillars/bread/index.html');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/pillars/loaves/">');
    expect(page).toContain('<link rel="canonical" href="https://example.com/pillars/loaves/">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<a href="/pillars/loaves/">Bread</a>');
    expect(await read('pillars/loaves/index.html')).toContain('A sourdough loaf PUBLISHEDMARKER-TITLE');
  });

  it('writes the pillar\'s feeds at the old feed addresses, carrying its published posts', async () => {
    for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
      expect(await read(`pillars/bread/${file}`), file).toBe(await read(`pillars/loaves/${file}`));
      const items = await links(`pillars/bread/${file}`);
      expect(items, file).toContain('https://example.com/posts/2026/published-sourdough/');
    }
  });

  it('tells hosts that read _redirects to send the old page on with a 301', async () => {
    expect(await read('_redirects')).toMatch(/^\/pillars\/bread\/ \/pillars\/loaves\/ 301$/m);
  });

  it('lets no marker of an unpublished post of the pillar into the old addresses or anywhere else', async () => {
    const names = await readdir(outDir, { recursive: true, withFileTypes: true });
    const files = names.filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
    expect(files.map((f) => relative(outDir, f))).toContain(join('pillars', 'bread', 'feed.json'));
    const leaks = [];
    for (const file of files) for (const m of (await readFile(file)).toString('latin1').matchAll(LEAK)) leaks.push(`${relative(outDir, file)}: ${m[0]}`);
    expect(leaks).toEqual([]);
  });
});
