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
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { isUnspacedLanguage } from '../core/language.ts';
import { UNSPACED } from '../pages/_lib/search-term.ts';
import { readCacheRecord, recordedWithAstroCache, writeCacheRecord } from './cache-record.ts';
import type { IncrementalBuild } from './incremental-build.ts';
import { offerPageTaker, SEARCH_PAGE_HANDOFF, withdrawPageTaker, type PageTaker } from './page-handoff.ts';

/** The folder of the bundle inside outDir. */
export const SEARCH_DIR = 'pagefind';
const ENTRY = 'pagefind-entry.json';
/** Pages sent to Pagefind together (see startSearchIndex's flush). */
const BATCH = 32;
/** Bump when what is indexed, or how, changes without the HTML changing. */
const FORMAT = 'search-index-6';
// The package does not export its package.json: read it beside the resolved entry (lib/index.js).
const PAGEFIND_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version;

interface Manifest {
  format: string;
  /** Site path of each indexed page's file (e.g. posts/2026/x/index.html) to a hash of what was indexed of it (indexedPart). */
  pages: Record<string, string>;
  /** Hash of the bundle's pagefind-entry.json, which names the hash of every index file. */
  entry: string;
  /** Hash of Astro's incremental-build manifest when this was recorded (incremental-build.ts), if on. */
  astro?: string;
}

export interface SearchIndexer {
  /** The built files (sourcePathOf) of the pages handed over so far: the pages rendered, indexed or not. */
  rendered(): ReadonlySet<string>;
  /**
   * The outcome: `reused` when the previous bundle in outDir can be carried over unchanged.
   * `restored`: the built files (sourcePathOf) of the pages Astro copied from its incremental
   * cache instead of rendering; they never passed the middleware.
   */
  finish(buildDir: string, logger: AstroIntegrationLogger, restored?: Iterable<string>): Promise<'reused' | 'written'>;
  /** Records the bundle now in outDir/pagefind, once the build is in place. */
  record(outDir: string): void;
}

/**
 * Starts taking rendered pages (globalThis handoff, see page-handoff.ts); `cacheFile` holds
 * the previous build's manifest, `outDir` the previous build's bundle. `astro`: Astro's
 * incremental cache when it is on. A page Astro restores from it is the one the build that
 * wrote Astro's manifest rendered; when that build also recorded this index's manifest (the same
 * hash of Astro's manifest in both), what the page gave the index is taken from there, else it
 * is read back from the finished build.
 *
 * Pagefind's files depend on the order its pages are added, so they are always added in the
 * order of their built files' paths: a build that renders every page, one that copies some from
 * Astro's cache and one whose pages finish in another order give the same bundle. `expected`:
 * the files the build is to index (the posts on the portfolio); while pages render, those are
 * sent as soon as every one before them has come, and the rest at the end.
 */
