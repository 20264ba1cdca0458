/** Site paths and absolute addresses of the portfolio. */
import { addressPath, withoutQuery } from '../../core/image-address.ts';
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
 * `path` made absolute on the configured site, or undefined when no site is set (SITE_URL):
 * canonical and og: addresses must be absolute, so they are left out rather than guessed.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
  if (!site) return undefined;
  return new URL(path, site).href;
}
