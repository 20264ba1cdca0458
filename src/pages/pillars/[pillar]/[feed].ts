/**
 * Each pillar's feeds, with full content (see _lib/feeds.ts): /pillars/<pillar>/rss.xml,
 * atom.xml and feed.json. Written only with a site address, as the site-wide feeds
 * (../../[feed].ts): an RSS <link> and an Atom <id> must be absolute.
 */
import type { APIContext } from 'astro';
import type { Pillar } from '../../../core/schema/planner.ts';
import { buildFeed, FEED_FILES, type FeedFormat } from '../../_lib/feeds.ts';
import { loadSite } from '../../_lib/site-data.ts';

export async function getStaticPaths() {
  if (!import.meta.env.SITE) return [];
  const { planner } = await loadSite();
  const formats = Object.keys(FEED_FILES) as FeedFormat[];
  return planner.brand.pillars.flatMap((pillar) =>
    formats.map((format) => ({ params: { pillar: pillar.id, feed: FEED_FILES[format].file }, props: { pillar, format } })),
  );
}

export async function GET(context: APIContext): Promise<Response> {
  const { pillar, format } = context.props as { pillar: Pillar; format: FeedFormat };
  const body = await buildFeed(await loadSite(), format, context.site, pillar);
  return new Response(body, { headers: { 'Content-Type': FEED_FILES[format].type } });
}
