/**
 * Hexo's links to another post (hexo.io/docs/tag-plugins#Include-Posts), `{% post_link slug
 * [title] [escape] %}` and `{% post_path slug %}`, in a moved post: Hexo writes that post's link or
 * address, which the portfolio would show as the tag's text. Each one naming a post the import
 * made (this run, skipped as there already, or an earlier run) becomes `[title](/posts/<slug>/)` or the address,
 * a `#fragment` of the slug kept. The slug is looked up as Hexo 7 does (lib/plugins/tag/post_link.ts,
 * post_path.ts): the post's source file within `_posts/` without its extension (folders written or
 * not, as the docs allow), else a post's title. The link text is the tag's title, else the post's
 * title, escaped for Markdown (and, unless the tag ends `false`, its HTML shown as text, as Hexo
 * escapes it). A tag naming no such post stays as written, said in a note. Pure.
 */
import { parseFrontmatterYaml, splitFrontmatter } from '../post-file.ts';
import type { Text } from '../i18n/text.ts';
import { postSlug } from '../post-slug.ts';
import { withLinkTagsAnswered } from './link-tag-notes.ts';

/** A post_link or post_path tag; groups: 1 the tag's name, 2 its arguments. */
export const HEXO_POST_TAG = /\{%-?\s*(post_link|post_path)\s+(.*?)\s*-?%\}/g;

/** A post a tag can name: its id (its page `/posts/<slug>/`) and its title, the link's text when the tag gives none. */
export interface Target {
  id: string;
  title?: string;
}

/** The post a tag's arguments name (`hello-world` of `"hello-world#part" Read it`), without its `#fragment`. */
export function postTagSlug(args: string): string {
  return (tagWords(args)[0] ?? '').split('#')[0]!;
}

/** The tag's arguments split at spaces, a quoted one kept whole without its quotes (Hexo's tag argument reading). */
function tagWords(args: string): string[] {
  return [...args.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** The title of a moved post's frontmatter, or undefined when it gives none or does not read. */
function titleOf(text: string, from: string): string | undefined {
  try {
    const data = parseFrontmatterYaml(splitFrontmatter(text, from).yaml, from) as Record<string, unknown>;
    return typeof data.title === 'string' && data.title.trim() ? data.title.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Each key a tag may name a post by -> that post, or null when two posts share the key (not guessed). */
function hexoTargets(posts: readonly { from: string; id: string; title?: string }[]): Map<string, Target | null> {
  const byKey = new Map<string, Target | null>();
  const add = (key: string, target: Target) => {
    const there = byKey.get(key);
    byKey.set(key, there === undefined || there?.id === target.id ? target : null);
  };
  const byTitle = new Map<string, Target | null>();
  for (const { from, id, title } of posts) {
    const source = (/(?:^|\/)_posts\/(.+)$/.exec(from)?.[1] ?? from).replace(/\.(?:md|markdown|mdx)$/i, '');
    const target = { id, title };
    add(source, target);
    const name = source.split('/').pop()!;
    if (name !== source) add(name, target);
    if (title) byTitle.set(title, byTitle.has(title) ? null : target);
  }
  // A title is looked up only after every file name (Hexo: by slug first).
  for (const [title, target] of byTitle) if (!byKey.has(title)) byKey.set(title, target);
  return byKey;
}

/** Link text for Markdown: brackets and backslashes escaped; `<` and `&` as entities unless the tag asked for raw HTML. */
function linkText(text: string, escape: boolean): string {
  const markdown = text.replace(/[\\[\]]/g, (c) => `\\${c}`);
  return escape ? markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;') : markdown;
}

/** What a kept tag's note says: where the post was looked for, and what to do. */
const HEXO_HINT = {
  missing: { en: 'imported so far', zh: '还没有导入成文章' },
  fix: { en: "import the _posts folder holding that post too (a re-run skips what is there, so remove this post first)", zh: '请把那篇文章所在的 _posts 文件夹也一起导入（再运行会跳过已有的文章，所以请先删掉这一篇）' },
};

/**
 * `plan` with the Hexo post_link and post_path tags of its moved posts' prose (outside code)
 * written as links to, or addresses of, the posts they name among its moves and skipped posts,
 * else among `before`: a slug (postTagSlug) -> the post an earlier import made of that file
 * (store/hexo-links.ts, found by its old address among the posts' aliases).
 */
export function withHexoPostLinks<P extends { moves: { from: string; id: string; text: string; notes: Text[] }[]; skipped: { from: string; id?: string }[] }>(plan: P, before: ReadonlyMap<string, Target> = new Map()): P {
  const opening = /\{%-?\s*post_(?:link|path)\s/;
  if (!plan.moves.some((m) => opening.test(m.text))) return plan;
  const targets = hexoTargets([
    ...plan.skipped.flatMap((s) => (s.id ? [{ from: s.from, id: s.id }] : [])),
    ...plan.moves.map((m) => ({ from: m.from, id: m.id, title: titleOf(m.text, m.from) })),
  ]);
  const moves = plan.moves.map((move) => {
    if (!opening.test(move.text)) return move;
    return withLinkTagsAnswered(move, 'Hexo', { needle: '{%', pattern: new RegExp(HEXO_POST_TAG.source, 'g') }, HEXO_HINT, (tag, [kind, args]) => {
      const words = tagWords(args!);
      const [slug, fragment = ''] = (words.shift() ?? '').split(/(?=#)/);
      const last = words.at(-1);
      if (last === 'true' || last === 'false') words.pop();
      const target = slug ? (targets.get(slug) ?? before.get(slug)) : undefined;
      if (!target) return { text: tag, kept: tag };
      const to = `/posts/${postSlug(target.id)}/${fragment}`;
      const text = kind === 'post_path' ? to : `[${linkText(words.length ? words.join(' ') : (target.title ?? slug!), last !== 'false')}](${to})`;
      return { text, linked: `${tag} -> ${to}` };
    });
  });
  return { ...plan, moves };
}
