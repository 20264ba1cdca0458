/** The site-wide json feed of published posts, newest first, with full content (see _lib/feeds.ts). */
import type { APIContext } from 'astro';
import { buildFeed, FEED_FILES } from './_lib/feeds.ts';
import { loadSite } from './_lib/site-data.ts';

export async function GET(context: APIContext): Promise<Response> {
  const body = await buildFeed(await loadSite(), 'json', context.site);
  return new Response(body, { headers: { 'Content-Type': FEED_FILES.json.type } });
}
