/**
 * Everything the portfolio pages show: the planner and the posts that belong on the portfolio
 * (published and due, src/core/portfolio.ts). The collection's loader admits nothing else;
 * this filter states the rule again where the pages read, and each post is the one read from the
 * very file the collection entry came from (never another file with the same id): in a build,
 * as the build check read it (src/integration/build-posts.ts), else read again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import pLimit from 'p-limit';
import { brandLanguage, postLanguageAndTag, siteWordsTag } from '../../core/language.ts';
import { settleStubLanguages } from '../../core/stub-languages.ts';
import { isOnPortfolio } from '../../core/portfolio.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { publishedEpoch, publishedLocalDate } from '../../core/published-at.ts';
import type { Channel, Pillar, Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { createPostZoner, type PostZoner } from '../../core/period-zones.ts';
import { bulkStampedPosts } from '../../core/update-stamps.ts';
import { oneVersionEach, translationsOf } from '../../core/translations.ts';
import { readPlanner } from '../../store/planner-store.ts';
import { listPosts, READ_CONCURRENCY, readPostAt } from '../../store/posts.ts';
import { copiesByOriginal, isCopy, pieceAliases } from '../../core/copies.ts';
import { entryPostFile } from '../../store/post-paths.ts';
import { projectRoot } from './project-root.ts';
import { buildPostsFor, portfolioEntriesFor } from '../../integration/build-posts.ts';
import { autoDescription, plainTextOf } from './excerpt.ts';
import { templateOf } from '../../core/theme/boilerplate.ts';
import { minutesToRead } from './reading-time.ts';
import { postPath, tagSlug, uniqueTags } from './urls.ts';
import { tagNames } from '../../core/tag-slug.ts';

export interface SitePost {
  entry: CollectionEntry<'posts'>;
  /** The same post in the shape src/core takes. */
  post: Post;
  /** publishedAt as an instant. */
  epoch: number;
  /** publishedAt's local date in the channel's zone. */
  date: string;
  lang: 'en' | 'zh';
  /** The BCP 47 tag of its text (core/language.ts postLangTag: `ko`, `zh-TW`...): `<html lang>`, feeds, hreflang. */
  tag: string;
  channel: Channel;
  pillar: Pillar | null;
  /** `description` from frontmatter, else the first ~160 characters of the text. */
  description: string;
  tags: string[];
  /** Reading time in whole minutes (CJK-aware). */
  minutes: number;
  /** updatedAt as an instant, or null (also when it is not after publishedAt, or a bulk stamp: core/update-stamps.ts). */
  updatedEpoch: number | null;
  /** The canonical address when it is the original elsewhere (`canonical: original` with `url`). */
  originalUrl: string | null;
  /** The same post in other languages: published posts with its `translationKey` (core/translations.ts). */
  translations: SitePost[];
  /** Its copies on other channels (`copyOf` naming it, published and due), oldest first: the page's "Also on" links. */
  copies: SiteCopy[];
}

/** A published copy of a post (`copyOf`, core/copies.ts): no page of its own, but output of its channel. */
export interface SiteCopy {
  post: Post;
  channel: Channel;
  /** publishedAt as an instant. */
  epoch: number;
  /** publishedAt's local date in the channel's zone. */
  date: string;
  /** Where the copy is read (`url`), or null when it gives none. */
  url: string | null;
}

export interface SiteTag {
  slug: string;
  /** The tag as first written. */
  name: string;
  /** Newest first. */
  posts: SitePost[];
}

export interface SiteData {
  planner: Planner;
  /** The moment the site was read (ms): what is on the portfolio, and the calendars' DTSTAMP. */
  now: number;
  /** Published posts, newest first: one per piece (a copy, `copyOf`, is listed on its original). */
  posts: SitePost[];
  /** Published copies (`copyOf`), oldest first: their channels' output (streaks, counts), never a page of their own. */
  copies: SiteCopy[];
  /**
   * Every post of the project that parses, drafts and copies included, as read for this reading of
   * the site (the build check's posts, else one listing): the public calendars' source (calendars.ts).
   */
  project: Post[];
  /** The language of the brand profile (name, label, audience). */
  lang: 'en' | 'zh';
  /**
   * The BCP 47 tag of the site's own words and of its pages' `<html lang>`: `en`, `zh-CN`, or a
   * Traditional tag (`zh-Hant`, `zh-TW`) when most Chinese posts are (core/language.ts siteWordsTag;
   * site-words.ts writes the words in that script).
   */
  tag: string;
  /** Tags of published posts, most used first; a post in several languages counts once per tag (listedOnce). */
  tags: SiteTag[];
}

