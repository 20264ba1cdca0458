/**
 * A post page's `cacheKey` for Astro's experimental.incrementalBuild: a page whose key and
 * module graph match the previous build is copied from Astro's cache instead of rendered.
 *
 * A post page shows more than its own post: the newer and older posts, its translations, the
 * tags and feeds of the whole site, the brand, the footer's year. So the key is one digest of
 * the whole portfolio, the same for every post page (with the page's id): the build's inputs
 * (src/integration/page-inputs-key.ts: code, planner, files beside the posts, SITE_URL, Node),
 * the UTC year of the build, and each post on the portfolio, copies too (its id, file and full text), in
 * the order the site lists them. What is on the portfolio depends on the clock (a scheduled post
 * comes due) and is taken from the site as read. Any change re-renders every post page.
 */
import { createHash } from 'node:crypto';
import { buildPostsFor } from '../../integration/build-posts.ts';
import { projectRoot } from './project-root.ts';
import type { SiteData } from './site-data.ts';

const FORMAT = 'post-page-key-1';
const keys = new WeakMap<SiteData, string | null>();

/**
 * The digest above for `site`, or undefined when there is none to give: outside a build, with
 * incremental builds off (no inputs key offered), or when a post's text is not among the build's
 * (then every page renders).
 */
export function siteCacheKey(site: SiteData): string | undefined {
  let key = keys.get(site);
  if (key === undefined) {
    key = digestOf(site);
    keys.set(site, key);
  }
  return key ?? undefined;
}

function digestOf(site: SiteData): string | null {
  const build = buildPostsFor(projectRoot());
  if (!build?.pageInputs) return null;
  const h = createHash('sha1').update(`${FORMAT}\0${build.pageInputs}\0${new Date(site.now).getUTCFullYear()}\0`);
  // A copy (copyOf) shows as its original's "Also on" link.
  for (const { post } of [...site.posts, ...site.copies]) {
    const text = build.texts.get(post.file);
    if (text === undefined) return null;
    h.update(`${post.id}\0${post.file}\0`).update(text).update('\0');
  }
  return h.digest('base64url');
}
