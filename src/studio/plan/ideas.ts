/** The plan page's ideas list: every `idea` and every `draft` without `plannedFor`, newest file first. */
import type { Post } from '../../core/schema/post.ts';

export interface IdeaCard { id: string; title: string; pillar: string | null; status: string; channel: string | null }

/** `updated`: post id -> file time (epoch ms); posts without one sort last, then by title. */
export function listIdeas(posts: Post[], updated: Map<string, number>): IdeaCard[] {
  return posts
    .filter((p) => (p.data.status === 'idea' || p.data.status === 'draft') && !p.data.plannedFor)
    .sort((a, b) => (updated.get(b.id) ?? 0) - (updated.get(a.id) ?? 0) || a.data.title.localeCompare(b.data.title))
    .map((p) => ({ id: p.id, title: p.data.title, pillar: p.data.pillar ?? null, status: p.data.status, channel: p.data.channel ?? null }));
}

/**
 * The slot an idea goes to with one tap (what Buffer calls "Add to queue"): the earliest open
 * slot (no post planned) whose suggested pillar is the idea's, else the earliest open slot at all.
 * A card that names its `channel` stays on it (planning it elsewhere rewrote its channel without
 * a word); only when that channel has no open slot among `slots` is any channel's taken.
 * `slots` are upcoming slots in time order (core/plan.ts buildPlan); null when none is open.
 */
export function nextOpenSlot<S extends { post: string | null; published?: string; pillar: string | null; channel: string }>(slots: readonly S[], pillar: string | null, channel: string | null = null): S | null {
  // A slot a published post fills (PlanSlot.published) is not open.
  const open = slots.filter((s) => s.post === null && !s.published);
  const own = channel === null ? [] : open.filter((s) => s.channel === channel);
  const pool = own.length > 0 ? own : open;
  return (pillar ? pool.find((s) => s.pillar === pillar) : undefined) ?? pool[0] ?? null;
}

/**
 * The slots one tap may plan a card into, in time order: a written draft may also fill a slot
 * owed now (`overdue`: its start has passed, nothing fills it, and a post published before the
 * next slot's day still does; core/plan.ts overdueSlots), which keeps the streak; an idea, still
 * to be written, only a coming slot (`upcoming`).
 */
export function oneTapSlots<S>(status: string, overdue: readonly S[], upcoming: readonly S[]): readonly S[] {
  return status === 'draft' ? [...overdue, ...upcoming] : upcoming;
}
