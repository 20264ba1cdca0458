/**
 * Feed entries -> post drafts: frontmatter per shared/interfaces.md §2 plus `guid`, a Markdown
 * body, and a readable id `YYYY/slug` (the year the entry was published, in its own offset).
 */
import type { Text } from '../i18n/text.ts';
import type { PostStatus } from '../schema/post.ts';
import { type FeedEntry, isWebUrl, stripTags } from './entries.ts';
import { toIsoPublishedAt } from './feed-date.ts';
import { convertHtmlToMarkdown, convertTextToMarkdown } from './html-to-markdown.ts';
import { slugify, uniqueSlug } from './slug.ts';

export interface PostDraft {
  /** Post id: path under content/posts/ without extension. */
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** What the project holds already: post ids, and the `url` and `guid` of every post. */
export interface KnownPosts {
  ids: Iterable<string>;
  urls: Iterable<string>;
  guids: Iterable<string>;
}

export interface ImportPlan {
  drafts: PostDraft[];
  /** Entries skipped because a post already has their url or guid. */
  alreadyImported: number;
  /** One line per entry skipped for a problem, e.g. `entry 3 "Hello": skipped: it has no date`, in both languages. */
  warnings: Text[];
}

/**
 * Plans the import of `entries` into `channel`. An entry is skipped when a post (or an earlier
 * entry) has the same url or guid, or when it has no readable date.
 */
export function planImport(entries: FeedEntry[], known: KnownPosts, opts: { channel: string; status: PostStatus }): ImportPlan {
  const ids = new Set(known.ids);
  const urls = new Set([...known.urls].map(normalizeUrl));
  const guids = new Set(known.guids);
  const plan: ImportPlan = { drafts: [], alreadyImported: 0, warnings: [] };
  entries.forEach((entry, i) => {
    const title = entry.title ? ` "${entry.title}"` : '';
    const label = { en: `entry ${i + 1}${title}`, zh: `第 ${i + 1} 条${title}` };
    const url = isWebUrl(entry.url) ? normalizeUrl(entry.url) : undefined;
    if ((url && urls.has(url)) || (entry.guid && guids.has(entry.guid))) {
      const seenInFeed = plan.drafts.some((d) => d.frontmatter.guid === entry.guid || d.frontmatter.url === url);
      const key = entry.guid && guids.has(entry.guid) ? 'guid' : 'url';
      if (seenInFeed) plan.warnings.push({ en: `${label.en}: skipped: an earlier entry has the same ${key}`, zh: `${label.zh}：已跳过：前面有一条的 ${key} 与它相同` });
      else plan.alreadyImported++;
      return;
    }
    const publishedAt = toIsoPublishedAt(entry.date);
    if (!publishedAt) {
      plan.warnings.push(
        entry.date
          ? { en: `${label.en}: skipped: its date "${entry.date}" is not RFC 822 or ISO 8601`, zh: `${label.zh}：已跳过：它的日期 "${entry.date}" 既不是 RFC 822 也不是 ISO 8601` }
          : { en: `${label.en}: skipped: it has no date`, zh: `${label.zh}：已跳过：它没有日期` },
      );
      return;
    }
    const draft = draftPost(entry, { ...opts, publishedAt, url, ids });
    const named = String(draft.frontmatter.title);
    if (!entry.title) plan.warnings.push({ en: `${label.en}: has no title; named "${named}"`, zh: `${label.zh}：没有标题；命名为 "${named}"` });
    ids.add(draft.id);
    if (url) urls.add(url);
    if (entry.guid) guids.add(entry.guid);
    plan.drafts.push(draft);
  });
  return plan;
}

interface DraftContext {
  channel: string;
  status: PostStatus;
  publishedAt: string;
  url: string | undefined;
  ids: ReadonlySet<string>;
}

function draftPost(entry: FeedEntry, ctx: DraftContext): PostDraft {
  const body = entry.html ? convertHtmlToMarkdown(entry.html, ctx.url) : entry.text ? convertTextToMarkdown(entry.text) : '';
  const title = entry.title ? entry.title.replace(/\s+/g, ' ') : untitled(entry, ctx.publishedAt);
  const slug = slugify(title, entry.guid ?? ctx.url ?? `${title} ${ctx.publishedAt}`);
  const frontmatter: Record<string, unknown> = {
    title,
    channel: ctx.channel,
    status: ctx.status,
    publishedAt: ctx.publishedAt,
    ...(ctx.url ? { url: ctx.url } : {}),
    ...(entry.guid ? { guid: entry.guid } : {}),
  };
  return { id: uniqueSlug(`${ctx.publishedAt.slice(0, 4)}/${slug}`, ctx.ids), frontmatter, body };
}

/** A title from the start of the body (at most 60 characters), else "Untitled" and the date. */
function untitled(entry: FeedEntry, publishedAt: string): string {
  const chars = [...(entry.html ? stripTags(entry.html) : (entry.text ?? '').replace(/\s+/g, ' ').trim())];
  if (chars.length === 0) return `Untitled ${publishedAt.slice(0, 10)}`;
  return chars.length > 60 ? `${chars.slice(0, 59).join('').trimEnd()}…` : chars.join('');
}

function normalizeUrl(url: string): string {
  return URL.canParse(url) ? new URL(url).href : url;
}
