/**
 * Whether a feed entry is a post the project has already, written by hand: a post with no `url`
 * and no `guid` (nothing `import` could match it by) in the import's channel, with the same
 * title and the same time. Same title: equal once whitespace is collapsed, case folded, curly
 * quotes read as straight ones, … as "..." and en and em dashes as "-" (WordPress and most
 * feeds curl the quotes an author typed, and WordPress turns "..." and "--" into … and –).
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

/**
 * Finds the post written by hand in `channel` that an entry is: called with the entry's title and
 * `publishedAt` (as import-plan writes it), it answers that post's id, if any. The posts are
 * indexed by title once, so a feed of thousands of entries is not compared with every post.
 */
export function handWrittenPosts(posts: Iterable<KnownPost>, channel: string, zone: string): (title: string, publishedAt: string) => string | undefined {
  const byTitle = new Map<string, { id: string; publishedAt: string }[]>();
  for (const post of posts) {
    if (post.url || post.guid || post.channel !== channel || !post.title || !post.publishedAt) continue;
    const key = titleKey(post.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), { id: post.id, publishedAt: post.publishedAt }]);
  }
  return (title, publishedAt) => byTitle.get(titleKey(title))?.find((post) => sameTime(post.publishedAt, publishedAt, zone))?.id;
}

function titleKey(title: string): string {
  return title
    .normalize('NFC')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    // WordPress's wptexturize writes "..." as …, and " - ", "--" and "---" as – and —.
    .replace(/…/g, '...')
    .replace(/[\u2012-\u2015]|-{2,3}/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function sameTime(a: string, b: string, zone: string): boolean {
  if (DATE_ONLY.test(a.trim()) || DATE_ONLY.test(b.trim())) return publishedLocalDate(a, zone) === publishedLocalDate(b, zone);
  return Math.floor(publishedEpoch(a, zone) / 60_000) === Math.floor(publishedEpoch(b, zone) / 60_000);
}
