/**
 * The plan's rule for a date a post is planned into: a slot day of the channel. A post planned
 * for another day (no slot of the cadence then, or a slot inside a break) shows in no calendar
 * and no agenda, so plan-move, Plan a post, Skip and Move to refuse it, naming the nearest slot
 * days; the pages offer slots only. The post editor's "Planned for" applies the same rule, and
 * its messages say what to do there (`where` 'editor': it has no calendar).
 */
import { findOffSlotDay } from '../../core/plan-flags.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { computePlannerChannelStats } from '../../core/channel-stats.ts';
import type { ChannelStats } from '../../core/streaks.ts';
import { nextOpenSlot } from '../../core/slot-over.ts';
import { channelZone } from '../../core/slots.ts';
import { localDateOf } from '../../core/zoned-time.ts';

/** Where the date was chosen: a plan page's calendar (or a script), or the editor's "Planned for" field. */
export type DatePlace = 'calendar' | 'editor';

const PICK: Record<DatePlace, string> = { calendar: 'pick a slot from the calendar', editor: 'set "Planned for" to a slot day' };
const PICK_OPEN: Record<DatePlace, string> = { calendar: 'pick a slot still open in the calendar', editor: 'set "Planned for" to a slot still open' };

/** Why `date` (YYYY-MM-DD) is not a slot of channel `channelId`, in English (error-strings.ts has its Chinese); undefined when it is one, or the channel is unknown (said elsewhere). */
export function slotDayError(planner: Planner, channelId: string, date: string, where: DatePlace = 'calendar'): string | undefined {
  const channel = planner.channels.find((c) => c.id === channelId);
  if (!channel) return undefined;
  const off = findOffSlotDay(planner, channel, date);
  if (!off) return undefined;
  const nearest = [off.nearest.before, off.nearest.after].filter(Boolean).join(', ');
  const near = nearest ? ` (nearest slot days: ${nearest})` : '';
  if (off.break) return `${date} is inside the break ${off.break.from} to ${off.break.to} for "${channel.name}", which has no slot then; ${PICK[where]}${near}`;
  if (!nearest) return `"${channel.name}" has no slot within a year of ${date}; ${PICK[where]}`;
  return `${date} is not a slot day of "${channel.name}": its cadence has no slot that day; ${PICK[where]}${near}`;
}

/**
 * Why a post cannot be planned into the `date` slot of channel `channelId` any more: that day is
 * over in the channel's zone and the slot is not the one it still owes (ChannelStats.overdue: a
 * post published before the next slot's day fills it), so the slot is missed or filled and a post
 * planned there fills none. Names the next open slot (core/slot-over.ts nextOpenSlot): one from
 * today on, or the owed slot, its day past, which the message then calls overdue. Undefined
 * for today and later, the owed slot, and an unknown channel. The plan page offers upcoming and
 * owed slots only; this refuses the same for a script, a page left open since a slot closed, and
 * the editor's planned date. English; error-strings.ts has its Chinese.
 */
export function closedSlotError(planner: Planner, posts: Post[], channelId: string, date: string, now: number, where: DatePlace = 'calendar'): string | undefined {
  const channel = planner.channels.find((c) => c.id === channelId);
  if (!channel) return undefined;
  const today = localDateOf(now, channelZone(channel, planner.brand));
  if (date >= today) return undefined;
  const only = { ...planner, channels: [channel] };
  const figures = computePlannerChannelStats(only, posts, now);
  const owed = figures[0]?.stats.overdue;
  if (owed?.date === date) return undefined;
  const next = nextOpenSlot(only, posts, now, figures, channel.id);
  return `the ${date} slot of "${channel.name}" is over (missed, or filled by a published post), so a post planned there fills no slot; ${PICK_OPEN[where]}${next ? ` (next open slot: ${next}${owedWords(next, today, owed)})` : ''}`;
}

/** After the next open slot's date: when that is the owed slot, its day past, the words that say it is still open (as the plan page's "overdue" label). */
function owedWords(next: string, today: string, owed: ChannelStats['overdue']): string {
  if (next >= today || !owed) return '';
  return owed.until ? `, overdue: publish before ${owed.until} to fill it` : ', overdue, still open';
}

/**
 * Whether a post may be planned into the `date` slot of channel `channelId`: the reason it may not
 * (slotDayError: no slot that day; else closedSlotError: a slot that is over), or undefined when
 * the slot takes it. Every form and request that plans a post into a date asks this one question:
 * Plan a post, Move to, plan-move, and the editor's Planned for (`where` 'editor').
 */
export function plannedSlotError(planner: Planner, posts: Post[], channelId: string, date: string, now: number, where: DatePlace = 'calendar'): string | undefined {
  return slotDayError(planner, channelId, date, where) ?? closedSlotError(planner, posts, channelId, date, now, where);
}
