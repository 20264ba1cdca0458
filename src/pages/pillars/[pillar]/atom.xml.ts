/** One pillar's atom feed, with full content (see _lib/feeds.ts). */
import type { APIContext } from 'astro';
import type { Pillar } from '../../../core/schema/planner.ts';
import { buildFeed, FEED_FILES } from '../../_lib/feeds.ts';
import { loadSite } from '../../_lib/site-data.ts';

export async function getStaticPaths() {
  // Feeds need absolute addresses: none without SITE_URL (see ../../[feed].ts).
  if (!import.meta.env.SITE) return [];
  const { planner } = await loadSite();
  return planner.brand.pillars.map((pillar) => ({ params: { pillar: pillar.id }, props: { pillar } }));
}

export async function GET(context: APIContext): Promise<Response> {
  const { pillar } = context.props as { pillar: Pillar };
  const body = await buildFeed(await loadSite(), 'atom', context.site, pillar);
  return new Response(body, { headers: { 'Content-Type': FEED_FILES.atom.type } });
}
