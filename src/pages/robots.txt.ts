/** robots.txt (RFC 9309): everything may be crawled; the sitemap is named when the site address is known. */
import type { APIContext } from 'astro';

export function GET(context: APIContext): Response {
  const lines = ['User-agent: *', 'Allow: /'];
  if (context.site) lines.push('', `Sitemap: ${new URL('/sitemap.xml', context.site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
