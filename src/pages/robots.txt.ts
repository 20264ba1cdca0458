/**
 * robots.txt (RFC 9309): everything may be crawled; the sitemap is named when the site address is
 * known, under the site's base. Crawlers read robots.txt at the root of a host only: a site under
 * a path (https://you.github.io/blog/) still writes it, for a host that serves it from there.
 */
import type { APIContext } from 'astro';
import { absoluteUrl } from './_lib/urls.ts';

export function GET(context: APIContext): Response {
  const lines = ['User-agent: *', 'Allow: /'];
  if (context.site) lines.push('', `Sitemap: ${absoluteUrl('/sitemap.xml', context.site)}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
