/**
 * Whole-file operations on posts: delete, rename/move, duplicate, translate, and rewriting one frontmatter
 * field across posts (a pillar or channel renamed or removed). Each refuses a stale revision
 * when given one, and never replaces an existing post.
 */
import { access, readdir, rmdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { followAcceptedOnTheme } from '../core/accepted-on-theme.ts';
import { followRetiredPosts, listsRetiredPost } from '../core/former-pillars/retired.ts';
import type { Planner } from '../core/schema/planner.ts';
import { ThroughlineError } from '../core/errors.ts';
import { idKey } from '../core/feed/slug.ts';
import type { Post } from '../core/schema/post.ts';
import { plannerPath, readPlanner, updatePlanner } from './planner-store.ts';
import { POSTS_DIR, checkPostId, findPostFile, resolvePostPath } from './post-paths.ts';
import { planOwnFiles, takeOwnFiles } from './post-own-files.ts';
import { writeUnderAliases } from '../core/schema/post-alias-writes.ts';
import { createPost, listPosts, readListedPostAsWritten, readPost, readPostAsWritten, savePost } from './posts.ts';
import { postLanguage } from '../core/language.ts';
import { movedPostId, postSlug } from '../core/post-slug.ts';

function refuseStale(file: string, current: string, expected: string | undefined): void {
  if (expected && current !== expected)
    throw new ThroughlineError(
      { en: 'the file changed on disk since you opened it; nothing was changed', zh: '自你打开以来，文件已在磁盘上被修改；没有做任何改动' },
      { file, hint: { en: 'reload to see the new version, then try again', zh: '请重新加载查看新版本，然后再试一次' } },
    );
}

/**
 * Whether planner.json names post `id` where a rename or delete must follow it: marked "On theme
 * after all" (theme.acceptedOnTheme) or listed on a retired pillar's page (brand.retiredPillars).
 * Read before a post's file moves or goes: a planner that does not read stops the action before
 * anything changed (a folder of posts with no planner file names nothing).
 */
async function plannerNamesPost(root: string, id: string): Promise<boolean> {
  if (!(await access(plannerPath(root)).then(() => true, () => false))) return false;
  const planner = await readPlanner(root);
  return (planner.theme?.acceptedOnTheme ?? []).includes(id) || listsRetiredPost(planner, id);
}

/** The planner with post `from` followed to `to`, or dropped when `to` is undefined, wherever it names it (plannerNamesPost). */
const followPost = (from: string, to?: string) => (planner: Planner) => followRetiredPosts(followAcceptedOnTheme(planner, from, to), from, to);

/** Removes the file of post `id` (its revision already checked by the caller). */
async function unlinkPost(root: string, id: string): Promise<{ file: string }> {
  const found = await findPostFile(root, id);
  if (!found) throw new ThroughlineError(`there is no post "${id}"`, { file: `${POSTS_DIR}/${id}.mdx` });
  await unlink(found.path);
  return { file: found.file };
}

/**
 * Deletes a post's file (and its id from `theme.acceptedOnTheme`, if it was marked on theme, and from a retired pillar's `posts`).
 * Refuses (ThroughlineError naming the post's file and the copies' files, nothing changed) while another
 * post is a copy of it (`copyOf`): the site shows a piece on its original's page only, so the copies
 * would lose their page and fail check.
 */
export async function deletePost(root: string, id: string, opts: { expectedRevision?: string } = {}): Promise<{ file: string }> {
  const { post, revision } = await readPost(root, id);
  refuseStale(post.file, revision, opts.expectedRevision);
  const copies = await copiesOf(root, id);
  if (copies.length > 0) {
    const files = copies.map((c) => c.file).join(', ');
    throw new ThroughlineError(
      { en: `${copies.length === 1 ? 'a post is a copy' : `${copies.length} posts are copies`} of this one (copyOf: ${id}): ${files}; nothing was deleted`, zh: `有 ${copies.length} 篇文章是这篇的副本（copyOf: ${id}）：${files}；没有删除任何文件` },
      { file: post.file, field: 'copyOf', hint: { en: 'delete the copies first, or remove copyOf from one of them to make it the original', zh: '请先删除这些副本，或去掉其中一篇的 copyOf，让它成为原文' } },
    );
  }
  const named = await plannerNamesPost(root, id);
  const done = await unlinkPost(root, id);
  // Re-read under the planner lock: other ids and fields are kept.
  if (named) await updatePlanner(root, followPost(id));
  return done;
}

/**
 * Gives a post a new id (its file moves, same extension); refuses when the new id is taken. A
 * post whose file name is no id (`from` refused by checkPostId, "blog/bad id") is found among the
 * listed posts, so that renaming is its way out. A
 * post marked "On theme after all" stays marked under its new id, and one listed on a retired
 * pillar's page (brand.retiredPillars) stays listed. The images and cover it shows from beside it
 * go with it to a new folder (post-own-files.ts): moved, or copied when another post shows them too.
 * Its copies (`copyOf: <from>`) are rewritten to name `to`.
 * A folder post moves as a folder: `to` given as an address (`wechat/x`) is `wechat/x/index`
 * (core/post-slug.ts movedPostId), its images beside it.
 */
export async function movePost(root: string, from: string, given: string, opts: { expectedRevision?: string } = {}): Promise<{ file: string }> {
  const to = movedPostId(from, given);
  // Its own address (a folder post `blog/soup/index` "moved" to `blog/soup`, which a folder post
  // keeps as its folder): nothing to move, and no "already exists" about the post itself.
  if (to === from) return { file: (await readPostAsWritten(root, from)).post.file };
  // The same id in another case (2014/Learn-To-Database -> 2014/learn-to-database, the old address's
  // case: core/redirects/alias-case.ts): on a disk that ignores case (macOS, Windows) the new name
  // is the old file, refused as taken; the file goes by a name of its own first.
  if (from !== to && idKey(from) === idKey(to)) {
    const between = movedPostId(from, `${postSlug(to)}-renaming-${process.pid}`);
    await movePost(root, from, between, opts);
    return movePost(root, between, to);
  }
  // A file whose name is no id ("blog/bad id.md") is found among the listed posts: renaming it is the way out.
  const refused = checkPostId(from) !== null;
  const { post, revision, written, path } = refused ? await readListedPostAsWritten(root, from) : { ...(await readPostAsWritten(root, from)), path: undefined };
  refuseStale(post.file, revision, opts.expectedRevision);
  const named = await plannerNamesPost(root, from);
  const ext = post.file.endsWith('.md') ? 'md' : 'mdx';
  // Its fields stay under the keys the file gives them by (a Hexo post's date:, draft:), as a save keeps them.
  const frontmatter = writeUnderAliases(written, post.data);
  const own = await planOwnFiles(root, post, (await resolvePostPath(root, to, ext)).file);
  const created = await createPost(root, to, { frontmatter, body: post.body, ext }, { replacing: from });
  if (path) await unlink(path);
  else await unlinkPost(root, from);
  if (own.length > 0) {
    const { posts } = await listPosts(root);
    const listed = new Set(posts.map((p) => p.file));
    await takeOwnFiles(root, own, posts.filter((p) => p.id !== to), { unlisted: (file) => !listed.has(file) });
  }
  // A folder post (`drafts/x/index.md`) moved as a folder leaves its old folder empty: gone too.
  if (/^index\.mdx?$/.test(basename(post.file))) await removeEmptyFolders(join(root, dirname(post.file)));
  if (named) await updatePlanner(root, followPost(from, to));
  // Its copies (copyOf: <old id>) follow it, as the planner's lists do: else each names no post.
  const copies = await copiesOf(root, from);
  if (copies.length > 0) await reassignPosts(root, copies, 'copyOf', from, to);
  return created;
}

/** The posts that say they are a copy of post `id` (`copyOf: id`). */
async function copiesOf(root: string, id: string): Promise<Post[]> {
  return (await listPosts(root)).posts.filter((p) => p.data.copyOf === id);
}

/**
 * Removes `dir` and the folders in it when they hold no file (deepest first), as `rmdir` does:
 * a folder that holds anything (an image another post shows, a note of the author's) stays.
 */
async function removeEmptyFolders(dir: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) if (entry.isDirectory()) await removeEmptyFolders(join(dir, entry.name));
  await rmdir(dir).catch(() => undefined);
}

