import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sourcePathOf } from '../../src/integration/search-index.ts';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

/** Every search fragment of dist/, decompressed: the text a search result shows. */
function searchText(outDir: string): string {
  const dir = join(outDir, 'pagefind/fragment');
  return readdirSync(dir)
    .map((name) => gunzipSync(readFileSync(join(dir, name))).toString('utf8'))
    .join('\n');
}

const entryOf = (outDir: string) => join(outDir, 'pagefind/pagefind-entry.json');

describe('rebuilding the portfolio', () => {
  let root: string;
  let outDir: string;

  beforeAll(async () => {
    root = await makeRoot('tl-rebuild-');
    ({ outDir } = await buildPortfolio(root));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('carries the previous search index into a rebuild of unchanged posts instead of indexing them again', async () => {
    const before = statSync(entryOf(outDir));
    const text = searchText(outDir);
    await buildPortfolio(root);
    // The very same file, moved into the new build: an index written again would be a new file.
    expect(statSync(entryOf(outDir)).ino).toBe(before.ino);
    expect(searchText(outDir)).toBe(text);
    expect(readdirSync(join(root, '.cache/throughline'))).toContain('search-index.json');
  });

  test('indexes again when a post changes, with its new words and without its old ones', async () => {
    const before = statSync(entryOf(outDir)).ino;
    const file = join(root, 'content/posts/2026/crust.md');
    const text = readFileSync(file, 'utf8');
    expect(searchText(outDir)).not.toContain('REINDEXMARKER');
    writeFileSync(file, text.replace(/\n\n([^\n]+)\n?$/, '\n\nREINDEXMARKER in a rewritten last paragraph.\n'));
    await buildPortfolio(root);
    expect(statSync(entryOf(outDir)).ino).not.toBe(before);
    expect(searchText(outDir)).toContain('REINDEXMARKER');
    const entry = JSON.parse(readFileSync(entryOf(outDir), 'utf8'));
    expect(entry.languages.en.page_count + entry.languages['zh-cn'].page_count).toBe(4);
  });

  test('drops a post that goes back to draft from the search index at the next build', async () => {
    const file = join(root, 'content/posts/2026/crust.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: false$/m, 'draft: true'));
    await buildPortfolio(root);
    expect(searchText(outDir)).not.toContain('REINDEXMARKER');
    expect(JSON.parse(readFileSync(entryOf(outDir), 'utf8')).languages.en.page_count).toBe(2);
  });

  test('writes the index again when the previous dist/ lost it, though no post changed', async () => {
    rmSync(join(outDir, 'pagefind'), { recursive: true });
    await buildPortfolio(root);
    expect(existsSync(entryOf(outDir))).toBe(true);
    expect(JSON.parse(readFileSync(entryOf(outDir), 'utf8')).languages.en.page_count).toBe(2);
  });
});

describe('the search index source path of a page', () => {
  test('is the file Astro writes for the URL path, decoded, as Pagefind would find it in dist/', () => {
    expect(sourcePathOf('/')).toBe('index.html');
    expect(sourcePathOf('/posts/2026/crust/')).toBe('posts/2026/crust/index.html');
    expect(sourcePathOf('/posts/2026/crust')).toBe('posts/2026/crust/index.html');
    expect(sourcePathOf('/tags/%E5%8F%91%E9%85%B5/')).toBe('tags/发酵/index.html');
    expect(sourcePathOf('/404.html')).toBe('404.html');
  });
});
