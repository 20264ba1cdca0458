/**
 * Everything the portfolio pages show: the planner and the PUBLISHED posts only. No page reads
 * the collection any other way, so nothing of an idea, draft or scheduled post can reach dist/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ThroughlineError } from '../../core/errors.ts';
import { publishedEpoch, publishedLocalDate } from '../../core/published-at.ts';
import type { Channel, Pillar, Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { channelZone } from '../../core/slots.ts';
import { readPlanner } from '../../store/planner-store.ts';
import { readPost } from '../../store/posts.ts';
import { projectRoot } from './project-root.ts';
import { detectLang } from './text.ts';

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
}

export interface SiteData {
  planner: Planner;
  /** Published posts, newest first. */
  posts: SitePost[];
  /** The language of the brand profile (name, label, audience). */
  lang: 'en' | 'zh';
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
  // Under astro dev the collection lags behind the disk for a moment: a post the studio just
  // deleted or moved aside is still listed, and is left out rather than failing every page.
  const stored = await Promise.all(
    entries.map((entry) => readPost(root, entry.id).catch((error) => (import.meta.env.DEV && error instanceof ThroughlineError ? null : Promise.reject(error)))),
  );
  const posts = entries.flatMap((entry, i): SitePost[] => {
    // The store reads YAML as the CLI does: Astro's parser turns an offset-less date-time into UTC.
    const post = stored[i]?.post;
    const channel = post && channels.get(post.data.channel);
    if (!post || !channel || post.data.status !== 'published') return [];
    const zone = channelZone(channel, planner.brand);
    const publishedAt = post.data.publishedAt!;
    return [{
      entry,
      post,
      epoch: publishedEpoch(publishedAt, zone),
      date: publishedLocalDate(publishedAt, zone),
      lang: detectLang(`${post.data.title}\n${post.body}`),
      channel,
      pillar: (post.data.pillar && pillars.get(post.data.pillar)) || null,
    }];
  });
  posts.sort((a, b) => b.epoch - a.epoch || a.entry.id.localeCompare(b.entry.id));
  const { name, label, audience } = planner.brand;
  return { planner, posts, lang: detectLang(`${name} ${label} ${audience}`) };
}
