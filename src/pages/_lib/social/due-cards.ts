/**
 * The cards a build will queue, known before it renders a page: one per post that belongs on
 * the portfolio at `now` (the published-only loader's set: src/integration/published-loader.ts)
 * and has no `cover`, computed from the store's listing by the same rules as site-data.ts. The
 * integration draws them into the cache while Astro renders the pages; which cards reach dist/
 * is still decided by the pages that queue them (cards.ts).
 */
import { findReferenceErrors } from '../../../core/reference-errors.ts';
import { isCopy } from '../../../core/copies.ts';
import { brandLanguage, postLanguage } from '../../../core/language.ts';
import { isOnPortfolio } from '../../../core/portfolio.ts';
import { socialCover } from '../../../core/social-cover.ts';
import { readPlanner } from '../../../store/planner-store.ts';
import { listPosts } from '../../../store/posts.ts';
import type { Planner } from '../../../core/schema/planner.ts';
import type { Post } from '../../../core/schema/post.ts';
import { socialImagePath } from '../urls.ts';
import { cardOf } from './cards.ts';
import type { SocialCard } from './render.ts';

/** Site path (/og/<id>.png) and card of each post of `root` due at `now` (ms) without a cover. */
export async function listDueCards(root: string, now: number): Promise<DueCard[]> {
  const planner = await readPlanner(root).catch(() => null);
  if (!planner) return [];
  const { posts } = await listPosts(root);
  return dueCards(planner, posts, now);
}

export interface DueCard {
  /** Site path, e.g. /og/2026/x.png. */
  path: string;
  card: SocialCard;
}

/** The cards of `posts` (as listPosts gives them) due at `now` (ms) without a cover. */
export function dueCards(planner: Planner, posts: Post[], now: number): DueCard[] {
  const broken = new Set(findReferenceErrors(planner, posts).map((e) => e.file));
  const { brand } = planner;
  const siteLang = brandLanguage(brand);
  const channels = new Map(planner.channels.map((c) => [c.id, c.name]));
  const pillars = new Map(brand.pillars.map((p) => [p.id, p.name]));
  return posts
    // A copy (copyOf) has no page, so no card: its original's page has one.
    .filter((post) => !broken.has(post.file) && !isCopy(post) && socialCover(post.data.cover) === undefined && isOnPortfolio(post, planner, now))
    .map((post) => {
      const { title, lang, pillar, channel } = post.data;
      const postLang = postLanguage(title, lang, post.body, siteLang);
      const source = { title, pillar: (pillar && pillars.get(pillar)) || null, channel: channels.get(channel) ?? channel, postLang, siteLang } as const;
      return { path: socialImagePath(post.id), card: cardOf(source, brand) };
    });
}
