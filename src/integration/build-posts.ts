/**
 * The posts the build check has just read, offered to the rest of the same `astro build`: the
 * posts collection's loader (published-loader.ts), the pages' site data (site-data.ts) and the
 * social-image pool (social-images.ts) take them instead of listing, reading and parsing every
 * post file again. The loader runs in
 * Astro's content layer, a module graph apart from the integration's, so the two meet on
 * globalThis under this symbol.
 *
 * Never stale: the integration offers the posts only under `astro build`, right after the check
 * read them, and withdraws them at the start of every command (`astro dev` never sees a
 * build's) and when the build ends. The loader uses them for its first sync only (every later
 * sync, on a file event, reads the files again), and the pages' site data (site-data.ts) takes
 * each entry's post from them by the file the entry was loaded from.
 */
import type { Planner } from '../core/schema/planner.ts';
import type { Post } from '../core/schema/post.ts';

export interface BuildPosts {
  /** The project root they were read from (the loader takes them only for the same root). */
  root: string;
  planner: Planner;
  /** Every post that parsed, as `check` lists them. */
  posts: Post[];
  /** Each post file's text as read (path relative to the root, e.g. content/posts/x.md). */
  texts: Map<string, string>;
  /**
   * With Astro's experimental.incrementalBuild on: the inputs part of the post pages' cacheKey
   * (page-inputs-key.ts); null when it could not be worked out. Absent: the pages give no key.
   */
  pageInputs?: string | null;
}

const HANDOFF = Symbol.for('throughline.buildPosts');
const holder = globalThis as typeof globalThis & { [HANDOFF]?: BuildPosts };

/** Offers `posts` to the loader of this build. */
export function offerBuildPosts(posts: BuildPosts): void {
  holder[HANDOFF] = posts;
}

/** Withdraws whatever was offered. */
export function withdrawBuildPosts(): void {
  delete holder[HANDOFF];
}

/** The posts offered for `root` by the build under way; undefined when none were offered for it. */
export function buildPostsFor(root: string): BuildPosts | undefined {
  const offered = holder[HANDOFF];
  return offered?.root === root ? offered : undefined;
}

const ENTRIES = Symbol.for('throughline.portfolioEntries');
const counts = globalThis as typeof globalThis & { [ENTRIES]?: Map<string, number> };

/**
 * Notes how many posts the posts collection's loader put in the content store for `root` (its
 * last sync). The pages' site data asks before it calls getCollection: with none, Astro finds
 * no collection and warns "The collection "posts" does not exist or is empty. Please check your
 * content config file for errors." on every build and every dev page of a brand that has not
 * published yet, as if the project were broken.
 */
export function notePortfolioEntries(root: string, count: number): void {
  (counts[ENTRIES] ??= new Map()).set(root, count);
}

/** The loader's last count for `root`; undefined before its first sync in this process. */
export function portfolioEntriesFor(root: string): number | undefined {
  return counts[ENTRIES]?.get(root);
}
