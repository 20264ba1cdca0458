/**
 * The social card of each post, and the queue through which a build hands the cards of the
 * posts it rendered to the integration, which writes them after the pages (one Astro route per
 * image costs more than the cached image itself). Only a rendered post page queues a card, so
 * an unpublished post never gets one.
 */
import type { Brand } from '../../../core/schema/planner.ts';
import type { SiteData, SitePost } from '../site-data.ts';
import type { SocialCard } from './render.ts';

/** What a post's card is drawn from: the parts of a post and its site that it shows. */
export interface CardSource {
  title: string;
  pillar: string | null;
  channel: string;
  postLang: 'en' | 'zh';
  siteLang: 'en' | 'zh';
}

/** The card of a post: its title, pillar (else channel), the author's name and label. */
export function cardOf(source: CardSource, brand: Pick<Brand, 'name' | 'label' | 'audience'>): SocialCard {
  return {
    title: source.title,
    eyebrow: source.pillar ?? source.channel,
    name: brand.name,
    footer: brand.label || brand.audience,
    lang: source.postLang === 'zh' || source.siteLang === 'zh' ? 'zh' : 'en',
  };
}

/** The card of `post` on `site`. */
export function postCard(post: SitePost, site: SiteData): SocialCard {
  const source = { title: post.entry.data.title, pillar: post.pillar?.name ?? null, channel: post.channel.name, postLang: post.lang, siteLang: site.lang };
  return cardOf(source, site.planner.brand);
}

// Shared through globalThis: the integration and the rendered pages are separate module graphs.
const QUEUE = Symbol.for('throughline.socialCards');
/** A queued card and the URL path of the page that queued it (e.g. /posts/2026/x/), when given. */
export interface QueuedCard {
  card: SocialCard;
  page?: string;
}
type Queue = Map<string, QueuedCard>;
const holder = globalThis as typeof globalThis & { [QUEUE]?: Queue };

/** Queues `card` to be written at `path` (site path, e.g. /og/2026/x.png) after the build, for the page at `page`. */
export function queueSocialCard(path: string, card: SocialCard, page?: string): void {
  (holder[QUEUE] ??= new Map()).set(path, page === undefined ? { card } : { card, page });
}

/** The queued cards, emptying the queue. */
export function takeSocialCards(): Queue {
  const queue = holder[QUEUE] ?? new Map();
  holder[QUEUE] = new Map();
  return queue;
}
