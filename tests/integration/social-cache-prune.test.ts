import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the social-card cache after a build', () => {
  let root: string;
  let outDir: string;
  const cacheDir = () => join(root, '.cache/throughline/og');
  const cached = () => readdirSync(cacheDir()).filter((name) => name.endsWith('.png')).sort();
  /** The cards in dist/: og.png and og/<year>/<post>.png. */
  const shipped = () => [join(outDir, 'og.png'), ...readdirSync(join(outDir, 'og/2026')).map((name) => join(outDir, 'og/2026', name))];

  beforeAll(async () => {
    root = await makeRoot('tl-og-prune-');
    ({ outDir } = await buildPortfolio(root));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('holds exactly the cards the built site shows, and drops a card no page uses any more at the next build', async () => {
    const stale = join(cacheDir(), '0123456789abcdef0123456789abcdef.png');
    writeFileSync(stale, 'not a card of this site');
    await buildPortfolio(root);
    const inCache = new Set(cached().map((name) => sha(join(cacheDir(), name))));
    const inDist = new Set(shipped().map(sha));
    expect(inCache).toEqual(inDist);
    expect(cached()).not.toContain('0123456789abcdef0123456789abcdef.png');
  });

  test('replaces the card of a retitled post rather than keeping both', async () => {
    const before = cached();
    const file = join(root, 'content/posts/2026/gluten.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Gluten, retitled for the prune test"'));
    await buildPortfolio(root);
    const after = cached();
    expect(after.length).toBe(before.length);
    expect(after.filter((name) => !before.includes(name)).length).toBe(1);
    expect(new Set(after.map((name) => sha(join(cacheDir(), name))))).toEqual(new Set(shipped().map(sha)));
  });

  test('keeps every cached card when a build fails', async () => {
    const before = cached();
    const stale = join(cacheDir(), 'fedcba9876543210fedcba9876543210.png');
    writeFileSync(stale, 'left by an earlier build');
    const planner = join(root, 'content/planner.json');
    const text = readFileSync(planner, 'utf8');
    writeFileSync(planner, '{ "version": 1, "brand": ');
    try {
      await expect(buildPortfolio(root)).rejects.toThrow();
    } finally {
      writeFileSync(planner, text);
    }
    expect(cached()).toEqual([...before, 'fedcba9876543210fedcba9876543210.png'].sort());
  });
});
