/**
 * `theme.acceptedOnTheme` holds post ids ("On theme after all"). An entry that names no post
 * accepts nothing: written as the file (`content/posts/2026/x.md`), with its extension, in
 * other capitals, or left behind by a post deleted by hand. Before, nothing said so and the
 * draft the author meant stayed flagged; now each such entry is a warning naming the file and
 * field, with the id it most likely meant.
 */
import type { Lang } from './language.ts';
import type { Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';

export interface UnknownAcceptedFlag {
  kind: 'unknown-accepted';
  severity: 'warning';
  file: 'content/planner.json';
  field: 'theme.acceptedOnTheme';
  /** The entry as written. */
  entry: string;
  message: string;
  hint: string;
}

/** The post id an entry most likely meant: its path under content/posts without the extension, in any capitals. */
function meant(entry: string, ids: readonly string[]): string | undefined {
  const bare = entry
    .trim()
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '')
    .replace(/^(?:content\/)?posts\//, '')
    .replace(/\.mdx?$/i, '')
    .replace(/\/$/, '');
  const lower = bare.toLowerCase();
  return ids.find((id) => id === bare) ?? ids.find((id) => id === `${bare}/index`) ?? ids.find((id) => id.toLowerCase() === lower || id.toLowerCase() === `${lower}/index`);
}

export function flagUnknownAccepted(planner: Planner, posts: readonly Post[], lang: Lang): UnknownAcceptedFlag[] {
  const entries = planner.theme?.acceptedOnTheme ?? [];
  if (entries.length === 0) return [];
  const known = new Set(posts.map((p) => p.id));
  const ids = posts.map((p) => p.id);
  const zh = lang === 'zh';
  return entries
    .filter((entry) => !known.has(entry))
    .map((entry) => {
      const id = meant(entry, ids);
      return {
        kind: 'unknown-accepted' as const,
        severity: 'warning' as const,
        file: 'content/planner.json' as const,
        field: 'theme.acceptedOnTheme' as const,
        entry,
        message: zh ? `theme.acceptedOnTheme：“${entry}”不是任何文章的 id，所以什么也没有接受` : `theme.acceptedOnTheme: "${entry}" names no post, so it accepts nothing`,
        hint: id
          ? zh
            ? `请写文章的 id：“${id}”`
            : `write the post's id: "${id}"`
          : zh
            ? '请删掉它，或写一篇文章的 id（它在 content/posts/ 下的路径，不带 .md 或 .mdx，`check` 会在每条提醒上方印出文件）'
            : "remove it, or write a post's id (its path under content/posts/ without .md or .mdx)",
      };
    });
}
