/**
 * The social card of each post, and the queue through which a build hands the cards of the
 * posts it rendered to the integration, which writes them after the pages (one Astro route per
 * image costs more than the cached image itself). Only a rendered post page queues a card, so
 * an unpublished post never gets one.
 */
import type { SiteData, SitePost } from '../site-data.ts';
import type { SocialCard } from './render.ts';

/** The card of `post`: its title, pillar (else channel), the author's name and label. */
export function postCard(post: SitePost, site: SiteData): SocialCard {
  const { brand } = site.planner;
  return {
    title: post.entry.data.title,
    eyebrow: post.pillar?.name ?? post.channel.name,
    name: brand.name,
    footer: brand.label || brand.audience,
    lang: post.lang === 'zh' || site.lang === 'zh' ? 'zh' : 'en',
  };
}

// Shared through globalThis: the integration and the rendered pages are separate module graphs.
const QUEUE = Symbol.for('throughline.socialCards');
type Queue = Map<string, SocialCard>;
const holder = globalThis as typeof globalThis & { [QUEUE]?: Queue };

/** Queues `card` to be written at `path` (site path, e.g. /og/2026/x.png) after the build. */
export function queueSocialCard(path: string, card: SocialCard): void {
  (holder[QUEUE] ??= new Map()).set(path, card);
}

/** The queued cards, emptying the queue. */
export function takeSocialCards(): Queue {
  const queue = holder[QUEUE] ?? new Map();
  holder[QUEUE] = new Map();
  return queue;
}
