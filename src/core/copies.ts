/**
 * Cross-posting (POSSE, or the reverse): a post whose frontmatter says `copyOf: <post id>` is the
 * same piece published again on its own channel (a dev.to or 知乎 copy of a blog post). The copy
 * is a post of its channel like any other, so it fills that channel's slot and keeps its streak
 * (slots.ts needs nothing); the portfolio shows the piece once, on the original's page, which
 * links each copy (pages/_lib/site-data.ts), and the theme model reads its words once
 * (check-report.ts themeEvidenceInOrder). README "Cross-posting".
 */
import { ThroughlineError } from './errors.ts';
import { idKey } from './feed/slug.ts';
import { appendTo } from './map-lists.ts';

/** What the copy rules read of a post (a Post is one). */
export interface CopyingPost {
  id: string;
  file: string;
  data: { copyOf?: string; status?: string; channel?: string };
}

/** True when the post is a copy of another (`copyOf` set): it gets no page of its own. */
export function isCopy(post: { data: { copyOf?: string } }): boolean {
  return post.data.copyOf !== undefined;
}

/**
 * The id of the page that shows `post`: its own, or for a copy (which has none) its original's
 * while `shown(id)` says that post is on the portfolio; undefined for a copy of one that is not
 * (a future-dated original: no word of it, not even its address, goes out before its time).
 */
export function pageIdOf(post: { id: string; data: { copyOf?: string } }, shown: (id: string) => boolean): string | undefined {
  const { copyOf } = post.data;
  return copyOf === undefined ? post.id : shown(copyOf) ? copyOf : undefined;
}

/**
 * The copies among `posts`, grouped by the id their `copyOf` names, in the order given; a post
 * naming itself is no copy of anything (findCopyErrors tells of it).
 */
export function copiesByOriginal<T extends { id: string; data: { copyOf?: string } }>(posts: readonly T[]): Map<string, T[]> {
  const copies = new Map<string, T[]>();
  for (const post of posts) {
    const original = post.data.copyOf;
    if (original === undefined || original === post.id) continue;
    appendTo(copies, original, post);
  }
  return copies;
}

/**
 * Bad `copyOf` values, as errors naming the copy's file and the field (the CLI exits 2 on them,
 * the build stops, the loader leaves the file out): one naming no post (with the id to write
 * when it was written as a file path or in other case), one naming the post itself, one naming a
 * copy (a chain: name the original), and a published copy of an original that is not published
 * (the piece is public elsewhere while the site has no page to link it from). A copy that is
 * itself unpublished (a planned copy of a draft) is fine: both are published in their turn.
 */
export function findCopyErrors(posts: readonly CopyingPost[]): ThroughlineError[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const byKey = new Map(posts.map((p) => [idKey(p.id), p.id]));
  const errors: ThroughlineError[] = [];
  const fail = (post: CopyingPost, en: string, zh: string, hint: { en: string; zh: string }) =>
    errors.push(new ThroughlineError({ en, zh }, { file: post.file, field: 'copyOf', hint }));
  for (const post of posts) {
    const named = post.data.copyOf;
    if (named === undefined) continue;
    const original = byId.get(named);
    if (!original) {
      const meant = byKey.get(idKey(named.replace(/^\/?(?:content\/posts\/|posts\/)?/, '').replace(/(?:\/|\.mdx?)$/, '')));
      fail(post, `"${named}" names no post`, `"${named}" 不是任何文章的 id`, meant
        ? { en: `write copyOf: ${meant}`, zh: `请写 copyOf: ${meant}` }
        : { en: "write the original's id: its path under content/posts/ without the extension, e.g. copyOf: 2026/why-vite", zh: '请写原文的 id：它在 content/posts/ 下的路径，不带扩展名，例如 copyOf: 2026/why-vite' });
    } else if (original === post) {
      fail(post, 'a post cannot be a copy of itself', '文章不能是它自己的副本', { en: 'remove copyOf, or write the id of the original post', zh: '请删去 copyOf，或写上原文的 id' });
    } else if (original.data.copyOf !== undefined) {
      const first = rootOf(original, byId);
      fail(post, `${named} is itself a copy (of ${original.data.copyOf}): a copy names the original`, `${named} 本身是副本（copyOf: ${original.data.copyOf}）：副本要写原文的 id`, first
        ? { en: `write copyOf: ${first}`, zh: `请写 copyOf: ${first}` }
        : { en: 'write the id of the original post, the one with no copyOf', zh: '请写原文（没有 copyOf 的那篇）的 id' });
    } else if (post.data.status === 'published' && original.data.status !== 'published') {
      fail(post, `the original ${named} is not published (status: ${original.data.status ?? '—'}), but this copy is`, `原文 ${named} 还没有发布（status: ${original.data.status ?? '—'}），而这篇副本已发布`, {
        en: `publish ${named} first (the site shows the piece on its page), or set this copy's status back`,
        zh: `请先发布 ${named}（网站在它的页面上展示这篇内容），或把这篇副本的 status 改回去`,
      });
    }
  }
  return errors;
}

/** The post at the start of `post`'s copyOf chain, or undefined when the chain loops or breaks. */
function rootOf(post: CopyingPost, byId: ReadonlyMap<string, CopyingPost>): string | undefined {
  const seen = new Set<string>();
  let at: CopyingPost | undefined = post;
  while (at?.data.copyOf !== undefined) {
    if (seen.has(at.id)) return undefined;
    seen.add(at.id);
    at = byId.get(at.data.copyOf);
  }
  return at?.id;
}

/**
 * The addresses that send a reader on to an original's page, in order: its own `aliases`, then for
 * each copy (which has no page) the address it would have had (`pathOf(copy.id)`, `/posts/<id>/`:
 * before `copyOf`, a copy filed as a post of its own had a page there) and the copy's own
 * `aliases` (its old addresses, kept as a post's are). Duplicates are left to redirectFiles.
 */
export function pieceAliases(aliases: readonly string[] | undefined, copies: readonly { id: string; data: { aliases?: readonly string[] } }[], pathOf: (id: string) => string): string[] {
  return [...(aliases ?? []), ...copies.flatMap((c) => [pathOf(c.id), ...(c.data.aliases ?? [])])];
}
