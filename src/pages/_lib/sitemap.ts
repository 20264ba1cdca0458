/** The pages the sitemap lists, with the instant each last changed. */
import { retiredPillarPages } from '../../core/former-pillars/retired.ts';
import type { SiteData, SitePost } from './site-data.ts';
import { absoluteUrl, pillarPath, postPath, tagPath } from './urls.ts';

export interface SitemapEntry {
  path: string;
  /** Epoch ms, or null when unknown. */
  lastmod: number | null;
  /**
   * A post in several languages (translationKey): every version, itself included, by hreflang, as
   * its page's <head> lists them; the sitemap form of the same (xhtml:link, Google's and Bing's rule).
   */
  alternates?: { hreflang: string; path: string }[];
}

const changed = (p: SitePost) => p.updatedEpoch ?? p.epoch;
const newest = (posts: SitePost[]) => (posts.length ? Math.max(...posts.map(changed)) : null);

/**
 * Whether the page at `path` (a site path as Astro renders it) has content of its own worth a
 * search engine's index. Not: the search page (a form, its results are other pages), the 404
 * page, and a list with nothing in it (the archive before a first post, the tag index while no post has a tag, a
 * pillar with no published post yet). Such a page is left out of the sitemap and says
 * `<meta name="robots" content="noindex">` (BaseLayout), so the two agree.
 */
export function isIndexable(path: string, site: SiteData): boolean {
  const page = decodeURI(path).replace(/(?:\/index\.html|\.html)$/, '').replace(/\/?$/, '/');
  if (page === '/search/' || page === '/404/') return false;
  if (page === '/archive/') return site.posts.length > 0;
  // The tag index lists tags: with none (posts that use no tags), it is an empty page.
  if (page === '/tags/') return site.tags.length > 0;
  // A retired pillar's page (core/former-pillars/retired.ts) says the topic is gone: no result to search for.
  if (retiredPillarPages(site.planner.brand.retiredPillars).some((r) => pillarPath(r.id) === page)) return false;
  const pillar = site.planner.brand.pillars.find((p) => pillarPath(p.id) === page);
  if (pillar) return site.posts.some((post) => post.pillar?.id === pillar.id);
  return true;
}

/** Home, archive, tags, about, pillars, tags and posts of `site`: the pages whose canonical address is this site and that have content (isIndexable). */
export function sitemapEntries(site: SiteData): SitemapEntry[] {
  const all = newest(site.posts);
  const entries: SitemapEntry[] = [
    { path: '/', lastmod: all },
    { path: '/archive/', lastmod: all },
    { path: '/about/', lastmod: null },
    { path: '/tags/', lastmod: all },
    ...site.planner.brand.pillars.map((p) => ({ path: pillarPath(p.id), lastmod: newest(site.posts.filter((x) => x.pillar?.id === p.id)) })),
    ...site.tags.map((t) => ({ path: tagPath(t.name), lastmod: newest(t.posts) })),
    // A post whose canonical address is its original (`canonical: original`) is not this site's page to list.
    ...site.posts.filter((p) => !p.originalUrl).map((p) => ({
      path: postPath(p.entry.id),
      lastmod: changed(p),
      ...(p.translations.length ? { alternates: [p, ...p.translations].map((v) => ({ hreflang: v.tag, path: postPath(v.entry.id) })) } : {}),
    })),
  ];
  return entries.filter((entry) => isIndexable(entry.path, site));
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The urlset document, its addresses under the site's base; `loc` percent-encodes non-ASCII paths (RFC 3986) as the protocol requires. */
export function sitemapXml(entries: SitemapEntry[], site: URL): string {
  const urls = entries.map(({ path, lastmod, alternates }) => {
    const loc = `<loc>${escapeXml(absoluteUrl(path, site)!)}</loc>`;
    const links = (alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(absoluteUrl(a.path, site)!)}"/>`).join('');
    return `<url>${loc}${lastmod === null ? '' : `<lastmod>${new Date(lastmod).toISOString()}</lastmod>`}${links}</url>`;
  });
  const xhtml = entries.some((e) => e.alternates?.length) ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls.join('\n')}\n</urlset>\n`;
}
