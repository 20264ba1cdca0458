/**
 * The language of a channel's calendar entries (build-calendar.ts): the first of these that tells.
 * 1. Most of its published posts on the portfolio (majorityLanguage: a post in both languages, as
 *    a bilingual newsletter's, counts for neither): what its readers have seen.
 * 2. Most of its other posts (drafts, ideas, scheduled posts, published ones dated later): what
 *    it is about to carry. Only their language, never a word of them, reaches a public calendar.
 * 3. Its platform or name (platform-names.ts channelNameLanguage): 知乎, 微博, 公众号, 小红书, 即刻.
 * 4. The brand's language (brandLanguage).
 * Only the channel's own posts count: another channel's never decide it.
 */
import { majorityLanguage, type Lang } from '../language.ts';
import { channelNameLanguage } from '../platform-names.ts';
import type { Channel } from '../schema/planner.ts';
import type { Post } from '../schema/post.ts';

/** `posts`: every post of the project; `seen(post)`: whether it is on the portfolio now; `brand`: brandLanguage. */
export function channelEntriesLanguage(channel: Pick<Channel, 'id' | 'name' | 'platform'>, posts: readonly Post[], seen: (post: Post) => boolean, brand: Lang): Lang {
  const own = posts.filter((p) => p.data.channel === channel.id);
  return majorityLanguage(own.filter(seen)) ?? majorityLanguage(own.filter((p) => !seen(p))) ?? channelNameLanguage(channel) ?? brand;
}
