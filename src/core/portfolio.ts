/**
 * What the published portfolio may hold: a post whose status is `published` and whose
 * `publishedAt` (read in its channel's zone, shared/interfaces.md §2) is not after "now". The
 * build's content loader, the site's pages and `check` all ask this one function.
 */
import type { Lang } from './language.ts';
import { publishedEpoch } from './published-at.ts';
import type { Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';
import { channelZone, createPostZoner, type PostZoner } from './period-zones.ts';
import { instantText, zhSpaced, type InstantStyle } from './slot-time.ts';
import { formatZonedISO } from './zoned-time.ts';

/**
 * When a published post goes public (ms since the epoch), or null when it is not published.
 * `zoneOf`: createPostZoner(planner), built once by a caller that asks for many posts.
 */
export function publicFrom(post: Pick<Post, 'data'>, planner: Planner, zoneOf: PostZoner = createPostZoner(planner)): number | null {
  if (post.data.status !== 'published' || !post.data.publishedAt) return null;
  return publishedEpoch(post.data.publishedAt, zoneOf(post.data.channel, post.data.publishedAt));
}

/** True when the post belongs on the portfolio built at `now`; `zoneOf` as for publicFrom. */
export function isOnPortfolio(post: Pick<Post, 'data'>, planner: Planner, now: number, zoneOf?: PostZoner): boolean {
  const from = publicFrom(post, planner, zoneOf);
  return from !== null && from <= now;
}

export interface WaitingFlag {
  kind: 'waiting';
  severity: 'info';
  post: string;
  file: string;
  /** The instant it goes public, ISO 8601 UTC. */
  publicFrom: string;
  message: string;
  hint?: string;
}

/**
 * An info flag for each published post dated after `now`: it waits for its date. `style`: how
 * the message writes that moment (slot-time.ts): by default the post's `publishedAt` and the UTC
 * instant; for people, the instant in the channel's zone, as the plan writes slot times.
 */
export function flagWaitingPosts(planner: Planner, posts: Post[], now: number, lang: Lang = 'en', style: InstantStyle = null): WaitingFlag[] {
  const zoneOf = createPostZoner(planner);
  return posts.flatMap((post) => {
    const from = publicFrom(post, planner, zoneOf);
    if (from === null || from <= now) return [];
    const at = new Date(from).toISOString();
    const channel = planner.channels.find((c) => c.id === post.data.channel);
    const zone = channel ? channelZone(channel, planner.brand) : planner.brand.timezone;
    const iso = `${post.data.publishedAt}${lang === 'zh' ? `（${at.replace('.000Z', 'Z')}）` : ` (${at.replace('.000Z', 'Z')})`}`;
    const when = style ? instantText(formatZonedISO(from, zone), zone, style, lang) : iso;
    return [{
      kind: 'waiting' as const,
      severity: 'info' as const,
      post: post.id,
      file: post.file,
      publicFrom: at,
      message: lang === 'zh' ? `发布日期在将来：在 ${zhSpaced(when)}之前不会出现在作品集里` : `published with a future date: kept off the portfolio until ${when}`,
      hint: lang === 'zh' ? '到那时之后的第一次构建会包含它；届时请重新构建' : 'it appears in the first build on or after that moment; build again then',
    }];
  });
}
