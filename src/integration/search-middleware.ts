/**
 * Under `astro build` only: hands the HTML of each page Astro renders to the search index
 * (search-index.ts) as it is rendered, so that Pagefind indexes while the other pages render.
 * The page is read once: the index gets its text and Astro a response of the same text and headers.
 */
import { defineMiddleware } from 'astro:middleware';
import { SEARCH_PAGE_HANDOFF, type SearchPageTaker } from './search-handoff.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const take = (globalThis as typeof globalThis & { [SEARCH_PAGE_HANDOFF]?: SearchPageTaker })[SEARCH_PAGE_HANDOFF];
  if (!take || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Read once, and the page answered from that text: no second copy of the stream.
  const html = await response.text();
  take(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
