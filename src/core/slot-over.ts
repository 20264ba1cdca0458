/**
 * `slot-over` flags: a post not yet published planned for a slot of its channel whose day is over
 * (in the channel's zone) and that the channel no longer owes (ChannelStats.overdue: a post
 * published before the next slot's day still fills the owed one). Such a post fills no slot: the
 * slot is missed, or filled by another post. The flag says so and names the next open slot to
 * move it to (the owed slot when no post is planned for it, else the first open slot to come).
 * A post planned for a day that is no slot at all has the off-slot flag instead (plan-flags.ts).
 */
import type { ChannelFigures } from './channel-stats.ts';
import { fillText, quoteName } from './i18n/text.ts';
import type { Lang } from './language.ts';
import { SPREAD_MAX_YEARS } from './spread-moves.ts';
import { buildPlanWithOverdue } from './plan.ts';
import type { Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';
import { channelZone } from './slots.ts';
import { localDateOf } from './zoned-time.ts';

export interface SlotOverFlag {
  kind: 'slot-over';
  severity: 'warning';
  post: string;
  file: string;
  channel: string;
  /** The post's plannedFor: the local date of a slot that is over. */
  date: string;
  /** The local date of the next open slot of the channel (the one to move the post to), or null when none is open within SPREAD_MAX_YEARS. */
  target: string | null;
  message: string;
  hint?: string;
}

const TEXT = {
  en: {
    message: '"{title}" is planned for the {channel} slot of {date}, which is over, so it fills no slot: publish it or move it to {target}',
    none: '"{title}" is planned for the {channel} slot of {date}, which is over, so it fills no slot: publish it, or plan it for a later slot',
    hint: 'move it to {target}: set plannedFor: {target} (the studio does it in one click)',
    // The button beside the flag (MANAGE_TEXT offslot.move), on the dashboard, the plan and the editor.
    studioHint: 'move it to {target}: press "Move to {target}"',
  },
  zh: {
    message: '“{title}”计划在 {channel} {date} 的排期，这个排期已经过去，它填不上任何排期：发布它，或把它移到 {target}',
    none: '“{title}”计划在 {channel} {date} 的排期，这个排期已经过去，它填不上任何排期：发布它，或把它安排到以后的排期',
    hint: '把它移到 {target}：设置 plannedFor: {target}（工作室里一键即可）',
    studioHint: '把它移到 {target}：点“移到 {target}”',
  },
} as const;

/**
 * The slot-over flags of `posts`, channel by channel in post order. `figures`: the channels'
 * figures for this `now` (computePlannerChannelStats), `offSlot`: the ids of posts flagged
 * off-slot (their day is no slot, which that flag says).
 */
export function flagSlotOverPosts(input: { planner: Planner; posts: Post[]; now: number; figures: ChannelFigures[]; offSlot: ReadonlySet<string>; lang?: Lang; inStudio?: boolean }): SlotOverFlag[] {
  const { planner, posts, now, figures } = input;
  const flags: SlotOverFlag[] = [];
  for (const { channel, stats } of figures) {
    const today = localDateOf(now, channelZone(channel, planner.brand));
    const over = posts.filter((p) => p.data.channel === channel.id && p.data.status !== 'published' && p.data.plannedFor
      && p.data.plannedFor < today && p.data.plannedFor !== stats.overdue?.date && !input.offSlot.has(p.id));
    if (over.length === 0) continue;
    const target = nextOpenSlot(planner, posts, now, figures, channel.id);
    for (const post of over)
      flags.push(describeSlotOver({ post: post.id, file: post.file, channel: channel.id, date: post.data.plannedFor!, target, title: post.data.title, channelName: channel.name }, input.lang ?? 'en', input.inStudio === true));
  }
  return flags;
}

/**
 * The local date of the first slot of `channel` from the owed one on (from local date `onOrAfter`
 * on, when given) with no post planned for it or filling it: looked for a year ahead, then twice
 * as far while there is none, up to SPREAD_MAX_YEARS (a yearly cadence's next open slot may be
 * years off); null when none. `figures`: the channels' figures for `now`, computed when omitted.
 */
export function nextOpenSlot(planner: Planner, posts: Post[], now: number, figures: ChannelFigures[] | undefined, channel: string, onOrAfter = ''): string | null {
  const only = { ...planner, channels: planner.channels.filter((c) => c.id === channel) };
  const most = Math.ceil((SPREAD_MAX_YEARS * 365.25) / 7);
  for (let weeks = 53; ; weeks = Math.min(most, weeks * 2)) {
    const { slots, overdue } = buildPlanWithOverdue({ planner: only, posts, now, weeks, figures: figures?.filter((f) => f.channel.id === channel) });
    const open = [...overdue, ...slots].find((s) => !s.post && !s.published && !s.unslotted && s.date >= onOrAfter)?.date;
    if (open !== undefined || weeks >= most) return open ?? null;
  }
}

/** The flag with its message and hint in `lang`; `inStudio`: the hint names the studio's "Move to" button, not plannedFor. */
export function describeSlotOver(f: Omit<SlotOverFlag, 'kind' | 'severity' | 'message' | 'hint'> & { title: string; channelName: string }, lang: Lang, inStudio = false): SlotOverFlag {
  const text = TEXT[lang];
  const vars = { title: f.title, channel: quoteName(f.channelName, lang), date: f.date, target: f.target ?? '' };
  const { title: _t, channelName: _c, ...rest } = f;
  return { kind: 'slot-over', severity: 'warning', ...rest, message: fillText(f.target ? text.message : text.none, vars), ...(f.target ? { hint: fillText(inStudio ? text.studioHint : text.hint, vars) } : {}) };
}