let memo: Promise<SiteData> | undefined;

/** Read once per build; under `astro dev` on every request, so edits show on reload. */
export function loadSite(): Promise<SiteData> {
  if (import.meta.env.DEV) return readSite();
  memo ??= readSite();
  return memo;
}

async function readSite(): Promise<SiteData> {
  const root = projectRoot();
  const now = Date.now();
  // No post on the portfolio yet (a new brand): the store has no collection, and asking for it
  // makes Astro warn that the content config is broken.
  const [planner, all] = await Promise.all([readPlanner(root), portfolioEntriesFor(root) === 0 ? [] : getCollection('posts')]);
  const channels = new Map(planner.channels.map((c) => [c.id, c]));
  const pillars = new Map(planner.brand.pillars.map((p) => [p.id, p]));
  // A post too short to tell its language (a stub) speaks the site's.
  const siteLang = brandLanguage(planner.brand);
  // The store reads YAML as the CLI does: Astro's parser turns an offset-less date-time into UTC.
  // Under astro dev the collection lags behind the disk for a moment: a post the studio just
  // deleted or moved aside is still listed, and is left out rather than failing every page.
  // In a build, the posts the build check read (the very texts the loader made the entries of);
  // else (astro dev) one listing of the project: the entries' posts and the copies (siteCopies),
  // which the loader leaves out of the collection, both come from it.
  const checked = buildPostsFor(root)?.posts ?? (await listPosts(root)).posts;
  const byFile = new Map(checked.map((post) => [post.file, post]));
  const limit = pLimit(READ_CONCURRENCY);
  const read = await Promise.all(
    all.map((entry) =>
      limit(async () => ({
        entry,
        post: byFile.get(entryPostFile(entry)) ?? await readPostAt(root, entryPostFile(entry)).catch((error) =>
          import.meta.env.DEV && error instanceof ThroughlineError ? null : Promise.reject(error),
        ),
      })),
    ),
  );
  // Each channel's periods are read once for every post (a post of an earlier period is read in its zone).
  const postZone = createPostZoner(planner);
  const kept = read.flatMap(({ entry, post }) => (post && isOnPortfolio(post, planner, now, postZone) ? [{ entry, post }] : []));
  // The blocks each channel's posts repeat (a newsletter's header): no post's description starts with them.
  const template = templateOf(kept.map(({ post }) => post));
  // An update day a linter or script stamped on many posts is no update (core/update-stamps.ts).
  const stamped = bulkStampedPosts(kept.map(({ post }) => post), postZone);
  const posts = kept.map(({ entry, post }): SitePost => {
    const channel = channels.get(post.data.channel)!;
    const publishedAt = post.data.publishedAt!;
    const zone = postZone(channel.id, publishedAt);
    const { description, tags, updatedAt, lang, canonical, url } = post.data;
    // MathJax's \(…\) is math in a .md post only, as the loader renders it.
    const format = entry.filePath?.endsWith('.mdx') ? 'mdx' : 'md';
    const text = plainTextOf(post.body, format);
    const epoch = publishedEpoch(publishedAt, zone);
    // An update dated at or before the publication (a Hugo lastmod older than a date moved ahead)
    // is no update: no "Updated" line, and the modified dates stay the publication's.
    const updatedEpoch = updatedAt && !stamped.has(post.id) ? publishedEpoch(updatedAt, zone) : null;
    return {
      entry,
      post,
      epoch,
      date: publishedLocalDate(publishedAt, zone),
      ...postLanguageAndTag(post.data.title, lang, post.body, siteLang),
      channel,
      pillar: (post.data.pillar && pillars.get(post.data.pillar)) || null,
      description: description ?? autoDescription(post.body, template.get(post.data.channel), 160, text, format),
      tags: uniqueTags(tags ?? []),
      minutes: minutesToRead(text),
      updatedEpoch: updatedEpoch !== null && updatedEpoch > epoch ? updatedEpoch : null,
      originalUrl: canonical === 'original' && url ? url : null,
      translations: [],
      copies: [],
    };
  });
  const copies = siteCopies(planner, now, checked, channels, postZone);
  const byOriginal = copiesByOriginal(copies.map((c) => ({ ...c, id: c.post.id, data: c.post.data })));
  for (const post of posts) post.copies = byOriginal.get(post.post.id) ?? [];
  // A short version of a translated post reads as its own text, not as the site (core/stub-languages.ts).
  settleStubLanguages(posts, (p) => ({ title: p.post.data.title, lang: p.post.data.lang, body: p.post.body, translationKey: p.post.data.translationKey }), siteLang);
  posts.sort((a, b) => b.epoch - a.epoch || a.entry.id.localeCompare(b.entry.id));
  // A translation is in another language, one per language (its earliest version): a post that
  // shares the key in the same language (a duplicate that kept it) is no translation, and a
  // language named twice in hreflang is an error search engines ignore the whole set for.
  for (const [post, others] of translationsOf(posts, (p) => p.post.data.translationKey)) {
    const firstOf = new Map<string, SitePost>();
    for (const other of [...others].reverse()) if (other.lang !== post.lang && !firstOf.has(other.lang)) firstOf.set(other.lang, other);
    post.translations = others.filter((other) => firstOf.get(other.lang) === other);
  }
  // One spelling per tag everywhere (its page, the list of tags, each post's chips, feeds).
  const names = tagNames([...posts].reverse());
  for (const post of posts) post.tags = post.tags.map((name) => names.get(tagSlug(name)) ?? name);
  const tag = siteWordsTag(siteLang, posts.map((p) => p.tag), `${planner.brand.name} ${planner.brand.label} ${planner.brand.audience ?? ''}`);
  return { planner, now, posts, copies, project: checked, lang: siteLang, tag, tags: collectTags(posts, siteLang) };
}

