/**
 * A bilingual site's feeds per language (see _lib/feeds.ts): /en/rss.xml, /en/atom.xml,
 * /en/feed.json and the same under /zh/, each holding the posts written in that language. The
 * site-wide feeds carry each post once, in the site's language where it has that version, so a
 * reader of the other language subscribes here. Written only when the site publishes in both
 * languages, and only with a site address, as the site-wide feeds (../[feed].ts).
 */
import type { APIContext } from 'astro';
import { feedLanguages } from '../_lib/feed-languages.ts';
import { buildFeed, FEED_FILES, type FeedFormat } from '../_lib/feeds.ts';
import { loadSite } from '../_lib/site-data.ts';

export async function getStaticPaths() {
  if (!import.meta.env.SITE) return [];
  const formats = Object.keys(FEED_FILES) as FeedFormat[];
  return feedLanguages(await loadSite()).flatMap((lang) => formats.map((format) => ({ params: { lang, feed: FEED_FILES[format].file }, props: { lang, format } })));
}

export async function GET(context: APIContext): Promise<Response> {
  const { lang, format } = context.props as { lang: 'en' | 'zh'; format: FeedFormat };
  const body = await buildFeed(await loadSite(), format, context.site, undefined, lang);
  return new Response(body, { headers: { 'Content-Type': FEED_FILES[format].type } });
}
