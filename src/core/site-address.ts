import { ThroughlineError } from './errors.ts';
import type { Text } from './i18n/text.ts';

/**
 * `text` as an http(s) URL with a host (WHATWG URL parsing), else a ThroughlineError naming
 * `field` (an environment variable or a CLI option) and the value, with `hint`.
 */
export function readHttpAddress(text: string, field: string, hint: Text): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    url = new URL('invalid:');
  }
  // A pasted page of text is quoted by its start, not whole.
  const quoted = text.slice(0, 60);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.host === '')
    throw new ThroughlineError({ en: `"${quoted}" is not an http(s) address`, zh: `"${quoted}" 不是 http(s) 地址` }, { field, hint });
  return url;
}

/** The portfolio's public address, split as Astro takes it. */
export interface SiteAddress {
  /** The origin, `https://host[:port]`: Astro's `site`. */
  site: string;
  /** The path the site is served under, `/` or `/blog/` (always with both slashes): Astro's `base`. */
  base: string;
}

/**
 * The portfolio's public address from the SITE_URL environment variable: undefined when unset or
 * blank, else its origin and its path (`https://you.github.io/blog` -> site
 * `https://you.github.io`, base `/blog/`; a GitHub Pages project site or a sub-folder of a
 * domain). The path is a folder: a final slash is added when it is missing.
 *
 * A query or a fragment has no place in a site's address (every page, feed and sitemap entry
 * would carry it or drop it): refused, as are addresses that are not http(s). Throws a
 * ThroughlineError naming SITE_URL and the value.
 */
export function readSiteAddress(value: string | undefined): SiteAddress | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  const url = readHttpAddress(text, 'SITE_URL', { en: 'e.g. SITE_URL=https://you.example npm run build', zh: '例如 SITE_URL=https://you.example npm run build' });
  const extra = text.search(/[?#]/);
  if (extra >= 0)
    throw new ThroughlineError(
      {
        en: `"${text}" has a query or fragment (${text.slice(extra)}); a site's address is a host and, if the site is in a folder, its path`,
        zh: `"${text}" 带有查询或片段（${text.slice(extra)}）；站点地址只能是主机名，站点放在子目录时再加上路径`,
      },
      {
        field: 'SITE_URL',
        hint: {
          en: `set SITE_URL=${url.origin}${url.pathname}`,
          zh: `设置 SITE_URL=${url.origin}${url.pathname}`,
        },
      },
    );
  return { site: url.origin, base: url.pathname.replace(/\/*$/, '/') };
}

/** A base as Astro may give it (`/blog`, `/blog/`, `blog`, undefined) as a folder path: `/blog/`, or `/`. */
export function baseFolder(base: string | undefined): string {
  const inner = (base ?? '').replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/**
 * `path`, a path from the site's root (`/posts/a/`, `/`, `/og.png#x`), under `base` (a folder
 * path, baseFolder's): `/blog/posts/a/`, `/blog/`. Unchanged when the base is `/`.
 */
export function withBase(path: string, base: string): string {
  return base === '/' ? path : `${base}${path.replace(/^\/+/, '')}`;
}
