/**
 * Site paths and addresses of the portfolio. A site path (`/posts/a/`, `/tags/x/`, `/og.png`) names
 * a page or file from the site's root; a link writes it under Astro's base (`/blog/posts/a/` when
 * SITE_URL is https://you.github.io/blog/) with sitePath, an absolute address with absoluteUrl.
 * Routes, sitemap entries, redirects and the build's checks compare site paths.
 */
import { addressPath, withoutQuery } from '../../core/image-address.ts';
import { baseFolder, withBase } from '../../core/site-address.ts';
import { postSlug } from '../../store/post-paths.ts';

/**
 * The site path of a post page, e.g. /posts/2026/red-braised-pork/; a folder post's id
 * `2026/x/index` is published at /posts/2026/x/ (postSlug). Every link, feed, sitemap entry and
 * page route goes through here or postSlug, so they agree.
 */
export function postPath(id: string): string {
  return `/posts/${postSlug(id)}/`;
}

/** The site path of a pillar page. */
export function pillarPath(id: string): string {
  return `/pillars/${id}/`;
}

export { tagSlug } from '../../core/tag-slug.ts';
import { tagSlug } from '../../core/tag-slug.ts';

/**
 * Tags as a post lists them: one per tag page, in the first spelling written (`[raft, RAFT]`,
 * or a Hexo category that is also a tag, would otherwise show two chips linking to one page and
 * two categories in each feed).
 */
export function uniqueTags(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const slug = tagSlug(name);
    if (seen.has(slug)) return false;
    seen.add(slug);
    return true;
  });
}

/** The site path of a tag page. */
export function tagPath(tag: string): string {
  return `/tags/${tagSlug(tag)}/`;
}

/** The site path of a post's social image, named by the post's slug like its page. */
export function socialImagePath(id: string): string {
  return `/og/${postSlug(id)}.png`;
}

/**
 * The site path of a cover relative to its post (`cover.jpg` of 2026/a/index ->
 * /covers/2026/a/cover.jpg, percent-encoded), served by pages/covers/[...path].ts; the file's
 * name is the cover's last segment, without query and fragment, percent-decoded.
 */
export function localCoverPath(id: string, cover: string): string {
  return `/covers/${postSlug(id).split('/').map(encodeURIComponent).join('/')}/${encodeURIComponent(localCoverName(cover))}`;
}

/**
 * The file name a local cover is served under: its last segment, without query and fragment,
 * percent-decoded, with `#`, `?` and `%` as `-`: Astro writes a route's file with those still
 * percent-encoded (`%23`), so a host, which decodes the address once, would answer 404.
 */
export function localCoverName(cover: string): string {
  return addressPath(withoutQuery(cover).split('/').pop()!).replace(/[#?%]/g, '-');
}

/**
 * Astro's base for this build or dev server (`/`, `/blog/`), always ending with `/`: the value the
 * integration takes from the resolved config (THROUGHLINE_BASE, src/integration/index.ts), `/`
 * before it has. Not import.meta.env.BASE_URL: a BASE_URL variable in the environment (vitest
 * sets one) replaces Astro's value there, while Astro's own asset links keep the config's.
 */
export function siteBase(): string {
  return baseFolder(process.env.THROUGHLINE_BASE);
}

/**
 * The base of the site as published (SITE_URL's path, `/blog/`), always ending with `/`: the
 * integration's THROUGHLINE_PUBLIC_BASE, taken before `astro dev` serves the pages at the root, else
 * {@link siteBase}. A build's two are the same; under `astro dev` links stay at the root while
 * absolute addresses (canonical, og:url) name the published page.
 */
export function publicBase(): string {
  return baseFolder(process.env.THROUGHLINE_PUBLIC_BASE ?? process.env.THROUGHLINE_BASE);
}

/**
 * `path`, a site path (`/posts/a/`, `/`, `/og.png#x`), as a link writes it: under `base`
 * (`/blog/posts/a/`, `/blog/`). Unchanged when the base is `/`.
 */
export function sitePath(path: string, base: string = siteBase()): string {
  return withBase(path, base);
}

/**
 * The site path of an address path a page is served at (Astro.url.pathname, which holds the
 * base): `/blog/posts/a/` -> `/posts/a/`; `/blog` -> `/`. A path outside the base is returned as it is.
 */
export function pathInSite(pathname: string, base: string = siteBase()): string {
  if (base === '/') return pathname;
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/**
 * `path`, a site path, made absolute on the configured site (`site`: Astro's site, an origin)
 * under `base` (the published one, {@link publicBase}: under `astro dev` too), or undefined when
 * no site is set (SITE_URL): canonical and og: addresses must be absolute, so they are left out
 * rather than guessed.
 */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string = publicBase()): string | undefined {
  if (!site) return undefined;
  return new URL(sitePath(path, base), site).href;
}
