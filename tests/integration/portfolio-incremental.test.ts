/**
 * Astro's incremental build (experimental.incrementalBuild, on in astro.config.mjs) copies an
 * unchanged post page from its cache instead of rendering it. A rebuild must still give the
 * dist/ a build without that cache gives, file for file and byte for byte: the pages, their
 * social cards and the search index (which a copied page, running no code, never hands over).
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

/** Every file of `dir` (path from dir) to its bytes; a calendar's DTSTAMP and SEQUENCE (the build's moment) are blanked. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const file = join(d.parentPath, d.name);
    let bytes = readFileSync(file).toString('latin1');
    if (file.endsWith('.ics')) bytes = bytes.replace(/^(DTSTAMP|SEQUENCE):.*$/gm, '$1:-');
    out.set(relative(dir, file), bytes);
  }
  return out;
}

/** The files whose presence or bytes differ between two trees. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => a.get(name) !== b.get(name)).sort();
}

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
async function root(): Promise<string> {
  const made = await makeRoot('tl-incremental-');
  roots.push(made);
  return made;
}

/** dist/ of a fresh root whose content was changed by `edit`, built without Astro's incremental cache. */
async function cleanBuildOf(edit: (root: string) => void): Promise<Map<string, string>> {
  const fresh = await root();
  edit(fresh);
  return tree((await buildPortfolio(fresh, { incremental: false })).outDir);
}

const GLUTEN = 'content/posts/2026/gluten.md';
const editPost = (at: string) => {
  const file = join(at, GLUTEN);
  writeFileSync(file, readFileSync(file, 'utf8').replace('traps the gas yeast makes', 'holds the gas yeast makes'));
};
const editPlanner = (at: string) => {
  const file = join(at, 'content/planner.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('The baker who writes about bread science', 'The baker who measures her bread'));
};
const unpublish = (at: string) => {
  const file = join(at, GLUTEN);
  writeFileSync(file, readFileSync(file, 'utf8').replace('status: published', 'status: draft'));
};

describe('an incremental rebuild of the portfolio', () => {
  test('gives the same dist/ as a build without the cache, when nothing changed and after each change', async () => {
    const at = await root();
    const { outDir } = await buildPortfolio(at);
    expect(existsSync(join(at, '.cache/incremental-build.json'))).toBe(true);
    const first = tree(outDir);
    await buildPortfolio(at);
    expect(differences(tree(outDir), first)).toEqual([]);
    expect([...first.keys()].filter((name) => name.startsWith('og/')).length).toBeGreaterThan(0);

    const steps: [string, (root: string) => void][] = [['a post edited', editPost], ['the planner edited', editPlanner], ['a post back to draft', unpublish]];
    const done: ((root: string) => void)[] = [];
    for (const [name, edit] of steps) {
      edit(at);
      done.push(edit);
      await buildPortfolio(at);
      const clean = await cleanBuildOf((fresh) => done.forEach((e) => e(fresh)));
      expect(differences(tree(outDir), clean), name).toEqual([]);
    }
    expect(existsSync(join(outDir, 'posts/2026/gluten/index.html'))).toBe(false);
  });

  test('copies an unchanged post page from its cache instead of rendering it', async () => {
    const at = await root();
    const { outDir } = await buildPortfolio(at);
    const cached = join(at, '.cache/dist/posts/2026/crust/index.html');
    writeFileSync(cached, readFileSync(cached, 'utf8').replace('</body>', '<!-- from the cache --></body>'));
    await buildPortfolio(at);
    expect(readFileSync(join(outDir, 'posts/2026/crust/index.html'), 'utf8')).toContain('<!-- from the cache -->');
  });

  test('renders every page again after a build that did not finish', async () => {
    const at = await root();
    const { outDir } = await buildPortfolio(at);
    const cached = join(at, '.cache/dist/posts/2026/crust/index.html');
    writeFileSync(cached, readFileSync(cached, 'utf8').replace('</body>', '<!-- from the cache --></body>'));
    // What a build stopped while its pages rendered leaves.
    writeFileSync(join(at, '.cache/throughline/incremental-unfinished'), '');
    await buildPortfolio(at);
    expect(readFileSync(join(outDir, 'posts/2026/crust/index.html'), 'utf8')).not.toContain('<!-- from the cache -->');
  });

  test('indexes the copied pages from the build when the search index lost its record', async () => {
    const at = await root();
    const { outDir } = await buildPortfolio(at);
    const first = tree(outDir);
    rmSync(join(at, '.cache/throughline/search-index.json'));
    rmSync(join(outDir, 'pagefind'), { recursive: true });
    await buildPortfolio(at);
    expect(differences(tree(outDir), first)).toEqual([]);
  });

  test('writes the cards of copied pages when the record of cards is lost, by rendering them again', async () => {
    const at = await root();
    const { outDir } = await buildPortfolio(at);
    const first = tree(outDir);
    rmSync(join(at, '.cache/throughline/incremental-pages.json'));
    await buildPortfolio(at);
    expect(differences(tree(outDir), first)).toEqual([]);
  });
});
