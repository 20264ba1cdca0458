/**
 * Reads planner.json and every post for a command, and refuses bad input as a whole: every
 * problem is printed (file and field), then the command stops with exit 2. With `buildAt`
 * (`check` and the build check), the posts a build at that moment would publish must also
 * compile as MDX, so both give the same verdict on the same content.
 */
import { findReferenceErrors } from '../core/check.ts';
import { ThroughlineError } from '../core/errors.ts';
import type { Planner } from '../core/schema/planner.ts';
import type { Post } from '../core/schema/post.ts';
import { isOnPortfolio } from '../core/portfolio.ts';
import { findMdxSyntaxErrors } from './mdx-syntax.ts';
import { readPlanner } from './planner-store.ts';
import { listPosts } from './posts.ts';

export async function loadProject(root: string, opts: { buildAt?: number } = {}): Promise<{ planner: Planner; posts: Post[] }> {
  const planner = await readPlanner(root);
  const { posts, problems } = await listPosts(root);
  const { buildAt } = opts;
  const compiled = buildAt === undefined ? [] : await findMdxSyntaxErrors(posts.filter((p) => isOnPortfolio(p, planner, buildAt)));
  const errors = [...problems, ...findReferenceErrors(planner, posts), ...compiled];
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1)
    throw new ThroughlineError(`${errors.length} post files have problems:\n${errors.map((e) => `  ${e.format()}`).join('\n')}`, {
      hint: 'fix each file named above; nothing was written',
    });
  return { planner, posts };
}