export function startSearchIndex(cacheFile: string, outDir: string, astro?: IncrementalBuild, expected: Iterable<string> = []): SearchIndexer {
  const previous = readManifest(cacheFile, outDir);
  const restoredKnown = recordedWithAstroCache(previous, astro);
  const pages = new Map<string, string>();
  // Every page the middleware handed over, indexed or not.
  const taken = new Set<string>();
  // The indexed part of each page taken and not sent yet.
  const waiting = new Map<string, string>();
  const order = [...new Set(expected)].sort(byPath);
  let next = 0;
  // Nothing is sent while every page matches the previous build's: the bundle may be reused.
  let writing = previous === null;
  let sent: string[] = [];
  let index: Promise<pagefind.PagefindIndex> | undefined;
  let added: Promise<unknown>[] = [];
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
    sent.push(sourcePath);
    waiting.delete(sourcePath);
    batch.push({ sourcePath, content });
    if (batch.length >= BATCH) flush();
  };
  const pump = () => {
    for (; writing && next < order.length && waiting.has(order[next]!); next++) send(order[next]!, waiting.get(order[next]!)!);
  };
  const take: PageTaker = (pathname, html) => {
    const part = indexedPart(html);
    const indexed = part === null ? null : searchText(part);
    const sourcePath = sourcePathOf(pathname);
    taken.add(sourcePath);
    if (indexed === null) return;
    const digest = hashOf(indexed);
    pages.set(sourcePath, digest);
    waiting.set(sourcePath, indexed);
    if (previous?.pages[sourcePath] !== digest) writing = true;
    pump();
  };
  offerPageTaker(SEARCH_PAGE_HANDOFF, take);
  return {
    rendered: () => taken,
    async finish(buildDir, logger, restored = []) {
      withdrawPageTaker(SEARCH_PAGE_HANDOFF);
      for (const sourcePath of restored) {
        const digest = restoredKnown ? previous.pages[sourcePath] : undefined;
        if (digest !== undefined) pages.set(sourcePath, digest);
        // Not in this build's folder under that name (a page Astro writes elsewhere): nothing to index.
        else if (!restoredKnown) await readFile(join(buildDir, sourcePath), 'utf8').then((html) => take(`/${sourcePath}`, html), () => undefined);
      }
      // Checked again now: the previous bundle must still be there to be carried over.
      if (!writing && previous && sameKeys(previous.pages, pages) && entryHash(outDir) === previous.entry) {
        logger.info(`search index: ${pages.size === 1 ? '1 page' : `${pages.size} pages`}, unchanged`);
        return 'reused';
      }
      const all = [...pages.keys()].sort(byPath);
      if (sent.some((sourcePath, i) => all[i] !== sourcePath)) {
        // A page came that sorts before one already sent (not among `expected`): all again, in order.
        await Promise.allSettled(added);
        await pagefind.close();
        [index, added, sent, batch] = [undefined, [], [], []];
      }
      for (const sourcePath of all.slice(sent.length)) {
        const content = waiting.get(sourcePath) ?? searchText(indexedPart(await readFile(join(buildDir, sourcePath), 'utf8')) ?? '');
        send(sourcePath, content);
      }
      flush();
      index ??= openIndex();
      try {
        await Promise.all(added);
        throwErrors(await (await index).writeFiles({ outputPath: join(buildDir, SEARCH_DIR) }));
      } finally {
        await pagefind.close();
      }
      logger.info(`search index: ${pages.size === 1 ? '1 page' : `${pages.size} pages`}`);
      return 'written';
    },
    record(dir) {
      const manifest: Manifest = { format: manifestFormat(), pages: Object.fromEntries(pages), entry: entryHash(dir) ?? '', astro: astro?.current() ?? undefined };
      // A read-only cache still builds; the next build indexes again.
      writeCacheRecord(cacheFile, manifest);
    },
  };
}

/** Code-unit order of paths, the same on every machine (no locale). */
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

/** Inline elements Pagefind reads through (INLINE_SELECTORS of pagefind/src/fossick/parser.rs, and the usual phrasing ones). */
const INLINE_ENDS = '(?:</(?:a|abbr|acronym|b|bdo|big|cite|code|del|dfn|em|i|ins|kbd|label|mark|q|s|samp|small|span|strong|sub|sup|time|tt|u|var)>)*';
/** A block Pagefind ends with "." when its text ends in a word character: its SENTENCE_SELECTORS and SENTENCE_CHARS (`[\\w'")$*]`, Unicode \\w). */
const BLOCK_END = new RegExp(`([\\p{L}\\p{M}\\p{Nd}\\p{Pc}'")$*])(${INLINE_ENDS})(</(?:h[1-6]|p|td|div|ul|li|article|section)>)`, 'gu');
/** The page's `<html lang>`. */
const HTML_LANG = /<html\b[^>]*\blang="([^"]*)"/i;
/** True when the page is in a language whose sentences end in 。 (isUnspacedLanguage). */
const fullStopPage = (part: string) => isUnspacedLanguage(HTML_LANG.exec(part)?.[1] ?? '');
/**
 * True when Pagefind splits the page's text into words itself and keeps a zero-width space in
 * what it shows: only when the language subtag is `zh` or `ja` (`should_segment` in
 * pagefind/src/fossick/mod.rs); a `yue` page, Chinese too, is split at whitespace like English.
 */
const segmentedPage = (part: string) => /^(?:zh|ja)$/i.test((HTML_LANG.exec(part)?.[1] ?? '').split('-')[0]!);

