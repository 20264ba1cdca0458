/** The content plan (shared/interfaces.md §3 `plan --json`): upcoming slots of every channel. */
import { computePlannerChannelStats, type ChannelFigures } from './channel-stats.ts';
import { publishedEpoch, publishedLocalDate } from './published-at.ts';
import type { Slot } from './slot.ts';
import { suggestPillars } from './rotation.ts';
import type { Channel, Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';
import { createPublishedZoner } from './period-zones.ts';
import { channelZone, expandChannelSlots } from './slots.ts';
import { placeUnplannedPublished, type DatedPost } from './streaks.ts';
import { addDays, formatZonedISO, localDateOf } from './zoned-time.ts';
import { appendTo } from './map-lists.ts';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** How far back published posts count as "recent" for the pillar rotation. */
export const ROTATION_LOOKBACK_DAYS = 90;

export interface PlanSlot {
  channel: string;
  /** Local date in the channel's zone. */
  date: string;
  /** ISO 8601 with the zone's offset at that instant. */
  start: string;
  /** The planned post's pillar, else the rotation's suggestion; null when no pillar applies. */
  pillar: string | null;
  /** Id of the post planned for this slot (the first by id), or null when the slot is open. */
  post: string | null;
  /**
   * Set when more than one post is planned for this slot: the ids of the others, in id order
   * (`post` is the first). Each is shown with the slot, none is left out of the plan.
   */
  also?: string[];
  /**
   * Set on a slot no post is planned for that a published post planned for no slot fills (its
   * publishedAt in the slot's window, as check counts it; one dated ahead, waiting to go public):
   * that post's id. The slot is not open.
   */
  published?: string;
  /**
   * Set (true) on an entry that is no slot: a published post planned for no slot that fills none
   * (core/streaks.ts placeUnplannedPublished: before the channel's first slot, in a break's
   * window, or in a window whose slot shows another post), shown at its own publishedAt so it
   * never vanishes from the plan. `date`/`start` are its publication's local date and instant
   * (a plain date: the start of that day), `published` its id, `post` null, `pillar` its own.
   */
  unslotted?: true;
  /**
   * Set on an unslotted entry that fills a slot for the streaks although that slot shows a post
   * planned for it, which is not published in its window (placeUnplannedPublished): that slot's
   * local date. check counts the slot fulfilled by this post; the planned post can move.
   */
  fills?: string;
  epoch: number;
  /**
   * Set on a started slot that no post fills yet and a post can still fill (ChannelStats.overdue):
   * `until` is the local date before which a published post fills it (null: no later slot);
   * `dueToday` is true while the slot's local day lasts (due today, not posted yet), false after.
   */
  overdue?: { until: string | null; dueToday: boolean };
}

/**
 * Each channel's overdue slot (ChannelStats.overdue: its start has passed, no post fills it yet,
 * a post published before `until` still does; `dueToday` while its local day lasts), in time
 * order, with the post planned for it and that post's pillar. buildPlan lists slots from now on,
 * so these come before its first. `figures`: the channels' figures for this `now`, when the
 * caller has them already.
 */
export function overdueSlots(planner: Planner, posts: Post[], now: number, figures: ChannelFigures[] = computePlannerChannelStats(planner, posts, now)): PlanSlot[] {
  return figures
    .flatMap(({ channel, stats }) => {
      if (!stats.overdue) return [];
      const { date, start, until, dueToday } = stats.overdue;
      // A published post planned for it is published outside its window (else it would fill it):
      // it counts, and shows, where it was published (placeUnplannedPublished's `elsewhere`).
      const mine = posts.filter((p) => p.data.channel === channel.id && !(p.data.status === 'published' && p.data.publishedAt)).sort((a, b) => (a.id < b.id ? -1 : 1));
      const planned = mine.find((p) => p.data.plannedFor === date);
      return [{ channel: channel.id, date, start, pillar: planned?.data.pillar ?? null, post: planned?.id ?? null, ...alsoPlanned(mine, date), epoch: Date.parse(start), overdue: { until, dueToday } }];
    })
    .sort((a, b) => a.epoch - b.epoch);
}

/** PlanSlot.also for the slot of `date`: the posts planned for it after the first (`posts`: one channel's, in id order). */
function alsoPlanned(posts: readonly Post[], date: string): { also?: string[] } {
  const ids = posts.filter((p) => p.data.plannedFor === date).map((p) => p.id);
  return ids.length > 1 ? { also: ids.slice(1) } : {};
}

/**
 * Slots from `from` (default just after now) to now + weeks, every channel, time order, break slots left
 * out; `post` = id of a post of that channel whose plannedFor equals the slot date (the first by
 * id). A slot with a planned post that names a pillar shows that pillar; the rotation fills the
 * others, counting recently published posts and the planned posts' pillars. `unslotted` (only
 * when there are any): the published posts planned for no slot that fill none (PlanSlot.unslotted,
 * core/streaks.ts placeUnplannedPublished) whose publishedAt is in the same span, in time order.
 */
export function buildPlan(input: { planner: Planner; posts: Post[]; now: number; weeks: number; from?: number; overdue?: PlanSlot[] }): { slots: PlanSlot[]; overdue: PlanSlot[]; unslotted?: PlanSlot[] } {
  const { planner, now } = input;
  // A slot starting at now has started: overdueSlots lists it, as ChannelStats.nextSlot skips it.
  const from = input.from ?? now + 1;
  const overdue: PlanSlot[] = [];
  const unslotted: PlanSlot[] = [];
  const byTime = (a: PlanSlot, b: PlanSlot) => a.epoch - b.epoch || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0);
  const slots = planner.channels.flatMap((channel) => {
    const lead = input.overdue?.find((s) => s.channel === channel.id);
    const planned = planChannel(channel, input.planner, input.posts, now, from, now + input.weeks * WEEK, lead);
    if (lead) overdue.push(planned.lead ?? lead);
    unslotted.push(...planned.unslotted);
    return planned.slots;
  });
  slots.sort(byTime);
  overdue.sort((a, b) => a.epoch - b.epoch);
  unslotted.sort(byTime);
  // Only when there are any: the shape of a plan without them stays { slots, overdue }.
  return unslotted.length ? { slots, overdue, unslotted } : { slots, overdue };
}

