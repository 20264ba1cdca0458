/**
 * `check` as a linter prints it: one line per flag with file, severity, kind and message, a line
 * per channel, and a summary, in the user's language (kinds, ids and paths stay as written).
 * Times read as the plan writes them (core/slot-time.ts), never as ISO 8601: the flags' own
 * messages too when the report was built with `readableTimes` (as `check` builds it for text).
 */
import type { CheckReport, Flag } from '../core/check.ts';
import { overdueText, shownConsistency } from '../core/channel-stats.ts';
import { countOf, pick, type Text } from '../core/i18n/text.ts';
import type { Lang } from '../core/language.ts';
import type { Planner } from '../core/schema/planner.ts';
import { slotTimeText } from '../core/slot-time.ts';
import { cadenceEnded, channelZone } from '../core/slots.ts';
import { createPostZoner } from '../core/period-zones.ts';
import { padEndToWidth } from './text-width.ts';
import { PLANNER_FILE } from '../store/planner-store.ts';
import { namingPlanner } from '../core/errors.ts';
import { groupFilesText, groupFlags, type FlagGroup } from '../core/check-groups.ts';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

type Paint = (code: keyof typeof COLORS, text: string) => string;

/** `check`'s text; `shown` turns a flag's file (relative to the project) into the path printed (cli/shown-path.ts). */
export function formatCheckText(report: CheckReport, planner: Planner, color: boolean, lang: Lang = 'en', shown: (file: string) => string = (file) => file): string {
  const paint: Paint = (code, text) => (color ? `${COLORS[code]}${text}${COLORS.reset}` : text);
  const zh = lang === 'zh';
  const lines = groupFlags(report.flags, lang).flatMap((flag) => flagLines(flag, paint, lang, shown));
  if (lines.length > 0) lines.push('');
  const names = new Map(planner.channels.map((c) => [c.id, c.name]));
  const brandZone = planner.brand.timezone;
  const zones = new Map(planner.channels.map((c) => [c.id, channelZone(c, planner.brand)]));
  // A slot of a period kept in another zone (history[].timezone) is named in that zone, as the plan names it.
  const periodZone = createPostZoner(planner);
  for (const ch of report.channels) {
    const shown = shownConsistency(ch).all;
    const name = paint('bold', names.get(ch.id) ?? ch.id);
    const zone = zones.get(ch.id) ?? brandZone;
    const listed = report.flags.filter((f) => f.kind === 'gap' && f.channel === ch.id).length;
    const gaps = pick(gapsText(ch.missed.length, listed), lang);
    const nextAt = ch.nextSlot ? slotTimeText(ch.nextSlot, periodZone(ch.id, ch.nextSlot.slice(0, 10)), brandZone, lang) : '';
    // A cadence that has run out (its RRULE's UNTIL or COUNT) has no next slot ever: said, not
    // left to guess from a missing "next" (which a quarterly cadence also lacks, further away than
    // the stats look ahead).
    const channel = planner.channels.find((c) => c.id === ch.id);
    const ended = !ch.nextSlot && channel !== undefined && cadenceEnded(channel, zone, Date.parse(report.now));
    const next = ch.nextSlot ? (zh ? `，下一个排期 ${nextAt}` : `, next ${nextAt}`) : ended ? (zh ? '；节奏已结束，没有后续排期' : '; its cadence has ended: no more slots') : '';
    const overdue = overdueText(ch, { zone: ch.overdue ? periodZone(ch.id, ch.overdue.date) : zone, brandZone });
    if (shown === null) {
      lines.push(overdue ? `${name}${zh ? '：' : ': '}${pick(overdue, lang)}${next}` : zh ? `${name}：还没有到期的排期${next}` : `${name}: no slots yet${next}`);
      continue;
    }
    const late = overdue ? `${zh ? '；' : '; '}${pick(overdue, lang)}` : '';
    const pct = `${Math.round(shown * 1000) / 10}%`;
    lines.push(
      zh
        ? `${name}：连续 ${ch.currentStreak} 次（最长 ${ch.longestStreak} 次），守住 ${ch.fulfilled}/${ch.expected} 个排期（${pct}），${gaps}${late}${next}`
        : `${name}: streak ${ch.currentStreak} (longest ${ch.longestStreak}), ${ch.fulfilled}/${ch.expected} slots kept (${pct}), ${gaps}${late}${next}`,
    );
  }
  lines.push(summaryLine(report.flags, report.posts.length, report.channels.length, paint, lang));
  return `${lines.join('\n')}\n`;
}

