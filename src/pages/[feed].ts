/**
 * The site-wide feeds of published posts, newest first, with full content (see _lib/feeds.ts):
 * /rss.xml, /atom.xml and /feed.json. An RSS <link> and an Atom <id> must be absolute (RSS 2.0
 * spec, RFC 4287 §4.2.6), so the feeds are written only when the site address (SITE_URL) is set
 * (a dynamic route, so that it can have no path).
 */
import type { APIContext } from 'astro';
import { buildFeed, FEED_FILES, type FeedFormat } from './_lib/feeds.ts';
import { loadSite } from './_lib/site-data.ts';

export function getStaticPaths() {
  if (!import.meta.env.SITE) return [];
  return (Object.keys(FEED_FILES) as FeedFormat[]).map((format) => ({ params: { feed: FEED_FILES[format].file }, props: { format } }));
}

export async function GET(context: APIContext): Promise<Response> {
  const { format } = context.props as { format: FeedFormat };
  const body = await buildFeed(await loadSite(), format, context.site);
  return new Response(body, { headers: { 'Content-Type': FEED_FILES[format].type } });
}