/**
 * `part` (indexedPart's) with each block that Pagefind would end with an English full stop
 * ended with 。 instead, on a Chinese or Japanese page: Pagefind ends a heading, paragraph, list
 * item or cell whose text ends in a word character with "." (pagefind/src/fossick/parser.rs),
 * so a Chinese page's excerpts read "电源的设计. 需求分析."; it leaves 。 as it is. An <h1> ends
 * with a space instead (the result's title is its text), and so does a table cell: a row's cells
 * are no sentences, and read "高 低 中等" where 。 made them "高。低。中等。". Only what the index
 * reads changes, never the page; other languages are returned as they are.
 */
export function withSentenceEnds(part: string): string {
  // A post's <h1> is also its result title (data-pagefind-meta="title" reads its text): a space
  // ends it instead, which Pagefind trims from the title and reads as no word character.
  return fullStopPage(part) ? part.replace(BLOCK_END, (_, last: string, inline: string, end: string) => `${last}${end === '</h1>' || end === '</td>' ? ' ' : '。'}${inline}${end}`) : part;
}

/**
 * What the build hands Pagefind of a page's indexed part (indexedPart's): its blocks ended as
 * the page's language ends sentences (withSentenceEnds), then its Chinese and Japanese text
 * broken into characters (withCharacterBreaks).
 */
export function searchText(part: string): string {
  return withCharacterBreaks(withSentenceEnds(part));
}

const BETWEEN_UNSPACED = new RegExp(`(?<=[${UNSPACED}])(?=[${UNSPACED}])`, 'gu');
/** Also between such a character and a letter or digit beside it (iPhone手机, 4S店). */
const BESIDE_UNSPACED = new RegExp(`(?<=[${UNSPACED}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?=[${UNSPACED}])`, 'gu');
/** The text between tags (a start tag's attributes are never touched). */
const TEXT_RUN = /(^|>)([^<]+)/g;

/**
 * `part` with a break between every two Chinese or Japanese characters of its text, so that
 * Pagefind indexes each character as a word, and a query, broken the same way by the search page
 * (CHARACTER_TERM in src/pages/_lib/search-term.ts), finds the pages that contain it: a
 * substring search, which is what readers of Chinese expect (Pagefind issue #987).
 *
 * Why: Pagefind 1.6 splits a Chinese page into words with jieba when it indexes and the query
 * with the browser's Intl.Segmenter (ICU) when it searches; the two disagree (Pagefind issues
 * #1237, #993). On 200 posts of a real Chinese blog (daichangya/hexo-blog) and 200 words of 2-4
 * characters found in them, 37% of the results did not contain the word searched (菜市场 found
 * any page with 菜 and 市场), 628 such results ranked above one that did, 7% of the highlights
 * fell outside the word (版本 marked 旧版), and a query mixing scripts (float变量) matched 98%
 * wrong pages; with characters indexed and the query a quoted phrase of characters: recall and
 * precision 1.00 on the words, 0.99 and 0.91 on the mixed queries (a page writing "float 变量"
 * with a space is found too).
 *
 * The break is what the page's index splits words at and leaves out of nothing else: a zero-width
 * space (U+200B) on a page whose `<html lang>` is zh or ja (segmentedPage), whose index keeps it in
 * the text it shows; elsewhere (an English page quoting Chinese) a word joiner and a space
 * (U+2060 U+0020), as that index drops a zero-width space and joins the characters back into one
 * word, and a word joiner stops a Chinese page's index from finding anything. That index also
 * keeps a letter or digit written against such a character in its word (iPhone手机 one word, so
 * 手机 found nothing): there the break also parts them. The search page's
 * processResult (TIDY_RESULT) takes both out of titles and excerpts and joins the highlighted
 * characters into one mark. Only what the index reads changes, never the page.
 */
export function withCharacterBreaks(part: string): string {
  const own = segmentedPage(part);
  const [gap, at] = own ? ['\u200B', BETWEEN_UNSPACED] : ['\u2060 ', BESIDE_UNSPACED];
  return part.replace(TEXT_RUN, (_, open: string, text: string) => open + text.replace(at, gap));
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
  const manifest = readCacheRecord<Manifest>(cacheFile, manifestFormat(), 'pages');
  return manifest?.entry && manifest.entry === entryHash(outDir) ? manifest : null;
}

function sameKeys(before: Record<string, string>, now: Map<string, string>): boolean {
  const keys = Object.keys(before);
  return keys.length === now.size && keys.every((k) => now.get(k) === before[k]);
}
