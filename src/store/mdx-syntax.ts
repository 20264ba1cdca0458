/**
 * Does a post's MDX compile? The build compiles every post it publishes with Sätteri (the MDX
 * compiler of @astrojs/markdown-satteri), so `check` and the build check ask the same compiler
 * first: a published .mdx with a syntax error is then an error of `check` as well, with the file,
 * instead of a build that passes `check` and fails later. The build compiles no draft; `check`
 * compiles drafts only to warn of their imports (mdx-imports.ts findUnpublishedMdxImports).
 *
 * The same compile lists each post's imports (mdx-imports.ts resolves them): an mdast plugin
 * reads the ESM blocks and `{…}` expressions of the tree mdxToJs builds, so a body is parsed
 * once. With a cache folder (the build check passes <Astro cacheDir>/throughline), the hashes of
 * the bodies that compiled are kept there with their imports (Sätteri's version in the file
 * name), so a rebuild compiles only the posts whose text changed. A missing or unreadable cache
 * file is an empty one.
 *
 * A body that compiles can still fail to render: `{火候}` meant as prose is a JavaScript name that
 * nothing defines ("火候 is not defined" stops the build). Such an expression, a bare name that no
 * `export`/`import` of the post declares and that neither Astro (`props`, `frontmatter`) nor
 * JavaScript (`Math`, `undefined`) provides, is reported too, with its line and column.
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satteri } from '../core/markdown-parser.ts';
import { escapeMdxHeadingIds } from '../pages/_lib/heading-ids.ts';
import pLimit from 'p-limit';
import { ThroughlineError } from '../core/errors.ts';
import type { Post } from '../core/schema/post.ts';
import { writeCacheFile } from './cache-files.ts';
import { MDX_COMPILED_FAMILY } from './mdx-work.ts';
import { findUndefinedName, importsIn, type MdxImport, treeReader } from '../core/mdx-tree.ts';
import { BODY_FEATURES } from '../core/markdown-parser.ts';
import { unclosedExpressionError } from '../core/mdx-guard.ts';

export type { MdxImport };

const FAMILY = MDX_COMPILED_FAMILY;
/** Bumped when what counts as "compiled" or what is kept changes (v2: a bare name nothing defines is a problem; v3: each body's imports; v4: TeX math is read; v5: a body's opening `---` is a rule). */
const RULES = 'v5-';
/**
 * The parser features the build compiles with that change what is an expression: TeX math
 * (astro.config.mjs; pages/_lib/tex-math.ts), whose braces (`$\frac{a}{b}$`) are TeX, not MDX;
 * and no frontmatter in a body (BODY_FEATURES): a `---` it opens with is a rule, and what
 * follows is compiled, as the build compiles it, not skipped as YAML.
 */
const FEATURES = { math: true, ...BODY_FEATURES };

function cacheFileIn(cacheDir: string): string | null {
  try {
    // The package does not export its package.json: read it beside the resolved entry (dist/index.js).
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('satteri')), 'utf8')) as { version: string };
    return join(cacheDir, `${FAMILY}${RULES}${version}.json`);
  } catch {
    return null;
  }
}

/** The cache file's entries, `[hash, [[spec, line]…]]` for each body that compiled; a malformed entry is left out. */
function readCompiled(file: string | null): Map<string, MdxImport[]> {
  try {
    const list: unknown = file ? JSON.parse(readFileSync(file, 'utf8')) : [];
    const entries = (Array.isArray(list) ? list : []).filter(
      (e): e is [string, [string, number][]] =>
        Array.isArray(e) && typeof e[0] === 'string' && Array.isArray(e[1]) && e[1].every((i) => Array.isArray(i) && typeof i[0] === 'string' && typeof i[1] === 'number'),
    );
    return new Map(entries.map(([key, imports]) => [key, imports.map(([spec, line]) => ({ spec, line }))]));
  } catch {
    return new Map();
  }
}

/**
 * Compiles each .mdx post of `posts` (`cacheDir` as above): `errors` has one per post whose body
 * does not compile or names what nothing defines (naming the file); `imports` the imports of
 * each .mdx post by its file ([] for one whose body does not parse). `linesBefore`: the lines of
 * a post's file above its body (the frontmatter block's), asked only of a post with an error,
 * undefined when unknown: the error then gives `line:column` in the file, as an editor shows it
 * (check, the build); without it, from the body's first line (the studio's body field).
 */