/**
 * Flags as `check` prints them, one block per flag (where, severity, kind, message, hint), in
 * `lang`, uncoloured: what `init` prints of the keywords it cannot count. `shown` turns a flag's
 * file (relative to the project) into the path printed (init: one the user can open, cli/shown-path.ts).
 */
export function formatFlagsText(flags: readonly Flag[], lang: Lang, shown: (file: string) => string = (file) => file): string {
  return flags.flatMap((flag) => flagLines(flag, (_code, text) => text, lang, shown)).map((line) => `${line}\n`).join('');
}

/** One flag's lines (or a group's: core/check-groups.ts): its file (or the planner and channel), then severity, kind and message, then its hint if any. */
function flagLines(flag: Flag | FlagGroup, paint: Paint, lang: Lang, shown: (file: string) => string = (file) => file): string[] {
  const zh = lang === 'zh';
  const where = 'files' in flag ? groupFilesText(flag.files, lang, shown) : 'file' in flag ? shown(flag.file) : zh ? `${shown(PLANNER_FILE)}（渠道 ${flag.channel}）` : `${shown(PLANNER_FILE)} (channel ${flag.channel})`;
  const severity = zh ? SEVERITY_ZH[flag.severity] : flag.severity;
  // A message or hint that says where to edit the planner names it as the flag's file is named.
  const lines = [where, `  ${paint(flag.severity, padEndToWidth(severity, 7))} ${flag.kind.padEnd(16)} ${namingPlanner(flag.message, shown)}`];
  if (flag.hint) lines.push(`  ${paint('dim', `${zh ? '建议：' : 'hint: '}${namingPlanner(flag.hint, shown)}`)}`);
  return lines;
}

/**
 * "6 gaps (2 recent, listed above)": `missed` counts every gap since the channel's start, but
 * only the recent ones (`listed`, the gap flags printed above; core/channel-flags.ts) are
 * listed, so the count says how many of them the reader sees.
 */
export function gapsText(missed: number, listed: number): Text {
  const all = countOf(missed, ['gap', 'gaps'], '个空档');
  if (missed === 0) return all;
  if (listed === 0) return { en: `${all.en} (none in the last 30 days)`, zh: `${all.zh}（最近 30 天内没有）` };
  if (listed >= missed) return { en: `${all.en} (listed above)`, zh: `${all.zh}（见上文）` };
  return { en: `${all.en} (${listed} recent, listed above)`, zh: `${all.zh}（最近 ${listed} 个见上文）` };
}

/**
 * The last line: the flags by severity, then what was checked. Most flags of a new brand are
 * its channels' (gaps, streaks at risk), so "7 flags … in 0 posts" read as a contradiction;
 * the posts and the channels are now both counted, as what was checked.
 */
function summaryLine(flags: Flag[], posts: number, channels: number, paint: Paint, lang: Lang): string {
  const count = (s: string) => flags.filter((f) => f.severity === s).length;
  const [e, w, i] = [count('error'), count('warning'), count('info')];
  const checked = { posts: countOf(posts, ['post', 'posts'], '篇文章'), channels: countOf(channels, ['channel', 'channels'], '个渠道') };
  const text =
    lang === 'zh'
      ? `共 ${flags.length} 条提醒（${e} 个错误，${w} 个警告，${i} 条提示）；检查了 ${checked.posts.zh}、${checked.channels.zh}`
      : `${pick(countOf(flags.length, ['flag', 'flags'], ''), 'en')} (${pick(countOf(e, ['error', 'errors'], ''), 'en')}, ${pick(countOf(w, ['warning', 'warnings'], ''), 'en')}, ${i} info); checked ${checked.posts.en} and ${checked.channels.en}`;
  return paint(e > 0 ? 'error' : w > 0 ? 'warning' : 'bold', text);
}
