/**
 * WordPress export (WXR, Tools > Export) -> entries. WXR is RSS 2.0 with the `wp:` namespace
 * (http://wordpress.org/export/1.2/): each `<item>` carries `wp:post_type`, `wp:status`,
 * `wp:post_date` (site time) and `wp:post_date_gmt`, and `<category domain="category|post_tag">`.
 * Only `post` items become entries; pages, attachments, menu items, revisions and other types
 * are counted as skipped. `publish` -> published, `draft`/`pending` -> draft, `future` ->
 * scheduled, `private` or password-protected -> private (the plan makes it a draft). A published
 * post's permalink on the blog's host is its `oldAddress` (old-addresses.ts): the blog moves here.
 */
import { XMLParser } from 'fast-xml-parser';
import { wordpressFeeds } from '../old-feeds/generators.ts';
import { wordpressTerms, type WordPressTerm } from '../old-taxonomies/generators.ts';
import { wordpressHome } from '../old-taxonomies/post-lists.ts';
import { ThroughlineError } from '../errors.ts';
import { isoOffset } from '../zoned-time.ts';
import { chainBase, isWebUrl, resolveAddress } from './address.ts';
import type { FeedDocument, FeedEntry } from './entry.ts';
import { countKinds, statusKind, typeKind } from './skipped.ts';
import { looseHtmlToText, summaryToText } from './text.ts';
import { wordPressCaptions } from './wp-caption.ts';
import { wordPressCodeShortcodes } from './wp-code-shortcodes.ts';
import { wordPressMediaShortcodes, type WordPressAttachment } from './wp-media-shortcodes.ts';
import { hasBlocks, wpautop } from './wpautop.ts';
import { oldAddressOf } from './old-addresses.ts';

type Loose = Record<string, any>;

const STATES: Record<string, FeedEntry['state'] | 'skip'> = {
  publish: 'published', draft: 'draft', pending: 'draft', future: 'scheduled', private: 'private',
  trash: 'skip', 'auto-draft': 'skip', inherit: 'skip',
};
const TYPE_KINDS: Record<string, string> = { nav_menu_item: 'menu item' };
const HINT = { en: 'export it again from Tools > Export', zh: '请在 WordPress 后台“工具 > 导出”中重新导出' };

/** True when `text` is a WordPress export rather than a plain feed. */
export function isWordPressExport(text: string): boolean {
  return /xmlns:wp\s*=\s*["']https?:\/\/wordpress\.org\/export\//.test(text.slice(0, 5000)) || /<wp:wxr_version>/.test(text.slice(0, 20000));
}

/** Entries of a WXR file, in file order; throws a ThroughlineError naming `source` when it is not one. */
export function readWordPressExport(text: string, source: string): FeedDocument {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    processEntities: true,
    htmlEntities: false,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => name === 'item' || name === 'category',
  });
  let channel: Loose;
  try {
    channel = (parser.parse(text) as Loose).rss?.channel;
  } catch (error) {
    const reason = (error as Error).message;
    throw new ThroughlineError({ en: `this WordPress export is not well-formed XML (${reason})`, zh: `这个 WordPress 导出文件不是格式正确的 XML（${reason}）` }, { file: source, hint: HINT });
  }
  if (!channel) throw new ThroughlineError({ en: 'this WordPress export has no <channel>', zh: '这个 WordPress 导出文件没有 <channel>' }, { file: source, hint: HINT });
  const base = chainBase(str(channel['wp:base_blog_url']) ?? str(channel.link));
  const skipped: string[] = [];
  const entries: FeedEntry[] = [];
  const taxonomy = { path: blogPath(str(channel['wp:base_blog_url']) ?? str(channel.link)), parents: categoryParents(channel['wp:category']) };
  // guid -> the wp:post_id of the first post that has it.
  const guidPosts = new Map<string, string | undefined>();
  const attachments = attachmentsOf((channel.item ?? []) as Loose[]);
  for (const item of (channel.item ?? []) as Loose[]) {
    const type = str(item['wp:post_type']) ?? 'post';
    const state = STATES[str(item['wp:status']) ?? 'publish'];
    const kind = type !== 'post' ? typeKind(TYPE_KINDS[type] ?? type) : state === 'skip' || state === undefined ? statusKind(str(item['wp:status'])!) : undefined;
    if (kind) {
      skipped.push(kind);
      continue;
    }
    const entry = fromItem(item, base, str(item['wp:post_password']) ? 'private' : (state as FeedEntry['state']), taxonomy, attachments);
    // WordPress keeps a post's first guid (`?p=568`) when a post is duplicated or imported again,
    // so two posts of one export can share it (the theme unit test data's "Post Format: Image"
    // and another): a guid is an entry's only with its post id, else both were one post and the
    // second was skipped as "the same guid". The first keeps it as written, so re-runs match.
    const postId = str(item['wp:post_id']);
    if (entry.guid !== undefined && guidPosts.has(entry.guid) && guidPosts.get(entry.guid) !== postId && postId) entry.guid = `${entry.guid}#wp-post-${postId}`;
    else if (entry.guid !== undefined && !guidPosts.has(entry.guid)) guidPosts.set(entry.guid, postId);
    entries.push(entry);
  }
  const feeds = wordpressFeeds(str(channel['wp:base_blog_url']) ?? str(channel.link));
  return { format: 'wordpress', language: str(channel.language), entries, skipped: countKinds(skipped), ...(feeds.length ? { feeds } : {}) };
}

