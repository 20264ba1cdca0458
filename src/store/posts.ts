/**
 * Post files under `content/posts/`. Paths are resolved strictly inside that folder; writes go
 * through safe-write.ts (atomic, links written through, modes kept, read-only refused); a save
 * names the revision it edited, so a stale edit is refused instead of winning.
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import type { FrontmatterCache } from '../core/post-file.ts';
import { splitFrontmatter } from '../core/post-split.ts';
import type { Post } from '../core/schema/post.ts';
import { writeUnderAliases } from '../core/schema/post-alias-writes.ts';
import { withFileLock } from './file-lock.ts';
import { POSTS_DIR, assertInsidePosts, findPostFile, postSlug, resolvePostPath } from './post-paths.ts';
import { readUserFile } from './read-file.ts';
import { revisionOf } from './revision.ts';
import { writeTextFile } from './safe-write.ts';
import './theme-lexicon.ts';

export { revisionOf };

/**
 * post-file.ts (the YAML parsers and the frontmatter schema: zod) loaded when a post must be
 * parsed or written, not at start-up: a listing whose frontmatter is all cached never loads them.
 */
let postFile: Promise<typeof import('../core/post-file.ts')> | undefined;
const loadPostFile = () => (postFile ??= import('../core/post-file.ts'));

export interface StoredPost {
  post: Post;
  /** Hash of the file as read; pass it back to savePost to detect a concurrent edit. */
  revision: string;
}

/**
 * How many post files are open at once: far below the usual `ulimit -n` (1024 or 4096), so
 * 100,000 posts read in a bounded pool instead of failing with EMFILE.
 */
export const READ_CONCURRENCY = 64;

/**
 * Every post file, parsed; a file that fails is reported, not thrown: bad frontmatter, an odd
 * entry named like a post (a folder `notes.mdx`, a FIFO, a broken link, an unreadable file),
 * and twin ids (`x.md` beside `x.mdx`, or the same name in NFC and NFD), which are refused
 * both, naming both files.
 */
/**
 * Parsed files kept between listings: absolute path -> the file's stamp (mtime, ctime, size)
 * and what reading it gave. A listing with a cache re-reads only files whose stamp changed, and
 * files that failed (their message names the planner's channels and pillars, which may have
 * changed), and hands back the same Post objects for the others (the studio keys its reports on them).
 */
export type PostReadCache = Map<string, { stamp: string; post: Post | null; problem: ThroughlineError | null }>;

async function stampOf(path: string): Promise<string | undefined> {
  // ctime too: a tool that restores mtime (utimes) after writing still changes ctime.
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? `${info.mtimeMs}:${info.ctimeMs}:${info.size}` : undefined;
}

/**
 * `frontmatter`: validated frontmatter by its text (frontmatter-cache.ts), so unchanged posts skip YAML and the schema.
 * `texts`: filled with each file read (its path from the root, e.g. content/posts/x.md, to its text).
 * `alsoWrong`: more problems of a file whose frontmatter fails (parsePostText).
 */
