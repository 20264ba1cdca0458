/**
 * RSS 2.0, RDF, Atom and JSON Feed (parsed by feedsmith) -> one plain entry shape, with text
 * decoded once (text.ts) and addresses made absolute against each format's base:
 * RSS: the channel `<link>` (itself against the document's address); Atom: `xml:base` on the
 * feed and the entry, over the document's address (RFC 4287 §2, XML Base); JSON Feed:
 * `home_page_url`, else `feed_url`, else the document's address.
 */
import { parseFeed } from 'feedsmith';
import { ThroughlineError } from '../errors.ts';
import { chainBase, isWebUrl, resolveAddress } from './address.ts';
import type { FeedDocument, FeedEntry } from './entry.ts';
import { htmlToText, looseHtmlToText, plainText, summaryToText } from './text.ts';

export { isWebUrl };
export type { FeedEntry };

// feedsmith's per-format types are precise but generic; entries are read defensively instead.
type Loose = Record<string, any>;

/** feedsmith's reasons for refusing a text (its error messages), in Chinese. */
const PARSER_REASONS_ZH: Readonly<Record<string, string>> = {
  'Unrecognized feed format': '无法识别的 feed 格式',
  'Invalid feed format': 'feed 格式无效',
  'Invalid input RSS': 'RSS 内容无效',
  'Invalid input Atom': 'Atom 内容无效',
  'Invalid input JSON': 'JSON 内容无效',
};

/** A text that opens as an HTML page (a doctype or an <html> tag, after any comment). */
const HTML_PAGE = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;

/**
 * The error for a web page given instead of a feed (a blog's post or home page): its hint is the
 * page's own feed link (`<link rel="alternate" type="application/atom+xml" href="/atom.xml">`,
 * made absolute against the page's address when known), else where to look for one, and the
 * Markdown folder a built site was made from.
 */
