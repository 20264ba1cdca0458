/**
 * The sitemap (sitemaps.org/protocol.html): every public page, with lastmod for posts (updatedAt,
 * else publishedAt) and for lists (their newest post). It needs absolute addresses, so it is
 * built only when the site address (SITE_URL) is set (a dynamic route, so that it can have no path).
 */
import type { APIContext } from 'astro';
import { loadSite } from './_lib/site-data.ts';
import { sitemapEntries, sitemapXml } from './_lib/sitemap.ts';

export async function getStaticPaths() {
  return import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [];
}

export async function GET(context: APIContext): Promise<Response> {
  const body = sitemapXml(sitemapEntries(await loadSite()), context.site!);
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