/** The export's attachments by `wp:post_id`: their file, parent post, order, alt text and caption. */
function attachmentsOf(items: Loose[]): Map<string, WordPressAttachment> {
  const byId = new Map<string, WordPressAttachment>();
  for (const item of items) {
    const id = str(item['wp:post_id']);
    const url = str(item['wp:attachment_url']);
    if (str(item['wp:post_type']) !== 'attachment' || !id || !url) continue;
    const meta = [item['wp:postmeta'] ?? []].flat() as Loose[];
    const alt = str(meta.find((m) => str(m?.['wp:meta_key']) === '_wp_attachment_image_alt')?.['wp:meta_value']);
    const caption = str(item['excerpt:encoded']);
    byId.set(id, { id, url, parent: str(item['wp:post_parent']), order: Number(str(item['wp:menu_order']) ?? 0) || 0, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}) });
  }
  return byId;
}

/** The path of the blog's address (`/blog` of https://example.com/blog/), '' at a host's root or for none. */
function blogPath(url: string | undefined): string {
  try {
    return url ? new URL(url).pathname.replace(/\/+$/, '') : '';
  } catch {
    return '';
  }
}

/** The export's categories (`<wp:category>`): each one's nicename -> its parent's, for nested categories' pages. */
function categoryParents(list: unknown): Map<string, string> {
  const parents = new Map<string, string>();
  for (const c of (Array.isArray(list) ? list : list ? [list] : []) as Loose[]) {
    const own = str(c['wp:category_nicename']);
    const parent = str(c['wp:category_parent']);
    if (own && parent) parents.set(own, parent);
  }
  return parents;
}

