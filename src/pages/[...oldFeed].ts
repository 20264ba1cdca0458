/**
 * The site's feed at each address of the site this blog moved from (`portfolio.feedAliases` in
 * planner.json: Hugo's /index.xml, jekyll-feed's /feed.xml, WordPress's /feed/), in the format the
 * old feed had: the same posts as /rss.xml (see _lib/feeds.ts), so that readers subscribed there
 * keep getting them. Written only with the site's address (SITE_URL), as the feeds are; an
 * address that would take another file has stopped the build in the build check
 * (core/old-feeds/clashes.ts).
 */
import type { APIContext } from 'astro';
import { feedAliasFile, feedAliasFormat } from '../core/old-feeds/address.ts';
import { buildFeed, FEED_FILES, type FeedFormat } from './_lib/feeds.ts';
import { loadSite } from './_lib/site-data.ts';

export async function getStaticPaths() {
  if (!import.meta.env.SITE) return [];
  const { planner } = await loadSite();
  return (planner.portfolio?.feedAliases ?? []).map((alias) => ({ params: { oldFeed: feedAliasFile(alias.path) }, props: { format: feedAliasFormat(alias) } }));
}

export async function GET(context: APIContext): Promise<Response> {
  const { format } = context.props as { format: FeedFormat };
  const body = await buildFeed(await loadSite(), format, context.site);
  return new Response(body, { headers: { 'Content-Type': FEED_FILES[format].type } });
}
