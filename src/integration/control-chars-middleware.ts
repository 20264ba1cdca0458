/**
 * Every text page and endpoint of the portfolio (post pages, lists, meta tags, JSON-LD, feeds,
 * sitemap, calendars) passes here last, so control characters from any source (post title,
 * description, tags, body, planner names) are removed in this one place (control-chars.ts).
 * The studio's own pages are left alone: it shows the author's text as written, so that saving
 * never changes it.
 */
import type { MiddlewareHandler } from 'astro';
import { isTextResponse, stripControlCharsFromOutput } from './control-chars.ts';

// Typed with MiddlewareHandler (what defineMiddleware returns), so the module also type-checks
// outside Astro's virtual modules.
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (context.url.pathname === '/studio' || context.url.pathname.startsWith('/studio/')) return response;
  if (!response.body || !isTextResponse(response.headers.get('content-type'))) return response;
  const clean = stripControlCharsFromOutput(await response.text(), response.headers.get('content-type'));
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(clean, { status: response.status, statusText: response.statusText, headers });
};
