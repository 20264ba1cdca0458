/**
 * schema.org data (JSON-LD) for the portfolio: the author as a Person with `sameAs` from each
 * channel's `profileUrl`, and each post as an Article (schema.org/Person, schema.org/Article;
 * Google's "Article structured data" names the fields it reads).
 */
import type { Planner } from '../../core/schema/planner.ts';
import type { SitePost } from './site-data.ts';
import { absoluteUrl, postPath } from './urls.ts';

type Json = Record<string, unknown>;

/** The author; `url` only when the site address is known. */
export function personData(planner: Planner, site: URL | undefined): Json {
  const { brand } = planner;
  const sameAs = planner.channels.flatMap((c) => (c.profileUrl ? [c.profileUrl] : []));
  return prune({
    '@type': 'Person',
    name: brand.name,
    description: brand.label || undefined,
    url: absoluteUrl('/', site),
    knowsAbout: brand.pillars.map((p) => p.name),
    sameAs: sameAs.length ? sameAs : undefined,
  });
}

/** A published post as an Article by the Person. */
export function articleData(post: SitePost, planner: Planner, site: URL | undefined, image: string | undefined): Json {
  const { data } = post.entry;
  return prune({
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: post.description,
    inLanguage: post.tag,
    datePublished: new Date(post.epoch).toISOString(),
    dateModified: new Date(post.updatedEpoch ?? post.epoch).toISOString(),
    url: post.originalUrl ?? absoluteUrl(postPath(post.entry.id), site),
    image,
    keywords: post.tags.length ? post.tags.join(', ') : undefined,
    articleSection: post.pillar?.name,
    author: personData(planner, site),
    // The same piece published on other channels (copyOf): its copies' addresses.
    sameAs: post.copies.some((c) => c.url) ? post.copies.flatMap((c) => (c.url ? [c.url] : [])) : undefined,
  });
}

/** The home and about pages: the Person on its own. */
export function profileData(planner: Planner, site: URL | undefined): Json {
  return { '@context': 'https://schema.org', ...personData(planner, site) };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serializeJsonLd(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function prune(data: Json): Json {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}
