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

/**
 * The portfolio's public address from the SITE_URL environment variable: undefined when unset or
 * blank, else the origin as `https://host[:port]` (what Astro's `site` takes).
 *
 * The portfolio links its pages from the root (`/posts/…`, `/rss.xml`), so an address with a path
 * (`https://you.github.io/blog/`) would give feeds, canonical links and the sitemap addresses
 * without that path, none of which exist: it is refused, as are addresses that are not http(s).
 * Throws a ThroughlineError naming SITE_URL and the value.
 */
export function readSiteAddress(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  const url = readHttpAddress(text, 'SITE_URL', { en: 'e.g. SITE_URL=https://you.example npm run build', zh: '例如 SITE_URL=https://you.example npm run build' });
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '')
    throw new ThroughlineError(
      {
        en: `"${text}" has a path (${url.pathname}${url.search}${url.hash}); the portfolio is served from the root of its address, so its feeds, canonical links and sitemap would point to ${url.origin}/… and miss it`,
        zh: `"${text}" 带有路径（${url.pathname}${url.search}${url.hash}）；作品集只能放在网址的根目录，否则订阅源、规范链接和站点地图都会指向 ${url.origin}/… 而找不到页面`,
      },
      {
        field: 'SITE_URL',
        hint: {
          en: `serve the site from the root of a (sub)domain and set SITE_URL=${url.origin}`,
          zh: `把站点放在一个（子）域名的根目录，并设置 SITE_URL=${url.origin}`,
        },
      },
    );
  return url.origin;
}
