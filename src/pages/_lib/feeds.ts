/**
 * The portfolio's feeds, site-wide and per pillar, with each post's full rendered HTML:
 * RSS 2.0 with content:encoded (rssboard.org/rss-specification, purl.org/rss/1.0/modules/content),
 * Atom (RFC 4287) and JSON Feed 1.1 (jsonfeed.org/version/1.1), written by feedsmith.
 * Without a site address, links stay relative (readers resolve them against the feed's own URL).
 */
import { itemsLanguage, joinHeading, primaryLanguage } from '../../core/language.ts';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import type { Pillar } from '../../core/schema/planner.ts';
import { joinSentences } from './excerpt.ts';
import { writeFeedDocument, type FeedEntry, type FeedFormat, type FeedHead } from './feed-documents.ts';
import { absoluteFeedLinks } from './feed-links.ts';
import { languageFeedPath, languageFeedTitle } from './feed-languages.ts';
import { listedOnce, type SiteData, type SitePost } from './site-data.ts';
import { absoluteUrl, postPath, sitePath, uniqueTags } from './urls.ts';

export type { FeedFormat };

/** Feeds carry the latest posts only, as readers poll them often; the archive has the rest. */
export const FEED_ITEMS = 50;

export const FEED_FILES: Record<FeedFormat, { file: string; type: string }> = {
  rss: { file: 'rss.xml', type: 'application/rss+xml; charset=utf-8' },
  atom: { file: 'atom.xml', type: 'application/atom+xml; charset=utf-8' },
  json: { file: 'feed.json', type: 'application/feed+json; charset=utf-8' },
};

let container: Promise<AstroContainer> | undefined;
const htmlByPost = new Map<string, Promise<string>>();

/** A post's body as HTML, rendered once per build however many feeds carry it. */
function postHtml(post: SitePost): Promise<string> {
  let html = htmlByPost.get(post.entry.id);
  if (!html) {
    html = (async () => {
      // MDX bodies render through the MDX renderer; Markdown ones need none.
      container ??= AstroContainer.create().then((c) => (c.addServerRenderer({ renderer: mdxRenderer }), c));
      const { Content } = await render(post.entry);
      return (await container).renderToString(Content);
    })();
    if (!import.meta.env.DEV) htmlByPost.set(post.entry.id, html);
  }
  return html;
}


/**
 * The feed of `pillar` (or the whole site) in `format`, as the response body. A post in several
 * languages (translationKey) is one entry, in the site's language where it has that version, as
 * the home page lists it; with `lang`, the feed holds the posts written in that language only
 * (each once), for readers of that language: a post in a third language (`ko`, SitePost.tag) is in
 * the site-wide feeds only. A feed with no posts (a pillar not written for yet)
 * is dated by the site's newest post, else by the build.
 */
export async function buildFeed(site: SiteData, format: FeedFormat, siteUrl: URL | undefined, pillar?: Pillar, lang?: 'en' | 'zh'): Promise<string> {
  const { brand } = site.planner;
  const inScope = site.posts.filter((p) => (!pillar || p.pillar?.id === pillar.id) && (!lang || (p.lang === lang && primaryLanguage(p.tag) === lang)));
  const posts = listedOnce(inScope, lang ?? site.lang).slice(0, FEED_ITEMS);
  const base = lang ? languageFeedPath(lang) : pillar ? `/pillars/${pillar.id}/` : '/';
  // Under the site's base (/blog/) when SITE_URL has a path.
  const link = (path: string) => absoluteUrl(path, siteUrl) ?? sitePath(path);
  const home = link(pillar ? `/pillars/${pillar.id}/` : '/');
  const head: FeedHead = {
    title: pillar ? joinHeading(brand.name, pillar.name) : lang ? languageFeedTitle(brand.name, lang) : brand.name,
    description: pillar?.description || joinSentences([brand.label, brand.audience]),
    home,
    self: link(`${base}${FEED_FILES[format].file}`),
    // The posts' own language and tag when most share them: a Taipei blog's feed is zh-Hant, not
    // the site words' zh-CN, and an English-framed blog of Chinese posts has a zh-CN feed.
    language: itemsLanguage(posts.map((p) => p.tag), lang ?? site.lang),
    author: brand.name,
    fallbackUpdated: site.posts.length > 0 ? Math.max(...site.posts.map((p) => p.updatedEpoch ?? p.epoch)) : Date.now(),
  };
  const entries = await Promise.all(
    posts.map(async (p): Promise<FeedEntry> => ({
      url: link(postPath(p.entry.id)), title: p.entry.data.title, description: p.description,
      // Links and images absolute (root-relative against the site, path-relative against the post).
      html: absoluteFeedLinks(await postHtml(p), siteUrl, link(postPath(p.entry.id))), epoch: p.epoch, updatedEpoch: p.updatedEpoch, lang: p.lang, tag: p.tag,
      categories: uniqueTags([...(p.pillar ? [p.pillar.name] : []), ...p.tags]), externalUrl: p.entry.data.url, permalink: Boolean(siteUrl),
      ...feedGuid(p.post.data),
    })),
  );
  return writeFeedDocument(format, head, entries);
}

/** The post's `guid` (a string the frontmatter gives: the id its old site's feed gave it), as the entry's id. */
function feedGuid(data: object): { guid?: string } {
  const guid = (data as { guid?: unknown }).guid;
  return typeof guid === 'string' && guid.trim() !== '' ? { guid: guid.trim() } : {};
}
