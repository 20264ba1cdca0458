/**
 * The text of one feed from its already-rendered entries, written by feedsmith: RSS 2.0 with
 * content:encoded (rssboard.org/rss-specification), Atom (RFC 4287) and JSON Feed 1.1
 * (jsonfeed.org/version/1.1). No Astro here, so the documents can be checked without a build.
 */
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import { dropNonXmlChars } from '../../core/forbidden-chars.ts';
import { escapeAmbiguousText, escapeHtmlText } from '../../core/html-text.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** One post as a feed entry; `html` is its body, links already absolute. Epochs in ms. */
export interface FeedEntry {
  url: string;
  title: string;
  description: string;
  html: string;
  epoch: number;
  updatedEpoch: number | null;
  lang: 'en' | 'zh';
  /** The entry's BCP 47 tag when it is not just `lang`'s (`ko`, `zh-TW`: SitePost.tag). */
  tag?: string;
  categories: string[];
  externalUrl?: string;
  /** Whether `url` is absolute (RSS guid isPermaLink). */
  permalink: boolean;
  /**
   * The post's `guid` (the id its old site's feed gave it, written by `import`): the entry's id
   * instead of `url`, so that readers subscribed before the move do not show it again as new.
   */
  guid?: string;
}

/** Atom's id must be an IRI (RFC 4287 §4.2.6): a guid with a scheme (`https:`, `tag:`, `urn:`), else the entry's address. */
const atomId = (e: FeedEntry) => (e.guid !== undefined && /^[a-z][a-z0-9+.-]*:\S+$/i.test(e.guid) ? e.guid : e.url);

/** What the feed says about itself; `fallbackUpdated` (ms) dates a feed without entries. */
export interface FeedHead {
  title: string;
  description: string;
  home: string;
  self: string;
  /** The feed's BCP 47 tag: `zh-CN`, `en`, or the tag most of its posts share (`zh-Hant`). */
  language: string;
  author: string;
  fallbackUpdated: number;
}

/**
 * Plain text in an XML feed field that readers render as HTML once its XML escaping is undone
 * (RSS `<description>` by spec): escaped as HTML, so a description holding `<script>` stays
 * text. Atom text constructs say so with type="html".
 */
const asHtml = escapeHtmlText;

/**
 * Plain text in a field that is plain text by spec (RSS titles, categories and the channel's
 * description: RSS Best Practices Profile §3.1; Atom's person names and category terms: RFC 4287
 * §3.2.1, §4.2.2.2) but that some readers render as HTML: escaped only where it could become
 * markup, so `Mei's` reads `Mei's` in both kinds of reader and `<script>` is never a tag.
 */
const asText = escapeAmbiguousText;

/**
 * The feed's "last changed" moment: its newest entry's update or publication, else
 * `head.fallbackUpdated` (an empty pillar's feed is not dated 1970: Atom requires `updated`,
 * RFC 4287 §4.1.1).
 */
export function feedUpdated(entries: FeedEntry[], head: FeedHead): Date {
  if (entries.length === 0) return new Date(head.fallbackUpdated);
  return new Date(Math.max(...entries.map((e) => e.updatedEpoch ?? e.epoch)));
}

/**
 * Every text of the head and entries without the characters XML 1.0 forbids (§2.2 Char): one
 * stray U+0008 in a title would make the whole XML feed unreadable. JSON Feed gets the same text.
 */
function dropForbidden(head: FeedHead, entries: FeedEntry[]): [FeedHead, FeedEntry[]] {
  const clean = dropNonXmlChars;
  return [
    { ...head, title: clean(head.title), description: clean(head.description), author: clean(head.author) },
    entries.map((e) => ({ ...e, title: clean(e.title), description: clean(e.description), html: clean(e.html), categories: e.categories.map(clean) })),
  ];
}

/**
 * `xml` with each element that holds one CDATA section alone written on one line: the generator
 * puts the section on a line of its own, indented, which made that indentation and the newlines
 * part of the text (an RSS title with "&", plain text by its spec, read "\n        title\n      ").
 * Only whitespace between a start tag, the section and its end tag goes.
 */
function cdataInline(xml: string): string {
  return xml.replace(/(<[A-Za-z][^<>]*>)[ \t]*\r?\n\s*(<!\[CDATA\[(?:[^\]]|\](?!\]>))*\]\]>)[ \t]*\r?\n\s*(<\/)/g, '$1$2$3');
}

/**
 * The feed document in `format`, as the response body. Atom carries `xml:lang` (RFC 4287 §2) on
 * the feed (`head.language`) and on each entry (its post's language).
 */
export function writeFeedDocument(format: FeedFormat, rawHead: FeedHead, rawEntries: FeedEntry[]): string {
  const [head, entries] = dropForbidden(rawHead, rawEntries);
  const updated = feedUpdated(entries, head);
  const hreflang = (e: FeedEntry) => e.tag ?? (e.lang === 'zh' ? 'zh-CN' : 'en');
  if (format === 'rss')
    return cdataInline(generateRssFeed({
      // RSS 2.0 requires a channel description: a new brand with no label or audience yet has none.
      title: asText(head.title), link: head.home, description: asText(head.description || head.title), language: head.language,
      lastBuildDate: updated, generator: 'Throughline',
      atom: { links: [{ href: head.self, rel: 'self', type: 'application/rss+xml' }] },
      items: entries.map((e) => ({
        title: asText(e.title), link: e.url, guid: e.guid !== undefined ? { value: e.guid, isPermaLink: false } : { value: e.url, isPermaLink: e.permalink }, pubDate: new Date(e.epoch),
        description: asHtml(e.description), content: { encoded: e.html }, categories: e.categories.map((name) => ({ name: asText(name) })),
      })),
    }));
  if (format === 'atom')
    return cdataInline(generateAtomFeed({
      xml: { lang: head.language }, id: head.home, title: { type: 'html', value: asHtml(head.title) }, subtitle: { type: 'html', value: asHtml(head.description) }, updated,
      authors: [{ name: asText(head.author) }], generator: { text: 'Throughline' },
      links: [{ href: head.home, rel: 'alternate', type: 'text/html' }, { href: head.self, rel: 'self', type: 'application/atom+xml' }],
      entries: entries.map((e) => ({
        xml: { lang: hreflang(e) }, id: atomId(e), title: { type: 'html', value: asHtml(e.title) }, updated: new Date(e.updatedEpoch ?? e.epoch), published: new Date(e.epoch),
        links: [{ href: e.url, rel: 'alternate', type: 'text/html', hreflang: hreflang(e) }],
        summary: { type: 'html', value: asHtml(e.description) }, content: { type: 'html', value: e.html },
        categories: e.categories.map((term) => ({ term: asText(term) })),
      })),
    }));
  const json = generateJsonFeed({
    title: head.title, home_page_url: head.home, feed_url: head.self, description: head.description, language: head.language,
    authors: [{ name: head.author }],
    items: entries.map((e) => ({
      id: e.guid ?? e.url, url: e.url, external_url: e.externalUrl, title: e.title, content_html: e.html, summary: e.description,
      date_published: new Date(e.epoch), date_modified: e.updatedEpoch ? new Date(e.updatedEpoch) : undefined,
      tags: e.categories, language: hreflang(e),
    })),
  }) as Record<string, unknown>;
  // JSON Feed 1.1 makes `items` required even when empty; feedsmith leaves an empty array out.
  return JSON.stringify({ ...json, items: json.items ?? [] }, null, 2);
}
