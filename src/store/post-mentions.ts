/**
 * Whether any post file still writes a file's name, before that file is removed (a replaced cover,
 * an image a moved post took along). Every file under content/posts named like a post (`.md`,
 * `.mdx`) is searched as bytes for the name's UTF-8 bytes and never parsed: so it counts the files
 * a listing leaves out (frontmatter that fails, both files of a shared id such as `x.md` beside
 * `x.mdx`), and costs a read per file, with no decoding, YAML or schema.
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { POSTS_DIR, assertInsidePosts } from './post-paths.ts';
import { readListedBytes } from './read-file.ts';

/** Read errors of an entry that is no post (gone since the listing, a folder or a link loop behind a link). */
const NO_POST = new Set(['ENOENT', 'EISDIR', 'ELOOP']);

/**
 * The first post file (`content/posts/…`, `/`-separated, in listing order) whose text contains one
 * of `names`, each as written or URL-encoded (`速寫-cover.png`, `%E9%80%9F%E5%AF%AB-cover.png`), or
 * undefined when none does. `only` limits the files searched. A link is followed only while it
 * stays inside content/posts (as listPosts); a file that cannot be read for another reason (no
 * permission) is returned, as it may name them: keeping a file beats losing one. The match is
 * textual, so `my-x-cover.png` counts for `x-cover.png` (kept, never wrongly removed).
 */
export async function postFileNaming(root: string, names: string[], opts: { only?: (file: string) => boolean } = {}): Promise<string | undefined> {
  const needles = [...new Set(names.flatMap((n) => [n, encodeURI(n)]))].map((n) => Buffer.from(n));
  const dir = join(root, POSTS_DIR);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!(entry.isFile() || entry.isSymbolicLink()) || !/\.mdx?$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const file = `${POSTS_DIR}/${relative(dir, path).split('\\').join('/')}`;
    if (opts.only && !opts.only(file)) continue;
    if (entry.isSymbolicLink() && !(await assertInsidePosts(root, path, file).then(() => true, () => false))) continue;
    const bytes = await readListedBytes(path).catch((error: NodeJS.ErrnoException) => (NO_POST.has(error.code ?? '') ? Buffer.alloc(0) : null));
    if (bytes === null || needles.some((n) => bytes.includes(n))) return file;
  }
  return undefined;
}
