/**
 * Flags raised from a channel's stats (the flag shape of shared/interfaces.md §3 `flags[]`):
 * a `gap` warning for each slot that became missed in the last 30 days, and a `streak-at-risk` note for
 * an open slot due within 48 hours that nothing fills or is planned for.
 */
import { quoteName, zhJoin } from './i18n/text.ts';
import type { Lang } from './language.ts';
import { instantText, zhSpaced, type InstantStyle } from './slot-time.ts';
import type { ChannelStats } from './streaks.ts';
import { addDays, localDateOf } from './zoned-time.ts';

export interface ChannelFlag {
  kind: 'gap' | 'streak-at-risk';
  severity: 'warning' | 'info';
  channel: string;
  /** Local date of the slot in the channel's zone. */
  date: string;
  message: string;
  hint?: string;
}

const GAP_LOOKBACK_DAYS = 30;

/**
 * A missed slot is flagged for 30 days from the day it became a gap (its window's end,
 * `stats.missedSince`), not from its own day: a monthly slot becomes a gap only when the next
 * month's slot begins, so counting from its own day would flag it for a day or two at most.
 * zone: the channel's zone, which decides what "the last 30 days" means; lang: the language of
 * `message` and `hint`; style: how they write a slot's time (ISO by default, slot-time.ts);
 * slotZone: the zone of the period a slot's local date falls in (period-zones.ts createPostZoner),
 * whose name a slot's time carries when it is not the brand's; by default `zone`. inStudio: the
 * hints name the studio's plan page, where a break is declared and a post planned for a slot, not
 * planner.json and plannedFor.
 */
export function flagChannel(stats: ChannelStats, channelName: string, now: number, zone: string, lang: Lang = 'en', style: InstantStyle = null, slotZone: (date: string) => string = () => zone, inStudio = false): ChannelFlag[] {
  const since = addDays(localDateOf(now, zone), -GAP_LOOKBACK_DAYS);
  const flags: ChannelFlag[] = stats.missed
    // Its own day: within 30 days back; the day it became a gap: within the 30 days ending today.
    .filter((date) => date >= since || (stats.missedSince[date] ?? date) > since)
    .map((date) => ({
      kind: 'gap',
      severity: 'warning',
      channel: stats.id,
      date,
      message: lang === 'zh' ? zhJoin(quoteName(channelName, lang), `在 ${date} 的排期没有已发布的文章`) : `${channelName} has no published post for its ${date} slot`,
      // In the studio, the plan page's "Declare a break" writes it (check names the file to edit).
      hint: inStudio
        ? lang === 'zh'
          ? `如果那是计划中的暂停，在“计划”页的“添加休息期”里为它添加覆盖 ${date} 的休息期`
          : `if that was a planned pause, declare a break covering ${date} under "Declare a break" on the Plan page`
        : lang === 'zh'
          ? `如果那是计划中的暂停，请在 content/planner.json 的 breaks 中为 "${stats.id}" 添加一个覆盖 ${date} 的休息期`
          : `if that was a planned pause, add a break covering ${date} for "${stats.id}" to content/planner.json`,
    }));
  if (stats.atRisk) flags.push(flagAtRisk(stats, channelName, stats.atRisk, now, { lang, zone: slotZone(stats.atRisk.date), style, inStudio }));
  return flags;
}

/**
 * A slot at risk may already have started (its window runs until the next slot starts, so a post
 * published now still fills it): then the hint asks to publish before the next slot, since a
 * `plannedFor` on a past date fills nothing. "Before" names the next slot's day, where the window
 * ends (shared/interfaces.md §3), as the overdue text and `overdue.until` do, for people and in
 * the JSON report alike (an ISO 8601 date; before, the JSON named the next slot's start, past the
 * window's end and, when a break held the next slot's day, a whole cadence later).
 */
function flagAtRisk(stats: ChannelStats, channelName: string, slot: { date: string; start: string }, now: number, show: { lang: Lang; zone: string; style: InstantStyle; inStudio: boolean }): ChannelFlag {
  const n = stats.currentStreak;
  const zh = show.lang === 'zh';
  const at = instantText(slot.start, show.zone, show.style, show.lang);
  // The started slot is the overdue one, whose `until` is where its window ends (a break's slots count).
  const before = stats.overdue?.date === slot.date ? stats.overdue.until : (stats.nextSlot?.slice(0, 10) ?? null);
  const streak = n > 0 ? (zh ? `；空着它会中断连续 ${n} 次的记录` : `; leaving it empty ends a streak of ${n}`) : '';
  return {
    kind: 'streak-at-risk',
    severity: 'info',
    channel: stats.id,
    date: slot.date,
    message: zh ? zhJoin(quoteName(channelName, show.lang), `在 ${zhSpaced(at)}的排期还没有计划或发布文章${streak}`) : `${channelName}'s slot at ${at} has no post planned or published${streak}`,
    hint: Date.parse(slot.start) > now ? plannedHint(stats.id, slot.date, zh, show.inStudio) : publishHint(show.inStudio ? channelName : stats.id, slot.date, before, zh, show.inStudio),
  };
}

/** In the studio, the plan page's "Plan a post" on the slot (PLAN_TEXT plan.planPost) writes it. */
function plannedHint(channel: string, date: string, zh: boolean, inStudio: boolean): string {
  if (inStudio) return zh ? `在“计划”页 ${date} 的排期上点“安排文章”` : `press "Plan a post" at its ${date} slot on the Plan page`;
  return zh ? `在渠道 "${channel}" 的一篇文章上设置 plannedFor: ${date}` : `set plannedFor: ${date} on a post of channel "${channel}"`;
}

/**
 * `check` names the channel by its id (what a post's `channel:` holds); the studio, whose editor
 * offers channels by name, by its name, quoted as the page quotes labels.
 */
function publishHint(channel: string, date: string, before: string | null, zh: boolean, inStudio = false): string {
  if (inStudio) {
    if (zh) return `${before ? `在 ${before} 之前` : ''}在“${channel}”发布一篇文章：它仍然算作 ${date} 的排期`;
    return `publish a post on "${channel}"${before ? ` before ${before}` : ''}: it still fills the ${date} slot`;
  }
  if (zh) return `${before ? `在 ${before} 之前` : ''}在渠道 "${channel}" 发布一篇文章：它仍然算作 ${date} 的排期`;
  return `publish a post on channel "${channel}"${before ? ` before ${before}` : ''}: it still fills the ${date} slot`;
}
