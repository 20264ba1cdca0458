/**
 * A page at each tag and category page address of the site this blog moved from
 * (`portfolio.taxonomyAliases` in planner.json: WordPress's /tag/kubernetes/, AstroPaper's
 * /tags/reinforcement-learning/, Hexo's /categories/Java/), sending the reader on to the tag's
 * page here, as tagPath names it now, or the pillar's, or for an old list of every tag or category
 * (`/categories/`, `list: "tags"`) the list of tags, for an old list of posts (`/archives/`,
 * `/page/2/`, `list: "posts"`) the archive, for the home of a site served from a folder (`/blog/`,
 * `list: "home"`) the home page (core/redirects/redirect-page.ts). None for
 * a tag no published post has (core/old-taxonomies/address.ts taxonomyRedirects); an address that
 * would take another page's file has stopped the build in the build check
 * (core/old-taxonomies/clashes.ts). Not in the sitemap, which lists pages, not redirects.
 */
import type { APIContext } from 'astro';
import { taxonomyRedirects } from '../core/old-taxonomies/address.ts';
import { redirectHtml, type RedirectPage } from '../core/redirects/redirect-page.ts';
import { loadSite } from './_lib/site-data.ts';
import { siteWord } from './_lib/site-words.ts';
import { absoluteUrl, sitePath } from './_lib/urls.ts';

export async function getStaticPaths() {
  const { planner, tags, lang, tag: wordsTag } = await loadSite();
  const pages = taxonomyRedirects(planner.portfolio?.taxonomyAliases ?? [], new Set(tags.map((t) => t.slug)));
  // The lists (an old `/categories/`, `/archives/`, a home under a folder) by their pages' own titles.
  const names = new Map<string, string>([['/tags/', lang === 'zh' ? siteWord('标签', wordsTag) : 'Tags'], ['/archive/', lang === 'zh' ? siteWord('归档', wordsTag) : 'Archive'], ['/', planner.brand.name], ...tags.map((t) => [`/tags/${t.slug}/`, t.name] as const), ...planner.brand.pillars.map((p) => [`/pillars/${p.id}/`, p.name] as const)]);
  return pages.map((page) => ({ params: { oldTaxonomy: page.file }, props: { to: page.to, title: names.get(page.to) ?? page.name, lang, wordsTag, kind: 'page' } satisfies Omit<RedirectPage, 'canonical'> }));
}

export function GET(context: APIContext): Response {
  const page = context.props as Omit<RedirectPage, 'canonical'>;
  return new Response(redirectHtml({ ...page, script: (text) => siteWord(text, page.wordsTag!), to: sitePath(page.to), canonical: absoluteUrl(page.to, context.site) ?? sitePath(page.to) }), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
