import type { Text } from '../i18n/text.ts';

/**
 * What to build with, once a folder came in from a site whose config named its address
 * (Astro's `site`, Hugo's `baseURL`, Jekyll's and Hexo's `url`: SiteBase `address`): the build
 * writes feeds, the sitemap and canonical links only with SITE_URL, so a host that builds with a
 * plain `npm run build` serves no `/rss.xml` to the old site's subscribers, and its one warning
 * is easily missed in a host's build log. Null when the address is unknown, or when the old site
 * lived in a folder (`root`), where SITE_URL (the root of a host) cannot be that address.
 */
export function siteAddressNote(site: { address?: string; root?: string } | undefined): Text | null {
  if (!site?.address || site.root) return null;
  const address = site.address.replace(/\/+$/, '');
  return {
    en: `the old site was at ${address}: if this portfolio takes its place, build it with SITE_URL=${address} npm run build (on Netlify, Cloudflare Pages or GitLab Pages, set SITE_URL in the site's build settings); without it the build writes no feeds (the old site's readers of /rss.xml get nothing), no sitemap and no canonical links`,
    zh: `旧网站的地址是 ${address}：如果这个作品集要取代它，请用 SITE_URL=${address} npm run build 构建（在 Netlify、Cloudflare Pages 或 GitLab Pages 上，请在网站的构建设置里设置 SITE_URL）；没有它，构建不会生成订阅源（旧网站 /rss.xml 的读者收不到任何内容）、站点地图和 canonical 链接`,
  };
}
