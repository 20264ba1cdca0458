/**
 * A post whose file name makes an id the studio refuses (core/post-id.ts): "blog/bad id.md",
 * "2026/🎉.md". Astro builds it anyway (/posts/blog/bad id/), so this is a warning, not an
 * error: a blog imported or copied in with such names still builds; the studio cannot edit or
 * plan the post until it is renamed (its editor address shows a rename form instead:
 * studio/drafts/refused-id.ts), and its address needs escaping in every link.
 */
import { idKey, slugify, uniqueSlug } from './feed/slug.ts';
import { translateMessage } from './i18n/zod-issues.ts';
import { suggestId } from './id-mistakes.ts';
import type { Lang } from './language.ts';
import { postIdProblem, suggestedPostId } from './post-id.ts';
import { postSlug } from './post-slug.ts';
import type { Post } from './schema/post.ts';
import type { RenameFlag } from './draft-address.ts';

/** `suggested`: the id to rename the file to, free among the other posts' ids (a rename flag, as draft-address's). */
export type PostIdFlag = RenameFlag<'post-id'>;

/**
 * One warning per post (any status) whose id postIdProblem refuses: the message is the studio's
 * own (the refused characters named, a space shown as ␣) ending with `suggested`, the hint the
 * file to rename it to (the build check prints the message alone). When no id can be built from the name ("2026/🎉"), the last part
 * comes from the title as import names files (feed/slug.ts slugify); a suggestion already taken
 * by another post is numbered -2, -3….
 */
export function flagPostIds(posts: readonly Post[], lang: Lang): PostIdFlag[] {
  let taken: Set<string> | undefined;
  return posts.flatMap((post) => {
    const problem = postIdProblem(post.id);
    if (!problem) return [];
    taken ??= new Set(posts.map((p) => idKey(p.id)));
    const fromTitle = slugify(post.data.title, post.id);
    const inFolder = [suggestId(post.id.split('/').slice(0, -1).join('/')), fromTitle].filter(Boolean).join('/');
    const built = suggestedPostId(post.id) ?? (postIdProblem(inFolder) === null ? inFolder : fromTitle);
    const suggested = uniqueSlug(built, taken);
    taken.add(idKey(suggested));
    // The studio's words, ending with this suggestion (built from the title, or numbered past a taken id) instead of its own.
    const said = problem.replace(/(?:; try "[^"]*"|, e\.g\. "[^"]*")$/, `; try "${suggested}"`);
    const ext = /\.mdx$/.test(post.file) ? '.mdx' : '.md';
    const to = `content/posts/${suggested}${ext}`;
    const address = encodeURI(`/posts/${postSlug(post.id)}/`);
    const published = post.data.status === 'published';
    const zh = lang === 'zh';
    return [{
      kind: 'post-id' as const,
      severity: 'warning' as const,
      post: post.id,
      file: post.file,
      message: zh
        ? `文件名构成的 ID 工作室不接受（重命名之前无法编辑或排期这篇文章）：${translateMessage(said) ?? said}`
        : `its file name makes an id the studio refuses (it cannot edit or plan the post until it is renamed): ${said}`,
      hint: zh
        ? `把文件重命名为 ${to}${published ? `；如果旧链接已经分享出去，把 ${address} 写进它的 aliases，旧地址就仍然有效` : ''}`
        : `rename the file to ${to}${published ? `; if its link is already out, list ${address} in its aliases so the old address keeps working` : ''}`,
      suggested,
    }];
  });
}
