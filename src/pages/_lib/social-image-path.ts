/** Which social image a page shows: the post's own `cover`, else the one generated for it. */
import { isLocalImage } from '../../core/image-address.ts';
import { socialCover } from '../../core/social-cover.ts';
import type { SitePost } from './site-data.ts';
import { localCoverPath, socialImagePath } from './urls.ts';

/**
 * A site path or absolute URL; a cover beside the post is served under /covers/ (pages/covers).
 * A cover that link previews do not show (an SVG: core/social-cover.ts) leaves the generated card.
 */
export function socialImageOf(post: SitePost): string {
  const cover = socialCover(post.entry.data.cover);
  if (cover === undefined) return socialImagePath(post.entry.id);
  if (isLocalImage(cover)) return localCoverPath(post.entry.id, cover);
  // An http(s) cover as a URL parser writes it (`my loaf.jpg` -> `my%20loaf.jpg`): link previews'
  // crawlers and JSON-LD readers take a valid URL; a site path is made absolute the same way.
  return /^https?:\/\//i.test(cover) ? new URL(cover).href : cover;
}