export async function compileMdxPosts(posts: Post[], cacheDir?: string, linesBefore?: (post: Post) => number | undefined): Promise<{ errors: ThroughlineError[]; imports: Map<string, MdxImport[]> }> {
  const file = cacheDir === undefined ? null : cacheFileIn(cacheDir);
  const before = readCompiled(file);
  const compiled = new Map<string, MdxImport[]>();
  const imports = new Map<string, MdxImport[]>();
  const limit = pLimit(8);
  const results = await Promise.all(
    posts
      .filter((post) => post.file.endsWith('.mdx'))
      .map((post) =>
        limit(async () => {
          const key = hash('sha1', post.body, 'base64url');
          const cached = before.get(key);
          if (cached) return compiled.set(key, cached), imports.set(post.file, cached), null;
          const { error, imports: found } = await compileBody(post, linesBefore && (() => linesBefore(post)));
          imports.set(post.file, found);
          if (error === null) compiled.set(key, found);
          return error;
        }),
      ),
  );
  // Only the bodies of this run: a deleted post's hash leaves the cache with it.
  const changed = compiled.size !== before.size || [...compiled.keys()].some((k) => !before.has(k));
  if (file && changed) writeCacheFile(file, Buffer.from(JSON.stringify([...compiled].map(([k, list]) => [k, list.map((i) => [i.spec, i.line])]))), FAMILY);
  return { errors: results.filter((e): e is ThroughlineError => e !== null), imports };
}

/**
 * compileMdxPosts's `linesBefore` for the posts of the project at `root`: the lines of a post's
 * file above its body (its frontmatter block's), read from the file; undefined when the file is
 * gone or no longer ends with the body (changed since it was read).
 */
export function linesAboveBodyIn(root: string): (post: Pick<Post, 'file' | 'body'>) => number | undefined {
  return (post) => {
    let text: string;
    try {
      text = readFileSync(join(root, post.file), 'utf8');
    } catch {
      return undefined;
    }
    return text.endsWith(post.body) ? text.slice(0, text.length - post.body.length).split('\n').length - 1 : undefined;
  };
}

/** One error per .mdx post whose body does not compile, naming the file; `cacheDir` as above. */
export async function findMdxSyntaxErrors(posts: Post[], cacheDir?: string): Promise<ThroughlineError[]> {
  return (await compileMdxPosts(posts, cacheDir)).errors;
}

/**
 * The imports of an .mdx `body` (text after the frontmatter), as the build's compiler reads its
 * ESM blocks, each with its line from the body's first line; those read before a compile error
 * when the body does not compile. `file` names it in that error only. Not cached.
 */
export async function importsOfMdxBody(body: string, file: string): Promise<MdxImport[]> {
  return (await compileBody({ body, file })).imports;
}

/**
 * A post's body compiled as the build compiles it: the error that stops it (or null) and its
 * imports (lines from the body's first). `linesBefore`: the file's lines above the body, asked on
 * an error that should give the file's line:column.
 */