export async function listPosts(root: string, opts: { cache?: PostReadCache; frontmatter?: FrontmatterCache; texts?: Map<string, string>; alsoWrong?: (input: unknown, file: string) => ThroughlineError[] } = {}): Promise<{ posts: Post[]; problems: ThroughlineError[] }> {
  const dir = join(root, POSTS_DIR);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new ThroughlineError({ en: `the posts folder could not be read (${error.code ?? error.message})`, zh: `无法读取文章文件夹（${error.code ?? error.message}）` }, { file: POSTS_DIR });
  });
  // Each entry's name once, cut from its parent's path (which the listing built from `dir`):
  // path.relative and path.join normalise every path again (~20 ms for 2,000 posts).
  const names = entries.map((d) => nameUnder(dir, d.parentPath, d.name));
  const files = names.filter((name) => /\.mdx?$/.test(name)).sort();
  // The studio's rule for every reader: a link is followed only while it stays inside content/posts.
  const links = new Set(names.filter((_, i) => entries[i]!.isSymbolicLink()));
  const regular = new Set(names.filter((_, i) => entries[i]!.isFile()));
  const problems: ThroughlineError[] = [];
  const twins = findTwinIds(files);
  for (const [key, names] of twins) problems.push(twinProblem(key, names));
  const read = await mapBounded(
    files.filter((name) => !twins.has(twinKey(name))),
    READ_CONCURRENCY,
    async (name) => {
      const file = `${POSTS_DIR}/${name}`;
      const path = pathUnder(dir, name);
      // Links are checked every time: where they lead can change without the target changing.
      const stamp = opts.cache && regular.has(name) ? await stampOf(path) : undefined;
      const known = stamp === undefined ? undefined : opts.cache!.get(path);
      // A file that failed is read again: what it is told depends on the planner too (alsoWrong).
      if (known && known.stamp === stamp && !known.problem) return known.post;
      let post: Post | null = null;
      let problem: ThroughlineError | null = null;
      try {
        if (links.has(name)) await assertInsidePosts(root, path, file);
        const text = await readUserFile(path, file, { regular: regular.has(name) });
        opts.texts?.set(file, text!);
        const id = name.replace(/\.mdx?$/, '');
        // parsePostText's cache hit, without loading post-file.ts.
        const { yaml, body } = splitFrontmatter(text!, file);
        const data = opts.frontmatter?.get(yaml);
        post = data ? { id, file, data, body } : (await loadPostFile()).parsePostText(text!, id, file, opts.frontmatter, opts.alsoWrong);
      } catch (error) {
        if (!(error instanceof ThroughlineError)) throw error;
        problem = error;
        problems.push(error);
      }
      if (stamp !== undefined) opts.cache!.set(path, { stamp, post, problem });
      return post;
    },
  );
  const posts = read.filter((p): p is Post => p !== null);
  return { posts, problems: problems.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '')) };
}

/**
 * The path of entry `name` of folder `parent` relative to `dir`, with `/` between folders:
 * path.relative(dir, path.join(parent, name)), without normalising both paths for each entry.
 */
function nameUnder(dir: string, parent: string, name: string): string {
  const rel = parent === dir ? '' : parent.startsWith(dir) && parent[dir.length] === sep ? parent.slice(dir.length + 1) : null;
  // A name with a backslash (a separator on Windows, a character elsewhere) the long way, as before.
  if (rel === null || sep !== '/' || rel.includes('\\') || name.includes('\\')) return relative(dir, join(parent, name)).split('\\').join('/');
  return rel === '' ? name : `${rel}/${name}`;
}

/** path.join(dir, name) for a name of nameUnder: concatenated when no segment is empty or starts with a dot, which join would rewrite. */
function pathUnder(dir: string, name: string): string {
  return sep === '/' && !name.startsWith('.') && !name.includes('/.') && !name.includes('//') ? `${dir}/${name}` : join(dir, name);
}

/**
 * `each` over `items`, at most `limit` at once, results in input order: a few workers that
 * take the next item, rather than a promise and a queue entry per item (p-limit), which
 * costs more than reading a small post.
 */
async function mapBounded<T, R>(items: readonly T[], limit: number, each: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const work = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await each(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, work));
  return out;
}

/**
 * The public address a file name stands for (its id's slug, post-paths.ts postSlug), in one
 * Unicode form (macOS writes NFD, most tools NFC): `x.md`, `x.mdx` and `x/index.md` share one.
 */
function twinKey(name: string): string {
  return postSlug(name.replace(/\.mdx?$/, '')).normalize('NFC');
}

