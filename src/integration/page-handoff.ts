/**
 * How a rendered page reaches the build's search index (search-index.ts) and link check
 * (link-check.ts): the middleware (control-chars-middleware.ts) runs inside Astro's bundled
 * pages, a module graph apart from the integration's, so the two meet on globalThis, under one
 * symbol a taker. A module of its own so that the pages' bundle imports nothing else of either.
 */

/** Takes a page's URL path (as requested, percent-encoded) and its HTML. */
export type PageTaker = (pathname: string, html: string) => void;

export const SEARCH_PAGE_HANDOFF = Symbol.for('throughline.searchPage');
export const LINK_PAGE_HANDOFF = Symbol.for('throughline.linkPage');
/** The symbol a taker is set under: the search index's or the link check's. */
export type PageHandoff = typeof SEARCH_PAGE_HANDOFF | typeof LINK_PAGE_HANDOFF;

const holder = globalThis as typeof globalThis & { [K in PageHandoff]?: PageTaker };

/** Sets `take` under `handoff`: every page rendered from then on reaches it, until it is withdrawn. */
export function offerPageTaker(handoff: PageHandoff, take: PageTaker): void {
  holder[handoff] = take;
}

/** Hands a rendered page to the taker set under `handoff`, if any. */
export function handPage(handoff: PageHandoff, pathname: string, html: string): void {
  holder[handoff]?.(pathname, html);
}

/**
 * Withdraws the taker set under `handoff`: at a build's end, or the one a build of this process
 * set and did not take back (it failed before its end), so that a later command's pages, `astro
 * dev`'s among them, never reach a dead build's index or check.
 */
export function withdrawPageTaker(handoff: PageHandoff): void {
  delete holder[handoff];
}
