/**
 * Post ids -> file paths, strictly inside `content/posts/`: no `..`, no absolute paths, no odd
 * characters, and no symlink that leads out of the folder.
 */
import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import { postIdProblem } from '../core/post-id.ts';
import { translateMessage } from '../core/i18n/zod-issues.ts';

export const POSTS_DIR = 'content/posts';

/**
 * The file (`content/posts/…`, from the folder holding content/) of a portfolio entry, by its id
 * and its `filePath`'s extension: the loader's filePath is from Astro's root, which is another
 * folder under `npm run build -- --root DIR`.
 */
export function entryPostFile(entry: { id: string; filePath?: string }): string {
  return `${POSTS_DIR}/${entry.id}${/\.mdx$/.test(entry.filePath ?? '') ? '.mdx' : '.md'}`;
}

export { SEGMENT_MAX_BYTES } from '../core/post-id.ts';

/** Why `id` is no post id (core/post-id.ts postIdProblem, and no absolute path), or null. */
export function checkPostId(id: string): string | null {
  if (typeof id === 'string' && id.length > 0 && id.length <= 200 && (isAbsolute(id) || id.startsWith('/')))
    return 'a post id must be a path under content/posts, not an absolute path';
  return postIdProblem(id);
}

export { postSlug } from '../core/post-slug.ts';

/** The file for a post id; throws unless it lies inside content/posts (symlinks included). */
export async function resolvePostPath(root: string, id: string, ext: 'md' | 'mdx'): Promise<{ path: string; file: string }> {
  const problem = checkPostId(id);
  const file = `${POSTS_DIR}/${id}.${ext}`;
  if (problem) throw new ThroughlineError({ en: problem, zh: translateMessage(problem) ?? problem }, { file: `${POSTS_DIR}/${String(id)}`, field: 'id' });
  const base = join(root, POSTS_DIR);
  const path = join(base, `${id}.${ext}`);
  if (relative(base, path).startsWith('..')) throw new ThroughlineError({ en: 'the path leads outside content/posts', zh: '这个路径指向 content/posts 之外' }, { file, field: 'id' });
  await assertNoEscape(base, path, file);
  return { path, file };
}

/** Throws unless `path` (a post file, maybe a symbolic link) really lies inside content/posts. */
export async function assertInsidePosts(root: string, path: string, file: string): Promise<void> {
  await assertNoEscape(join(root, POSTS_DIR), path, file);
}

/** Walks up from the path to the first existing folder and checks its real path. */
async function assertNoEscape(base: string, path: string, file: string): Promise<void> {
  const realBase = await realpath(base).catch(() => base);
  let probe = path;
  for (;;) {
    const stat = await lstat(probe).catch(() => null);
    if (stat) {
      const real = await realpath(probe).catch(() => probe);
      const rel = relative(realBase, real);
      if (rel.startsWith('..') || isAbsolute(rel))
        throw new ThroughlineError({ en: 'the path leads outside content/posts (through a symbolic link)', zh: '这个路径（通过符号链接）指向 content/posts 之外' }, { file, field: 'id' });
      return;
    }
    const parent = dirname(probe);
    if (parent === probe || relative(base, parent).startsWith('..')) return;
    probe = parent;
  }
}

/**
 * The existing file of a post id, .mdx first then .md, with the id as the file is named: an id
 * typed or linked in NFC finds a file named in NFD (macOS) and the other way round.
 */
export async function findPostFile(root: string, id: string): Promise<{ path: string; file: string; id: string } | null> {
  const forms = [...new Set([id, id.normalize('NFC'), id.normalize('NFD')])];
  for (const form of forms)
    for (const ext of ['mdx', 'md'] as const) {
      const target = await resolvePostPath(root, form, ext);
      if (await lstat(target.path).then(() => true, () => false)) return { ...target, id: form };
    }
  return null;
}