/** The error for files that share an id, or (folder posts) only the address /posts/<slug>/. */
function twinProblem(slug: string, names: string[]): ThroughlineError {
  const files = names.map((f) => `${POSTS_DIR}/${f}`);
  const sameId = new Set(names.map((n) => n.replace(/\.mdx?$/, '').normalize('NFC'))).size === 1;
  const en = sameId ? `two post files have the same id: ${files.join(' and ')}` : `two post files would be published at the same address /posts/${slug}/: ${files.join(' and ')}`;
  const zh = sameId ? `两个文章文件的 id 相同：${files.join(' 和 ')}` : `两个文章文件会发布到同一个地址 /posts/${slug}/：${files.join(' 和 ')}`;
  return new ThroughlineError(
    { en, zh },
    {
      file: files[0],
      field: 'id',
      hint: sameId
        ? { en: 'a post id is its path without .md/.mdx: rename or delete one of them (neither is used until then)', zh: '文章 id 是去掉 .md/.mdx 的路径：请重命名或删除其中一个（在此之前两个都不会被使用）' }
        : { en: 'a folder post x/index.md is published at /posts/x/, like x.md: rename or delete one of them (neither is used until then)', zh: '文件夹文章 x/index.md 与 x.md 一样发布在 /posts/x/：请重命名或删除其中一个（在此之前两个都不会被使用）' },
    },
  );
}

/** Addresses held by more than one file -> those files. */
function findTwinIds(files: string[]): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const name of files) {
    const key = twinKey(name);
    const same = byId.get(key);
    if (same) same.push(name);
    else byId.set(key, [name]);
  }
  return new Map([...byId].filter(([, names]) => names.length > 1));
}

/** The post in one given file (`content/posts/…`, as the content layer recorded it). */
export async function readPostAt(root: string, file: string): Promise<Post> {
  if (!file.startsWith(`${POSTS_DIR}/`) || file.split('/').includes('..')) throw new ThroughlineError('not a post file', { file });
  const text = (await readUserFile(join(root, file), file))!;
  return (await loadPostFile()).parsePostText(text, file.slice(POSTS_DIR.length + 1).replace(/\.mdx?$/, ''), file);
}

/**
 * Post `id` parsed, with its revision. `alsoWrong`: more problems of frontmatter that fails
 * (listPosts's: the planner's channels and pillars it names), told in the same error.
 */
export async function readPost(root: string, id: string, alsoWrong?: (input: unknown, file: string) => ThroughlineError[]): Promise<StoredPost> {
  return (await readPostText(root, id, alsoWrong)).stored;
}

/**
 * readPost, and from the same read the frontmatter as the file writes it, before aliases are
 * read (`date:` stays `date:`; empty when it does not read): for a move, copy or translation
 * that keeps the file's keys, one read gives the revision it checks and the keys it keeps.
 */
export async function readPostAsWritten(root: string, id: string): Promise<StoredPost & { written: Record<string, unknown> }> {
  const { stored, text } = await readPostText(root, id);
  return { ...stored, written: await frontmatterAsWritten(text, stored.post.file) };
}

/**
 * readPostAsWritten for a post whose id checkPostId refuses ("blog/bad id", "2026/🎉": a file
 * copied in with such a name, core/post-id-flag.ts), with its `path` on disk: found among the
 * listed posts (listPosts, whose links are checked to stay inside content/posts), never by
 * turning the refused id into a path. A missing one is an error naming the id.
 */
export async function readListedPostAsWritten(root: string, id: string): Promise<StoredPost & { written: Record<string, unknown>; path: string }> {
  const listed = (await listPosts(root)).posts.find((post) => post.id === id);
  if (!listed) throw new ThroughlineError({ en: `there is no post "${id}"`, zh: `没有文章 "${id}"` }, { file: `${POSTS_DIR}/${id}` });
  const path = join(root, listed.file);
  const text = (await readUserFile(path, listed.file))!;
  const post = (await loadPostFile()).parsePostText(text, id, listed.file);
  return { post, revision: revisionOf(text), written: await frontmatterAsWritten(text, listed.file), path };
}

/** Post `id` parsed, with the text it was parsed from; a missing post is an error naming its .mdx path. */
async function readPostText(root: string, id: string, alsoWrong?: (input: unknown, file: string) => ThroughlineError[]): Promise<{ stored: StoredPost; text: string }> {
  const found = await findPostFile(root, id);
  if (!found) throw new ThroughlineError({ en: `there is no post "${id}"`, zh: `没有文章 "${id}"` }, { file: `${POSTS_DIR}/${id}.mdx` });
  const text = (await readUserFile(found.path, found.file))!;
  return { stored: { post: (await loadPostFile()).parsePostText(text, found.id, found.file, undefined, alsoWrong), revision: revisionOf(text) }, text };
}

