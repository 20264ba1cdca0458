/**
 * The build sends Pagefind only the part of each page it indexes (indexedPart): the search
 * bundle must be the very one Pagefind makes from the whole pages of dist/. Both are made here
 * with the pages added in the same order (Pagefind's index files depend on the order), and the
 * text as the build gives it (searchText: a Chinese page's blocks ended by 。, Chinese broken
 * into characters) in both.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { TIDY_RESULT } from '../../src/pages/_lib/search-result-tidy.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedPart, searchText } from '../../src/integration/search-index.ts';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) out.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  return out;
}

describe('the search index of a build', () => {
  let root: string;
  let outDir: string;
  let fromPages: string;
  let fromParts: string;

  beforeAll(async () => {
    root = await makeRoot('tl-search-input-');
    ({ outDir } = await buildPortfolio(root));
    // Pagefind's own reading of the built site: every HTML file, whole.
    fromPages = mkdtempSync(join(tmpdir(), 'tl-search-whole-'));
    fromParts = mkdtempSync(join(tmpdir(), 'tl-search-part-'));
    const pages = readdirSync(outDir, { recursive: true }).map(String).filter((p) => p.endsWith('.html')).sort();
    // Both with the text as the build sends it (searchText).
    for (const [dir, content] of [[fromPages, (html: string) => searchText(html)], [fromParts, (html: string) => { const part = indexedPart(html); return part === null ? null : searchText(part); }]] as const) {
      const { index } = await pagefind.createIndex({});
      for (const sourcePath of pages) {
        const text = content(readFileSync(join(outDir, sourcePath), 'utf8'));
        if (text !== null) await index!.addHTMLFile({ sourcePath, content: text });
      }
      await index!.writeFiles({ outputPath: dir });
      await pagefind.close();
    }
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(fromPages, { recursive: true, force: true });
    rmSync(fromParts, { recursive: true, force: true });
  });

  it('is byte for byte the bundle Pagefind makes from the whole pages', () => {
    const built = filesOf(fromParts);
    const whole = filesOf(fromPages);
    expect([...built.keys()].sort()).toEqual([...whole.keys()].sort());
    expect(built.size).toBeGreaterThan(5);
    for (const [path, bytes] of whole) expect(built.get(path)!.equals(bytes), path).toBe(true);
  });

  it('holds in the build the same fragments (each result\'s text, named by its hash)', () => {
    const fragments = (dir: string) => readdirSync(join(dir, 'fragment')).sort();
    expect(fragments(join(outDir, 'pagefind'))).toEqual(fragments(fromPages));
  });

  it('searches each post\'s title as its text, and the search page gives its result an excerpt of the body, not the title again', () => {
    // A fragment is Pagefind's record of a page: gzip, a 12-byte "pagefind_dcd" mark, then JSON;
    // the excerpt is cut from its `content` (the words searched), the result's title is its
    // `meta.title`, which Pagefind does not search.
    const dir = join(outDir, 'pagefind', 'fragment');
    const fragments = readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).subarray(12).toString('utf8')) as { content: string; meta: { title?: string } });
    expect(fragments.length).toBeGreaterThan(2);
    const squash = (text: string) => text.replace(/[\s\u200b\u2060]+/g, '');
    const tidy = new Function(`return ${TIDY_RESULT}`)() as (r: unknown) => { excerpt: string };
    for (const { content, meta } of fragments) {
      expect(meta.title, content.slice(0, 60)).toBeTruthy();
      expect(squash(content).startsWith(squash(meta.title!)), meta.title).toBe(true);
      // An excerpt cut from the opening, as Pagefind cuts one for a match in the title.
      const excerpt = tidy({ meta, content, excerpt: content.slice(0, meta.title!.length + 40), sub_results: [] }).excerpt;
      expect(squash(excerpt).startsWith(squash(meta.title!).slice(0, 4)), meta.title).toBe(false);
    }
  });

  it('reads of a post page only its <html> tag and its body region', () => {
    // A post page, not the redirect page an old address of a post (`aliases`) leaves under posts/.
    const pages = readdirSync(join(outDir, 'posts'), { recursive: true }).filter((p) => String(p).endsWith('index.html'));
    const html = pages.map((p) => readFileSync(join(outDir, 'posts', String(p)), 'utf8')).find((text) => !text.includes('http-equiv="refresh"'))!;
    const part = indexedPart(html)!;
    expect(part).toMatch(/^<html lang="[^"]+"[^>]*><article class="post h-entry" data-pagefind-body>/);
    expect(part.endsWith('</article></html>')).toBe(true);
    for (const outside of ['<head>', 'site-header', 'skip-link', 'site-footer', 'application/ld+json']) expect(html).toContain(outside), expect(part).not.toContain(outside);
    expect(part.length).toBeLessThan(html.length / 2);
  });
});

describe('the part of a page the search index reads', () => {
  it('is null for a page without a body region', () => {
    expect(indexedPart('<html lang="en"><body><main>Home</main></body></html>')).toBeNull();
  });

  it('keeps a region whole when it holds elements of its own kind and comments that look like tags', () => {
    const region = '<article data-pagefind-body><p>a</p><article><p>b</p><!-- </article> --></article><p>c</p></article>';
    const html = `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><nav>menu</nav>${region}<footer>f</footer></body></html>`;
    expect(indexedPart(html)).toBe(`<html lang="zh-CN">${region}</html>`);
  });

  it('keeps every region of a page, in order', () => {
    const html = '<html><body><div data-pagefind-body>one</div><aside>x</aside><section class="s" data-pagefind-body>two</section></body></html>';
    expect(indexedPart(html)).toBe('<html><div data-pagefind-body>one</div><section class="s" data-pagefind-body>two</section></html>');
  });

  it('sends the whole page when a region has no end', () => {
    const html = '<html><body><div data-pagefind-body>one</body></html>';
    expect(indexedPart(html)).toBe(html);
  });
});