/** A copy of a post under a new id (its images and cover copied to a new folder with it; a folder post's copy is a folder post, movedPostId), as a draft: not planned, not published, not dated (neither by publishedAt nor by another generator's key such as `date:`), no URL (nor `canonicalURL`, nor `canonical`), no `guid` (its feed entry's id: two entries with one id are one to a reader). */
export async function duplicatePost(root: string, from: string, given: string): Promise<{ file: string }> {
  const to = movedPostId(from, given);
  const { post, written } = await readPostAsWritten(root, from);
  const { plannedFor: _p, publishedAt: _d, url: _u, canonical: _c, guid: _g, ...rest } = post.data as typeof post.data & { guid?: unknown };
  const ext = post.file.endsWith('.md') ? 'md' : 'mdx';
  // Without publishedAt and url, the keys the file gives them by go too (a Hexo post's date: would date the copy).
  const frontmatter = writeUnderAliases(written, { ...rest, status: 'draft' });
  const own = await planOwnFiles(root, post, (await resolvePostPath(root, to, ext)).file);
  const created = await createPost(root, to, { frontmatter, body: post.body, ext });
  await takeOwnFiles(root, own, [], { keep: true });
  return created;
}

/**
 * Refuses to start a `lang` version of post `from` when a post sharing its `translationKey` is
 * already in that language (postLanguage: its `lang`, else its text), naming that post: one
 * version per language, as the portfolio links one per language (before, the studio's "Start the
 * English version" on a Chinese post whose English version was published made a second English
 * draft with the same key). A post without a key has no version yet. Throws ThroughlineError
 * (file: the existing version's); resolves when there is none. Reads the other post files.
 */
