/**
 * Under `astro build` only: hands the HTML of each page Astro renders to the search index
 * (search-index.ts) as it is rendered, so that Pagefind indexes while the other pages render.
 * The response itself is returned untouched; the index reads a copy.
 */
import { defineMiddleware } from 'astro:middleware';
import { SEARCH_PAGE_HANDOFF, type SearchPageTaker } from './search-handoff.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const take = (globalThis as typeof globalThis & { [SEARCH_PAGE_HANDOFF]?: SearchPageTaker })[SEARCH_PAGE_HANDOFF];
  if (!take || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  take(context.url.pathname, await response.clone().text());
  return response;
});
