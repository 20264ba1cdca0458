/**
 * How a rendered page reaches the search index: the build's middleware (control-chars-middleware.ts)
 * runs inside Astro's bundled pages, a module graph apart from the integration's, so the two
 * meet on globalThis under this symbol.
 */

/** Takes a page's URL path (as requested, percent-encoded) and its HTML. */
export type SearchPageTaker = (pathname: string, html: string) => void;

export const SEARCH_PAGE_HANDOFF = Symbol.for('throughline.searchPage');

/**
 * Withdraws the taker a build of this process set and did not take back (it failed before its
 * end): a later command's pages, `astro dev`'s among them, never reach a dead build's index.
 */
export function withdrawSearchPageTaker(): void {
  delete (globalThis as typeof globalThis & { [SEARCH_PAGE_HANDOFF]?: SearchPageTaker })[SEARCH_PAGE_HANDOFF];
}
