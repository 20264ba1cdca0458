/**
 * The Pagefind search index (pagefind.app, Node API) of the post pages, written to
 * <outDir>/pagefind/. Only post bodies (data-pagefind-body) are indexed, one index per language
 * (Chinese is segmented into words); the search page loads both.
 *
 * Pages reach the index as Astro renders them (control-chars-middleware.ts hands over each page's
 * HTML), so Pagefind, a process of its own, indexes on a second core while Astro renders the
 * other pages, instead of reading every page back from dist/ after the build.
 *
 * An unchanged rebuild indexes nothing: the index is a function of the indexed pages' paths and
 * HTML and of Pagefind's version, whose hash is recorded beside Astro's cache
 * (<cacheDir>/throughline/search-index.json) with a hash of the bundle it produced. When a
 * build's pages hash the same and the previous dist/pagefind is still that bundle, that folder
 * is carried into the new build (swapIntoPlace's `carry`) instead of being written again.
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { writeCacheFile } from '../store/cache-files.ts';
import { SEARCH_PAGE_HANDOFF, type SearchPageTaker } from './search-handoff.ts';

/** The folder of the bundle inside outDir. */
export const SEARCH_DIR = 'pagefind';
const ENTRY = 'pagefind-entry.json';
/** Pages sent to Pagefind together (see startSearchIndex's flush). */
const BATCH = 32;
/** Bump when what is indexed, or how, changes without the HTML changing. */
const FORMAT = 'search-index-2';
// The package does not export its package.json: read it beside the resolved entry (lib/index.js).
const PAGEFIND_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version;

interface Manifest {
  format: string;
  /** Site path of each indexed page's file (e.g. posts/2026/x/index.html) to a hash of what was indexed of it (indexedPart). */
  pages: Record<string, string>;
  /** Hash of the bundle's pagefind-entry.json, which names the hash of every index file. */
  entry: string;
}

export interface SearchIndexer {
  /** The outcome: `reused` when the previous bundle in outDir can be carried over unchanged. */
  finish(buildDir: string, logger: AstroIntegrationLogger): Promise<'reused' | 'written'>;
  /** Records the bundle now in outDir/pagefind, once the build is in place. */
  record(outDir: string): void;
}

/**
 * Starts taking rendered pages (globalThis handoff, see search-handoff.ts); `cacheFile` holds
 * the previous build's manifest, `outDir` the previous build's bundle.
 */
export function startSearchIndex(cacheFile: string, outDir: string): SearchIndexer {
  const previous = readManifest(cacheFile, outDir);
  const pages = new Map<string, string>();
  // Pages whose HTML equals the previous build's are not sent while every page so far matched.
  const held: string[] = [];
  let index: Promise<pagefind.PagefindIndex> | undefined;
  const added: Promise<unknown>[] = [];
  // Pages go to Pagefind's process BATCH at a time: one write to its pipe each (Node writes the
  // queued messages with one writev) instead of one per page, each of which woke that process
  // and, on a busy 2-core machine, handed it the core the pages render on (~1.5 s of the main
  // thread inside the pipe's write in a 2,000-post build's profile). Same files, same order.
  let batch: { sourcePath: string; content: string }[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const pages = batch;
    batch = [];
    index ??= openIndex();
    const adding = index.then((i) => Promise.all(pages.map((page) => i.addHTMLFile(page).then(throwErrors))));
    // Awaited by finish(); a build that fails before then must not also report it as unhandled.
    adding.catch(() => undefined);
    added.push(adding);
  };
  const send = (sourcePath: string, content: string) => {
    batch.push({ sourcePath, content });
    if (batch.length >= BATCH) flush();
  };
  const take: SearchPageTaker = (pathname, html) => {
    const indexed = indexedPart(html);
    if (indexed === null) return;
    const sourcePath = sourcePathOf(pathname);
    const digest = hashOf(indexed);
    pages.set(sourcePath, digest);
    if (!index && previous?.pages[sourcePath] === digest) held.push(sourcePath);
    else send(sourcePath, indexed);
  };
  const holder = globalThis as typeof globalThis & { [SEARCH_PAGE_HANDOFF]?: SearchPageTaker };
  holder[SEARCH_PAGE_HANDOFF] = take;
  return {
    async finish(buildDir, logger) {
      delete holder[SEARCH_PAGE_HANDOFF];
      // Checked again now: the previous bundle must still be there to be carried over.
      if (!index && previous && sameKeys(previous.pages, pages) && entryHash(outDir) === previous.entry) {
        logger.info(`search index: ${pages.size} pages, unchanged`);
        return 'reused';
      }
      // A changed page after unchanged ones: those are read back from the finished build.
      for (const sourcePath of held) send(sourcePath, indexedPart(await readFile(join(buildDir, sourcePath), 'utf8')) ?? '');
      flush();
      index ??= openIndex();
      try {
        await Promise.all(added);
        throwErrors(await (await index).writeFiles({ outputPath: join(buildDir, SEARCH_DIR) }));
      } finally {
        await pagefind.close();
      }
      logger.info(`search index: ${pages.size} pages`);
      return 'written';
    },
    record(dir) {
      const manifest: Manifest = { format: manifestFormat(), pages: Object.fromEntries(pages), entry: entryHash(dir) ?? '' };
      // A read-only cache still builds; the next build indexes again.
      writeCacheFile(cacheFile, Buffer.from(JSON.stringify(manifest)), basename(cacheFile));
    },
  };
}

