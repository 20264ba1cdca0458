/**
 * A theme's own tag field: a moved blog's theme may keep a post's tags under a key of its own
 * (a real one's `tagLinks: [{ name: Rust, url: /tags/rust/ }]`), which no generator's alias names
 * (schema/post-aliases.ts reads `tags`, `tag`, `categories`, `category`), so the portfolio showed
 * the post with no tag. `import` writes such a field's names into `tags:` (the key stays as
 * written) and keeps each entry's old tag page (`url`) as an old address (portfolio.taxonomyAliases);
 * `check` names a post whose field holds names that `tags:` lacks.
 */
import type { Text } from './i18n/text.ts';
import type { Lang } from './language.ts';
import type { Post } from './schema/post.ts';
import { tagSlug } from './tag-slug.ts';

/** The keys the reader takes tags from (schema/post-aliases.ts): never a custom field. */
const READ_KEYS = new Set(['tags', 'tag', 'categories', 'category']);

/** The words of a key that name tags or categories; a key's words split at camelCase, `_`, `-` and spaces. */
const TAG_WORDS = new Set(['tag', 'tags', 'hashtag', 'hashtags', 'category', 'categories']);

/** Whether `key` names tags or categories by one of its words (`tagLinks`, `post_tags`, `tagList`, `myCategories`; not `stage`), or ends as a Chinese one does (`文章标签`, `分类`). */
function isTagKey(key: string): boolean {
  return /(?:标签|分类)$/.test(key) || key.split(/(?<=[a-z0-9])(?=[A-Z])|[_\-\s]+/).some((word) => TAG_WORDS.has(word.toLowerCase()));
}

/** The properties an entry object names its tag by, in order, and gives its old page by. */
const NAME_PROPS = ['name', 'tag', 'label', 'title', 'text'];
const PATH_PROPS = ['url', 'href', 'link', 'path'];

/** One tag of a custom field: its name, and the old site's page of it when the entry gives a site path. */
export interface CustomTag {
  name: string;
  path?: string;
}

/** Whether `text` is a path on the old site (`/tags/rust/`), which an old address can keep: not `//host`, a URL or a file's relative path. */
const isSitePath = (text: string) => /^\/(?!\/)\S*$/.test(text.trim());

const MARKDOWN_LINK = /^\[([^\]]+)\]\(\s*<?([^)>]*?)>?\s*\)$/;
const WIKI_LINK = /^\[\[([^\]|]+?)(?:\|([^\]]+))?\]\]$/;

/**
 * The tag of a list item written as text: a name, or a link to the tag's note as an Obsidian vault
 * writes it (`[powershell](<../Tags/powershell.md>)`, `[[Tags/css|CSS]]`), whose text names the tag
 * as the theme reads it (mnaoumov.github.io's content.config.ts keeps `[text]`); a Markdown link
 * to a site path gives the tag's old page. Empty for blank text.
 */
function linkTag(text: string): CustomTag[] {
  const markdown = MARKDOWN_LINK.exec(text);
  if (markdown) return [{ name: markdown[1]!.trim(), ...(isSitePath(markdown[2]!) ? { path: markdown[2]!.trim() } : {}) }];
  const wiki = WIKI_LINK.exec(text);
  if (wiki) return [{ name: (wiki[2] ?? wiki[1]!.split('/').pop()!.replace(/\.md$/i, '')).trim() }];
  return text ? [{ name: text }] : [];
}

