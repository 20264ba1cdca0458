/**
 * `off-slot` flags: a post not yet published whose `plannedFor` is not a slot day of its
 * channel (no occurrence of the cadence on that local date, or the slot is on a break). The plan,
 * the calendar and the dashboard show posts by slot, so such a post would vanish from all three;
 * the flag names the nearest slot days before and after, and the one to move it to: the nearest
 * that is not in the past and that no other post holds (planned for it, or published and filling
 * it, as the plan shows it); ties go to the later day; with none within a year of the post's day,
 * the first free one to come, however far. A nearer slot another post holds is named,
 * with that post, so a one-click move never puts two posts in one slot unasked.
 */
import { fillText, quoteName } from './i18n/text.ts';
import type { Lang } from './language.ts';
import type { Channel, Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';
import { breakCovering, channelZone, expandChannelSlots, type PeriodSlotCache } from './slots.ts';
import { addDays, localDateOf, startOfLocalDay } from './zoned-time.ts';
import { buildPlanWithOverdue } from './plan.ts';
import { nextOpenSlot } from './slot-over.ts';

export interface OffSlotFlag {
  kind: 'off-slot';
  severity: 'warning';
  post: string;
  file: string;
  channel: string;
  /** The post's plannedFor (local date in the channel's zone). */
  date: string;
  /** The nearest slot days before and after `date` (within a year), when there are any. */
  nearest: { before: string | null; after: string | null };
  /**
   * The slot day to move the post to (one no other post holds): the nearest within a year of
   * `date`, else the channel's first free slot from today on (looked for up to SPREAD_MAX_YEARS
   * ahead, core/slot-over.ts nextOpenSlot); null when there is none.
   */
  target: string | null;
  /**
   * Set when the slot day the post would move to were it free is held by another post (planned for
   * it, or published and filling it): that day, the post's id and title. `target` is then the
   * nearest free one.
   */
  held?: { date: string; post: string; title: string };
  /**
   * Set when `date` is a slot day of the cadence that a break of this channel covers: the first
   * such break. The message then names the break, not "not a slot day" (the cadence has that day).
   */
  break?: { from: string; to: string; reason?: string };
  message: string;
  hint?: string;
}

/** How far from plannedFor a slot is looked for: a yearly cadence still finds one. */
const SEARCH_DAYS = 370;

/**
 * Every off-slot flag of the planner's posts, in post order; `now` decides which slot days are
 * past. `slotCache`: the channels' slots kept between runs (check's; the flags are the same
 * without it): a warm `check` of a project with planned drafts then expands no cadence.
 */
export function flagOffSlotPosts(input: { planner: Planner; posts: Post[]; now: number; lang?: Lang; slotCache?: PeriodSlotCache; inStudio?: boolean }): OffSlotFlag[] {
  const { planner, posts, now } = input;
  const flags: OffSlotFlag[] = [];
  for (const channel of planner.channels) {
    const planned = posts.filter((p) => p.data.channel === channel.id && p.data.status !== 'published' && p.data.plannedFor);
    if (planned.length === 0) continue;
    const zone = channelZone(channel, planner.brand);
    const { days, breakDays } = slotDays(channel, planner, planned.map((p) => p.data.plannedFor!), zone, input.slotCache);
    const today = localDateOf(now, zone);
    const offSlot = planned.filter((p) => !days.has(p.data.plannedFor!));
    // The plan is built only for a channel with a post to move: `check` of a tidy project builds none.
    // Held days as far as the slot days go (a year past the latest planned date): a sparse cadence's
    // nearest slot may be further than a year from now, and one held there is no target.
    const held = offSlot.length ? heldSlotDays(planner, posts, now, channel.id, [...days].sort().at(-1)) : new Map<string, Post>();
    const free = [...days].filter((d) => !held.has(d));
    for (const post of offSlot) {
      const date = post.data.plannedFor!;
      const nearest = nearestDays([...days], date);
      // None free and to come within a year of the date: the plan's own first free slot from today,
      // however far (a yearly or sparser cadence, its near slots held).
      const near = chooseTarget(nearestDays(free, date), date, today);
      const target = near !== null && near >= today ? near : (nextOpenSlot(planner, posts, now, undefined, channel.id, today) ?? near);
      const wanted = chooseTarget(nearest, date, today);
      const holder = wanted && wanted !== target ? held.get(wanted) : undefined;
      const taken = holder ? { held: { date: wanted!, post: holder.id, title: holder.data.title } } : {};
      const pause = breakDays.has(date) ? breakOn(planner, channel.id, date) : undefined;
      flags.push(describeOffSlot({ post: post.id, file: post.file, channel: channel.id, date, nearest, target, ...taken, ...(pause ? { break: pause } : {}), title: post.data.title, channelName: channel.name }, input.lang ?? 'en', input.inStudio === true));
    }
  }
  return flags;
}

/**
 * The slot days of `channel` from its owed slot on that a post holds, as the plan shows them
 * (core/plan.ts): local date -> the post planned for it (the first by id), or the published post
 * that fills it. Looks a year ahead, or through local date `through` when that is further.
 */
export function heldSlotDays(planner: Planner, posts: Post[], now: number, channel: string, through?: string): Map<string, Post> {
  const only = { ...planner, channels: planner.channels.filter((c) => c.id === channel) };
  const weeks = Math.max(53, through === undefined ? 0 : Math.ceil((Date.parse(`${through}T00:00:00Z`) + 2 * 86_400_000 - now) / (7 * 86_400_000)));
  const { slots, overdue } = buildPlanWithOverdue({ planner: only, posts, now, weeks });
  const byId = new Map(posts.map((p) => [p.id, p]));
  const held = new Map<string, Post>();
  for (const s of [...overdue, ...slots]) {
    const holder = !s.unslotted && byId.get(s.post ?? s.published ?? '');
    if (holder) held.set(s.date, holder);
  }
  return held;
}

/** Why `date` is no slot day of `channel`: the nearest slot days within a year, and the break that covers it when the cadence has that day. */
export interface OffSlotDay {
  nearest: OffSlotFlag['nearest'];
  break?: NonNullable<OffSlotFlag['break']>;
}

/**
 * Null when local date `date` is a slot day of `channel` (an occurrence of its cadence, any period
 * of its history, not on a break); else why not, as the off-slot flag says it.
 */
export function findOffSlotDay(planner: Planner, channel: Channel, date: string): OffSlotDay | null {
  const zone = channelZone(channel, planner.brand);
  const { days, breakDays } = slotDays(channel, planner, [date], zone);
  if (days.has(date)) return null;
  const pause = breakDays.has(date) ? breakOn(planner, channel.id, date) : undefined;
  return { nearest: nearestDays([...days], date), ...(pause ? { break: pause } : {}) };
}

/**
 * Slot days (not on a break), and the cadence's days that a break covers, from a year before the
 * earliest date to a year after the latest.
 */
function slotDays(channel: Channel, planner: Planner, dates: string[], zone: string, cache?: PeriodSlotCache): { days: Set<string>; breakDays: Set<string> } {
  const sorted = [...dates].sort();
  const from = startOfLocalDay(addDays(sorted[0]!, -SEARCH_DAYS), zone);
  const to = startOfLocalDay(addDays(sorted.at(-1)!, SEARCH_DAYS), zone);
  // The cache keeps each period's slots from its start (slots.ts cachedPeriod): the same slots, cut at `from`.
  const slots = cache
    ? expandChannelSlots(channel, { zone, from: Number.NEGATIVE_INFINITY, to, breaks: planner.breaks, cache }).filter((s) => s.epoch >= from)
    : expandChannelSlots(channel, { zone, from, to, breaks: planner.breaks });
  return { days: new Set(slots.filter((s) => !s.onBreak).map((s) => s.date)), breakDays: new Set(slots.filter((s) => s.onBreak).map((s) => s.date)) };
}

/** The first break of `planner` that covers `date` for `channel` (one without `channels` covers all). */
function breakOn(planner: Planner, channel: string, date: string): OffSlotFlag['break'] {
  const b = breakCovering(planner.breaks, channel, date);
  return b ? { from: b.from, to: b.to, ...(b.reason ? { reason: b.reason } : {}) } : undefined;
}

function nearestDays(days: string[], date: string): OffSlotFlag['nearest'] {
  let before: string | null = null;
  let after: string | null = null;
  for (const day of days) {
    if (day < date && day >= addDays(date, -SEARCH_DAYS) && (!before || day > before)) before = day;
    if (day > date && day <= addDays(date, SEARCH_DAYS) && (!after || day < after)) after = day;
  }
  return { before, after };
}

function chooseTarget({ before, after }: OffSlotFlag['nearest'], date: string, today: string): string | null {
  if (!before || before < today) return after ?? before;
  if (!after) return before;
  return daysBetween(before, date) < daysBetween(date, after) ? before : after;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const TEXT = {
  en: {
    message: '"{title}" is planned for {date}, which is not a slot day of {channel}, so no plan or calendar shows it; nearest slots: {nearest}',
    none: '"{title}" is planned for {date}, but {channel} has no slot within a year of it, so no plan or calendar shows it',
    next: '; its next free slot is {target}',
    onBreak: '"{title}" is planned for {date}, a slot day of {channel} inside the break {from} to {to}{reason}, so no plan or calendar shows it; nearest slots: {nearest}',
    reason: ' ({reason})',
    held: '; {heldDate} already has "{heldTitle}", so the nearest free slot is {target}',
    hint: 'move it to {target}: set plannedFor: {target} (the studio does it in one click)',
    // The button beside the flag (MANAGE_TEXT offslot.move), on the dashboard, the plan and the editor.
    studioHint: 'move it to {target}: press "Move to {target}"',
    and: ' and ',
  },
  zh: {
    message: '“{title}”计划在 {date}，但那天不是 {channel} 的排期日，所以计划和日历都不会显示它；最近的排期：{nearest}',
    none: '“{title}”计划在 {date}，但 {channel} 在前后一年内都没有排期，所以计划和日历都不会显示它',
    next: '；它的下一个空排期是 {target}',
    onBreak: '“{title}”计划在 {date}，那天是 {channel} 的排期日，但在休息期 {from} 至 {to}{reason}内，所以计划和日历都不会显示它；最近的排期：{nearest}',
    reason: '（{reason}）',
    held: '；{heldDate} 那一期已经有“{heldTitle}”，所以最近的空排期是 {target}',
    hint: '把它移到 {target}：设置 plannedFor: {target}（工作室里一键即可）',
    studioHint: '把它移到 {target}：点“移到 {target}”',
    and: '、',
  },
} as const;

/** The flag with its message and hint in `lang`; `inStudio`: the hint names the studio's "Move to" button, not plannedFor. */
export function describeOffSlot(
  f: Omit<OffSlotFlag, 'kind' | 'severity' | 'message' | 'hint'> & { title: string; channelName: string },
  lang: Lang,
  inStudio = false,
): OffSlotFlag {
  const text = TEXT[lang];
  const nearest = [f.nearest.before, f.nearest.after].filter(Boolean).join(text.and);
  const pause = f.break;
  const vars: Record<string, string> = {
    title: f.title, date: f.date, channel: quoteName(f.channelName, lang), nearest, target: f.target ?? '',
    from: pause?.from ?? '', to: pause?.to ?? '', reason: pause?.reason ? text.reason.replace('{reason}', pause.reason) : '',
    heldDate: f.held?.date ?? '', heldTitle: f.held?.title ?? '',
  };
  const fill = (template: string) => fillText(template, vars);
  const { title: _t, channelName: _c, ...rest } = f;
  const message = (!nearest ? text.none + (f.target ? text.next : '') : pause ? text.onBreak : text.message) + (f.held && f.target ? text.held : '');
  return { kind: 'off-slot', severity: 'warning', ...rest, message: fill(message), ...(f.target ? { hint: fill(inStudio ? text.studioHint : text.hint) } : {}) };
}

export interface UnplannedScheduledFlag {
  kind: 'unplanned-scheduled';
  severity: 'warning';
  post: string;
  file: string;
  channel: string;
  /** The channel's first free slot day from today on (core/slot-over.ts nextOpenSlot), to plan it for; null when there is none. */
  target: string | null;
  message: string;
  hint: string;
}

const UNPLANNED = {
  en: {
    message: '"{title}" is scheduled but planned for no slot (it has no plannedFor), so no plan, calendar or streak counts it',
    hint: 'plan it: set plannedFor: {target} (the next free slot of {channel}), or status: draft',
    hintNone: 'plan it: set plannedFor: to a slot day of {channel}, or status: draft',
    studioHint: 'plan it: set "Planned for" to {target} (the next free slot of {channel}) in its editor, or "Status" to draft',
    studioHintNone: 'plan it: set "Planned for" to a slot day of {channel} in its editor, or "Status" to draft',
  },
  zh: {
    message: '“{title}”已排期，但没有计划在任何一期（没有 plannedFor），所以计划、日历和连更都不算它',
    hint: '请排进计划：设置 plannedFor: {target}（{channel} 的下一个空排期），或把 status 改为 draft',
    hintNone: '请排进计划：把 plannedFor: 设为 {channel} 的某个排期日，或把 status 改为 draft',
    studioHint: '请排进计划：在它的编辑页把“计划日期”设为 {target}（{channel} 的下一个空排期），或把“状态”改为“草稿”',
    studioHintNone: '请排进计划：在它的编辑页把“计划日期”设为 {channel} 的某个排期日，或把“状态”改为“草稿”',
  },
} as const;

/**
 * `unplanned-scheduled` flags: a post with `status: scheduled` and no `plannedFor`. The plan, the
 * calendars and the streak place a post not yet published by its plannedFor alone, so such a
 * post, which says it is on the schedule, is on none of them (a Hugo import or a hand edit that
 * set the status and not the day). The hint names the channel's next free slot to plan it for.
 * One flag per post, in post order; a post of a channel planner.json lacks is left to the schema.
 */
export function flagUnplannedScheduled(input: { planner: Planner; posts: Post[]; now: number; lang?: Lang; inStudio?: boolean }): UnplannedScheduledFlag[] {
  const { planner, posts, now } = input;
  const text = UNPLANNED[input.lang ?? 'en'];
  const flags: UnplannedScheduledFlag[] = [];
  const targets = new Map<string, string | null>();
  for (const post of posts) {
    if (post.data.status !== 'scheduled' || post.data.plannedFor) continue;
    const channel = planner.channels.find((c) => c.id === post.data.channel);
    if (!channel) continue;
    if (!targets.has(channel.id)) targets.set(channel.id, nextOpenSlot(planner, posts, now, undefined, channel.id, localDateOf(now, channelZone(channel, planner.brand))));
    const target = targets.get(channel.id)!;
    const vars = { title: post.data.title, channel: quoteName(channel.name, input.lang ?? 'en'), target: target ?? '' };
    const hint = input.inStudio ? (target ? text.studioHint : text.studioHintNone) : target ? text.hint : text.hintNone;
    flags.push({ kind: 'unplanned-scheduled', severity: 'warning', post: post.id, file: post.file, channel: channel.id, target, message: fillText(text.message, vars), hint: fillText(hint, vars) });
  }
  return flags;
}
