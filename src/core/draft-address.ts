/**
 * A published post whose id lies in a holding folder (`drafts/x`, `ideas/x`): a post's id is its
 * public address, so its page is /posts/drafts/x/ for good. The studio offers the move when a
 * post is planned or published there; this catches the rest (a file edited by hand, an import,
 * the offer unticked).
 */
import { idKey } from './feed/slug.ts';
import { freeHoldingTarget, heldIds, holdingFolderOf } from './holding-folders.ts';
import type { Lang } from './language.ts';
import { postSlug } from './post-slug.ts';
import type { Post } from './schema/post.ts';

/** A warning on a published post whose fix is a rename, to `suggested` (the id its hint names). */
export interface RenameFlag<Kind extends string> {
  kind: Kind;
  severity: 'warning';
  post: string;
  file: string;
  message: string;
  hint: string;
  suggested: string;
}

/**
 * "rename it to `suggested`" and how, in `lang`: for `check` and the build, the studio editor's
 * action or a move of the file; read in the studio (`inStudio`), the editor's button alone, by the
 * labels the editor shows (MANAGE_TEXT post.actions, post.move). draft-address and alias-case.
 */
export function renameHint(suggested: string, lang: Lang, inStudio: boolean): string {
  if (inStudio)
    return lang === 'zh'
      ? `把它重命名为 ${suggested}：在它的编辑页打开“管理这篇内容”，填入新 ID 后点“重命名 / 移动”`
      : `rename it to ${suggested}: open "Manage this post" in its editor, type the new id and press "Rename / move"`;
  return lang === 'zh'
    ? `把它重命名为 ${suggested}（工作室编辑器的“管理这篇内容 → 重命名 / 移动”，或移动文件）`
    : `rename it to ${suggested} (the studio editor's Manage this post → Rename / move, or move the file)`;
}

/** `suggested`: the id it would have in its channel's folder (core/holding-folders.ts). */
export type DraftAddressFlag = RenameFlag<'draft-address'>;

/**
 * One warning per published post under ideas/ or drafts/, naming the rename that takes the folder
 * out of its address: to a free id, numbered -2, -3… past the other posts' ids as the studio's move does,
 * and past the ids suggested to the posts before it, so that no two are told to take the same one.
 */
export function flagDraftAddresses(posts: readonly Post[], lang: Lang, inStudio = false): DraftAddressFlag[] {
  let taken: Set<string> | undefined;
  return posts.flatMap((post) => {
    const folder = holdingFolderOf(post.id);
    if (!folder || post.data.status !== 'published') return [];
    taken ??= heldIds(posts.map((p) => p.id));
    const suggested = freeHoldingTarget(post.id, post.data.channel, taken);
    if (!suggested) return [];
    // Held for this post: another of the same name (drafts/a beside ideas/a) is offered the next number.
    taken.add(idKey(suggested));
    const name = folder.slice(0, -1);
    // The address it is published at: a page bundle (drafts/x/index) is /posts/drafts/x/.
    const address = `/posts/${postSlug(post.id)}/`;
    return [{
      kind: 'draft-address' as const,
      severity: 'warning' as const,
      post: post.id,
      file: post.file,
      message: lang === 'zh'
        ? `已发布，但还在 ${folder} 文件夹里：公开地址 ${address} 会一直带着“${name}”（文章的 ID 就是它的公开地址）`
        : `is published from ${folder}: its public address ${address} says "${name}" for good (a post's id is its address)`,
      hint: `${renameHint(suggested, lang, inStudio)}${lang === 'zh' ? `；如果旧链接已经分享出去，把 ${address} 写进它的 aliases，旧地址就仍然有效` : `; if its link is already out, list ${address} in its aliases so the old address keeps working`}`,
      suggested,
    }];
  });
}
