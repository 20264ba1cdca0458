/**
 * The studio's read of the project, fast on large projects: the store's own listing (the same
 * rules as check and the build: bounded reads, odd entries named, twin ids refused, links kept
 * inside content/posts) with a cache that re-reads a post file only when its modification time,
 * change time or size changed. When no file changed the same `posts` array comes back, so work
 * keyed on it (the check report in studio-data.ts) is reused. The planner is read fresh every
 * time (one small file). The answer equals store/project.ts's readProject.
 */
import { join } from 'node:path';
import { findReferenceErrors } from '../../core/check.ts';
import { frontmatterReferenceErrors } from '../../core/reference-errors.ts';
import type { ThroughlineError } from '../../core/errors.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { readPlanner } from '../../store/planner-store.ts';
import { listPosts, type PostReadCache } from '../../store/posts.ts';

const caches = new Map<string, PostReadCache>();
let last: { root: string; posts: Post[]; problems: ThroughlineError[] } | undefined;

const sameItems = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The post files alone, through the same cache: the posts that parse and the files refused (the store's listPosts). */
export async function readCachedPosts(root: string, planner?: Planner): Promise<{ posts: Post[]; problems: ThroughlineError[] }> {
  let cache = caches.get(root);
  if (!cache) caches.set(root, (cache = new Map()));
  // With the planner, a file that fails is told of its channel and pillar too (as readProject).
  return listPosts(root, { cache, ...(planner && { alsoWrong: (input: unknown, file: string) => frontmatterReferenceErrors(planner, input, file) }) });
}

/** The planner, the posts that parse, and every problem `check` refuses (as readProject). */
export async function readCachedProject(root: string): Promise<{ planner: Planner; posts: Post[]; problems: ThroughlineError[] }> {
  const planner = await readPlanner(root);
  const { posts, problems } = await readCachedPosts(root, planner);
  // The same posts array while no post changed (work is keyed on it); a failed file's problem is
  // made again on each read (listPosts), so problems are compared by what they say.
  if (last?.root !== root || !sameItems(last.posts, posts)) last = { root, posts, problems };
  else if (!sameItems(last.problems.map(said), problems.map(said))) last.problems = problems;
  return { planner, posts: last.posts, problems: [...last.problems, ...findReferenceErrors(planner, last.posts)] };
}

const said = (e: ThroughlineError) => `${e.file}\0${e.format('en')}`;

/** When each post file last changed (epoch ms by post id), from the stats this cache already took. */
export function cachedPostTimes(root: string, posts: { id: string; file: string }[]): Map<string, number> {
  const times = new Map<string, number>();
  const cache = caches.get(root);
  for (const post of posts) {
    const stamp = cache?.get(join(root, post.file))?.stamp;
    if (stamp) times.set(post.id, Number(stamp.split(':')[0]));
  }
  return times;
}
