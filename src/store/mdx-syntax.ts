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
            const reason = (error as Error).message;
            return new ThroughlineError({ en: `the MDX does not compile: ${reason}`, zh: `MDX 无法编译：${reason}` }, { file: post.file, hint: compileHint(post.body, reason) });
          }
        }),
      ),
  );
  // Only the bodies of this run: a deleted post's hash leaves the cache with it.
  const changed = compiled.size !== before.size || [...compiled].some((k) => !before.has(k));
  if (file && changed) writeCacheFile(file, Buffer.from(JSON.stringify([...compiled])), FAMILY);
  return results.filter((e): e is ThroughlineError => e !== null);
}

const HEADING_WITH_BRACE = /^ {0,3}(?:>[ \t]?)*#{1,6}[ \t].*\{/;

/**
 * What to do about a body that does not compile. When the failing line (`reason` starts with
 * `line:column`, counted from the body's first line) is a heading with a `{`, that brace is the
 * cause: MDX reads it as a JavaScript expression, and only a trailing `{#id}` of letters, digits,
 * `-` and `_` is taken as the heading's id (heading-ids.ts), not Pandoc's `{#id .class}` or
 * kramdown's `{: #id}`.
 */
function compileHint(body: string, reason: string): { en: string; zh: string } {
  const line = Number(/^(\d+):\d+/.exec(reason)?.[1] ?? 0);
  if (line > 0 && HEADING_WITH_BRACE.test(body.split('\n')[line - 1] ?? ''))
    return {
      en: `line ${line} is a heading with "{", which MDX reads as JavaScript: give it only a trailing {#id} (letters, digits, - and _) as its anchor, or write \\{ for a brace shown as text`,
      zh: `第 ${line} 行是含“{”的标题，MDX 会把它当作 JavaScript 读：锚点只写在末尾的 {#id}（字母、数字、- 和 _），要显示花括号本身请写 \\{`,
    };
  return {
    en: 'line:column count from the first line after the frontmatter; fix it, or set the post back to draft',
    zh: '行:列 从 frontmatter 之后的第一行算起；请改正，或把文章改回草稿',
  };
}
