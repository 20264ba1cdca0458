/**
 * Reads planner.json and every post. `readProject` returns every problem `check` refuses (post
 * files that do not parse, posts naming a channel or pillar the planner lacks) beside the data,
 * for a shell that shows them (the studio); `loadProject` refuses bad input as a whole: every
 * problem is printed (file and field), then the command stops with exit 2. With `buildAt`
 * (`check` and the build check), the posts a build at that moment would publish must also
 * compile as MDX (every `import` naming a file or package the project has), a `cover` site path must name a file in public/, no
 * alias may take another page's path (core/redirects/clashes.ts) and no old feed address another
 * file (core/old-feeds/clashes.ts), nor any old tag or category page address another page
 * (core/old-taxonomies/clashes.ts), so both give the same verdict on the same content.
 */
import { findReferenceErrors, frontmatterReferenceErrors } from '../core/reference-errors.ts';
import { ThroughlineError } from '../core/errors.ts';
import { countOf, pick } from '../core/i18n/text.ts';
import type { FrontmatterCache } from '../core/post-file.ts';
import type { Planner } from '../core/schema/planner.ts';
import type { Post } from '../core/schema/post.ts';
import { createPostZoner } from '../core/period-zones.ts';
import { isOnPortfolio } from '../core/portfolio.ts';
import { findAliasClashes } from '../core/redirects/clashes.ts';
import { feedAliasFile } from '../core/old-feeds/address.ts';
import { findFeedAliasClashes } from '../core/old-feeds/clashes.ts';
import { findTaxonomyAliasClashes } from '../core/old-taxonomies/clashes.ts';
import { idKey } from '../core/feed/slug.ts';
import { openFrontmatterCache } from './frontmatter-cache.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findMissingBodyImages } from './body-images.ts';
import { projectCacheDir } from './cache-files.ts';
import { findMissingCovers } from './cover-files.ts';
import { mdxWorkIn } from './mdx-work.ts';
import { openPlannerCache } from './planner-cache.ts';
import { readPlanner, type ValidatedPlanners } from './planner-store.ts';
import { listPosts } from './posts.ts';

/** The planner, the posts that parse, and every problem of the post files (ordered by file). */
export async function readProject(root: string, opts: { frontmatter?: FrontmatterCache; validated?: ValidatedPlanners; texts?: Map<string, string> } = {}): Promise<{ planner: Planner; posts: Post[]; problems: ThroughlineError[] }> {
  const planner = await readPlanner(root, { validated: opts.validated });
  // A file that fails for one field is told of its channel and pillar at the same time.
  const alsoWrong = (input: unknown, file: string) => frontmatterReferenceErrors(planner, input, file);
  const { posts, problems } = await listPosts(root, { frontmatter: opts.frontmatter, texts: opts.texts, alsoWrong });
  return { planner, posts, problems: [...problems, ...findReferenceErrors(planner, posts)] };
}

/**
 * Validated frontmatter and the validated planner are kept between runs (frontmatter-cache.ts,
 * planner-cache.ts), written only when the project loads: refused input changes nothing.
 * The MDX bodies that compiled are remembered by hash, with their imports (mdx-syntax.ts), in
 * `cacheDir` (default: projectCacheDir, as the frontmatter's), so a warm `check` compiles none;
 * `publicDir` is where cover paths are looked for (`<root>/public` unless given); `texts` is
 * filled with each post file's text as read (see listPosts).
 */
export async function loadProject(root: string, opts: { buildAt?: number; cacheDir?: string; publicDir?: string; texts?: Map<string, string> } = {}): Promise<{ planner: Planner; posts: Post[] }> {
  const frontmatter = openFrontmatterCache(root);
  const validated = openPlannerCache(root);
  const { planner, posts, problems } = await readProject(root, { frontmatter, validated, texts: opts.texts });
  const { buildAt, cacheDir = projectCacheDir(root) } = opts;
  const zoneOf = buildAt === undefined ? undefined : createPostZoner(planner);
  const built = buildAt === undefined ? [] : posts.filter((p) => isOnPortfolio(p, planner, buildAt, zoneOf));
  const compiled = buildAt === undefined || !mdxWorkIn(built, cacheDir) ? [] : await compileMdx(root, built, cacheDir);
  const publicDir = opts.publicDir ?? join(root, 'public');
  const feedClashes = buildAt === undefined ? [] : [...findFeedAliasClashes(planner, built, publicFeedFiles(planner, publicDir)), ...findTaxonomyAliasClashes(planner, built)];
  const errors = [...problems, ...compiled, ...findAliasClashes(built), ...feedClashes, ...findMissingCovers(publicDir, built, root), ...(await findMissingBodyImages(root, built))];
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw combineErrors(errors);
  frontmatter.save();
  validated.save();
  return { planner, posts };
}

/** The files of `portfolio.feedAliases` that public/ holds (the build would copy them to the same place), keyed by idKey. */
function publicFeedFiles(planner: Planner, publicDir: string): Set<string> {
  const files = (planner.portfolio?.feedAliases ?? []).map((a) => feedAliasFile(a.path));
  return new Set(files.filter((f) => existsSync(join(publicDir, f))).map(idKey));
}

/** The MDX compile's errors and unresolved imports of `posts`; its modules loaded on first use (mdx-work.ts). */
async function compileMdx(root: string, posts: Post[], cacheDir: string): Promise<ThroughlineError[]> {
  const [{ compileMdxPosts, linesAboveBodyIn }, { findUnresolvedMdxImports }] = await Promise.all([import('./mdx-syntax.ts'), import('./mdx-imports.ts')]);
  const mdx = await compileMdxPosts(posts, cacheDir, linesAboveBodyIn(root));
  return [...mdx.errors, ...findUnresolvedMdxImports(root, mdx.imports)];
}

/** Several problems as one error that counts the files (not the problems) and lists each. */
function combineErrors(errors: ThroughlineError[]): ThroughlineError {
  const files = new Set(errors.map((e) => e.file)).size;
  const problems = countOf(errors.length, ['problem', 'problems'], '个问题');
  const head = {
    en: `${pick(countOf(files, ['post file has', 'post files have'], ''), 'en')} ${pick(problems, 'en')}:`,
    zh: `${files} 个文章文件有 ${pick(problems, 'zh')}：`,
  };
  return new ThroughlineError(head, { listed: { head, errors }, hint: { en: 'fix each file named above; nothing was written', zh: '请逐一修改上面列出的文件；没有写入任何内容' } });
}
