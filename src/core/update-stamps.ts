/**
 * Update dates that are a tool's stamp, not an edit: the portfolio shows no "Updated" line for
 * them (nor a feed's modified date or the sitemap's lastmod), and `check` and `import` say so.
 *
 * - A theme's post with another tool's key (schema/post-aliases.ts isForeignUpdateKey): an
 *   AstroPaper post's `updated:` (AstroPaper reads only `modDatetime`), as Obsidian's Linter
 *   plugin writes on every file it lints. The reader never takes it.
 * - A bulk stamp: an update date under another generator's key (`updated`, `lastmod`,
 *   `modDatetime`…) after the post's publication that falls on the same local day in
 *   {@link BULK_STAMP_POSTS} posts or more,
 *   as "lint all files", a find-and-replace over the blog or a migration script leaves it (a real
 *   blog of 179 posts showed "Updated 2026-04-13" on every one). Throughline's own `updatedAt` is
 *   always shown: writing it is how a post keeps its "Updated" line.
 */
import { dateToText } from './calendar-date.ts';
import { groupFilesText } from './check-groups.ts';
import type { Text } from './i18n/text.ts';
import type { Lang } from './language.ts';
import { publishedEpoch, publishedLocalDate } from './published-at.ts';
import type { PostZoner } from './period-zones.ts';
import { dateKeysOf, dateValueOf, ownUpdateKeyOf, isForeignUpdateKey } from './schema/post-aliases.ts';
import type { Post } from './schema/post.ts';

/** Posts whose update date falls on one local day, under another generator's key, from this many on: a bulk stamp. */
export const BULK_STAMP_POSTS = 5;

/** A post's update date not shown as an update: `key` as the file writes it, its local `day` for a bulk stamp. */
export interface UnshownUpdate {
  post: string;
  file: string;
  key: string;
  reason: 'theme' | 'bulk';
  /** For `theme`: the theme and its own key (AstroPaper, modDatetime). */
  theme?: { name: string; key: string };
  /** For `bulk`: the local day shared and the number of posts that share it. */
  day?: string;
  count?: number;
}

/**
 * The key that gives a post's update date as read: the first alias with a value (dateKeysOf
 * order) when its value is the one read (the reader filled updatedAt from it), else `updatedAt`
 * (as date-conflicts.ts tells them apart).
 */
function updateKeyOf(data: Record<string, unknown>): string | undefined {
  if (data.updatedAt === undefined) return undefined;
  const alias = dateKeysOf('updatedAt', data).slice(1).find((k) => dateValueOf(data, k) !== undefined);
  return alias !== undefined && String(dateToText(dateValueOf(data, alias))) === String(dateToText(data.updatedAt)) ? alias : 'updatedAt';
}

/**
 * Every update date of `posts` that is not shown ({@link UnshownUpdate}), in the posts' order:
 * a theme's unread key first, then bulk stamps. `zoneOf` gives the zone a post's update day is
 * read in (its channel's: period-zones.ts). Pure; a post whose update date does not parse is skipped.
 */
export function findUnshownUpdates(posts: readonly Post[], zoneOf: PostZoner): UnshownUpdate[] {
  const theme = posts.flatMap((post): UnshownUpdate[] => {
    const data = post.data as Record<string, unknown>;
    const own = ownUpdateKeyOf(data);
    const keys = own ? dateKeysOf('updatedAt').filter((k) => isForeignUpdateKey(data, k) && dateValueOf(data, k) !== undefined) : [];
    return keys.map((key) => ({ post: post.id, file: post.file, key, reason: 'theme', theme: { name: own!.theme, key: own!.key } }));
  });
  const byDay = new Map<string, { post: Post; key: string }[]>();
  for (const post of posts) {
    const key = updateKeyOf(post.data as Record<string, unknown>);
    if (key === undefined || key === 'updatedAt') continue;
    const value = String(dateToText(post.data.updatedAt));
    const published = post.data.publishedAt;
    let day: string;
    try {
      // An update at or before its publication (Hexo's scaffold writes updated: as date:) is no update
      // and the site shows none (site-data.ts): posts published that day would make a real edit of it a stamp.
      const zone = zoneOf(post.data.channel, published ?? value);
      if (published !== undefined && publishedEpoch(value, zone) <= publishedEpoch(published, zone)) continue;
      day = publishedLocalDate(value, zoneOf(post.data.channel, value));
    } catch {
      continue;
    }
    const group = byDay.get(day);
    if (group) group.push({ post, key });
    else byDay.set(day, [{ post, key }]);
  }
  const bulk = [...byDay].flatMap(([day, group]) =>
    group.length < BULK_STAMP_POSTS ? [] : group.map(({ post, key }): UnshownUpdate => ({ post: post.id, file: post.file, key, reason: 'bulk', day, count: group.length })),
  );
  return [...theme, ...bulk];
}