/**
 * Creates a new post file; never replaces an existing post (exclusive link of a temp file), nor
 * takes the address of one (`x` beside a folder post `x/index`: both are /posts/x/), except that of
 * `opts.replacing`, the post a move takes the file from.
 */
export async function createPost(
  root: string,
  id: string,
  input: { frontmatter: Record<string, unknown>; body: string; ext?: 'md' | 'mdx' },
  opts: { replacing?: string } = {},
): Promise<{ file: string; revision: string }> {
  const target = await resolvePostPath(root, id, input.ext ?? 'mdx');
  const { serializePost, parsePostText } = await loadPostFile();
  const text = serializePost(input.frontmatter, input.body);
  parsePostText(text, id, target.file);
  return createPostFile(root, id, text, input.ext ?? 'mdx', opts);
}

/**
 * Writes a new post file with `text` as it is (a post moved from another generator, its
 * bytes kept), unvalidated; refuses, writing nothing, when a post of that id exists or another
 * post has its address (`x` and `x/index`, core/post-slug.ts; `opts.replacing`, a post being
 * moved, excepted).
 */
export async function createPostFile(root: string, id: string, text: string, ext: 'md' | 'mdx', opts: { replacing?: string } = {}): Promise<{ file: string; revision: string }> {
  const target = await resolvePostPath(root, id, ext);
  if (await findPostFile(root, id))
    throw new ThroughlineError({ en: `a post "${id}" already exists`, zh: `文章 "${id}" 已经存在` }, { file: target.file, hint: { en: 'choose another slug', zh: '请换一个 slug' } });
  // The other id of the same address (x beside x/index: core/post-slug.ts): two files at one
  // /posts/x/ would make listPosts refuse both. The post being moved (`replacing`) is no clash.
  const twin = postSlug(id) === id ? `${id}/index` : postSlug(id);
  const twinFile = await findPostFile(root, twin);
  if (twinFile && twinFile.id.normalize('NFC') !== opts.replacing?.normalize('NFC'))
    throw new ThroughlineError(
      { en: `the address /posts/${postSlug(id)}/ is already that of post "${twinFile.id}" (${twinFile.file})`, zh: `地址 /posts/${postSlug(id)}/ 已属于文章 "${twinFile.id}"（${twinFile.file}）` },
      { file: target.file, hint: { en: 'choose another slug', zh: '请换一个 slug' } },
    );
  await mkdir(dirname(target.path), { recursive: true });
  await writeTextFile(target.path, text, target.file, { exclusive: true }).catch((error: ThroughlineError) => {
    if (/already exists/.test(error.message))
      throw new ThroughlineError({ en: `a post "${id}" already exists`, zh: `文章 "${id}" 已经存在` }, { file: target.file, hint: { en: 'choose another slug', zh: '请换一个 slug' } });
    throw error;
  });
  return { file: target.file, revision: revisionOf(text) };
}

/** A post as savePost left it: `written` false when the file already held that text (it was not touched), `savedAt` its last write (epoch ms, the file's mtime). */
export interface SavedPost extends StoredPost {
  written: boolean;
  savedAt: number;
}

/**
 * Replaces a post's frontmatter and body. With `expectedRevision`, refuses when the file
 * changed since it was read (another tab, an editor, the CLI) rather than overwrite silently.
 * A file that already holds the text is not written again (its time and the content watch stay
 * as they are): `written` says which happened, so the editor can say "nothing changed".
 * A field the file gives by another generator's key (`date:`, `lastmod:`, `draft:`, `categories:`,
 * `ogImage:`, `canonicalURL:`) is written there, or not at all when that key already gives it,
 * never as a second key of Throughline's that would win over it (core/schema/post-alias-writes.ts
 * writeUnderAliases).
 */
