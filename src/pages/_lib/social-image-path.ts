/** Which social image a page shows: the post's own `cover`, else the one generated for it. */
import type { SitePost } from './site-data.ts';
import { socialImagePath } from './urls.ts';

/** A site path or absolute URL. */
export function socialImageOf(post: SitePost): string {
  return post.entry.data.cover ?? socialImagePath(post.entry.id);
}
