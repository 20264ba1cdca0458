/**
 * The plan page's month calendar and agenda: which month to show, the Monday-first grid of its
 * days, and the plan's slots placed on their local dates. Dates are calendar dates (no zone).
 */
import { FIRST_PLAN_DATE, LAST_PLAN_DATE } from '../../core/cadence.ts';
import { buildPlan, buildPlanWithOverdue, type PlanSlot } from '../../core/plan.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import type { DayCell } from '../../core/streaks.ts';
import { computePlannerChannelStats, type ChannelFigures } from '../../core/channel-stats.ts';
import { addDays } from '../../core/zoned-time.ts';
import { fill } from '../shared/i18n.ts';
import { formatDay } from './format.ts';
import { appendTo } from '../../core/map-lists.ts';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
export const DEFAULT_WEEKS = 8;

export interface MonthCell {
  date: string;
  inMonth: boolean;
  isToday: boolean;
  slots: PlanSlot[];
}

/** `?month=2026-11` when valid and within the dates a plan holds, else the month of `today`. */
export function pickMonth(param: string | null, today: string): string {
  const inRange = (m: string) => m >= FIRST_PLAN_DATE.slice(0, 7) && m <= LAST_PLAN_DATE.slice(0, 7);
  return param && /^\d{4}-(0[1-9]|1[0-2])$/.test(param) && inRange(param) ? param : today.slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** The weeks (Monday..Sunday) that cover the month; first and last date of the grid. */
export function monthGridRange(month: string): { first: string; last: string } {
  const start = `${month}-01`;
  const lead = (new Date(`${start}T00:00:00Z`).getUTCDay() + 6) % 7;
  const end = addDays(`${shiftMonth(month, 1)}-01`, -1);
  const trail = 6 - ((new Date(`${end}T00:00:00Z`).getUTCDay() + 6) % 7);
  return { first: addDays(start, -lead), last: addDays(end, trail) };
}

/**
 * buildPlan's `from` and `weeks` that cover the grid, in every zone: a day of margin either side
 * of the UTC reading of the dates (zones are within ±14 h); slots outside the grid are dropped later.
 */
export function planWindowFor(range: { first: string; last: string }, now: number): { from: number; weeks: number } {
  const from = Date.parse(`${range.first}T00:00:00Z`) - DAY;
  const to = Date.parse(`${range.last}T00:00:00Z`) + 2 * DAY;
  return { from, weeks: (to - now) / WEEK };
}

/** The grid's cells, week by week, each with its slots in time order. */
export function buildMonthGrid(month: string, slots: PlanSlot[], today: string): MonthCell[][] {
  const { first, last } = monthGridRange(month);
  const byDate = new Map<string, PlanSlot[]>();
  for (const slot of slots) appendTo(byDate, slot.date, slot);
  const weeks: MonthCell[][] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    if (weeks.length === 0 || weeks.at(-1)!.length === 7) weeks.push([]);
    weeks.at(-1)!.push({ date: d, inMonth: d.startsWith(month), isToday: d === today, slots: byDate.get(d) ?? [] });
  }
  return weeks;
}

/** `?weeks=` within 1..52, else DEFAULT_WEEKS. */
export function pickWeeks(param: string | null): number {
  const n = Number(param);
  return Number.isInteger(n) && n >= 1 && n <= 52 ? n : DEFAULT_WEEKS;
}

/** The agenda: upcoming slots grouped by channel, in the order of the planner's channels. */
export function groupByChannel(slots: PlanSlot[], channelIds: string[]): { channel: string; slots: PlanSlot[] }[] {
  return channelIds.map((channel) => ({ channel, slots: slots.filter((s) => s.channel === channel) }));
}

/**
 * The anchor id of a published post's own entry on the plan page (PlanSlot.unslotted), e.g.
 * "published-blog-2026/dumplings": apart from a slot's on the same day.
 */
export function unslottedAnchor(channel: string, postId: string): string {
  return `published-${channel}-${postId}`;
}

/**
 * The status words of a published post's own entry (PlanSlot.unslotted): "published, in no slot",
 * or, when it fills a slot that shows a planned post (PlanSlot.fills), which one: "published,
 * fills the slot of Mon 16 Nov 2026" (the agenda and the month grid say the same).
 */
