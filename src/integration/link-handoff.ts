/**
 * How a rendered page reaches the build's link check (link-check.ts): the middleware
 * (control-chars-middleware.ts) runs inside Astro's bundled pages, a module graph apart from the
 * integration's, so the two meet on globalThis under this symbol. A module of its own so that the
 * pages' bundle imports nothing else of the check.
 */

/** Takes a page's URL path (as requested) and its HTML. */
export type LinkPageTaker = (pathname: string, html: string) => void;

export const LINK_PAGE_HANDOFF = Symbol.for('throughline.linkPage');

/** Withdraws the taker a failed build of this process left: a later command's pages never reach it. */
export function withdrawLinkPageTaker(): void {
  delete (globalThis as typeof globalThis & { [LINK_PAGE_HANDOFF]?: LinkPageTaker })[LINK_PAGE_HANDOFF];
}