/**
 * buildPlan with each channel's overdue slot (overdueSlots) leading its rotation: a started slot
 * that no post fills yet is the next one to write for, so when it has no pillar of its own it
 * takes the rotation's first suggestion and the later slots the ones after. So a slot keeps the
 * pillar suggested for it when its time passes, instead of showing none while the next slot's
 * suggestion changes. `overdue`: those slots, each with its pillar.
 */
export function buildPlanWithOverdue(input: { planner: Planner; posts: Post[]; now: number; weeks: number; from?: number; figures?: ChannelFigures[] }): { slots: PlanSlot[]; overdue: PlanSlot[]; unslotted?: PlanSlot[] } {
  return buildPlan({ ...input, overdue: overdueSlots(input.planner, input.posts, input.now, input.figures) });
}

function planChannel(channel: Channel, planner: Planner, allPosts: Post[], now: number, from: number, to: number, lead?: PlanSlot): { slots: PlanSlot[]; lead?: PlanSlot; unslotted: PlanSlot[] } {
  const zone = channelZone(channel, planner.brand);
  const posts = allPosts.filter((p) => p.data.channel === channel.id).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // With published posts, the slots before `from` too (placePublished); the listed ones are those from `from` on.
  const wide = posts.some((p) => p.data.status === 'published' && p.data.publishedAt) ? slotsBefore(channel, zone, planner, from, to) : undefined;
  const all = wide ? wide.slots.filter((s) => s.epoch >= from) : expandChannelSlots(channel, { zone, from, to, breaks: planner.breaks });
  const slots = all.filter((s) => !s.onBreak);
  const readIn = createPublishedZoner(channel, zone);
  const placed = wide ? placePublished(channel, zone, planner, posts, all, wide, readIn, from, to) : undefined;
  const { filling, unslotted } = placed ?? { filling: new Map<string, Post>(), unslotted: [] };
  // A published post placed by its publication (outside its planned slot's window) is shown where it counts, not here.
  const shownPosts = placed?.elsewhere.size ? posts.filter((p) => !placed.elsewhere.has(p.id)) : posts;
  const planned = slots.map((s) => shownPosts.find((p) => p.data.plannedFor === s.date) ?? filling.get(s.date) ?? null);
  const pillarIds = channel.pillars ?? planner.brand.pillars.map((p) => p.id);
  const recent = posts
    .filter((p) => p.data.status === 'published' && p.data.publishedAt)
    .map((p) => ({ pillar: p.data.pillar, epoch: publishedEpoch(p.data.publishedAt!, readIn(p.data.publishedAt!)) }))
    .filter((p) => p.epoch <= now && p.epoch > now - ROTATION_LOOKBACK_DAYS * DAY);
  // Posts planned beyond `to` count too, so a slot's suggestion does not hang on how far the plan
  // looks (the dashboard's week, the agenda's weeks, the month grid's end, `plan --weeks`); as
  // published posts count for the 90 days before `now`, planned ones count for the 90 days after
  // it: a post planned months ahead (next Christmas's recipe) does not steer this month's slots.
  const horizon = now + ROTATION_LOOKBACK_DAYS * DAY;
  const fixed = [
    ...slots.flatMap((s, i) => (planned[i]?.data.pillar && s.epoch <= horizon ? [{ pillar: planned[i].data.pillar, epoch: s.epoch }] : [])),
    ...plannedBeyond(channel, zone, planner, shownPosts, to, horizon),
  ];
  // The overdue slot comes first when no pillar is fixed for it (its planned post names none).
  const leadOutside = lead !== undefined && !slots.some((s) => s.date === lead.date);
  const leads = leadOutside && lead.pillar === null ? [{ channel: channel.id, date: lead.date, epoch: lead.epoch, start: lead.start, zone, onBreak: false }] : [];
  if (leadOutside && lead.pillar) fixed.push({ pillar: lead.pillar, epoch: lead.epoch });
  const open = slots.filter((_, i) => !planned[i]?.data.pillar);
  const suggested = suggestPillars([...leads, ...open], pillarIds, [...recent, ...fixed]);
  let next = leads.length;
  const out = slots.map((s, i) => ({
    channel: channel.id,
    date: s.date,
    start: s.start,
    pillar: planned[i]?.data.pillar ?? suggested[next++] ?? null,
    post: planned[i] && planned[i].data.plannedFor === s.date ? planned[i].id : null,
    ...alsoPlanned(shownPosts, s.date),
    ...(planned[i] && planned[i].data.plannedFor !== s.date ? { published: planned[i].id } : {}),
    epoch: s.epoch,
  }));
  return { slots: out, ...(leadOutside && leads.length ? { lead: { ...lead, pillar: suggested[0] ?? null } } : {}), unslotted };
}

