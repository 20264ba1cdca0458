/**
 * Everything the portfolio pages show: the planner and the PUBLISHED posts only. No page reads
 * the collection any other way, so nothing of an idea, draft or scheduled post can reach dist/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedEpoch, publishedLocalDate } from '../../core/published-at.ts';
import type { Channel, Pillar, Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { channelZone } from '../../core/slots.ts';
import { readPlanner } from '../../store/planner-store.ts';
import { readPost } from '../../store/posts.ts';
import { projectRoot } from './project-root.ts';
import { readingMinutes } from './reading-time.ts';
import { detectLang, excerptOf } from './text.ts';
import { tagSlug } from './urls.ts';

export interface SitePost {
  entry: CollectionEntry<'posts'>;
  /** The same post in the shape src/core takes. */
  post: Post;
  /** publishedAt as an instant. */
  epoch: number;
  /** publishedAt's local date in the channel's zone. */
  date: string;
  lang: 'en' | 'zh';
  channel: Channel;
  pillar: Pillar | null;
  /** `description` from frontmatter, else the first ~160 characters of the text. */
  description: string;
  tags: string[];
  /** Reading time in whole minutes (CJK-aware). */
  minutes: number;
  /** updatedAt as an instant, or null. */
  updatedEpoch: number | null;
  /** The canonical address when it is the original elsewhere (`canonical: original` with `url`). */
  originalUrl: string | null;
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
  /** Published posts, newest first. */
  posts: SitePost[];
  /** The language of the brand profile (name, label, audience). */
  lang: 'en' | 'zh';
  /** Tags of published posts, most used first. */
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
  const [planner, entries] = await Promise.all([
    readPlanner(root),
    getCollection('posts', (p) => p.data.status === 'published'),
  ]);
  const channels = new Map(planner.channels.map((c) => [c.id, c]));
  const pillars = new Map(planner.brand.pillars.map((p) => [p.id, p]));
  const stored = await Promise.all(entries.map((entry) => readPost(root, entry.id)));
  const posts = entries.map((entry, i): SitePost => {
    // The store reads YAML as the CLI does: Astro's parser turns an offset-less date-time into UTC.
    const post = stored[i]!.post;
    const channel = channels.get(post.data.channel)!;
    const zone = channelZone(channel, planner.brand);
    const publishedAt = post.data.publishedAt!;
    const { description, tags, updatedAt, lang, canonical, url } = post.data;
    return {
      entry,
      post,
      epoch: publishedEpoch(publishedAt, zone),
      date: publishedLocalDate(publishedAt, zone),
      lang: lang ? (lang.toLowerCase().startsWith('zh') ? 'zh' : 'en') : detectLang(`${post.data.title}\n${post.body}`),
      channel,
      pillar: (post.data.pillar && pillars.get(post.data.pillar)) || null,
      description: description ?? excerptOf(post.body, 160),
      tags: [...new Set(tags ?? [])],
      minutes: readingMinutes(post.body),
      updatedEpoch: updatedAt ? publishedEpoch(updatedAt, zone) : null,
      originalUrl: canonical === 'original' && url ? url : null,
    };
  });
  posts.sort((a, b) => b.epoch - a.epoch || a.entry.id.localeCompare(b.entry.id));
  const { name, label, audience } = planner.brand;
  const lang = planner.brand.language ?? detectLang(`${name} ${label} ${audience}`);
  return { planner, posts, lang, tags: collectTags(posts) };
}

/** Tags grouped by slug ("Bread" and "bread" are one tag), most used first, then by name. */
function collectTags(posts: SitePost[]): SiteTag[] {
  const bySlug = new Map<string, SiteTag>();
  for (const post of posts)
    for (const name of post.tags) {
      const slug = tagSlug(name);
      const tag = bySlug.get(slug) ?? { slug, name, posts: [] };
      if (!tag.posts.includes(post)) tag.posts.push(post);
      bySlug.set(slug, tag);
    }
  return [...bySlug.values()].sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name));
}
