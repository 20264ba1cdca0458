/**
 * Ghost JSON export (Settings > Labs > Export / Migration) -> entries. The file is
 * `{ db: [{ meta, data }] }` (or `{ meta, data }`): `data.posts[]` with `title`, `slug`,
 * `status` (published | draft | scheduled | sent), `type` (post | page; older: `page: 0|1`),
 * `published_at` (ISO text, older: epoch ms), `html` (else `lexical` or `mobiledoc` JSON),
 * `custom_excerpt`, `canonical_url`; tags through `data.tags` + `data.posts_tags`, authors
 * through `data.users` + `data.posts_authors` (older: `author_id`).
 */
import { ThroughlineError } from '../errors.ts';
import { isWebUrl, resolveAddress } from './address.ts';
import type { FeedDocument, FeedEntry } from './entry.ts';
import { countKinds, statusKind } from './skipped.ts';
import { plainText } from './text.ts';

type Loose = Record<string, any>;

const STATES: Record<string, FeedEntry['state']> = { published: 'published', sent: 'published', draft: 'draft', scheduled: 'scheduled' };

/** The `data` object of a Ghost export, or undefined when `json` is not one. */
export function ghostData(json: unknown): Loose | undefined {
  const root = json as Loose;
  const data = Array.isArray(root?.db) ? root.db[0]?.data : root?.data;
  return data && Array.isArray(data.posts) && (root.db || root.meta) ? data : undefined;
}

/** Entries of a Ghost export's `data`, posts only, in file order. */
export function readGhostExport(data: Loose, source: string): FeedDocument {
  const tagName = new Map(list(data.tags).map((t) => [String(t.id), str(t.name)]));
  const userName = new Map(list(data.users).map((u) => [String(u.id), str(u.name)]));
  const skipped: string[] = [];
  const entries: FeedEntry[] = [];
  list(data.posts).forEach((post, i) => {
    if (typeof post !== 'object' || post === null)
      throw new ThroughlineError({ en: 'expected each post to be an object', zh: '每篇文章都应是一个对象' }, { file: source, field: `db[0].data.posts[${i}]` });
    const kind = post.type === 'page' || post.page === 1 || post.page === true ? 'page' : STATES[String(post.status)] ? undefined : statusKind(String(post.status));
    if (kind) return void skipped.push(kind);
    const id = String(post.id);
    const tags = list(data.posts_tags).filter((pt) => String(pt.post_id) === id).sort((a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0)).map((pt) => tagName.get(String(pt.tag_id)));
    const authorId = list(data.posts_authors).find((pa) => String(pa.post_id) === id)?.author_id ?? post.author_id;
    const canonical = resolveAddress(str(post.canonical_url));
    entries.push({
      guid: `ghost:${str(post.uuid) ?? id}`,
      url: isWebUrl(canonical) ? canonical : undefined,
      title: str(post.title) && plainText(str(post.title)!),
      date: ghostDate(post.published_at) ?? (post.status === 'draft' ? undefined : ghostDate(post.created_at)),
      ...body(post),
      ...(str(post.custom_excerpt) ? { summary: plainText(str(post.custom_excerpt)!) } : {}),
      ...coverOf(post),
      ...(userName.get(String(authorId)) ? { author: plainText(userName.get(String(authorId))!) } : {}),
      tags: tags.filter((t): t is string => Boolean(t) && !t!.startsWith('#')).map(plainText),
      ...visibilityOf(post, STATES[String(post.status)]),
    });
  });
  return { format: 'ghost', entries, skipped: countKinds(skipped) };
}

/**
 * The post's state, `private` for a published post whose `visibility` is not `public` (`members`,
 * `paid`, `tiers`: Ghost shows its text to those readers only, the export holds all of it).
 */
function visibilityOf(post: Loose, state: FeedEntry['state']): Pick<FeedEntry, 'state' | 'restricted'> {
  const visibility = str(post.visibility);
  if (state !== 'published' || !visibility || visibility === 'public') return { state };
  return { state: 'private', restricted: `visibility: ${visibility}` };
}

/** The post's HTML when the export has it, else the text of its Lexical or Mobiledoc document. */
/**
 * The post's `feature_image` as its cover: an http(s) address, or its site's own path with Ghost's
 * `__GHOST_URL__` left out (`/content/images/…`), as the body's images are read (body below).
 */
function coverOf(post: Loose): Pick<FeedEntry, 'cover'> {
  const written = str(post.feature_image)?.replace(/^__GHOST_URL__/, '');
  const address = resolveAddress(written);
  if (!address) return {};
  const sitePath = address.startsWith('/') && !address.startsWith('//');
  return sitePath || isWebUrl(address) ? { cover: address } : {};
}

function body(post: Loose): Pick<FeedEntry, 'html' | 'text'> {
  // Ghost writes its own address as __GHOST_URL__, which the export never resolves.
  if (str(post.html)) return { html: str(post.html)!.replace(/__GHOST_URL__/g, '') };
  const text = lexicalText(parse(post.lexical)) ?? mobiledocText(parse(post.mobiledoc)) ?? str(post.plaintext);
  return text ? { text } : {};
}

/** Paragraph texts of a Lexical document (`root.children[]`, text in `text` leaves). */
function lexicalText(doc: Loose | undefined): string | undefined {
  const blocks = list(doc?.root?.children).map(function leaves(node: Loose): string {
    if (typeof node.text === 'string') return node.text;
    if (typeof node.markdown === 'string') return node.markdown;
    return list(node.children).map(leaves).join(node.type === 'list' ? '\n' : '');
  });
  return blocks.filter((b) => b.trim()).join('\n\n') || undefined;
}

/** Texts of a Mobiledoc document: markdown cards and markup sections' text markers. */
function mobiledocText(doc: Loose | undefined): string | undefined {
  if (!doc) return undefined;
  const cards = list(doc.cards);
  const blocks = list(doc.sections).map((section: any) => {
    if (section[0] === 10) return str(cards[section[1]]?.[1]?.markdown) ?? '';
    if (section[0] === 1) return list(section[2]).map((marker: any) => (typeof marker[3] === 'string' ? marker[3] : '')).join('');
    return '';
  });
  return blocks.filter((b) => b.trim()).join('\n\n') || undefined;
}

function ghostDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString();
  return str(value);
}

function parse(value: unknown): Loose | undefined {
  if (typeof value !== 'string') return typeof value === 'object' && value ? (value as Loose) : undefined;
  try {
    return JSON.parse(value) as Loose;
  } catch {
    return undefined;
  }
}

function list(value: unknown): Loose[] {
  return Array.isArray(value) ? (value as Loose[]) : [];
}

function str(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim();
  return trimmed || undefined;
}