export function unslottedLabel(slot: Pick<PlanSlot, 'fills'>, lang: 'en' | 'zh', t: (key: string) => string): string {
  return slot.fills ? fill(t('plan.fillsSlot'), { day: formatDay(slot.fills, lang) }) : t('plan.inNoSlot');
}

/** The anchor id of a slot on the plan page, e.g. "slot-blog-2026-11-24". */
export function slotAnchor(channel: string, date: string): string {
  return `slot-${channel}-${date}`;
}

/** The plan page URL that shows a slot: its month, scrolled to it. */
export function slotHref(channel: string, date: string): string {
  return `/studio/plan?month=${date.slice(0, 7)}#${slotAnchor(channel, date)}`;
}

/**
 * What became of past and pending slots, by `${channel}/${date}`: fulfilled (a published post
 * fills its window), missed (a gap) or pending; from the same streak figures as the dashboard
 * (`figures`, when the caller has them for this `now`). A channel's owed slot (ChannelStats.overdue:
 * its day is over but its window is not) is pending, as §3 says, never a gap: the heatmaps draw
 * its day as `overdue`, and a post can still fill it, as the agenda says.
 */
export function slotOutcomes(planner: Planner, posts: Post[], now: number, figures: ChannelFigures[] = computePlannerChannelStats(planner, posts, now)): Map<string, DayCell['state']> {
  const outcomes = new Map<string, DayCell['state']>();
  for (const { channel, stats } of figures) {
    for (const day of stats.days) if (day.state === 'fulfilled' || day.state === 'missed' || day.state === 'pending') outcomes.set(`${channel.id}/${day.date}`, day.state);
    if (stats.overdue) outcomes.set(`${channel.id}/${stats.overdue.date}`, 'pending');
  }
  return outcomes;
}

/**
 * The month grid's pillar suggestions, made to agree with the agenda's. The rotation
 * (core/rotation.ts) hands out pillars slot by slot from where a plan starts, so a plan built from
 * the grid's first day (past slots included) suggests other pillars for the coming slots than one
 * built from now, as the agenda and the ideas' "Plan for" are. Every slot that `ahead` (a plan
 * from now, overdue slots included) also has takes its pillar: an open slot's suggestion, and a
 * planned one's too when its post names no pillar (one that does shows it in both), and an owed
 * slot its `overdue` (so the grid offers it as the agenda does). Past slots that `ahead` lacks
 * stay as they are.
 */
export function alignSuggestions(monthSlots: PlanSlot[], ahead: PlanSlot[]): PlanSlot[] {
  const fromNow = new Map(ahead.map((s) => [`${s.channel}/${s.date}`, s]));
  return monthSlots.map((s) => {
    const now = fromNow.get(`${s.channel}/${s.date}`);
    return now ? { ...s, pillar: now.pillar ?? null, ...(now.overdue ? { overdue: now.overdue } : {}) } : s;
  });
}

/**
 * The slots of `month`'s grid (monthGridRange, plus a day each side for zones) with the pillars
 * the agenda shows: alignSuggestions with the plan from `now` (ms) to the grid's end, and each
 * channel's overdue slot (buildPlanWithOverdue), which may lie in the grid of a month before
 * `now`'s (a monthly channel's slot stays overdue for a month); with them, in time order, the
 * published posts in no slot (PlanSlot.unslotted), each on its own day. `figures`: the channels'
 * figures for this `now`, when the caller has them already.
 */
export function monthPlanSlots(planner: Planner, posts: Post[], now: number, month: string, figures?: ChannelFigures[]): PlanSlot[] {
  const window = planWindowFor(monthGridRange(month), now);
  const ahead = buildPlanWithOverdue({ planner, posts, now, weeks: Math.max(window.weeks, 0), figures });
  const plan = buildPlan({ planner, posts, now, ...window });
  return [...alignSuggestions(plan.slots, [...ahead.overdue, ...ahead.slots]), ...(plan.unslotted ?? [])].sort((a, b) => a.epoch - b.epoch || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
}
