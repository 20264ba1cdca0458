/**
 * Whether a feed entry is a post the project has already, written by hand: a post with no `url`
 * and no `guid` (nothing `import` could match it by) in the import's channel, with the same
 * title and the same time. Same title: equal once whitespace is collapsed, case folded and
 * curly quotes read as straight ones (WordPress and most feeds curl what the author typed).
 * Same time: the same minute, when both give a time of day (a post written by hand rarely
 * gives seconds); else the same local day in the channel's zone (publishedAt's reading,
 * shared/interfaces.md §2). A post of that title on another day or at another time, in
 * another channel, or with a url or guid of its own is another post.
 */
import { publishedEpoch, publishedLocalDate } from '../published-at.ts';

/** A post of the project as the import sees it (KnownPosts.posts). */
export interface KnownPost {
  id: string;
  url?: string;
  guid?: string;
  title?: string;
  channel?: string;
  /** Its frontmatter `publishedAt`, as text. */
  publishedAt?: string;
}

/** The id of the post written by hand that the entry (`title`, `publishedAt` as import-plan writes it) is, if any. */
export function samePostByHand(title: string, publishedAt: string, channel: string, zone: string, posts: Iterable<KnownPost>): string | undefined {
  const key = titleKey(title);
  for (const post of posts) {
    if (post.url || post.guid || post.channel !== channel || !post.title || !post.publishedAt) continue;
    if (titleKey(post.title) === key && sameTime(post.publishedAt, publishedAt, zone)) return post.id;
  }
  return undefined;
}

function titleKey(title: string): string {
  return title.normalize('NFC').replace(/[‘’‚‛]/g, "'").replace(/[“”„‟]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function sameTime(a: string, b: string, zone: string): boolean {
  if (DATE_ONLY.test(a.trim()) || DATE_ONLY.test(b.trim())) return publishedLocalDate(a, zone) === publishedLocalDate(b, zone);
  return Math.floor(publishedEpoch(a, zone) / 60_000) === Math.floor(publishedEpoch(b, zone) / 60_000);
}
