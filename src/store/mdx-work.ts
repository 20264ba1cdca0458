/**
 * Whether a run has MDX to compile, decided without loading the compiler: mdx-syntax.ts and
 * mdx-imports.ts (with satteri's resolution, tsconfig paths and p-limit, 7 modules) are loaded
 * by `check` only when this says so, and a project of Markdown posts never pays for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Post } from '../core/schema/post.ts';

/** The name prefix of mdx-syntax.ts's files of compiled bodies (writeCacheFile's family). */
export const MDX_COMPILED_FAMILY = 'mdx-compiled-';

/**
 * True when mdx-syntax.ts compileMdxPosts(posts, cacheDir) can do anything: some post is .mdx,
 * or `cacheDir` holds compiled bodies (a file of the family that is not an empty list) that a
 * run without them drops. False: it would return no error and no import and write nothing.
 */
export function mdxWorkIn(posts: readonly Post[], cacheDir: string | undefined): boolean {
  if (posts.some((p) => p.file.endsWith('.mdx'))) return true;
  if (cacheDir === undefined) return false;
  try {
    return readdirSync(cacheDir).some((name) => name.startsWith(MDX_COMPILED_FAMILY) && name.endsWith('.json') && readFileSync(join(cacheDir, name), 'utf8').trim() !== '[]');
  } catch {
    // No cache folder: nothing to drop.
    return false;
  }
}
