/**
 * What a calendar entry says: the summary, description and link of a channel's recurring
 * event and of each overridden slot, in the channel's language, or the language of the post the
 * slot shows. Public mode never shows a word of an unpublished post.
 */
import { postLanguageMix, type Lang } from '../language.ts';
import { createPostZoner, type PostZoner } from '../period-zones.ts';
import { isOnPortfolio } from '../portfolio.ts';
import type { Planner } from '../schema/planner.ts';
import type { Post } from '../schema/post.ts';
import { calendarWords } from './calendar-words.ts';

export interface TextMode {
  public: boolean;
  /** Studio base URL without a trailing slash. */
  studioUrl: string;
  /** The channel's language (channel-language.ts), for the words of its entries without a post shown and of a post in both languages. */
  lang: Lang;
  /**
   * Public mode: the absolute address of a post's page on the portfolio (under SITE_URL's path),
   * or undefined when the site has no address; a post's own `url` (where it was published
   * off-site) comes first.
   */
  postUrl?: (post: Post) => string | undefined;
  /** Converts the calendar's own Chinese words to Traditional (calendar-words.ts), for a site whose words are. */
  traditional?: (text: string) => string;
}

export interface EntryText {
  summary: string;
  description: string;
  url?: string;
}

/**
 * An open slot. `pillar` is the pillar's display name, or null when the channel rotates through
 * several: the entry then names them all ("Pillars in rotation: Recipes, Photography").
 */
export function openSlotText(channelName: string, pillar: string | null, rotation: string[], mode: TextMode): EntryText {
  const words = calendarWords(mode.lang, mode.traditional);
  const pillarLine = pillarText(pillar, rotation, mode.lang, mode.traditional);
  if (mode.public) return { summary: words.publishingSlot(channelName, pillar), description: pillarLine };
  return { summary: words.writePost(channelName, pillar), description: lines([pillarLine, words.planInStudio(`${mode.studioUrl}/plan`)]) };
}

/**
 * A slot with planned posts (sorted by id); `pillar` as for openSlotText. The entry speaks the
 * language of the post its summary names (postLanguageMix), the channel's for a post in both
 * languages; public mode never lets a post that is
 * not on the portfolio at `mode.now` decide (a draft, or a published post dated later, kept off
 * the site until then), since nothing of it is shown.
 */
export function plannedSlotText(channelName: string, posts: Post[], pillar: string | null, rotation: string[], mode: TextMode & { planner: Planner; now: number; zoneOf?: PostZoner }): EntryText {
  // The caller's zoner when it has one (a calendar makes one for all its events).
  const zoneOf = mode.public ? (mode.zoneOf ?? createPostZoner(mode.planner)) : undefined;
  const visible = mode.public ? posts.filter((p) => isOnPortfolio(p, mode.planner, mode.now, zoneOf)) : posts;
  if (visible.length === 0) return openSlotText(channelName, pillar, rotation, mode);
  const first = visible[0]!;
  const lang = entryLanguage(first, mode.lang);
  const words = calendarWords(lang, mode.traditional);
  const summary = words.titled(channelName, first.data.title, visible.length - 1);
  const parts = [pillarText(pillar, rotation, lang, mode.traditional)];
  if (mode.public) {
    const address = (post: Post) => post.data.url ?? mode.postUrl?.(post);
    for (const post of visible) {
      const url = address(post);
      if (url) parts.push(words.publishedLine(post.data.title, url));
    }
    return { summary, description: lines(parts), url: visible.map(address).find(Boolean) };
  }
  for (const post of visible) parts.push(words.postLine(post.data.title, post.data.status, studioLink(mode.studioUrl, post.id)));
  return { summary, description: lines(parts), url: studioLink(mode.studioUrl, first.id) };
}

/**
 * The language of an entry that shows `post`: the post's (postLanguageMix), or `channel`'s (the
 * channel's language) for a post written in both languages, whose words tell neither.
 */
export function entryLanguage(post: Post, channel: Lang): Lang {
  const lang = postLanguageMix(post.data.title, post.data.lang, post.body);
  return lang === 'both' ? channel : lang;
}

/** The pillar line, or "" for a channel that rotates through no pillar (`"pillars": []`). */
function pillarText(pillar: string | null, rotation: string[], lang: Lang, traditional: TextMode['traditional']): string {
  const words = calendarWords(lang, traditional);
  if (pillar) return words.pillar(pillar);
  return rotation.length > 0 ? words.rotation(rotation) : '';
}

/** A description's lines, an empty one left out. */
function lines(parts: string[]): string {
  return parts.filter((line) => line !== '').join('\n');
}

/** `http://localhost:4321/studio/drafts/2026/braised-pork` for post id `2026/braised-pork`. */
export function studioLink(studioUrl: string, postId: string): string {
  return `${studioUrl}/drafts/${postId.split('/').map(encodeURIComponent).join('/')}`;
}