/**
 * The pillars of the posts planned for the channel's slots from `to` through `horizon` (epoch
 * ms; break slots left out): each slot's first post by id (`posts`: the channel's, in id order,
 * as planChannel shows them), when it names a pillar, at the slot's instant. The rotation counts
 * them as it counts the planned slots it lists, so every plan of a channel from the same `now`
 * suggests the same pillar for a slot, however many weeks it lists.
 */
function plannedBeyond(channel: Channel, zone: string, planner: Planner, posts: Post[], to: number, horizon: number): { pillar: string; epoch: number }[] {
  if (horizon < to) return [];
  const firstDay = localDateOf(to, zone);
  const lastDay = localDateOf(horizon, zone);
  const later = posts.filter((p) => p.data.plannedFor !== undefined && p.data.plannedFor >= firstDay && p.data.plannedFor <= lastDay);
  if (!later.some((p) => p.data.pillar)) return [];
  const last = later.reduce((max, p) => (p.data.plannedFor! > max ? p.data.plannedFor! : max), firstDay);
  const slots = expandChannelSlots(channel, { zone, from: to, to: to + 2 * DAY + (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${firstDay}T00:00:00Z`)), breaks: planner.breaks });
  return slots.flatMap((s) => {
    const pillar = s.onBreak ? undefined : posts.find((p) => p.data.plannedFor === s.date)?.data.pillar;
    return pillar && s.epoch >= to && s.epoch <= horizon ? [{ pillar, epoch: s.epoch }] : [];
  });
}

/**
 * The channel's slots through `to` (break slots included), from one whose date is at least two
 * days before `from`'s local date: the slot whose window holds a post published from `from` on
 * may start well before it (a month on a monthly channel). A few widening tries, then every slot
 * from the channel's first (also when it starts within those days: there are few of them then);
 * `fromStart` then.
 * Expanding a daily channel's years of history on every plan took ~130 ms.
 */
function slotsBefore(channel: Channel, zone: string, planner: Planner, from: number, to: number): { slots: Slot[]; fromStart: boolean } {
  const before = addDays(localDateOf(from, zone), -2);
  for (const back of [9, 63, 400]) {
    const slots = expandChannelSlots(channel, { zone, from: from - back * DAY, to, breaks: planner.breaks });
    if (slots.length > 0 && slots[0]!.date <= before) return { slots, fromStart: false };
  }
  return { slots: expandChannelSlots(channel, { zone, from: Number.NEGATIVE_INFINITY, to, breaks: planner.breaks }), fromStart: true };
}

/**
 * The published posts of a channel planned for no slot, placed as core/streaks.ts
 * placeUnplannedPublished says: `filling`, by the date of the slot of `slots` (the channel's slots
 * from `from` to `to`, break slots included; `wide`, those and the ones before, slotsBefore) that each fills; `unslotted`, the ones that no
 * slot shows and whose publishedAt is in [from, to), each as its own entry (PlanSlot.unslotted, with
 * `fills` when it fills a slot that shows a planned post). The
 * placement reads the channel's slots from one before `from` (slotsBefore), so a post in the window
 * of a slot before `from` fills that one, not a listed one, and a post before the channel's first
 * slot fills none. A post planned for a day that is no slot (not a cadence day, or in a break)
 * counts as planned for none; a day from `to`'s local date on may still be a slot (it shows there).
 */
function placePublished(
  channel: Channel, zone: string, planner: Planner, posts: Post[], slots: Slot[], wide: { slots: Slot[]; fromStart: boolean }, readIn: (publishedAt: string) => string, from: number, to: number,
): { filling: Map<string, Post>; unslotted: PlanSlot[]; elsewhere: Set<string> } {
  const published = posts.filter((p) => p.data.status === 'published' && p.data.publishedAt);
  if (published.length === 0) return { filling: new Map(), unslotted: [], elsewhere: new Set() };
  const { slots: history, fromStart } = wide;
  const dated: DatedPost[] = published.map((post) => ({ post, date: publishedLocalDate(post.data.publishedAt!, readIn(post.data.publishedAt!)) }));
  const last = history.at(-1);
  const planned = new Map<string, Post[]>();
  for (const p of posts) if (p.data.plannedFor) appendTo(planned, p.data.plannedFor, p);
  // The last slot's window ends at the next slot, beyond those listed (none: an ended cadence, a window without end).
  const nextDate = () => (last ? (expandChannelSlots(channel, { zone, from: last.epoch + 1, to: last.epoch + 400 * DAY, breaks: planner.breaks })[0]?.date ?? null) : null);
  // A plannedFor day from `to`'s on may be a slot still (the plan shows it there). Posts published
  // before the slots read belong to earlier slots, unless those start the channel (fromStart).
  const placed = placeUnplannedPublished(history, dated, { planned, nextDate, knownUntil: localDateOf(to, zone), fromStart });
  const shown = new Set(slots.map((s) => s.date));
  const filling = new Map([...placed.bySlot].filter(([date]) => shown.has(date)).map(([date, u]) => [date, u.post]));
  const unslotted = placed.unslotted.flatMap(({ post, date, fills }): PlanSlot[] => {
    const at = post.data.publishedAt!;
    const postZone = readIn(at);
    const epoch = publishedEpoch(at, postZone);
    if (epoch < from || epoch >= to) return [];
    return [{ channel: channel.id, date, start: formatZonedISO(epoch, postZone), pillar: post.data.pillar ?? null, post: null, published: post.id, unslotted: true, ...(fills ? { fills } : {}), epoch }];
  });
  return { filling, unslotted, elsewhere: placed.elsewhere };
}
