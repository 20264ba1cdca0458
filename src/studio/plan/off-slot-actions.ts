/**
 * Moving planned posts onto slot days: one post (the off-slot and slot-over flags' "Move to" button), or every
 * off-slot post of a channel at once (after a cadence change). Each post's plannedFor is
 * rewritten over the revision just read, so an edit made meanwhile is never overwritten.
 */
import type { CheckReport } from '../../core/check.ts';
import { flagOffSlotPosts, type OffSlotFlag } from '../../core/plan-flags.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import type { Lang } from '../../core/language.ts';
import { readPost, savePost } from '../../store/posts.ts';
import { computePlannerChannelStats } from '../../core/channel-stats.ts';
import { flagSlotOverPosts, type SlotOverFlag } from '../../core/slot-over.ts';
import { spreadOverSlots } from '../../core/spread-moves.ts';
import { localeLang, type StudioLocale } from '../shared/locale.ts';
import { flagInScript, ownWords } from '../shared/traditional.ts';

/** Sets plannedFor of post `id` to `date`. */
export async function movePlannedPost(root: string, id: string, date: string): Promise<void> {
  const { post, revision } = await readPost(root, id);
  await savePost(root, id, { frontmatter: { ...post.data, plannedFor: date }, body: post.body }, { expectedRevision: revision });
}

/** The off-slot flags of one channel (all channels when `channel` is empty). */
export function offSlotFlags(planner: Planner, posts: Post[], now: number, locale: Lang | StudioLocale, channel = ''): OffSlotFlag[] {
  const own = ownWords(planner, posts);
  return flagOffSlotPosts({ planner, posts, now, lang: localeLang(locale) }).filter((f) => !channel || f.channel === channel).map((f) => flagInScript(f, locale, own));
}

/** The slot-over flags (core/slot-over.ts): posts planned for a slot that is over, each with the next open slot to move it to. */
export function slotOverFlags(planner: Planner, posts: Post[], now: number, locale: Lang | StudioLocale): SlotOverFlag[] {
  const offSlot = new Set(flagOffSlotPosts({ planner, posts, now }).map((f) => f.post));
  const own = ownWords(planner, posts);
  return flagSlotOverPosts({ planner, posts, now, figures: computePlannerChannelStats(planner, posts, now), offSlot, lang: localeLang(locale) }).map((f) => flagInScript(f, locale, own));
}

/**
 * The off-slot and slot-over flags of `report`, in its order: for the planner, posts, `now` and
 * language it was built from, what offSlotFlags and slotOverFlags return, read off a report a page
 * holds already instead of expanding every channel's slots again.
 */
export function planFlagsOf(report: CheckReport): { offSlot: OffSlotFlag[]; slotOver: SlotOverFlag[] } {
  return {
    offSlot: report.flags.filter((f): f is OffSlotFlag => f.kind === 'off-slot'),
    slotOver: report.flags.filter((f): f is SlotOverFlag => f.kind === 'slot-over'),
  };
}

/**
 * Moves every off-slot post of `channel` (every channel when empty), each to a slot of its own
 * (core/spread-moves.ts spreadOverSlots): posts planned in a break declared afterwards all have
 * the first slot after it as their nearest, and would pile up there. A post of a channel with no
 * open slot left (within SPREAD_MAX_YEARS) stays where it is, never beside another post: `unmoved`
 * names it. Returns the ids moved and not moved, in the order they were planned.
 */
export async function moveAllOffSlot(root: string, planner: Planner, posts: Post[], now: number, channel: string): Promise<{ moved: string[]; unmoved: string[] }> {
  // The posts the panel's "Move all {count}" counts: those with a free slot of their own (plan-flags.ts target).
  const flags = offSlotFlags(planner, posts, now, 'en', channel).filter((f) => f.target);
  const moved: string[] = [];
  const unmoved: string[] = [];
  for (const id of new Set(flags.map((f) => f.channel))) {
    const moves = flags.filter((f) => f.channel === id).map((f) => ({ post: f.post, date: f.date, target: f.target }));
    const { targets, unplaced } = spreadOverSlots({ planner, posts, now, channel: id, moves });
    for (const [post, date] of targets) await movePlannedPost(root, post, date);
    moved.push(...targets.keys());
    unmoved.push(...unplaced);
  }
  return { moved, unmoved };
}
