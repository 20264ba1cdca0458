/**
 * The portfolio's feeds, site-wide and per pillar, with each post's full rendered HTML:
 * RSS 2.0 with content:encoded (rssboard.org/rss-specification, purl.org/rss/1.0/modules/content),
 * Atom (RFC 4287) and JSON Feed 1.1 (jsonfeed.org/version/1.1), written by feedsmith.
 * Without a site address, links stay relative (readers resolve them against the feed's own URL).
 */
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import { escapeHtmlText } from '../../core/html-text.ts';
import type { Pillar } from '../../core/schema/planner.ts';
import type { SiteData, SitePost } from './site-data.ts';
import { postPath } from './urls.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

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

/** Root-relative href/src made absolute, so images and links work inside a feed reader. */
function absolutize(html: string, site: URL | undefined): string {
  if (!site) return html;
  const origin = site.href.replace(/\/$/, '');
  return html.replace(/\s(href|src)="\/(?!\/)/g, ` $1="${origin}/`);
}

/**
 * Plain text in an XML feed field that readers render as HTML once its XML escaping is undone
 * (RSS `<description>` by spec, titles and categories by common practice): escaped as HTML, so a
 * title or label holding `<script>` stays text. Atom text constructs say so with type="html".
 */
const asHtml = escapeHtmlText;

/** The feed of `pillar` (or the whole site) in `format`, as the response body. */
export async function buildFeed(site: SiteData, format: FeedFormat, siteUrl: URL | undefined, pillar?: Pillar): Promise<string> {
  const { brand } = site.planner;
  const posts = (pillar ? site.posts.filter((p) => p.pillar?.id === pillar.id) : site.posts).slice(0, FEED_ITEMS);
  const link = (path: string) => (siteUrl ? new URL(path, siteUrl).href : path);
  const home = link(pillar ? `/pillars/${pillar.id}/` : '/');
  const self = link(`${pillar ? `/pillars/${pillar.id}/` : '/'}${FEED_FILES[format].file}`);
  const title = pillar ? `${brand.name}: ${pillar.name}` : brand.name;
  const description = pillar?.description || (brand.label ? `${brand.label}. ${brand.audience}` : brand.audience).trim();
  const language = site.lang === 'zh' ? 'zh-CN' : 'en';
  const author = { name: brand.name };
  const items = await Promise.all(
    posts.map(async (p) => ({ p, url: link(postPath(p.entry.id)), html: absolutize(await postHtml(p), siteUrl) })),
  );
  const updated = new Date(Math.max(0, ...posts.map((p) => p.updatedEpoch ?? p.epoch)));
  const categories = (p: SitePost) => [...(p.pillar ? [p.pillar.name] : []), ...p.tags];
  if (format === 'rss')
    return generateRssFeed({
      title: asHtml(title), link: home, description: asHtml(description), language, lastBuildDate: updated, generator: 'Throughline',
      atom: { links: [{ href: self, rel: 'self', type: 'application/rss+xml' }] },
      items: items.map(({ p, url, html }) => ({
        title: asHtml(p.entry.data.title), link: url, guid: { value: url, isPermaLink: Boolean(siteUrl) }, pubDate: new Date(p.epoch),
        description: asHtml(p.description), content: { encoded: html }, categories: categories(p).map((name) => ({ name: asHtml(name) })),
      })),
    });
  if (format === 'atom')
    return generateAtomFeed({
      id: home, title: { type: 'html', value: asHtml(title) }, subtitle: { type: 'html', value: asHtml(description) }, updated,
      authors: [{ name: asHtml(author.name) }], generator: { text: 'Throughline' },
      links: [{ href: home, rel: 'alternate', type: 'text/html' }, { href: self, rel: 'self', type: 'application/atom+xml' }],
      entries: items.map(({ p, url, html }) => ({
        id: url, title: { type: 'html', value: asHtml(p.entry.data.title) }, updated: new Date(p.updatedEpoch ?? p.epoch), published: new Date(p.epoch),
        links: [{ href: url, rel: 'alternate', type: 'text/html', hreflang: p.lang === 'zh' ? 'zh-CN' : 'en' }],
        summary: { type: 'html', value: asHtml(p.description) }, content: { type: 'html', value: html },
        categories: categories(p).map((term) => ({ term: asHtml(term) })),
      })),
    });
  const json = generateJsonFeed({
    title, home_page_url: home, feed_url: self, description, language, authors: [author],
    items: items.map(({ p, url, html }) => ({
      id: url, url, external_url: p.entry.data.url, title: p.entry.data.title, content_html: html, summary: p.description,
      date_published: new Date(p.epoch), date_modified: p.updatedEpoch ? new Date(p.updatedEpoch) : undefined,
      tags: categories(p), language: p.lang === 'zh' ? 'zh-CN' : 'en',
    })),
  });
  return JSON.stringify(json, null, 2);
}
