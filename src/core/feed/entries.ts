/**
 * RSS 2.0, RDF, Atom and JSON Feed (parsed by feedsmith) -> one plain entry shape.
 */
import { parseFeed } from 'feedsmith';
import { ThroughlineError } from '../errors.ts';

/** One feed entry, format-independent; fields are as the feed wrote them. */
export interface FeedEntry {
  /** RSS guid, Atom id, JSON Feed id. */
  guid?: string;
  url?: string;
  title?: string;
  /** The raw date text (RFC 822 or RFC 3339). */
  date?: string;
  /** Body as HTML, or as plain text when the feed marks it so. */
  html?: string;
  text?: string;
}

export type FeedFormat = 'rss' | 'atom' | 'json' | 'rdf';

// feedsmith's per-format types are precise but generic; entries are read defensively instead.
type Loose = Record<string, any>;

/** Entries of a feed, in feed order; throws a ThroughlineError naming `source` if it is not a feed. */
export function readFeedEntries(text: string, source: string): { format: FeedFormat; entries: FeedEntry[] } {
  let parsed: { format: FeedFormat; feed: Loose };
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
    parsed = parseFeed(text) as { format: FeedFormat; feed: Loose };
  } catch (error) {
    const reason = (error as Error).message;
    throw new ThroughlineError(
      { en: `this is not an RSS, Atom or JSON feed (${reason})`, zh: `这不是 RSS、Atom 或 JSON feed（${reason}）` },
      {
        file: source,
        hint: {
          en: 'pass the address of the feed itself (often /feed, /rss.xml, /atom.xml or /feed.json), not of a web page',
          zh: '请给出 feed 本身的地址（通常是 /feed、/rss.xml、/atom.xml 或 /feed.json），而不是网页的地址',
        },
      },
    );
  }
  const { format, feed } = parsed;
  if (format === 'atom') return { format, entries: asArray(feed.entries).map(fromAtom) };
  if (format === 'json') return { format, entries: jsonItems(text, source).map(fromJson) };
  return { format, entries: asArray(feed.items).map(fromRss) };
}

function fromRss(item: Loose): FeedEntry {
  const guid = text(item.guid?.value ?? item.guid);
  const permalink = item.guid?.isPermaLink !== false && isWebUrl(guid) ? guid : undefined;
  return {
    guid,
    url: text(item.link) ?? permalink,
    title: text(item.title),
    date: text(item.pubDate) ?? text(item.dc?.dates?.[0] ?? item.dc?.date),
    html: text(item.content?.encoded) ?? text(item.description),
  };
}

function fromAtom(entry: Loose): FeedEntry {
  const links = asArray(entry.links);
  const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
  const body = entry.content ?? entry.summary;
  const bodyText = text(body?.value ?? body);
  const isText = !body?.type || body.type === 'text' || body.type === 'text/plain';
  const title = text(entry.title?.value ?? entry.title);
  return {
    guid: text(entry.id),
    url: text(alternate?.href),
    title: title && entry.title?.type && entry.title.type !== 'text' ? stripTags(title) : title,
    date: text(entry.published) ?? text(entry.updated),
    ...(isText ? { text: bodyText } : { html: bodyText }),
  };
}

function fromJson(item: Loose): FeedEntry {
  return {
    guid: text(item.id),
    url: text(item.url) ?? text(item.external_url),
    title: text(item.title),
    date: text(item.date_published) ?? text(item.date_modified),
    html: text(item.content_html),
    text: text(item.content_text) ?? text(item.summary),
  };
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

function text(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim();
  return trimmed || undefined;
}

export function isWebUrl(value: string | undefined): value is string {
  if (!value || !URL.canParse(value)) return false;
  return /^https?:$/.test(new URL(value).protocol);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of a short HTML fragment (a title): tags dropped, common entities decoded. */
export function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(Number(name[1]?.toLowerCase() === 'x' ? `0${name.slice(1)}` : name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