/** The tags of one field value: a list of names or of objects naming them (a string is a `tagline`'s text, not read). */
function tagsOf(value: unknown): CustomTag[] {
  if (!Array.isArray(value)) return [];
  return value.flat(Infinity).flatMap((item): CustomTag[] => {
    if (typeof item === 'string' || typeof item === 'number') return linkTag(String(item).trim());
    if (item === null || typeof item !== 'object') return [];
    const entry = item as Record<string, unknown>;
    const name = NAME_PROPS.map((p) => entry[p]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    const path = PATH_PROPS.map((p) => entry[p]).find((v): v is string => typeof v === 'string' && isSitePath(v));
    return name ? [{ name: name.trim(), ...(path ? { path: path.trim() } : {}) }] : [];
  });
}

/**
 * The custom tag fields of `frontmatter` (as written): each top-level key that names tags or
 * categories by one of its words (isTagKey) and is none the reader takes, with the tags its list holds; a key
 * that holds no list of names (`tagline: "…"`) is left out.
 */
export function customTagFields(frontmatter: Record<string, unknown>): { key: string; tags: CustomTag[] }[] {
  return Object.entries(frontmatter).flatMap(([key, value]) => {
    if (READ_KEYS.has(key) || !isTagKey(key)) return [];
    const tags = tagsOf(value);
    return tags.length > 0 ? [{ key, tags }] : [];
  });
}

/** The names of `fields` that `tags` (the post's tags as read) lacks, each once, compared as tag pages are (tagSlug). */
export function missingTagNames(fields: readonly { tags: CustomTag[] }[], tags: readonly string[] = []): string[] {
  const seen = new Set(tags.map(tagSlug));
  const out: string[] = [];
  for (const { name } of fields.flatMap((f) => f.tags)) {
    if (seen.has(tagSlug(name))) continue;
    seen.add(tagSlug(name));
    out.push(name);
  }
  return out;
}

/** What import says of the names it wrote into `tags:` from `keys`. */
export function customTagsNote(keys: readonly string[], names: readonly string[]): Text {
  return {
    en: `${keys.join(', ')}: its tags (${names.join(', ')}) are written into tags:, which the site reads (${keys.join(', ')} stays as written)`,
    zh: `${keys.join('、')}：其中的标签（${names.join('、')}）已写入 tags:，网站读取的是 tags:（${keys.join('、')} 保持原样）`,
  };
}

/** check's warning (flagUnreadTags) for a post whose custom tag field holds names its `tags:` lacks; `message` and `hint` in the report's language. */
export interface UnreadTagsFlag {
  kind: 'unread-tags';
  severity: 'warning';
  post: string;
  file: string;
  /** The custom keys, as the file writes them. */
  field: string;
  /** The names the portfolio does not show. */
  tags: string[];
  message: string;
  hint: string;
}

/**
 * A warning for each post whose custom tag field ({@link customTagFields}) holds names its tags
 * lack: the portfolio shows only `tags:` (and the categories), so those names are on no page.
 */
export function flagUnreadTags(posts: readonly Post[], lang: Lang): UnreadTagsFlag[] {
  return posts.flatMap((post) => {
    const fields = customTagFields(post.data as Record<string, unknown>);
    const names = missingTagNames(fields, post.data.tags);
    if (names.length === 0) return [];
    const keys = fields.map((f) => f.key);
    const text: Text = {
      en: `${keys.join(', ')} holds tags that are not read (${names.join(', ')}): the site shows only tags: and categories:, so the post is on no page of these`,
      zh: `${keys.join('、')} 里的标签没有被读取（${names.join('、')}）：网站只显示 tags: 和 categories:，这篇文章不在这些标签的页面上`,
    };
    const hint: Text = {
      en: `add them to tags: (tags: [${names.join(', ')}]); ${keys.join(', ')} can stay`,
      zh: `把它们加进 tags:（tags: [${names.join(', ')}]）；${keys.join('、')} 可以保留`,
    };
    return [{ kind: 'unread-tags' as const, severity: 'warning' as const, post: post.id, file: post.file, field: keys.join(', '), tags: names, message: text[lang], hint: hint[lang] }];
  });
}

/**
 * One cause for many {@link UnreadTagsFlag}s of one field (a blog copied in whole: 179 posts keep
 * their tags in `tagLinks`), as `check`'s text says it once: the count, the names (five, then
 * counted) and what to do. `flags` share `field`; `message` and `hint` in `lang`.
 */
export function unreadTagsGroupText(flags: readonly UnreadTagsFlag[], lang: Lang): { message: string; hint: string } {
  const field = flags[0]!.field;
  const names = [...new Map(flags.flatMap((f) => f.tags).map((name) => [tagSlug(name), name])).values()];
  const shown = names.slice(0, 5);
  const more = names.length - shown.length;
  const text: Text = {
    en: `${flags.length} posts keep tags in ${field} that are not read (${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}): the site shows only tags: and categories:, so these posts are on no page of them`,
    zh: `${flags.length} 篇文章的 ${field} 里有没被读取的标签（${shown.join('、')}${more > 0 ? ` 等 ${names.length} 个` : ''}）：网站只显示 tags: 和 categories:，这些文章不在这些标签的页面上`,
  };
  const hint: Text = {
    en: `add them to each post's tags: (check --json lists each post's names); ${field} can stay. import writes them into tags: when it brings a blog in`,
    zh: `把它们加进每篇文章的 tags:（check --json 列出每篇文章缺的标签）；${field} 可以保留。用 import 导入博客时会自动写进 tags:`,
  };
  return { message: text[lang], hint: hint[lang] };
}
