/**
 * What Astro's stored rendering of a Markdown post depends on besides the post's text: the
 * Markdown plugins of astro.config.mjs (admonitions, CJK line breaks, footnote labels, local and HTML
 * images, TeX math, the sanitizer; a unit test checks the list against the config) with every
 * module they import, the config itself, and the versions of the Markdown processor and KaTeX. Astro keeps
 * a post's rendered HTML in its content store under a digest of the entry, and clears the store
 * when its config changes, but a plugin is a function and its code is not part of that: after an
 * update of Throughline's plugins, every unchanged post kept its old HTML (a colon fix that never
 * reached the pages until the cache folder was deleted). The loader mixes this key into each
 * entry's digest (published-loader.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { importClosure, libraryVersions } from '../store/cache-files.ts';

/** The modules astro.config.mjs hands to the Markdown processor. */
export const MARKDOWN_PLUGIN_MODULES: readonly URL[] = [
  new URL('../pages/_lib/admonitions.ts', import.meta.url),
  new URL('../pages/_lib/bare-links.ts', import.meta.url),
  new URL('../pages/_lib/body-base.ts', import.meta.url),
  new URL('../pages/_lib/body-fixes.ts', import.meta.url),
  new URL('../pages/_lib/cjk-emphasis.ts', import.meta.url),
  new URL('../pages/_lib/cjk-line-breaks.ts', import.meta.url),
  new URL('../pages/_lib/code-languages.ts', import.meta.url),
  new URL('../pages/_lib/code-titles.ts', import.meta.url),
  new URL('../pages/_lib/empty-links.ts', import.meta.url),
  new URL('../pages/_lib/footnote-labels.ts', import.meta.url),
  new URL('../pages/_lib/heading-ids.ts', import.meta.url),
  new URL('../pages/_lib/html-images.ts', import.meta.url),
  new URL('../pages/_lib/language-quotes.ts', import.meta.url),
  new URL('../pages/_lib/latin-emphasis.ts', import.meta.url),
  new URL('../pages/_lib/local-image-urls.ts', import.meta.url),
  new URL('../pages/_lib/part-languages.ts', import.meta.url),
  new URL('../pages/_lib/prose-tags.ts', import.meta.url),
  new URL('../pages/_lib/scroll-focus.ts', import.meta.url),
  new URL('../core/prose-tags.ts', import.meta.url),
  new URL('../pages/_lib/tex-math.ts', import.meta.url),
  new URL('../pages/_lib/toc-placeholder.ts', import.meta.url),
  new URL('../pages/_lib/unnamed-headings.ts', import.meta.url),
  new URL('./sanitize.ts', import.meta.url),
];
const CONFIG = new URL('../../astro.config.mjs', import.meta.url);

/**
 * The posts collection's config: its schema (core/schema/post.ts and the aliases of other
 * generators' keys it reads, schema/post-aliases.ts) and loader, whose code decides the data
 * the loader stores for each entry.
 */
export const ENTRY_DATA_MODULES: readonly URL[] = [new URL('../content.config.ts', import.meta.url)];
const LIBRARIES = ['satteri', '@astrojs/markdown-satteri', 'astro', 'katex'];

let KEY: string | undefined;
let DATA_KEY: string | undefined;

/**
 * A sha1 fed with each module's text and those of its import closure (relative imports), each
 * named by its path relative to src/ (a project moved elsewhere keeps its key); a module that
 * cannot be read (a bundle) is fed as unreadable, so a build never fails over it.
 */
function hashClosures(modules: readonly URL[]): Hash {
  const h = createHash('sha1');
  const base = new URL('../', import.meta.url).href;
  for (const entry of modules) {
    try {
      for (const [url, text] of importClosure(entry)) h.update(url.startsWith(base) ? url.slice(base.length) : url).update('\0').update(text).update('\0');
    } catch {
      h.update(`unreadable ${entry.href}\0`);
    }
  }
  return h;
}

/**
 * A short hash (base64url) of the plugin modules' texts with their import closures (relative
 * imports), the config's text and the processor libraries' versions. Sources that cannot be
 * read (a bundle) give a key of the readable part, so a build never fails over it.
 * `modules` is for tests; the default is cached for the process.
 */
export function markdownRenderKey(modules: readonly URL[] = MARKDOWN_PLUGIN_MODULES): string {
  const cached = modules === MARKDOWN_PLUGIN_MODULES;
  if (cached && KEY !== undefined) return KEY;
  const h = hashClosures(modules);
  try {
    h.update(readFileSync(CONFIG));
    for (const version of libraryVersions(LIBRARIES)) h.update(`\0${version}`);
  } catch {
    // Not in a source checkout: the plugin texts above still count.
  }
  const key = h.digest('base64url').slice(0, 16);
  if (cached) KEY = key;
  return key;
}

/**
 * A short hash (base64url) of the collection config's modules with their import closures
 * (relative imports), as {@link markdownRenderKey} hashes the plugins': the loader mixes it into
 * each entry's digest too, since Astro keeps the entry's data as the schema read it, and clears
 * its store when the config file changes, not when a module it imports does (a build after an
 * update that read Hugo's featured_image as the cover kept 7 posts' data without it). Unreadable
 * sources give the key of the readable part. `modules` is for tests; the default is cached for
 * the process.
 */
export function entryDataKey(modules: readonly URL[] = ENTRY_DATA_MODULES): string {
  const cached = modules === ENTRY_DATA_MODULES;
  if (cached && DATA_KEY !== undefined) return DATA_KEY;
  const key = hashClosures(modules).digest('base64url').slice(0, 16);
  if (cached) DATA_KEY = key;
  return key;
}
