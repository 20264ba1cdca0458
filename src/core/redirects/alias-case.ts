/**
 * An alias that is its post's own page in another case: `aliases: [/posts/2014/learn-to-database/]`
 * on the post `2014/Learn-To-Database` (Hugo lowercases addresses, so that is where the old site
 * served it). The build writes no redirect there (clashes.ts redirectFiles: one folder of a
 * case-insensitive disk cannot hold the page and a redirect beside it), so a host that reads case
 * (GitHub Pages, S3) answers every old link with a 404. The cure is the post taking the alias's
 * case: `import` names such a post so (moved-posts/plan.ts), and `check` warns of one made before.
 */
import { renameHint, type RenameFlag } from '../draft-address.ts';
import { idKey } from '../feed/slug.ts';
import type { Lang } from '../language.ts';
import { postSlug } from '../post-slug.ts';
import type { Post } from '../schema/post.ts';
import { aliasFile, aliasProblem } from './alias-path.ts';
import { postPageFile } from './clashes.ts';

/** The alias of `aliases` whose file (aliasFile) is post `id`'s page in another case (same letters, same length), else undefined; invalid aliases are skipped. */
export function caseOnlyAlias(id: string, aliases: readonly string[]): string | undefined {
  const page = postPageFile(id);
  return aliases.find((alias) => {
    if (aliasProblem(alias) !== undefined) return false;
    const file = aliasFile(alias);
    return file !== page && file.length === page.length && idKey(file) === idKey(page);
  });
}

/**
 * Post `id` in the case of its {@link caseOnlyAlias} (`2014/Learn-To-Database` with
 * /posts/2014/learn-to-database/ -> `2014/learn-to-database`; a folder post keeps its `/index`);
 * `id` itself when it has none.
 */
export function idInAliasCase(id: string, aliases: readonly string[]): string {
  const alias = caseOnlyAlias(id, aliases);
  return alias === undefined ? id : idInCaseOf(id, alias);
}

/** Post `id` in the case of `alias`, an alias its {@link caseOnlyAlias} found (callers holding it need not look again). */
export function idInCaseOf(id: string, alias: string): string {
  // postPageFile is `posts/<slug>/index.html`, the slug being the id without a folder post's `/index`.
  const slug = aliasFile(alias).slice('posts/'.length, -'/index.html'.length);
  return `${slug}${id.slice(postSlug(id).length)}`;
}

/** `suggested`: the id that makes the post's page the alias's address. */
export type AliasCaseFlag = RenameFlag<'alias-case'>;

/**
 * One warning per published post with a {@link caseOnlyAlias}, naming the rename that serves the
 * old address. Drafts and ideas are left alone: they have no page yet (the import names them as
 * the old address writes them already).
 */
export function flagAliasCase(posts: readonly Pick<Post, 'id' | 'file' | 'data'>[], lang: Lang, inStudio = false): AliasCaseFlag[] {
  return posts.flatMap((post) => {
    const aliases = post.data.aliases ?? [];
    if (post.data.status !== 'published' || aliases.length === 0) return [];
    const alias = caseOnlyAlias(post.id, aliases);
    if (alias === undefined) return [];
    const suggested = idInCaseOf(post.id, alias);
    const address = `/posts/${postSlug(post.id)}/`;
    return [{
      kind: 'alias-case' as const,
      severity: 'warning' as const,
      post: post.id,
      file: post.file,
      message: lang === 'zh'
        ? `aliases 中的 ${alias} 与它的地址 ${address} 只有大小写不同：同一个文件夹放不下两者，构建不会在那里写跳转页，区分大小写的主机（如 GitHub Pages）上指向旧地址的链接会得到 404`
        : `its alias ${alias} is its address ${address} in another case: one folder cannot hold both, so the build writes no redirect there, and on a host that reads case (GitHub Pages) old links to it get a 404`,
      hint: `${renameHint(suggested, lang, inStudio)}${lang === 'zh' ? (inStudio ? '；它的页面就在旧地址上' : '，它的页面就在旧地址上') : (inStudio ? '; its page is then at the old address' : ': its page is then at the old address')}`,
      suggested,
    }];
  });
}