function fromItem(
  item: Loose,
  base: string | undefined,
  state: FeedEntry['state'],
  taxonomy: { path: string; parents: Map<string, string> },
  attachments: ReadonlyMap<string, WordPressAttachment>,
): FeedEntry {
  const categories = ((item.category ?? []) as Loose[]).map((c) => ({ domain: str(c['@_domain']), name: str(c['#text'] ?? c), nicename: str(c['@_nicename']) }));
  const terms = categories.flatMap((c): WordPressTerm[] => ((c.domain === 'category' || c.domain === 'post_tag') && c.name && c.nicename ? [{ domain: c.domain, name: looseHtmlToText(c.name), nicename: c.nicename }] : []));
  // The post was listed on the blog's home too (its later pages: /page/2/).
  const oldTerms = [...wordpressTerms(terms, taxonomy.path, taxonomy.parents), wordpressHome(taxonomy.path)];
  const names = (domain: string) => categories.flatMap((c) => (c.domain === domain && c.name ? [looseHtmlToText(c.name)] : []));
  // An item without <link> still has its first permalink as guid (`https://site/?p=12`).
  const url = resolveAddress(str(item.link) ?? str(item.guid?.['#text'] ?? item.guid), base);
  // Only a published post was served at its permalink (a draft's is `?p=N`, a scheduled one's not yet live).
  const oldAddress = state === 'published' ? oldAddressOf(url, base) : undefined;
  const excerpt = str(item['excerpt:encoded']);
  const author = str(item['dc:creator']);
  return {
    guid: str(item.guid?.['#text'] ?? item.guid) ?? (str(item['wp:post_id']) ? `wp-post-${str(item['wp:post_id'])}` : undefined),
    url: state === 'published' && isWebUrl(url) ? url : undefined,
    title: str(item.title) && looseHtmlToText(str(item.title)!),
    date: wordPressDate(item),
    html: postHtml(str(item['content:encoded']) ?? str(item.description), str(item['wp:post_id']), attachments),
    ...(excerpt && summaryToText(excerpt) ? { summary: summaryToText(excerpt) } : {}),
    ...(author ? { author: looseHtmlToText(author) } : {}),
    ...featuredImage(item, attachments),
    tags: [...names('category').filter((n) => n.toLowerCase() !== 'uncategorized'), ...names('post_tag')],
    categories: names('category'),
    ...(oldTerms.length > 0 ? { oldTerms } : {}),
    ...(oldAddress ? { oldAddress } : {}),
    base: url && isWebUrl(url) ? url : base,
    state,
  };
}

/**
 * The post's featured image (its `_thumbnail_id` post meta, the id of an attachment of the
 * export) as its cover: that attachment's `wp:attachment_url`, when it is an http(s) address.
 */
function featuredImage(item: Loose, attachments: ReadonlyMap<string, WordPressAttachment>): Pick<FeedEntry, 'cover'> {
  const meta = [item['wp:postmeta'] ?? []].flat() as Loose[];
  const id = str(meta.find((m) => str(m?.['wp:meta_key']) === '_thumbnail_id')?.['wp:meta_value']);
  const url = id ? attachments.get(id)?.url : undefined;
  return isWebUrl(url) ? { cover: url } : {};
}

/**
 * A post's raw content as WordPress showed it: its code shortcodes as code blocks, its
 * `[caption]`s as figures, its media shortcodes as images and links (wp-media-shortcodes.ts),
 * and, for classic-editor content, its paragraphs and line breaks (wpautop), which WordPress
 * adds when it shows the post.
 */
function postHtml(raw: string | undefined, postId: string | undefined, attachments: ReadonlyMap<string, WordPressAttachment>): string | undefined {
  if (raw === undefined) return undefined;
  const html = wordPressMediaShortcodes(wordPressCaptions(wordPressCodeShortcodes(raw)), postId, attachments);
  return hasBlocks(raw) ? html : wpautop(html);
}

/**
 * The post's site time with its offset (`wp:post_date` against `wp:post_date_gmt`), so its
 * local date stays the one the author saw; the GMT time alone, or pubDate, when that is all.
 */
function wordPressDate(item: Loose): string | undefined {
  const local = realDate(str(item['wp:post_date']));
  const gmt = realDate(str(item['wp:post_date_gmt']));
  if (local && gmt) {
    const minutes = Math.round((Date.parse(`${local.replace(' ', 'T')}Z`) - Date.parse(`${gmt.replace(' ', 'T')}Z`)) / 60000);
    return `${local.replace(' ', 'T')}${isoOffset(minutes)}`;
  }
  if (gmt) return `${gmt.replace(' ', 'T')}Z`;
  // Drafts carry `pubDate` "Mon, 30 Nov -0001 00:00:00 +0000": no date.
  const pubDate = str(item.pubDate);
  return pubDate && !pubDate.includes('-0001') ? pubDate : local;
}

/** WordPress writes `0000-00-00 00:00:00` for "no date" (drafts). */
function realDate(value: string | undefined): string | undefined {
  return value && !value.startsWith('0000') ? value : undefined;
}

function str(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim();
  return trimmed || undefined;
}
