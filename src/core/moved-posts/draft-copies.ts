/**
 * Drafts beside the posts they were written for. A blog's drafts folder (Jekyll's `_drafts/`,
 * Hexo's `source/_drafts/`, a Hugo folder of `draft: true` files) often keeps the draft a post was
 * written from under the post's own name. Read by path, `_drafts/` comes before `_posts/`: the
 * draft took the post's address and the published post became `-2`, without its old address
 * (a real Jekyll blog, hh54188/jekyll-blog: 4 posts). Published files take their ids first here,
 * and a draft that is the same post as one of them (its title or its date) is left out, named.
 */
import { parse as parseToml } from 'smol-toml';
import type { Text } from '../i18n/text.ts';
import { parseFrontmatterYaml, splitFrontmatter } from '../post-file.ts';
import { applyFrontmatterAliases } from '../schema/post-aliases.ts';

/**
 * Whether a file's own frontmatter makes it a draft (`draft: true`, Jekyll's `published: false`;
 * YAML `---` or Hugo's TOML `+++`). A frontmatter that does not parse is no draft here: the plan
 * names its fault when it reads the file.
 */
export function saysDraft(text: string): boolean {
  try {
    const toml = /^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/.exec(text);
    const raw = toml ? parseToml(toml[1]!) : /^\uFEFF?---[ \t]*\r?\n/.test(text) ? parseFrontmatterYaml(splitFrontmatter(text, 'draft.md').yaml, 'draft.md') : {};
    return (applyFrontmatterAliases(raw as Record<string, unknown>) as { status?: unknown }).status === 'draft';
  } catch {
    return false;
  }
}

/** `files` with every file `isDraft` names moved after the others, each group in its own order: a published post takes its name before a draft of it can. */
export function publishedFirst<T>(files: readonly T[], isDraft: (file: T) => boolean): T[] {
  const drafts = files.filter(isDraft);
  return [...files.filter((f) => !drafts.includes(f)), ...drafts];
}

/** Why a draft that is the same post as a published file of the folder (`post`, imported as `id`) is not imported. */
export function draftCopyReason(post: string, id: string, sameText: boolean): Text {
  return sameText
    ? { en: `a draft with the same text as ${post}, which is imported as ${id}: imported once`, zh: `这份草稿与 ${post} 内容完全相同，后者导入为 ${id}：只导入一次` }
    : {
        en: `a draft of ${post} (the same title or date), which is imported as ${id} and keeps that address: not imported; compare the two and copy into ${id} what this draft adds`,
        zh: `这是 ${post} 的草稿（标题或日期相同），后者导入为 ${id} 并保留这个地址：本文件未导入；请比较两者，把草稿里多出的内容复制到 ${id}`,
      };
}

/** The note of a file numbered (`-2`) because `other`, another file of the folder, takes `wanted`. */
export function numberedNote(wanted: string, id: string, other: string): Text {
  return { en: `another file of the folder, ${other}, is ${wanted}, so this one is ${id}`, zh: `文件夹里另一个文件 ${other} 已是 ${wanted}，因此这一篇保存为 ${id}` };
}