export async function refuseSecondVersion(root: string, from: string, lang: 'en' | 'zh'): Promise<void> {
  const { posts } = await listPosts(root);
  const key = posts.find((p) => p.id === from)?.data.translationKey;
  if (!key) return;
  const existing = posts.find((p) => p.id !== from && p.data.translationKey === key && postLanguage(p.data.title, p.data.lang, p.body) === lang);
  if (!existing) return;
  const name = lang === 'zh' ? { en: 'Chinese', zh: '中文版' } : { en: 'English', zh: '英文版' };
  throw new ThroughlineError(
    { en: `its ${name.en} version is already "${existing.id}" (translationKey "${key}")`, zh: `它的${name.zh}已经是“${existing.id}”（translationKey “${key}”）` },
    { file: existing.file, hint: { en: `open "${existing.id}" to edit it`, zh: `请打开“${existing.id}”编辑` } },
  );
}

/**
 * Starts a translation of post `from` at `to`: a draft in `lang` holding the original's text (to
 * be translated), frontmatter and channel, not planned, not published, no URL or guid, sharing the
 * original's `translationKey` (Hugo's name), so the portfolio links the two once both are
 * published. An original without a key gets one first: its id's last part (`2026/why-sourdough`
 * -> `why-sourdough`), written into it with its revision checked. Refuses a taken `to` (nothing
 * written) and a stale original.
 */
export async function translatePost(root: string, from: string, to: string, lang: 'en' | 'zh', opts: { expectedRevision?: string } = {}): Promise<{ file: string; translationKey: string }> {
  const { post, revision, written } = await readPostAsWritten(root, from);
  refuseStale(post.file, revision, opts.expectedRevision);
  // Checked before the original gets its key: a refused translation changes no file.
  if (await findPostFile(root, to))
    throw new ThroughlineError({ en: `a post "${to}" already exists`, zh: `文章 "${to}" 已经存在` }, { file: `${POSTS_DIR}/${to}`, hint: { en: 'choose another slug', zh: '请换一个 slug' } });
  let key = post.data.translationKey;
  if (!key) {
    key = from.split('/').pop()!;
    await savePost(root, from, { frontmatter: { ...post.data, translationKey: key }, body: post.body }, { expectedRevision: revision });
  }
  const { plannedFor: _p, publishedAt: _d, url: _u, canonical: _c, guid: _g, lang: _l, ...rest } = post.data;
  const ext = post.file.endsWith('.md') ? 'md' : 'mdx';
  // As for a copy: the key the original gives publishedAt by (date:) does not date the translation.
  const created = await createPost(root, to, { frontmatter: writeUnderAliases(written, { ...rest, status: 'draft', lang, translationKey: key }), body: post.body, ext });
  return { ...created, translationKey: key };
}

/**
 * Sets `field` to `to` (or removes it when `to` is undefined) in every post whose `field` is
 * `from` (a pillar or channel renamed or removed, an original post renamed: its copies' `copyOf`). Returns the files rewritten. A post that fails to save stops the run with its file named.
 * `keepPublishedAt`: the publishedAt to write for the one a post has (a channel move: the zone it
 * is read in changes; core/published-at.ts pinPublishedAt).
 */
export async function reassignPosts(root: string, posts: Post[], field: 'pillar' | 'channel' | 'copyOf', from: string, to: string | undefined, keepPublishedAt?: (publishedAt: string) => string): Promise<string[]> {
  const files: string[] = [];
  for (const p of posts.filter((x) => x.data[field] === from)) {
    const { post, revision } = await readPost(root, p.id);
    if (post.data[field] !== from) continue;
    const frontmatter: Record<string, unknown> = { ...post.data };
    if (to === undefined) delete frontmatter[field];
    else frontmatter[field] = to;
    if (keepPublishedAt && typeof frontmatter.publishedAt === 'string') frontmatter.publishedAt = keepPublishedAt(frontmatter.publishedAt);
    await savePost(root, p.id, { frontmatter, body: post.body }, { expectedRevision: revision });
    files.push(post.file);
  }
  return files;
}
