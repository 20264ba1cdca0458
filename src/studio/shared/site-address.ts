/**
 * The portfolio's addresses as the studio names them to the user: as published, under SITE_URL's
 * path (`https://you.github.io/blog/` -> `/blog/…`), though `npm start` serves the pages at the
 * root (pages/_lib/urls.ts publicBase).
 */
import { absoluteUrl, publicBase, sitePath } from '../../pages/_lib/urls.ts';

/** `path`, a site path (`/calendar.ics`), as the published site serves it: under SITE_URL's path (`/blog/calendar.ics`). */
export function publishedPath(path: string): string {
  return sitePath(path, publicBase());
}

/**
 * `path` as a full address on the published site (`https://you.github.io/blog/calendar.ics`) when
 * `site` (Astro's site: SITE_URL's origin) is set, else {@link publishedPath}.
 */
export function publishedAddress(path: string, site: URL | string | undefined): string {
  return absoluteUrl(path, site, publicBase()) ?? publishedPath(path);
}
