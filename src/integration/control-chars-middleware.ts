/**
 * Every text page and endpoint of the portfolio (post pages, lists, meta tags, JSON-LD, feeds,
 * sitemap, calendars) passes here last, so control characters from any source (post title,
 * description, tags, body, planner names) are removed in this one place (control-chars.ts).
 * The studio's own pages are left alone: it shows the author's text as written, so that saving
 * never changes it.
 *
 * Under `astro build` the cleaned HTML of each page also goes to the search index as it is
 * rendered (search-index.ts takes it through page-handoff.ts), so that Pagefind indexes while
 * the other pages render, and to the link check (link-check.ts, the same way). All in
 * one middleware: each page's body is read and answered once (a second middleware read it again and made a second Response of it, ~0.1 ms a page).
 */
import type { MiddlewareHandler } from 'astro';
import { isTextResponse, stripControlCharsFromOutput } from './control-chars.ts';
import { handPage, LINK_PAGE_HANDOFF, SEARCH_PAGE_HANDOFF } from './page-handoff.ts';
import { pathInSite } from '../pages/_lib/urls.ts';

// Typed with MiddlewareHandler (what defineMiddleware returns), so the module also type-checks
// outside Astro's virtual modules.
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (context.url.pathname === '/studio' || context.url.pathname.startsWith('/studio/')) return response;
  const type = response.headers.get('content-type');
  if (!response.body || !isTextResponse(type)) return response;
  const clean = stripControlCharsFromOutput(await response.text(), type);
  // Set by the build's search index only; the index reads the page as it is written.
  // The build's link check (link-check.ts) reads the post pages' links from the same HTML.
  if (response.status === 200 && type?.startsWith('text/html')) {
    // By its site path, as the build's file list and Astro's `pages` name it (without the base).
    const page = pathInSite(context.url.pathname);
    handPage(SEARCH_PAGE_HANDOFF, page, clean);
    handPage(LINK_PAGE_HANDOFF, page, clean);
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(clean, { status: response.status, statusText: response.statusText, headers });
};
