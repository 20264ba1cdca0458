/**
 * Reads planner.json and every post. `readProject` returns every problem `check` refuses (post
 * files that do not parse, posts naming a channel or pillar the planner lacks) beside the data,
 * for a shell that shows them (the studio); `loadProject` refuses bad input as a whole: every
 * problem is printed (file and field), then the command stops with exit 2.
 */
import { findReferenceErrors } from '../core/check.ts';
import { ThroughlineError } from '../core/errors.ts';
import type { Planner } from '../core/schema/planner.ts';
import type { Post } from '../core/schema/post.ts';
import { readPlanner } from './planner-store.ts';
import { listPosts } from './posts.ts';

/** The planner, the posts that parse, and every problem of the post files (ordered by file). */
export async function readProject(root: string): Promise<{ planner: Planner; posts: Post[]; problems: ThroughlineError[] }> {
  const planner = await readPlanner(root);
  const { posts, problems } = await listPosts(root);
  return { planner, posts, problems: [...problems, ...findReferenceErrors(planner, posts)] };
}

export async function loadProject(root: string): Promise<{ planner: Planner; posts: Post[] }> {
  const { planner, posts, problems: errors } = await readProject(root);
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1)
    throw new ThroughlineError(`${errors.length} post files have problems:\n${errors.map((e) => `  ${e.format()}`).join('\n')}`, {
      hint: 'fix each file named above; nothing was written',
    });
  return { planner, posts };
}