async function openIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`[throughline] search index: ${errors.join('; ')}`);
  return index;
}

function throwErrors<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length) throw new Error(`[throughline] search index: ${response.errors.join('; ')}`);
  return response;
}

/**
 * What Pagefind reads of a page that has a `data-pagefind-body` region: the `<html>` start tag
 * (its `lang` picks the index) and each element carrying `data-pagefind-body`, whole, in
 * document order; null for a page without one (Pagefind skips such pages once any page has
 * one). With a body region Pagefind indexes nothing outside it, and the post pages keep their
 * `data-pagefind-meta`/`-filter`/`-ignore` attributes inside it, so the bundle is the same
 * (tests/integration/portfolio-search-input.test.ts compares it byte for byte) for a fraction
 * of the HTML to send and parse. A region whose end cannot be found sends the whole page.
 */
export function indexedPart(html: string): string | null {
  let at = html.indexOf('data-pagefind-body');
  if (at < 0) return null;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const parts: string[] = [htmlTag];
  while (at >= 0) {
    const start = html.lastIndexOf('<', at);
    const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start, at))?.[1];
    const end = name === undefined ? -1 : elementEnd(html, start, name.toLowerCase());
    if (end < 0) return html;
    parts.push(html.slice(start, end));
    at = html.indexOf('data-pagefind-body', end);
  }
  return `${parts.join('')}</html>`;
}

/** The index just past the end tag closing the `name` element that starts at `start`, or -1 (comments are skipped). */
function elementEnd(html: string, start: number, name: string): number {
  const tags = new RegExp(`<!--[\\s\\S]*?-->|<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

/**
 * The built file of a page's URL path, as Pagefind would find it in dist/ (build.format
 * "directory": /posts/x/ is posts/x/index.html), so that result URLs are the ones Pagefind
 * derives from files (percent-encoded).
 */
export function sourcePathOf(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return /\.html?$/.test(path) ? path : `${path}/index.html`;
}

const hashOf = (text: string) => hash('sha1', text, 'base64url');
const manifestFormat = () => `${FORMAT} pagefind ${PAGEFIND_VERSION}`;

function entryHash(outDir: string): string | null {
  try {
    return hashOf(readFileSync(join(outDir, SEARCH_DIR, ENTRY), 'utf8'));
  } catch {
    return null;
  }
}

/** The previous build's manifest, if it is of this format and outDir still holds its bundle. */
function readManifest(cacheFile: string, outDir: string): Manifest | null {
  try {
    const manifest = JSON.parse(readFileSync(cacheFile, 'utf8')) as Manifest;
    if (manifest.format !== manifestFormat() || !manifest.pages || typeof manifest.pages !== 'object') return null;
    return manifest.entry && manifest.entry === entryHash(outDir) ? manifest : null;
  } catch {
    return null;
  }
}

function sameKeys(before: Record<string, string>, now: Map<string, string>): boolean {
  const keys = Object.keys(before);
  return keys.length === now.size && keys.every((k) => now.get(k) === before[k]);
}