async function compileBody(post: Pick<Post, 'body' | 'file'>, linesBefore?: () => number | undefined): Promise<{ error: ThroughlineError | null; imports: MdxImport[] }> {
  // As the build compiles it: a heading's `{#id}` (Docusaurus) is escaped first (heading-ids.ts).
  const source = escapeMdxHeadingIds(post.body);
  const tree = treeReader();
  try {
    // A `{` that nothing closes fails here, not after satteri's search of every tag after it (mdx-guard.ts).
    const stalled = unclosedExpressionError(source, FEATURES);
    if (stalled !== null) throw new Error(stalled);
    // Without a brace or an import the tree holds nothing to read: no plugin, no positions to track.
    await satteri().mdxToJs(source, { jsxImportSource: 'astro', features: FEATURES, mdastPlugins: /\{|\b(?:import|export)\b/.test(source) ? [tree.plugin] : [] });
  } catch (error) {
    // A body whose tree was built (the plugin ran) and then failed still lists its imports.
    const reason = (error as Error).message;
    const before = linesBefore?.();
    const told = before === undefined ? reason : inFile(reason, before);
    return { imports: importsIn(tree.esm), error: new ThroughlineError({ en: `the MDX does not compile: ${told}`, zh: `MDX 无法编译：${told}` }, { file: post.file, hint: compileHint(post.body, reason, before) }) };
  }
  const undefinedName = findUndefinedName(tree.esm, tree.expressions);
  const before = undefinedName ? linesBefore?.() : undefined;
  return { imports: importsIn(tree.esm), error: undefinedName ? undefinedNameError(post.file, before === undefined ? undefinedName : { ...undefinedName, line: undefinedName.line + before }, before !== undefined) : null };
}

/** The compiler's `reason` with its positions (`3:1: …`, `… (3:1)`), counted from the body's first line, moved down by the `before` lines of the file above it. */
function inFile(reason: string, before: number): string {
  const moved = (line: string, column: string) => `${Number(line) + before}:${column}`;
  return reason.replace(/^(\d+):(\d+)/, (_m, l: string, c: string) => moved(l, c)).replace(/\((\d+):(\d+)\)/g, (_m, l: string, c: string) => `(${moved(l, c)})`);
}

/** The hint's words on where line:column count from: the file's own lines need none. */
const FROM_BODY = { en: 'line:column count from the first line after the frontmatter', zh: '行:列 从 frontmatter 之后的第一行算起' };

const HEADING_WITH_BRACE = /^ {0,3}(?:>[ \t]?)*#{1,6}[ \t].*\{/;

/**
 * What to do about a body that does not compile. When the failing line (`reason` starts with
 * `line:column`, counted from the body's first line) is a heading with a `{`, that brace is the
 * cause: MDX reads it as a JavaScript expression, and only a trailing `{#id}` of letters, digits,
 * `-` and `_` is taken as the heading's id (heading-ids.ts), not Pandoc's `{#id .class}` or
 * kramdown's `{: #id}`.
 */
function compileHint(body: string, reason: string, before?: number): { en: string; zh: string } {
  const line = Number(/^(\d+):\d+/.exec(reason)?.[1] ?? 0);
  const shown = line + (before ?? 0);
  if (line > 0 && HEADING_WITH_BRACE.test(body.split('\n')[line - 1] ?? ''))
    return {
      en: `line ${shown} is a heading with "{", which MDX reads as JavaScript: give it only a trailing {#id} (letters, digits, - and _) as its anchor, or write \\{ for a brace shown as text`,
      zh: `第 ${shown} 行是含“{”的标题，MDX 会把它当作 JavaScript 读：锚点只写在末尾的 {#id}（字母、数字、- 和 _），要显示花括号本身请写 \\{`,
    };
  const open = /^(\d+):(\d+): Unexpected end of file in expression/.exec(reason);
  if (open)
    return {
      en: `the "{" at line ${shown}, column ${open[2]} is never closed: MDX reads a "{" as JavaScript up to its "}"; add the "}", or write \\{ for a brace shown as text${before === undefined ? ` (${FROM_BODY.en})` : ''}`,
      zh: `第 ${shown} 行第 ${open[2]} 列的“{”没有对应的“}”：MDX 把“{”到它的“}”当作 JavaScript 读；请补上“}”，或写 \\{ 显示花括号本身${before === undefined ? `（${FROM_BODY.zh}）` : ''}`,
    };
  return before === undefined
    ? { en: `${FROM_BODY.en}; fix it, or set the post back to draft`, zh: `${FROM_BODY.zh}；请改正，或把文章改回草稿` }
    : { en: 'fix it, or set the post back to draft', zh: '请改正，或把文章改回草稿' };
}

function undefinedNameError(file: string, { name, line, column }: { name: string; line: number; column: number }, inFileLines = false): ThroughlineError {
  const where = `${line}:${column}`;
  return new ThroughlineError(
    {
      en: `${where}: {${name}} is read as JavaScript, and nothing in the post defines ${name}: the page would fail to render ("${name} is not defined")`,
      zh: `第 ${line} 行第 ${column} 列的 {${name}} 会被当作 JavaScript 读取，而文章里没有定义 ${name}：页面渲染会失败（“${name} is not defined”）`,
    },
    {
      file,
      hint: {
        en: `write \\{${name}\\} to show the braces as text, or drop them${inFileLines ? '' : `; ${FROM_BODY.en}`}`,
        zh: `要把花括号当文字显示，请写 \\{${name}\\}，或去掉花括号${inFileLines ? '' : `；${FROM_BODY.zh}`}`,
      },
    },
  );
}
