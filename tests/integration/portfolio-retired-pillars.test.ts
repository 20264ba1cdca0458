/**
 * A pillar removed on the studio's brand page with no pillar to take its posts kept no old
 * address: /pillars/<old>/ on the built portfolio gave 404, where a renamed or merged pillar's
 * leads on (formerIds). Its address now says the topic was retired and links the posts that were
 * published in it and still are, all posts and home; never indexed; its feeds end.
 */
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanner } from '../../src/store/planner-store.ts';
import { brandToValues, saveBrand } from '../../src/studio/brand/brand-form.ts';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const LEAK = /LEAKMARKER-[A-Z]+-\d/g;

describe('the portfolio built after the pillar "bread" is removed with no target on the brand page', () => {
  let root: string;
  let outDir: string;
  const read = (path: string) => readFile(join(outDir, path), 'utf8');

  beforeAll(async () => {
    root = await makeRoot('tl-retired-pillars-');
    const planner = await readPlanner(root);
    const values = brandToValues(planner.brand, planner.portfolio);
    values.pillars = values.pillars.filter((p) => p.id !== 'bread');
    expect((await saveBrand(root, values, new Map([['bread', null]]))).errors).toBeNull();
    ({ outDir } = await buildPortfolio(root));
  }, 240_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('records the pillar as retired in planner.json, with its name and its published posts', async () => {
    const { brand } = await readPlanner(root);
    expect(brand.pillars.map((p) => p.id)).toEqual(['science']);
    // The fixture's "bread" was once "brot" (formerIds): that address is retired with it.
    expect(brand.retiredPillars).toEqual([{ id: 'bread', name: 'Bread', formerIds: ['brot'], posts: expect.arrayContaining(['2026/published-sourdough', '2026/mianbao']) }]);
  });

  it('answers at the old page saying the topic was retired, linking its posts still published, all posts and home, never indexed', async () => {
    const page = await read('pillars/bread/index.html');
    expect(page).toContain('Retired topic');
    expect(page).toContain('This topic has been retired');
    expect(page).toContain('2 posts from this topic');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('href="/posts/2026/published-sourdough/"');
    expect(page).toContain('在家烤面包的第一步');
    expect(page).toContain('href="/archive/"');
    expect(page).toContain('href="/"');
    const brot = await read('pillars/brot/index.html');
    for (const text of ['This topic has been retired', '<meta name="robots" content="noindex">', 'href="/posts/2026/published-sourdough/"']) expect(brot).toContain(text);
  });

  it('keeps no feed at the old feed addresses and leaves the page out of the sitemap', async () => {
    for (const file of ['rss.xml', 'atom.xml', 'feed.json']) await expect(stat(join(outDir, 'pillars/bread', file)), file).rejects.toThrow();
    const sitemap = await read('sitemap.xml').catch(() => '');
    expect(sitemap).not.toContain('/pillars/bread/');
  });

  it('lets no marker of an unpublished or future post of the pillar into the page or anywhere else', async () => {
    const names = await readdir(outDir, { recursive: true, withFileTypes: true });
    const files = names.filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
    expect(files.map((f) => relative(outDir, f))).toContain(join('pillars', 'bread', 'index.html'));
    const leaks = [];
    for (const file of files) for (const m of (await readFile(file)).toString('latin1').matchAll(LEAK)) leaks.push(`${relative(outDir, file)}: ${m[0]}`);
    expect(leaks).toEqual([]);
  });
});