function notAFeedButAPage(text: string, source: string, documentUrl?: string): ThroughlineError {
  const link = [...text.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).find((tag) => /\brel=["']?alternate\b/i.test(tag) && /\btype=["']?application\/(?:rss|atom|feed)\+(?:xml|json)/i.test(tag));
  const href = link && /\bhref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(link);
  const written = href ? (href[1] ?? href[2] ?? href[3] ?? '').trim() : '';
  let feed = written;
  try {
    if (written && documentUrl) feed = new URL(written, documentUrl).href;
  } catch {
    feed = written;
  }
  return new ThroughlineError(
    { en: 'this is a web page (HTML), not an RSS, Atom or JSON feed', zh: '这是一个网页（HTML），不是 RSS、Atom 或 JSON feed' },
    {
      file: source,
      hint: feed
        ? { en: `its feed is ${feed}: import that instead`, zh: `它的 feed 是 ${feed}：请改为导入它` }
        : {
            en: "import the site's feed (often /feed, /rss.xml, /atom.xml or /feed.json) or, for a site built by a generator, the folder of Markdown it was built from (Hexo: source/_posts, Hugo: content/posts, Jekyll: _posts)",
            zh: '请导入网站的 feed（通常是 /feed、/rss.xml、/atom.xml 或 /feed.json）；由生成器构建的网站，也可以导入生成它的 Markdown 文件夹（Hexo 的 source/_posts、Hugo 的 content/posts、Jekyll 的 _posts）',
          },
    },
  );
}

/** Entries of a feed, in feed order; throws a ThroughlineError naming `source` if it is not a feed. */
export function readFeedEntries(text: string, source: string, documentUrl?: string): FeedDocument {
  let parsed: { format: FeedDocument['format']; feed: Loose };
  // Entity declarations can expand to gigabytes or name local files; a feed never needs them.
  if (/<!DOCTYPE/i.test(text) && /<!ENTITY/i.test(text))
    throw new ThroughlineError(
      { en: 'the feed declares XML entities (<!ENTITY ...>), which are refused', zh: '这个 feed 声明了 XML 实体（<!ENTITY ...>），已拒绝' },
      {
        file: source,
        field: 'DOCTYPE',
        hint: {
          en: 'feeds never need entity declarations: remove the DOCTYPE block, or ask the publisher for a plain feed',
          zh: 'feed 从不需要实体声明：删掉 DOCTYPE 块，或请发布者提供普通的 feed',
        },
      },
    );
  try {
    parsed = parseFeed(text) as { format: FeedDocument['format']; feed: Loose };
  } catch (error) {
    if (HTML_PAGE.test(text)) throw notAFeedButAPage(text, source, documentUrl);
    const reason = (error as Error).message;
    throw new ThroughlineError(
      {
        en: `this is not an RSS, Atom or JSON feed, nor an export this tool reads (${reason})`,
        zh: `这不是 RSS、Atom 或 JSON feed，也不是本工具能读取的导出文件（${PARSER_REASONS_ZH[reason] ?? reason}）`,
      },
      {
        file: source,
        hint: {
          en: 'pass a feed (often /feed, /rss.xml, /atom.xml or /feed.json), or a WordPress, Ghost, Substack or Medium export',
          zh: '请给出 feed（通常是 /feed、/rss.xml、/atom.xml 或 /feed.json），或 WordPress、Ghost、Substack、Medium 的导出文件',
        },
      },
    );
  }
  const { format, feed } = parsed;
  const language = text1(feed.language) ?? text1(feed.dc?.languages?.[0] ?? feed.dc?.language);
  if (format === 'atom') {
    // Read from a file, the document's address is unknown; the feed's own rel="self" link names it.
    const feedLinks = asArray(feed.links);
    const self = text1(feedLinks.find((l) => l.rel === 'self')?.href) ?? text1(feedLinks.find((l) => !l.rel || l.rel === 'alternate')?.href);
    const feedBase = chainBase(documentUrl ?? self, feed.xml?.base);
    return { format, language, entries: asArray(feed.entries).map((e) => fromAtom(e, chainBase(feedBase, e.xml?.base))), skipped: [] };
  }
  if (format === 'json') {
    const base = chainBase(documentUrl, text1(feed.feed_url)) ?? chainBase(documentUrl);
    const home = chainBase(documentUrl, text1(feed.home_page_url)) ?? base;
    return { format, language, entries: jsonItems(text, source).map((item) => fromJson(item, home)), skipped: [] };
  }
  const self = text1(asArray(feed.atom?.links).find((l) => l.rel === 'self')?.href);
  const base = chainBase(documentUrl ?? self, feed.xml?.base, text1(feed.link));
  return { format, language, entries: asArray(feed.items).map((item) => fromRss(item, base)), skipped: [] };
}

function fromRss(item: Loose, base: string | undefined): FeedEntry {
  const guid = text1(item.guid?.value ?? item.guid);
  // A guid is a permalink unless marked otherwise, but many feeds put bare ids there: take it as an address only when it reads as one.
  const permalink = item.guid?.isPermaLink !== false && guid && (guid.startsWith('/') || isWebUrl(guid)) ? guid : undefined;
  const title = text1(item.title);
  const author = text1(item.authors?.[0]?.name ?? item.authors?.[0]) ?? text1(item.dc?.creators?.[0] ?? item.dc?.creator);
  // An image enclosure is the post's picture (Substack, Medium), never its address.
  const enclosure = asArray(item.enclosures).find((e) => !isImageMedia(e));
  const links = [text1(item.link), permalink, text1(enclosure?.url), text1(item.comments)];
  const summary = text1(item.description);
  const cover = coverOf(asArray(item.enclosures), item.media, base);
  return {
    guid,
    url: firstWebUrl(links, base),
    title: title && looseHtmlToText(title),
    date: text1(item.pubDate) ?? text1(item.dc?.dates?.[0] ?? item.dc?.date),
    html: text1(item.content?.encoded) ?? summary,
    ...(item.content?.encoded && summary ? { summary: summaryToText(summary) } : {}),
    ...(author ? { author: looseHtmlToText(author) } : {}),
    tags: asArray(item.categories).flatMap((c) => (text1(c.name ?? c) ? [looseHtmlToText(text1(c.name ?? c)!)] : [])),
    ...(cover ? { cover } : {}),
    base,
  };
}

function fromAtom(entry: Loose, base: string | undefined): FeedEntry {
  const links = asArray(entry.links);
  const alternate = links.filter((l) => !l.rel || l.rel === 'alternate');
  const ordered = [...alternate, ...links.filter((l) => l.rel === 'related' || l.rel === 'self'), ...links.filter((l) => l.rel !== 'enclosure' || !isImageMedia(l))].map((l) => text1(l.href));
  const cover = coverOf(links.filter((l) => l.rel === 'enclosure').map((l) => ({ ...l, url: l.href })), entry.media, base);
  const body = entry.content ?? entry.summary;
  const bodyText = text1(body?.value ?? body);
  const summaryText = entry.content && entry.summary ? atomText(entry.summary, summaryToText) : undefined;
  const author = text1(entry.authors?.[0]?.name);
  return {
    guid: text1(entry.id),
    url: firstWebUrl(ordered, base),
    title: atomText(entry.title),
    date: text1(entry.published) ?? text1(entry.updated),
    ...(isAtomText(body) ? { text: bodyText } : { html: bodyText }),
    ...(summaryText ? { summary: summaryText } : {}),
    ...(author ? { author: plainText(author) } : {}),
    tags: asArray(entry.categories).flatMap((c) => (text1(c.label ?? c.term) ? [plainText(text1(c.label ?? c.term)!)] : [])),
    ...(cover ? { cover } : {}),
    base,
  };
}

/** An Atom text construct (RFC 4287 §3.1) as the text a reader sees; `fromHtml` reads the html and xhtml kinds. */
function atomText(construct: unknown, fromHtml: (html: string) => string = htmlToText): string | undefined {
  const value = text1((construct as Loose)?.value ?? construct);
  if (!value) return undefined;
  return isAtomText(construct) ? plainText(value) : fromHtml(value);
}

function isAtomText(construct: unknown): boolean {
  const type = (construct as Loose)?.type;
  return !type || type === 'text' || type === 'text/plain';
}

function fromJson(item: Loose, base: string | undefined): FeedEntry {
  const title = text1(item.title);
  const author = text1(item.authors?.[0]?.name ?? item.author?.name);
  const summary = text1(item.summary);
  const itemBase = text1(item.url) ? chainBase(base, text1(item.url)) : base;
  // JSON Feed 1.1: `image` is "the main image for the item", `banner_image` one shown above it.
  const cover = firstWebUrl([text1(item.image), text1(item.banner_image)], itemBase);
  return {
    guid: text1(item.id),
    url: firstWebUrl([text1(item.url), text1(item.external_url), text1(item.id)], base),
    title: title && looseHtmlToText(title),
    date: text1(item.date_published) ?? text1(item.date_modified),
    html: text1(item.content_html),
    text: text1(item.content_text) ?? summary,
    ...(summary && (item.content_html || item.content_text) ? { summary: looseHtmlToText(summary) } : {}),
    ...(author ? { author: looseHtmlToText(author) } : {}),
    tags: (Array.isArray(item.tags) ? (item.tags as unknown[]) : []).flatMap((t) => (typeof t === 'string' && t.trim() ? [plainText(t)] : [])),
    ...(cover ? { cover } : {}),
    base: itemBase,
  };
}

/** A file a feed says is an image: its `type` (image/jpeg), Media RSS `medium="image"`, else, untyped, its name. */
function isImageMedia(media: Loose | undefined): boolean {
  if (!media) return false;
  const type = text1(media.type)?.toLowerCase();
  if (type) return type.startsWith('image/');
  if (text1(media.medium)) return text1(media.medium) === 'image';
  const url = text1(media.url ?? media.href);
  return url !== undefined && /\.(?:png|jpe?g|gif|webp|avif)(?:[?#]|$)/i.test(url);
}

/**
 * The post's image of an RSS item or Atom entry: its first image enclosure (RSS 2.0 `<enclosure>`,
 * Atom `<link rel="enclosure">`, RFC 4287 §4.2.7.2), else the first image of Media RSS
 * (`media:content`, in a `media:group` too, then `media:thumbnail`; the Media RSS specification
 * 1.5.1), as an absolute http(s) address against `base`; undefined when none is one.
 */
function coverOf(enclosures: Loose[], media: Loose | undefined, base: string | undefined): string | undefined {
  const contents = [...asArray(media?.contents), ...asArray(media?.groups).flatMap((g) => asArray(g.contents))];
  const thumbnails = [...asArray(media?.thumbnails), ...contents.flatMap((c) => asArray(c.thumbnails)), ...asArray(media?.groups).flatMap((g) => asArray(g.thumbnails))];
  return firstWebUrl([...enclosures.filter(isImageMedia), ...contents.filter(isImageMedia), ...thumbnails].map((m) => text1(m.url)), base);
}

/** The first candidate that resolves to an http(s) address. */
function firstWebUrl(candidates: (string | undefined)[], base: string | undefined): string | undefined {
  for (const candidate of candidates) {
    const url = resolveAddress(candidate, base);
    if (isWebUrl(url)) return url;
  }
  return undefined;
}

/** JSON Feed `items` as the file wrote them: a list of objects, else the feed is refused. */
function jsonItems(text: string, source: string): Loose[] {
  const items: unknown = (JSON.parse(text) as Loose).items;
  const bad = Array.isArray(items) ? items.findIndex((item) => typeof item !== 'object' || item === null || Array.isArray(item)) : 0;
  if (!Array.isArray(items) || bad !== -1)
    throw new ThroughlineError(
      Array.isArray(items)
        ? { en: 'expected each item to be an object with "id", "url", "title"...', zh: '每一项都应是含有 "id"、"url"、"title"……的对象' }
        : { en: 'expected "items" to be a list of items', zh: '"items" 应是一个列表' },
      {
        file: source,
        field: Array.isArray(items) ? `items[${bad}]` : 'items',
        hint: { en: 'see https://www.jsonfeed.org/version/1.1/ for the shape of a JSON Feed', zh: 'JSON Feed 的格式见 https://www.jsonfeed.org/version/1.1/' },
      },
    );
  return items as Loose[];
}

function asArray(value: unknown): Loose[] {
  if (Array.isArray(value)) return value as Loose[];
  return value ? [value as Loose] : [];
}

function text1(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim();
  return trimmed || undefined;
}

/** Text of a short HTML fragment (a title): tags dropped, entities decoded. */
export const stripTags = htmlToText;
