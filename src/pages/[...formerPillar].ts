/**
 * The old addresses of each renamed or merged pillar (`formerIds` in planner.json, written by the
 * studio's brand page; core/former-pillars/pages.ts): /pillars/<former>/ sends the reader on to
 * the pillar's page (core/redirects/redirect-page.ts, as [...alias].ts does for a post), and, with
 * the site's address (SITE_URL) as the feeds need, /pillars/<former>/rss.xml, atom.xml and
 * feed.json carry the pillar's feeds (the same documents as pillars/[pillar]/[feed].ts), so that
 * readers subscribed there keep getting its posts. The schema refuses a former id that is a
 * pillar's id; an old category or feed address that would take one of these files has stopped
 * the build in the build check (core/redirects/clashes.ts ownSiteFiles). Not in the sitemap.
 */
import type { APIContext } from 'astro';
import { formerPillars } from '../core/former-pillars/pages.ts';
import type { Pillar } from '../core/schema/planner.ts';
import { redirectHtml } from '../core/redirects/redirect-page.ts';
import { buildFeed, FEED_FILES, type FeedFormat } from './_lib/feeds.ts';
import { loadSite } from './_lib/site-data.ts';
import { siteWord } from './_lib/site-words.ts';
import { absoluteUrl, pillarPath, sitePath } from './_lib/urls.ts';

type Props = { pillar: Pillar; lang: 'en' | 'zh'; wordsTag: string; format?: FeedFormat };

export async function getStaticPaths() {
  const { planner, lang, tag: wordsTag } = await loadSite();
  const formats = import.meta.env.SITE ? (Object.keys(FEED_FILES) as FeedFormat[]) : [];
  return formerPillars(planner.brand.pillars).flatMap(({ former, pillar }) => [
    { params: { formerPillar: `pillars/${former}/index.html` }, props: { pillar, lang, wordsTag } satisfies Props },
    ...formats.map((format) => ({ params: { formerPillar: `pillars/${former}/${FEED_FILES[format].file}` }, props: { pillar, lang, wordsTag, format } satisfies Props })),
  ]);
}

export async function GET(context: APIContext): Promise<Response> {
  const { pillar, lang, wordsTag, format } = context.props as Props;
  if (format) return new Response(await buildFeed(await loadSite(), format, context.site, pillar), { headers: { 'Content-Type': FEED_FILES[format].type } });
  const to = pillarPath(pillar.id);
  return new Response(redirectHtml({ to: sitePath(to), canonical: absoluteUrl(to, context.site) ?? sitePath(to), title: pillar.name, lang, wordsTag, script: (text) => siteWord(text, wordsTag), kind: 'page' }), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
