/**
 * Moving planned posts onto slot days: one post (the off-slot and slot-over flags' "Move to" button), or every
 * off-slot post of a channel at once (after a cadence change). Each post's plannedFor is
 * rewritten over the revision just read, so an edit made meanwhile is never overwritten.
 */
import { flagOffSlotPosts, type OffSlotFlag } from '../../core/plan-flags.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import type { Lang } from '../../core/language.ts';
import { readPost, savePost } from '../../store/posts.ts';
import { computePlannerChannelStats } from '../../core/channel-stats.ts';
import { flagSlotOverPosts, type SlotOverFlag } from '../../core/slot-over.ts';

/** Sets plannedFor of post `id` to `date`. */
export async function movePlannedPost(root: string, id: string, date: string): Promise<void> {
  const { post, revision } = await readPost(root, id);
  await savePost(root, id, { frontmatter: { ...post.data, plannedFor: date }, body: post.body }, { expectedRevision: revision });
}

/** The off-slot flags of one channel (all channels when `channel` is empty). */
export function offSlotFlags(planner: Planner, posts: Post[], now: number, lang: Lang, channel = ''): OffSlotFlag[] {
  return flagOffSlotPosts({ planner, posts, now, lang }).filter((f) => !channel || f.channel === channel);
}

/** The slot-over flags (core/slot-over.ts): posts planned for a slot that is over, each with the next open slot to move it to. */
export function slotOverFlags(planner: Planner, posts: Post[], now: number, lang: Lang): SlotOverFlag[] {
  const offSlot = new Set(flagOffSlotPosts({ planner, posts, now }).map((f) => f.post));
  return flagSlotOverPosts({ planner, posts, now, figures: computePlannerChannelStats(planner, posts, now), offSlot, lang });
}

/** Moves every off-slot post of `channel` that has a target; returns how many moved. */
export async function moveAllOffSlot(root: string, planner: Planner, posts: Post[], now: number, channel: string): Promise<number> {
  const flags = offSlotFlags(planner, posts, now, 'en', channel).filter((f) => f.target);
  for (const f of flags) await movePlannedPost(root, f.post, f.target!);
  return flags.length;
}
