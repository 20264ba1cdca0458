/**
 * Publishing before a post's planned slot, or after its window. A published post fills the slot whose window holds its
 * `publishedAt`: from that slot's local day to the local day of the next slot (shared/interfaces.md
 * §3, "Slots and streaks"). So a post planned for Mon 7 Dec and published on Wed 2 Dec counts for
 * the slot of Mon 30 Nov, and 7 Dec is still owed: the studio says so before it is marked. The
 * window is found as everywhere else (core/streaks.ts slotWindowIndex).
 */
import { publishedLocalDate } from './published-at.ts';
import type { Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';
import { createPublishedZoner } from './period-zones.ts';
import { breakCovering, channelZone, expandChannelSlots } from './slots.ts';
import { slotWindowIndex } from './streaks.ts';
import { startOfLocalDay } from './zoned-time.ts';

export interface EarlyPublication {
  /** The planned slot's local date (plannedFor). */
  planned: string;
  /**
   * The slot the post would count for: its local date, or null when none (the day is before the
   * channel's first slot, or in a break), and whether another published post already fills it.
   */
  fills: { date: string; taken: boolean } | null;
  /** True when published after the planned slot's window closed (its next slot's day or later), not before it. */
  late?: boolean;
  /** Set when `fills` is null: why no slot holds the publication day (NoSlotReason). */
  none?: NoSlotReason;
}

/**
 * Why a publication day is in no slot's window: it is before the channel's first slot (`firstSlot`,
 * its local date; null when the channel has none), or the slot whose window holds it is in a break
 * (`inBreak`, that break of planner.json's `breaks`).
 */
export type NoSlotReason = { firstSlot: string | null } | { inBreak: { from: string; to: string; reason?: string } };

/**
 * For `post` about to be published at `publishedAt` (ISO 8601, with or without an offset; without,
 * a wall time in the channel's zone): what that does to its planned slot, or null when it fills
 * that slot (no `plannedFor`, no such channel, or published from the planned day to the day before
 * the channel's next slot). Published after that window (`late`), the post counts for the slot
 * whose window holds it as an early one does, and the planned slot stays missed. `others`:
 * the project's other posts (those published in the same channel may fill the slot already).
 */
export function earlyPublication(planner: Planner, post: Pick<Post, 'id' | 'data'>, publishedAt: string, others: readonly Post[]): EarlyPublication | null {
  const planned = post.data.plannedFor;
  const channel = planner.channels.find((c) => c.id === post.data.channel);
  if (!planned || !channel) return null;
  const zone = channelZone(channel, planner.brand);
  const readIn = createPublishedZoner(channel, zone);
  let day: string;
  try {
    day = publishedLocalDate(publishedAt, readIn(publishedAt));
  } catch {
    return null;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const late = day >= planned;
  // Every slot up to the later of the two days: the last one on or before the publication day holds it.
  const slots = expandChannelSlots(channel, { zone, from: Number.NEGATIVE_INFINITY, to: startOfLocalDay(late ? day : planned, zone) + 2 * 86_400_000, breaks: planner.breaks ?? [] });
  // On or after the planned day, the post fills its planned slot until the next slot's day.
  if (late && !slots.some((s) => s.date > planned && s.date <= day)) return null;
  const index = slotWindowIndex(slots, day);
  const slot = slots[index];
  if (!slot || slot.onBreak) {
    const cover = slot && breakCovering(planner.breaks ?? [], channel.id, slot.date);
    const none: NoSlotReason = cover ? { inBreak: { from: cover.from, to: cover.to, ...(cover.reason ? { reason: cover.reason } : {}) } } : { firstSlot: slots[0]?.date ?? null };
    return late ? { planned, fills: null, late, none } : { planned, fills: null, none };
  }
  const end = slots[index + 1]?.date;
  const taken = others.some((p) => {
    if (p.id === post.id || p.data.channel !== channel.id || p.data.status !== 'published' || !p.data.publishedAt) return false;
    const date = publishedLocalDate(p.data.publishedAt, readIn(p.data.publishedAt));
    return date >= slot.date && (end === undefined || date < end);
  });
  return late ? { planned, fills: { date: slot.date, taken }, late } : { planned, fills: { date: slot.date, taken } };
}

/**
 * The `plannedFor` a post gets when it is published as `early` says: the slot it fills, or ''
 * (cleared) when it fills none or that slot has a post already. The one mapping the publish page
 * and the editor's saves share, so the plan shows the planned slot as `check` counts it.
 */
export function plannedForAfter(early: EarlyPublication): string {
  return early.fills && !early.fills.taken ? early.fills.date : '';
}
