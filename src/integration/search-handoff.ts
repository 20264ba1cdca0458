/**
 * How a rendered page reaches the search index: the build's middleware (control-chars-middleware.ts)
 * runs inside Astro's bundled pages, a module graph apart from the integration's, so the two
 * meet on globalThis under this symbol.
 */

/** Takes a page's URL path (as requested, percent-encoded) and its HTML. */
export type SearchPageTaker = (pathname: string, html: string) => void;

export const SEARCH_PAGE_HANDOFF = Symbol.for('throughline.searchPage');
