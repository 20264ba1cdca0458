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
import { appendTo } from '../map-lists.ts';

/** A post of the project as the import sees it (KnownPosts.posts). */
export interface KnownPost {
  id: string;
  url?: string;
  guid?: string;
  title?: string;
  channel?: string;
  /** Its frontmatter `publishedAt`, as text. */
  publishedAt?: string;
  /** Its status, body (Markdown as written) and `copyOf`: a post an entry of another channel is a copy of (copiedPosts). */
  status?: string;
  body?: string;
  copyOf?: string;
  /** Its `pillar`: an entry found to be its copy takes it (import-plan.ts). */
  pillar?: string;
}

/** Share of the shorter text's words the other must hold for two texts of one title to be one piece. */
const SAME_TEXT = 0.8;

/**
 * Finds the post an entry of `channel` is a copy of (cross-posting: the blog post again on dev.to
 * or 知乎): a published post of another channel, itself no copy, with the same title (as
 * handWrittenPosts compares titles) and the same text: of the shorter text's words (a Han
 * character is a word; Markdown's marks and HTML's tags are no words), at least 80% are in the
 * other, so a copy that adds an "Originally published at" line, or a post whose Markdown writes
 * its link addresses, still matches. Called with the entry's title and text; answers the
 * original's id, the oldest post's when several match.
 */
export function copiedPosts(posts: Iterable<KnownPost>, channel: string): (title: string, text: string) => string | undefined {
  const byTitle = new Map<string, { id: string; words: Map<string, number> }[]>();
  for (const post of posts) {
    if (post.channel === channel || post.status !== 'published' || post.copyOf !== undefined || !post.title || !post.body) continue;
    const key = titleKey(post.title);
    appendTo(byTitle, key, { id: post.id, words: wordCounts(post.body) });
  }
  return (title, text) => {
    const candidates = byTitle.get(titleKey(title));
    if (!candidates) return undefined;
    const words = wordCounts(text);
    return candidates.find((post) => sharedShare(post.words, words) >= SAME_TEXT)?.id;
  };
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.normalize('NFC').toLowerCase().match(/\p{Script=Han}|[^\s\p{P}\p{S}\p{Script=Han}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Words the two texts share (counted as often as both have them) over the shorter text's words; 0 when either has none. */
function sharedShare(a: Map<string, number>, b: Map<string, number>): number {
  const size = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  const shorter = Math.min(size(a), size(b));
  if (shorter === 0) return 0;
  let shared = 0;
  for (const [word, n] of a) shared += Math.min(n, b.get(word) ?? 0);
  return shared / shorter;
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
    appendTo(byTitle, key, { id: post.id, publishedAt: post.publishedAt });
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
