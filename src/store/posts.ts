/**
 * Post files under `content/posts/`. Paths are resolved strictly inside that folder; writes are
 * atomic; a save names the revision it edited, so a stale edit is refused instead of winning.
 */
import { createHash } from 'node:crypto';
import { readFile as readFileCallback } from 'node:fs';
import { link, mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { TextFile } from 'lowdb/node';
import { ThroughlineError } from '../core/errors.ts';
import { parsePostText, serializePost } from '../core/post-file.ts';
import type { Post } from '../core/schema/post.ts';
import { withFileLock } from './file-lock.ts';
import './theme-lexicon.ts';
import { POSTS_DIR, findPostFile, resolvePostPath } from './post-paths.ts';

export { serializePost };

export interface StoredPost {
  post: Post;
  /** Hash of the file as read; pass it back to savePost to detect a concurrent edit. */
  revision: string;
}

export function revisionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

// For thousands of small files the callback readFile costs about half the CPU of the
// fs/promises one (fewer round trips through the thread pool): listing is check's hot path.
const readText = promisify(readFileCallback);

/** Every post file, parsed; a file that fails validation is reported, not thrown. */
export async function listPosts(root: string): Promise<{ posts: Post[]; problems: ThroughlineError[] }> {
  const dir = join(root, POSTS_DIR);
  const names = await readdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const files = names
    .map((name) => name.split('\\').join('/'))
    .filter((name) => /\.mdx?$/.test(name))
    .sort();
  const posts: Post[] = [];
  const problems: ThroughlineError[] = [];
  await Promise.all(
    files.map(async (name, i) => {
      const file = `${POSTS_DIR}/${name}`;
      try {
        posts[i] = parsePostText(await readText(join(dir, name), 'utf8'), name.replace(/\.mdx?$/, ''), file);
      } catch (error) {
        if (!(error instanceof ThroughlineError)) throw error;
        problems.push(error);
      }
    }),
  );
  return { posts: posts.filter(Boolean), problems: problems.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '')) };
}

export async function readPost(root: string, id: string): Promise<StoredPost> {
  const found = await findPostFile(root, id);
  if (!found) throw new ThroughlineError(`there is no post "${id}"`, { file: `${POSTS_DIR}/${id}.mdx` });
  const text = await readFile(found.path, 'utf8');
  return { post: parsePostText(text, id, found.file), revision: revisionOf(text) };
}

/** Creates a new post file; never replaces an existing post (exclusive link of a temp file). */
export async function createPost(
  root: string,
  id: string,
  input: { frontmatter: Record<string, unknown>; body: string; ext?: 'md' | 'mdx' },
): Promise<{ file: string; revision: string }> {
  const target = await resolvePostPath(root, id, input.ext ?? 'mdx');
  const text = serializePost(input.frontmatter, input.body);
  parsePostText(text, id, target.file);
  if (await findPostFile(root, id))
    throw new ThroughlineError(`a post "${id}" already exists`, { file: target.file, hint: 'choose another slug' });
  await mkdir(dirname(target.path), { recursive: true });
  const temp = `${target.path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, text, { flag: 'wx' });
  try {
    await link(temp, target.path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new ThroughlineError(`a post "${id}" already exists`, { file: target.file, hint: 'choose another slug' });
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  return { file: target.file, revision: revisionOf(text) };
}

/**
 * Replaces a post's frontmatter and body. With `expectedRevision`, refuses when the file
 * changed since it was read (another tab, an editor, the CLI) rather than overwrite silently.
 */
export async function savePost(
  root: string,
  id: string,
  input: { frontmatter: Record<string, unknown>; body: string },
  opts: { expectedRevision?: string } = {},
): Promise<StoredPost> {
  const found = await findPostFile(root, id);
  if (!found) throw new ThroughlineError(`there is no post "${id}"`, { file: `${POSTS_DIR}/${id}.mdx` });
  const text = serializePost(input.frontmatter, input.body);
  const post = parsePostText(text, id, found.file);
  return withFileLock(found.path, async () => {
    const current = await readFile(found.path, 'utf8');
    if (opts.expectedRevision && revisionOf(current) !== opts.expectedRevision)
      throw new ThroughlineError('the file changed on disk since you opened it; your edit was not saved', {
        file: found.file,
        hint: 'reload to see the new version, then apply your change again',
      });
    await new TextFile(found.path).write(text);
    return { post, revision: revisionOf(text) };
  });
}