/** The ids of the posts whose update date is a bulk stamp (findUnshownUpdates): the portfolio shows them as never updated. */
export function bulkStampedPosts(posts: readonly Post[], zoneOf: PostZoner): Set<string> {
  return new Set(findUnshownUpdates(posts, zoneOf).filter((u) => u.reason === 'bulk').map((u) => u.post));
}

/** check's info flag (flagUnshownUpdates) for one group of update dates the site does not show; `message` and `hint` in the report's language. */
export interface UpdateNotShownFlag {
  kind: 'update-not-shown';
  severity: 'info';
  /** The first post of the group, and its file. */
  post: string;
  file: string;
  /** The key as the files write it (`updated`). */
  field: string;
  /** Every post of the group. */
  posts: string[];
  message: string;
  hint: string;
}

/** The files of a group, three named and the rest counted, as check's grouped blocks name them. */
function filesText(files: readonly string[]): Text {
  return { en: groupFilesText(files, 'en'), zh: groupFilesText(files, 'zh') };
}

/**
 * One info flag per group of {@link findUnshownUpdates}: a theme's unread key (per key and theme),
 * a bulk stamp (per day), each naming the key and the files. Nothing to fix: the files are left as
 * they are; the hint says how to show an update anyway.
 */
export function flagUnshownUpdates(unshown: readonly UnshownUpdate[], lang: Lang): UpdateNotShownFlag[] {
  const groups = new Map<string, UnshownUpdate[]>();
  for (const u of unshown) {
    const id = u.reason === 'theme' ? `theme ${u.key} ${u.theme!.name}` : `bulk ${u.day}`;
    const group = groups.get(id);
    if (group) group.push(u);
    else groups.set(id, [u]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const keys = [...new Set(group.map((u) => u.key))].join(', ');
    const files = filesText(group.map((u) => u.file));
    const n = group.length;
    const text: Text = first.reason === 'theme'
      ? {
          en: `${keys}: not read as the update date in ${n} ${n === 1 ? 'post' : 'posts'} (${files.en}): they are ${first.theme!.name}'s, which dates an update with ${first.theme!.key} only, so ${keys} is another tool's stamp (Obsidian Linter writes one on every file it lints) and no "Updated" line is shown`,
          zh: `${keys}：在 ${n} 篇文章（${files.zh}）里不当作更新日期：它们是 ${first.theme!.name} 的文章，它只用 ${first.theme!.key} 记更新，所以 ${keys} 是别的工具写的时间戳（Obsidian 的 Linter 插件会给它整理过的每个文件都写上），不显示“更新于”`,
        }
      : {
          en: `${keys}: ${n} posts (${files.en}) give the same update day, ${first.day}: a bulk stamp (a linter, a find-and-replace or a migration script), not an edit, so none shows an "Updated" line, a feed's modified date or the sitemap's lastmod`,
          zh: `${keys}：${n} 篇文章（${files.zh}）的更新日期都是同一天 ${first.day}：这是批量写上的时间戳（格式整理插件、批量替换或迁移脚本），不是修改，所以都不显示“更新于”，订阅源的修改时间和 sitemap 的 lastmod 也不用它`,
        };
    const hint: Text = {
      en: `the files are left as they are; to show a real update, write updatedAt: with its date in that post`,
      zh: '文件保持原样未改动；要显示真正的更新，请在那篇文章里写 updatedAt: 和日期',
    };
    return { kind: 'update-not-shown', severity: 'info', post: first.post, file: first.file, field: keys, posts: group.map((u) => u.post), message: text[lang], hint: hint[lang] };
  });
}
