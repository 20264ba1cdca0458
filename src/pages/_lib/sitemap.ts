/** The pages the sitemap lists, with the instant each last changed. */
import type { SiteData, SitePost } from './site-data.ts';
import { pillarPath, postPath, tagPath } from './urls.ts';

export interface SitemapEntry {
  path: string;
  /** Epoch ms, or null when unknown. */
  lastmod: number | null;
}

const changed = (p: SitePost) => p.updatedEpoch ?? p.epoch;
const newest = (posts: SitePost[]) => (posts.length ? Math.max(...posts.map(changed)) : null);

/** Home, archive, tags, about, pillars, tags and posts of `site`: the pages whose canonical address is this site. */
export function sitemapEntries(site: SiteData): SitemapEntry[] {
  const all = newest(site.posts);
  return [
    { path: '/', lastmod: all },
    { path: '/archive/', lastmod: all },
    { path: '/about/', lastmod: null },
    { path: '/tags/', lastmod: all },
    { path: '/search/', lastmod: null },
    ...site.planner.brand.pillars.map((p) => ({ path: pillarPath(p.id), lastmod: newest(site.posts.filter((x) => x.pillar?.id === p.id)) })),
    ...site.tags.map((t) => ({ path: tagPath(t.name), lastmod: newest(t.posts) })),
    // A post whose canonical address is its original (`canonical: original`) is not this site's page to list.
    ...site.posts.filter((p) => !p.originalUrl).map((p) => ({ path: postPath(p.entry.id), lastmod: changed(p) })),
  ];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The urlset document; `loc` percent-encodes non-ASCII paths (RFC 3986) as the protocol requires. */
export function sitemapXml(entries: SitemapEntry[], site: URL): string {
  const urls = entries.map(({ path, lastmod }) => {
    const loc = `<loc>${escapeXml(new URL(path, site).href)}</loc>`;
    return `<url>${loc}${lastmod === null ? '' : `<lastmod>${new Date(lastmod).toISOString()}</lastmod>`}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
