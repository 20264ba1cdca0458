/**
 * What a calendar entry says: the summary, description and link of a channel's recurring
 * event and of each overridden slot. Public mode never shows a word of an unpublished post.
 */
import type { Post } from '../schema/post.ts';

export interface TextMode {
  public: boolean;
  /** Studio base URL without a trailing slash. */
  studioUrl: string;
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
  const pillarLine = pillarText(pillar, rotation);
  if (mode.public) {
    const summary = `${channelName}: publishing slot${pillar ? ` (${pillar})` : ''}`;
    return { summary, description: pillarLine };
  }
  const summary = pillar ? `${channelName}: write a ${pillar} post` : `${channelName}: write a post`;
  return { summary, description: `${pillarLine}\nPlan it in the studio: ${mode.studioUrl}/plan` };
}

/** A slot with planned posts (sorted by id); `pillar` as for openSlotText. */
export function plannedSlotText(channelName: string, posts: Post[], pillar: string | null, rotation: string[], mode: TextMode): EntryText {
  const visible = mode.public ? posts.filter((p) => p.data.status === 'published') : posts;
  if (visible.length === 0) return openSlotText(channelName, pillar, rotation, mode);
  const more = visible.length > 1 ? ` (+${visible.length - 1} more)` : '';
  const summary = `${channelName}: ${visible[0]!.data.title}${more}`;
  const lines = [pillarText(pillar, rotation)];
  if (mode.public) {
    for (const post of visible) if (post.data.url) lines.push(`${post.data.title}: ${post.data.url}`);
    return { summary, description: lines.join('\n'), url: visible.find((p) => p.data.url)?.data.url };
  }
  for (const post of visible) lines.push(`${post.data.title} (${post.data.status}): ${studioLink(mode.studioUrl, post.id)}`);
  return { summary, description: lines.join('\n'), url: studioLink(mode.studioUrl, visible[0]!.id) };
}

function pillarText(pillar: string | null, rotation: string[]): string {
  return pillar ? `Pillar: ${pillar}` : `Pillars in rotation: ${rotation.join(', ')}`;
}

/** `http://localhost:4321/studio/drafts/2026/braised-pork` for post id `2026/braised-pork`. */
export function studioLink(studioUrl: string, postId: string): string {
  return `${studioUrl}/drafts/${postId.split('/').map(encodeURIComponent).join('/')}`;
}
