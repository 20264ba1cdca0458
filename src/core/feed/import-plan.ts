/**
 * Feed entries -> post drafts: frontmatter per shared/interfaces.md §2 plus `guid`, a Markdown
 * body, and a readable id `YYYY/slug` (the year of the entry's date, in its own offset; the slug
 * its title's, else, for a title of emoji or symbols only, its day `2026-12-10`, else a hash).
 */
import { countOf, quoteName, type Text } from '../i18n/text.ts';
import type { PostStatus } from '../schema/post.ts';
import { isLoopbackUrl, isWebUrl } from './address.ts';
import type { FeedEntry } from './entry.ts';
import { isZeroDate, toIsoPublishedAt } from './feed-date.ts';
import { convertHtmlToMarkdown, convertTextToMarkdown } from './html-to-markdown.ts';
import { givenPillar, mapPillar, type PillarMap, unmatchedPillarWarnings } from './pillar-map.ts';
import { aliasesFor, type OldAddressCount } from './old-addresses.ts';
import { copiedPosts, handWrittenPosts, type KnownPost } from './same-post.ts';
import { idKey, slugify, uniqueSlug } from './slug.ts';
import { slugWords } from '../slug-words.ts';
import { htmlToText, summaryToText } from './text.ts';

export interface PostDraft {
  /** Post id: path under content/posts/ without extension, unique (ignoring case) among the known ids and the other drafts. */
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** What the project holds already: post ids, and the `url` and `guid` of every post. */
export interface KnownPosts {
  ids: Iterable<string>;
  urls: Iterable<string>;
  guids: Iterable<string>;
  /**
   * Each post with its url and guid: which post an entry skipped as imported is (ImportPlan.pillars);
   * with its title, channel and publishedAt, a post written by hand that an entry is (same-post.ts).
   */
  posts?: Iterable<KnownPost>;
}

export interface ImportPlan {
  drafts: PostDraft[];
  /** Entries skipped because a post already has their url or guid. */
  alreadyImported: number;
  /**
   * Of those, the posts (by id, from `known.posts`) that `--pillar-map` or `--pillar` gives a
   * pillar, with the note saying whence: the CLI writes it into each that names none of its own.
   */
  pillars: { id: string; pillar: string; note: Text }[];
  /** The old addresses of the drafted posts of a moved site (FeedEntry.oldAddress): how many became `aliases`, and which could not. */
  oldAddresses: OldAddressCount;
  /** One line per entry skipped or changed for a problem, e.g. `entry 3 "Hello": skipped: an earlier entry has the same guid`, in both languages. */
  warnings: Text[];
}

export interface ImportOptions {
  channel: string;
  /** The status of entries the source gives as published (`--status`). */
  status: PostStatus;
  /** The source's language tag: the sense of ambiguous zone names (CST) in dates. */
  language?: string;
  /**
   * Category or tag name (case-insensitive) -> pillar id: the first of an entry's categories
   * (WordPress), then its tags (RSS `<category>`, Atom `<category term>`, JSON Feed and Ghost
   * tags), found in the map sets `pillar`.
   */
  pillarMap?: PillarMap;
  /** `--pillar`: the pillar of an entry the map gives none. */
  pillar?: string;
  /** The channel's IANA zone: how a post's publishedAt without offset is read when matching posts written by hand (UTC if not given). */
  zone?: string;
}

/**
 * Plans the import of `entries` into `channel`. An entry is skipped when a post (or an earlier
 * entry) has the same url or guid, or is a post written by hand with its title and time
 * (same-post.ts, with a warning naming it), or when it would be published or scheduled and has no
 * readable date. A published entry with the title and text of a published post of another channel
 * is that post's copy: it is written with `copyOf` naming it, and a line says so (copiedPosts). Export states: draft -> `draft`, scheduled -> `scheduled` with its date as
 * `plannedFor`, private -> `draft` with a warning (never published). An entry of a site that
 * moves here (`oldAddress`) gets its old path as `aliases` and no `url` (old-addresses.ts).
 */
export function planImport(entries: FeedEntry[], known: KnownPosts, opts: ImportOptions): ImportPlan {
  const ids = new Set([...known.ids].map(idKey));
  const urls = new Set([...known.urls].map(normalizeUrl));
  const guids = new Set(known.guids);
  /** idKey -> the title of the entry of this import that took it. */
  const titles = new Map<string, string>();
  const plan: ImportPlan = { drafts: [], alreadyImported: 0, pillars: [], oldAddresses: { kept: 0, ownPages: [], unservable: [] }, warnings: [] };
  const byUrl = new Map<string, string>();
  const byGuid = new Map<string, string>();
  const posts = [...(known.posts ?? [])];
  for (const post of posts) {
    if (post.url) byUrl.set(normalizeUrl(post.url), post.id);
    if (post.guid) byGuid.set(post.guid, post.id);
  }
  const handWritten = handWrittenPosts(posts, opts.channel, opts.zone ?? 'UTC');
  const copied = copiedPosts(posts, opts.channel);
  const copyIds = new Set(posts.filter((p) => p.copyOf !== undefined).map((p) => p.id));
  const pillarOf = new Map(posts.flatMap((p) => (p.pillar === undefined ? [] : [[p.id, p.pillar] as const])));
  /** Addresses of drafted entries that lead nowhere (localhost, or relative with no base): one warning per kind. */
  const lost: string[] = [];
  entries.forEach((entry, i) => {
    const title = entry.title ? ` "${entry.title}"` : '';
    const label = { en: `entry ${i + 1}${title}`, zh: `第 ${i + 1} 条${title}` };
    const url = isWebUrl(entry.url) && !isLoopbackUrl(entry.url) ? normalizeUrl(entry.url) : undefined;
    if ((url && urls.has(url)) || (entry.guid && guids.has(entry.guid))) {
      const seenInFeed = plan.drafts.some((d) => d.frontmatter.guid === entry.guid || d.frontmatter.url === url);
      const key = entry.guid && guids.has(entry.guid) ? 'guid' : 'url';
      if (seenInFeed) plan.warnings.push({ en: `${label.en}: skipped: an earlier entry has the same ${key}`, zh: `${label.zh}：已跳过：前面有一条的 ${key} 与它相同` });
      else {
        plan.alreadyImported++;
        const id = (entry.guid ? byGuid.get(entry.guid) : undefined) ?? (url ? byUrl.get(url) : undefined);
        const given = id === undefined ? undefined : givenPillar(namesOf(entry), [], opts.pillarMap, opts.pillar);
        // A copy's pillar is its original's (written when it came in): the map gives it none.
        if (id !== undefined && given && !copyIds.has(id) && !plan.pillars.some((p) => p.id === id)) plan.pillars.push({ id, ...given });
      }
      return;
    }
    const date = isZeroDate(entry.date) ? undefined : toIsoPublishedAt(entry.date, { language: opts.language });
    const byHand = date && entry.title ? handWritten(entry.title, date) : undefined;
    if (byHand !== undefined) {
      plan.alreadyImported++;
      const where = url ? { en: `; give it url: ${url} to say so`, zh: `；可在其中写上 url: ${url}` } : { en: '', zh: '' };
      plan.warnings.push({
        en: `${label.en}: skipped: post ${byHand} has the same title and time and no url${where.en}`,
        zh: `${label.zh}：已跳过：文章 ${byHand} 的标题和时间与它相同，且没有 url${where.zh}`,
      });
      const given = givenPillar(namesOf(entry), [], opts.pillarMap, opts.pillar);
      if (given && !plan.pillars.some((p) => p.id === byHand)) plan.pillars.push({ id: byHand, ...given });
      return;
    }
    let status = statusOf(entry, opts.status);
    if (!date && status !== 'draft' && status !== 'idea') {
      if (isZeroDate(entry.date)) {
        plan.warnings.push({
          en: `${label.en}: its date "${entry.date}" is the one Hugo and other Go generators give a page that has none: imported as a draft (set publishedAt and status: ${status} in it)`,
          zh: `${label.zh}：它的日期 "${entry.date}" 是 Hugo 等 Go 生成器给没有日期的页面写的日期：作为草稿导入（请在其中填写 publishedAt 并把 status 改为 ${status}）`,
        });
        status = 'draft';
      } else if (entry.date) {
        plan.warnings.push({ en: `${label.en}: skipped: its date "${entry.date}" is not a date this tool can read`, zh: `${label.zh}：已跳过：无法读取它的日期 "${entry.date}"` });
        return;
      } else {
        // An entry the feed gives no date is kept, as a folder import keeps an undated file: a draft to date by hand.
        plan.warnings.push({
          en: `${label.en}: it has no date: imported as a draft (set publishedAt and status: ${status} in it)`,
          zh: `${label.zh}：它没有日期：作为草稿导入（请在其中填写 publishedAt 并把 status 改为 ${status}）`,
        });
        status = 'draft';
      }
    }
    if (entry.state === 'private' && entry.restricted)
      plan.warnings.push({
        en: `${label.en}: not public where it was published (${entry.restricted}): imported as a draft, never published`,
        zh: `${label.zh}：在原发布处不公开（${entry.restricted}）：作为草稿导入，不会发布`,
      });
    else if (entry.state === 'private')
      plan.warnings.push({ en: `${label.en}: a private post: imported as a draft, never published`, zh: `${label.zh}：私密文章：作为草稿导入，不会发布` });
    const draft = draftPost(entry, { ...opts, status, date, url });
    const named = String(draft.frontmatter.title);
    if (!entry.title) plan.warnings.push({ en: `${label.en}: has no title; named "${named}"`, zh: `${label.zh}：没有标题；命名为 "${named}"` });
    const id = uniqueSlug(draft.id, ids);
    // Named by its day (draftPost): entries of one day so named are numbered as a repeated title is.
    const dayNamed = slugWords(named).length === 0 && date !== undefined;
    const naming = dayNamed ? '' : named;
    if (dayNamed)
      plan.warnings.push({ en: `${label.en}: its title has no letter or digit for an id: named ${id} from its date`, zh: `${label.zh}：它的标题没有可用作 ID 的字母或数字：按日期命名为 ${id}` });
    // Entries repeating a title ("Weekly notes") are numbered as expected; any other clash is news.
    if (id !== draft.id && titles.get(idKey(draft.id)) !== naming)
      plan.warnings.push({
        en: `${label.en}: the name ${draft.id} is taken by another post, so it is saved as ${id}`,
        zh: `${label.zh}：名称 ${draft.id} 已被另一篇文章占用，因此保存为 ${id}`,
      });
    draft.id = id;
    // A copy of a post of another channel (cross-posting): the site shows the piece once, on the original's page.
    const original = entry.title && status === 'published' ? copied(entry.title, entry.html ? htmlToText(entry.html) : (entry.text ?? '')) : undefined;
    if (original !== undefined) {
      draft.frontmatter.copyOf = original;
      // The piece's theme is its original's: a pillar the feed's categories map to (or --pillar)
      // would file one piece under two pillars, in the studio's lists and the plan's rotation.
      const pillar = pillarOf.get(original);
      if (pillar !== undefined) draft.frontmatter.pillar = pillar;
      const takes = pillar === undefined ? { en: '', zh: '' } : { en: ` and its pillar, ${pillar}`, zh: `，并沿用它的支柱${quoteName(pillar, 'zh')}` };
      plan.warnings.push({
        en: `${label.en}: a copy of post ${original} (same title and text): written as ${id} with copyOf: ${original}${takes.en}, so it counts for this channel and the site shows the piece once, on ${original}'s page`,
        zh: `${label.zh}：是文章 ${original} 的副本（标题和正文相同）：保存为 ${id} 并写上 copyOf: ${original}${takes.zh}，它计入这个渠道，网站只在 ${original} 的页面上展示这篇内容`,
      });
    }
    const aliases = aliasesFor(id, entry.oldAddress, plan.oldAddresses);
    if (aliases) draft.frontmatter.aliases = aliases;
    ids.add(idKey(id));
    if (!titles.has(idKey(draft.id))) titles.set(idKey(draft.id), naming);
    if (url) urls.add(url);
    if (entry.guid) guids.add(entry.guid);
    plan.drafts.push(draft);
    const nowhere = [entry.url, entry.base].find(isLoopbackUrl) ?? (!url && entry.url && !URL.canParse(entry.url) ? entry.url : undefined);
    if (nowhere) lost.push(nowhere);
  });
  plan.warnings.push(...lostAddressWarnings(lost));
  plan.warnings.push(...unmatchedPillarWarnings(opts.pillarMap, entries.map(namesOf), 'entry'));
  return plan;
}

/**
 * One warning for the entries whose addresses are on the feed maker's machine (a feed built
 * with its dev server's address) and one for those with only a relative address and no site to
 * resolve it against (a JSON Feed with an empty home_page_url): their posts get no url, and
 * their relative images, which the portfolio serves only from public/, need copying there.
 */
function lostAddressWarnings(lost: string[]): Text[] {
  const local = lost.filter(isLoopbackUrl);
  const relative = lost.filter((a) => !isLoopbackUrl(a));
  const images = { en: 'copy those images into public/ at the same paths, or the pages show them broken', zh: '请把这些图片复制到 public/ 下的相同路径，否则页面上的图片会打不开' };
  const warnings: Text[] = [];
  if (local.length > 0) {
    const n = countOf(local.length, ['entry', 'entries'], '条');
    const origin = new URL(local[0]!).origin;
    warnings.push({
      en: `${n.en} ${local.length === 1 ? 'points' : 'point'} to ${origin}, the machine the feed was made on, not where the posts are published: they get no url, and their relative links and images stay relative: ${images.en}`,
      zh: `有 ${n.zh}指向 ${origin}，那是生成 feed 的那台电脑，而不是文章发布的地方：它们不设 url，相对链接和图片保持相对：${images.zh}`,
    });
  }
  if (relative.length > 0) {
    const n = countOf(relative.length, ['entry', 'entries'], '条');
    warnings.push({
      en: `${n.en} ${relative.length === 1 ? 'has' : 'have'} only a relative address (${relative[0]}) and the feed names no site to resolve it against: they get no url, and their relative images stay relative: ${images.en}`,
      zh: `有 ${n.zh}只有相对地址（${relative[0]}），而 feed 没有写明网站地址可供补全：它们不设 url，相对图片保持相对：${images.zh}`,
    });
  }
  return warnings;
}

/** An entry's category names, then its tag names: what `--pillar-map` matches. */
function namesOf(entry: FeedEntry): string[] {
  return [...(entry.categories ?? []), ...(entry.tags ?? [])];
}

function statusOf(entry: FeedEntry, requested: PostStatus): PostStatus {
  if (entry.state === undefined || entry.state === 'published') return requested;
  return entry.state === 'private' ? 'draft' : entry.state;
}

interface DraftContext extends ImportOptions {
  date: string | undefined;
  url: string | undefined;
}

function draftPost(entry: FeedEntry, ctx: DraftContext): PostDraft {
  const base = [entry.base, ctx.url].find((b) => b && !isLoopbackUrl(b));
  const body = entry.html ? convertHtmlToMarkdown(entry.html, base, entry.url) : entry.text ? convertTextToMarkdown(entry.text) : '';
  const title = entry.title ? entry.title.replace(/\s+/g, ' ') : untitled(entry, ctx.date);
  // A title of emoji or symbols only (`🎉`) slugs to nothing: the entry's day names it, as a
  // file import names such a file, rather than a hash nobody can read.
  const day = slugWords(title).length === 0 ? ctx.date?.slice(0, 10) : undefined;
  const slug = day ?? slugify(title, entry.guid ?? ctx.url ?? `${title} ${ctx.date ?? ''}`);
  const fromExport = entry.state !== undefined;
  const pillar = mapPillar(namesOf(entry), ctx.pillarMap)?.pillar ?? ctx.pillar;
  const frontmatter: Record<string, unknown> = {
    title,
    channel: ctx.channel,
    status: ctx.status,
    ...(pillar ? { pillar } : {}),
    ...(ctx.date && ctx.status === 'scheduled' && fromExport ? { plannedFor: ctx.date.slice(0, 10) } : {}),
    ...(ctx.date && (!fromExport || ctx.status === 'published') ? { publishedAt: ctx.date } : {}),
    // A moved site's address is this site's once moved, not "where it was published off-site".
    ...(ctx.url && !entry.oldAddress ? { url: ctx.url } : {}),
    ...(entry.guid ? { guid: entry.guid } : {}),
    // A summary with no letter or digit (a feed's `...`) describes nothing.
    ...(entry.summary && /[\p{L}\p{N}]/u.test(entry.summary) && !isLeadOf(entry.summary, entry) ? { description: entry.summary } : {}),
    ...(entry.author ? { author: entry.author } : {}),
    ...(entry.cover ? { cover: entry.cover } : {}),
    ...(entry.tags?.length ? { tags: [...new Set(entry.tags)] } : {}),
  };
  const folder = ctx.date ? ctx.date.slice(0, 4) : 'drafts';
  return { id: `${folder}/${slug}`, frontmatter, body };
}

/**
 * True when `summary` is only the start of the entry's own text, cut by the generator (Hexo's
 * auto excerpt, WordPress's first 55 words and "[…]"): as `description` it would end
 * mid-sentence on the portfolio ("…最近来排"), where the excerpt made from the body ends at a
 * sentence. Compared without whitespace (generators join blocks differently) and without a
 * trailing "…", "...", "[…]" or "<"; a lead of whole sentences, with no such mark, is kept.
 */
function isLeadOf(summary: string, entry: FeedEntry): boolean {
  const squash = (text: string) => text.replace(/\s+/g, '');
  const written = squash(summary);
  // A cut just after a tag's "<" leaves it as text (WHATWG HTML §13.2.5.6: EOF in tag open).
  const lead = written.replace(/(?:\[(?:…|\.\.\.)\]|…|\.\.\.|<)$/u, '');
  // An author's excerpt that is the first sentences, whole, reads well: only a cut one goes.
  const cut = lead !== written || !SENTENCE_END.test(lead);
  // The summary's text may or may not have kept the body's opening heading (summaryToText drops it).
  const bodies = entry.html ? [htmlToText(entry.html), summaryToText(entry.html)] : [entry.text ?? ''];
  return cut && lead.length > 0 && bodies.some((body) => squash(body).startsWith(lead));
}

const SENTENCE_END = /[.!?。！？]["'”’)）」』]*$/u;

/** A title from the start of the body (at most 60 characters), else "Untitled" and the date. */
function untitled(entry: FeedEntry, date: string | undefined): string {
  const chars = [...(entry.html ? htmlToText(entry.html) : (entry.text ?? '').replace(/\s+/g, ' ').trim())];
  if (chars.length === 0) return `Untitled ${date?.slice(0, 10) ?? ''}`.trim();
  return chars.length > 60 ? `${chars.slice(0, 59).join('').trimEnd()}…` : chars.join('');
}

function normalizeUrl(url: string): string {
  return URL.canParse(url) ? new URL(url).href : url;
}
