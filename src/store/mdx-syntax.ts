/**
 * Does a post's MDX compile? The build compiles every post it publishes with Sätteri (the MDX
 * compiler of @astrojs/markdown-satteri), so `check` and the build check ask the same compiler
 * first: a published .mdx with a syntax error is then an error of `check` as well, with the file,
 * instead of a build that passes `check` and fails later. Drafts are not compiled by either.
 *
 * With a cache folder (the build check passes <Astro cacheDir>/throughline), the hashes of the
 * bodies that compiled are kept there (with Sätteri's version in the file name), so a rebuild
 * compiles only the posts whose text changed. A missing or unreadable cache file is an empty one.
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { escapeMdxHeadingIds } from '../pages/_lib/heading-ids.ts';
import pLimit from 'p-limit';
import { ThroughlineError } from '../core/errors.ts';
import type { Post } from '../core/schema/post.ts';
import { writeCacheFile } from './cache-files.ts';

const FAMILY = 'mdx-compiled-';

function cacheFileIn(cacheDir: string): string | null {
  try {
    // The package does not export its package.json: read it beside the resolved entry (dist/index.js).
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('satteri')), 'utf8')) as { version: string };
    return join(cacheDir, `${FAMILY}${version}.json`);
  } catch {
    return null;
  }
}

function readCompiled(file: string | null): Set<string> {
  try {
    const list: unknown = file ? JSON.parse(readFileSync(file, 'utf8')) : [];
    return new Set(Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string') : []);
  } catch {
    return new Set();
  }
}

/** One error per .mdx post whose body does not compile, naming the file; `cacheDir` as above. */
export async function findMdxSyntaxErrors(posts: Post[], cacheDir?: string): Promise<ThroughlineError[]> {
  const file = cacheDir === undefined ? null : cacheFileIn(cacheDir);
  const before = readCompiled(file);
  const compiled = new Set<string>();
  const limit = pLimit(8);
  const results = await Promise.all(
    posts
      .filter((post) => post.file.endsWith('.mdx'))
      .map((post) =>
        limit(async () => {
          const key = hash('sha1', post.body, 'base64url');
          if (before.has(key)) return compiled.add(key), null;
          try {
            // As the build compiles it: a heading's `{#id}` (Docusaurus) is escaped first (heading-ids.ts).
            await mdxToJs(escapeMdxHeadingIds(post.body), { jsxImportSource: 'astro' });
            compiled.add(key);
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
  // Only the bodies of this run: a deleted post's hash leaves the cache with it.
  const changed = compiled.size !== before.size || [...compiled].some((k) => !before.has(k));
  if (file && changed) writeCacheFile(file, Buffer.from(JSON.stringify([...compiled])), FAMILY);
  return results.filter((e): e is ThroughlineError => e !== null);
}