export async function savePost(
  root: string,
  id: string,
  input: { frontmatter: Record<string, unknown>; body: string },
  opts: { expectedRevision?: string } = {},
): Promise<SavedPost> {
  const found = await findPostFile(root, id);
  if (!found) throw new ThroughlineError({ en: `there is no post "${id}"`, zh: `没有文章 "${id}"` }, { file: `${POSTS_DIR}/${id}.mdx` });
  const { serializePost, parsePostText, keepFrontmatterAsWritten } = await loadPostFile();
  // A browser's textarea sends CRLF, and a body read from a CRLF file holds it: one ending first.
  const body = input.body.replace(/\r\n?/g, '\n');
  const post = parsePostText(serializePost(input.frontmatter, body), found.id, found.file);
  return withFileLock(found.path, async () => {
    const current = (await readUserFile(found.path, found.file))!;
    if (opts.expectedRevision && revisionOf(current) !== opts.expectedRevision)
      throw new ThroughlineError(
        { en: 'the file changed on disk since you opened it; your edit was not saved', zh: '自你打开以来，文件已在磁盘上被修改；你的修改没有保存' },
        { file: found.file, hint: { en: 'reload to see the new version, then apply your change again', zh: '请重新加载查看新版本，再重新应用你的修改' } },
      );
    const previous = current.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    // A field the file gives by another generator's key (Hexo's `date:`, `draft:`) is written there, not added as publishedAt, status…
    const text = serializePost(writeUnderAliases(await frontmatterAsWritten(previous, found.file), input.frontmatter), body);
    const written = inLayoutOf(current, keepFrontmatterAsWritten(previous, text, found.file));
    if (written !== current) await writeTextFile(found.path, written, found.file);
    return { post, revision: revisionOf(written), written: written !== current, savedAt: (await stat(found.path)).mtimeMs };
  });
}

/** The frontmatter of post text `text` as its file writes it, before aliases are read; empty when it does not read. */
async function frontmatterAsWritten(text: string, file: string): Promise<Record<string, unknown>> {
  const { parseFrontmatterYaml } = await loadPostFile();
  try {
    return parseFrontmatterYaml(splitFrontmatter(text, file).yaml, file);
  } catch {
    return {};
  }
}

/**
 * `text` (LF endings, no byte order mark) with the line endings and the byte order mark of the
 * file it replaces, `current`: a post written on Windows keeps CRLF and Notepad's mark, so a save
 * shows in a diff as the lines it changed (as planner.json's layout is kept).
 */
function inLayoutOf(current: string, text: string): string {
  const bom = current.startsWith('\uFEFF') ? '\uFEFF' : '';
  return bom + (/^\uFEFF?---[ \t]*\r\n/.test(current) ? text.replace(/\n/g, '\r\n') : text);
}

/**
 * Gives post `id`, already there, the pillar a re-run of import found for it: its file gets one
 * `pillar:` line and keeps every other byte (core/pillar-line.ts), written as every save is
 * (locked, atomic, links written through, mode kept, read-only refused: thrown, naming the file).
 * A post that names that pillar already (`same`), one of its own, or whose frontmatter does not
 * read, is left as it is.
 * `dryRun`: reads only, and says what a real run would do.
 */
export async function addPostPillar(root: string, id: string, pillar: string, opts: { dryRun: boolean }): Promise<{ file: string; done: 'given' | 'same' | 'own-pillar' | 'unreadable' }> {
  const found = await findPostFile(root, id);
  if (!found) throw new ThroughlineError({ en: `there is no post "${id}"`, zh: `没有文章 "${id}"` }, { file: `${POSTS_DIR}/${id}.md` });
  const { withPillarLine } = await import('../core/pillar-line.ts');
  return withFileLock(found.path, async () => {
    const current = (await readUserFile(found.path, found.file))!;
    const next = withPillarLine(current, pillar, found.file);
    if ('kept' in next) return { file: found.file, done: next.kept };
    if (!opts.dryRun) await writeTextFile(found.path, next.text, found.file);
    return { file: found.file, done: 'given' as const };
  });
}