/**
 * The published, due copies (`copyOf`) among `project` (every post of the project: readSite's
 * listing), oldest first: their channels' output even while an original waits for its date
 * (only an original on the site lists its copies). `channels` and `postZone`: readSite's, made
 * once for every post.
 */
function siteCopies(planner: Planner, now: number, project: readonly Post[], channels: ReadonlyMap<string, Channel>, postZone: PostZoner): SiteCopy[] {
  return project
    .filter((post) => isCopy(post) && channels.has(post.data.channel) && isOnPortfolio(post, planner, now, postZone))
    .map((post) => {
      const publishedAt = post.data.publishedAt!;
      const zone = postZone(post.data.channel, publishedAt);
      return { post, channel: channels.get(post.data.channel)!, epoch: publishedEpoch(publishedAt, zone), date: publishedLocalDate(publishedAt, zone), url: post.data.url ?? null };
    })
    .sort((a, b) => a.epoch - b.epoch || a.post.id.localeCompare(b.post.id));
}

/**
 * The addresses that send a reader on to `post`'s page: its `aliases`, then the address each of
 * its copies would have had (/posts/<copy id>/) and each copy's own `aliases` (core/copies.ts pieceAliases).
 */
export function redirectAliases(post: SitePost): string[] {
  return pieceAliases(post.post.data.aliases, post.copies.map((c) => c.post), postPath);
}

/**
 * `posts` as a list shows them: a post in several languages (translationKey) once, in the site's
 * language when that version is among them, else its first; its page and the list link the others.
 */
export function listedOnce(posts: readonly SitePost[], lang: 'en' | 'zh'): SitePost[] {
  return oneVersionEach(posts, (p) => p.post.data.translationKey, (p) => p.lang, lang);
}

/** Tags grouped by slug ("Bread" and "bread" are one tag, named as loadSite's tagNames spells it), most used first, then by name. */
function collectTags(posts: SitePost[], lang: 'en' | 'zh'): SiteTag[] {
  const bySlug = new Map<string, SiteTag>();
  for (const post of posts)
    for (const name of post.tags) {
      const slug = tagSlug(name);
      const tag = bySlug.get(slug) ?? { slug, name, posts: [] };
      if (!tag.posts.includes(post)) tag.posts.push(post);
      bySlug.set(slug, tag);
    }
  // A tag both versions of a post carry (Python, Bootstrap) lists that post once.
  for (const tag of bySlug.values()) tag.posts = listedOnce(tag.posts, lang);
  return [...bySlug.values()].sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name));
}
