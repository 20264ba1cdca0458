/**
 * Does a post's MDX compile? The build compiles every post it publishes with Sätteri (the MDX
 * compiler of @astrojs/markdown-satteri), so `check` and the build check ask the same compiler
 * first: a published .mdx with a syntax error is then an error of `check` as well, with the file,
 * instead of a build that passes `check` and fails later. Drafts are not compiled by either.
 */
import { mdxToJs } from 'satteri';
import pLimit from 'p-limit';
import { ThroughlineError } from '../core/errors.ts';
import type { Post } from '../core/schema/post.ts';

/** One error per .mdx post whose body does not compile, naming the file. */
export async function findMdxSyntaxErrors(posts: Post[]): Promise<ThroughlineError[]> {
  const limit = pLimit(8);
  const results = await Promise.all(
    posts
      .filter((post) => post.file.endsWith('.mdx'))
      .map((post) =>
        limit(async () => {
          try {
            await mdxToJs(post.body, { jsxImportSource: 'astro' });
            return null;
          } catch (error) {
            return new ThroughlineError(`the MDX does not compile: ${(error as Error).message}`, {
              file: post.file,
              hint: 'line:column count from the first line after the frontmatter; fix it, or set the post back to draft',
            });
          }
        }),
      ),
  );
  return results.filter((e): e is ThroughlineError => e !== null);
}
