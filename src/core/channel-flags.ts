/**
 * Flags raised from a channel's stats (the flag shape of shared/interfaces.md §3 `flags[]`):
 * a `gap` warning for each missed slot of the last 30 days, and a `streak-at-risk` note for
 * an open slot due within 48 hours that nothing fills or is planned for.
 */
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

/** zone: the channel's zone, which decides what "the last 30 days" means. */
export function flagChannel(stats: ChannelStats, channelName: string, now: number, zone: string): ChannelFlag[] {
  const since = addDays(localDateOf(now, zone), -GAP_LOOKBACK_DAYS);
  const flags: ChannelFlag[] = stats.missed
    .filter((date) => date >= since)
    .map((date) => ({
      kind: 'gap',
      severity: 'warning',
      channel: stats.id,
      date,
      message: `${channelName} has no published post for its ${date} slot`,
      hint: `if that was a planned pause, add a break covering ${date} for "${stats.id}" to content/planner.json`,
    }));
  if (stats.atRisk) flags.push(flagAtRisk(stats, channelName, stats.atRisk));
  return flags;
}

function flagAtRisk(stats: ChannelStats, channelName: string, slot: { date: string; start: string }): ChannelFlag {
  const streak = stats.currentStreak > 0 ? `; leaving it empty ends a streak of ${stats.currentStreak}` : '';
  return {
    kind: 'streak-at-risk',
    severity: 'info',
    channel: stats.id,
    date: slot.date,
    message: `${channelName}'s slot at ${slot.start} has no post planned or published${streak}`,
    hint: `set plannedFor: ${slot.date} on a post of channel "${stats.id}"`,
  };
}
