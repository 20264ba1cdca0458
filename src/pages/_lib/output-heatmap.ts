/**
 * The home page's output heatmap: one cell per local day of the last year, shaded by how many
 * posts were published that day in the theme's accent colour (classes .tl-out-0 … .tl-out-4 in
 * base.css). Missed slots and breaks are marked only when the author opts in
 * (`portfolio.showConsistency` in planner.json). The streak figures are `check`'s own
 * (src/core/channel-stats.ts), so the site and `check` always agree.
 */
import { computePlannerChannelStats, overdueText, shownConsistency, type ChannelFigures } from '../../core/channel-stats.ts';
import { mergeDays } from '../../core/heatmap.ts';
import type { DayCell } from '../../core/streaks.ts';
import { addDays, localDateOf } from '../../core/zoned-time.ts';
import type { SiteData } from './site-data.ts';

const CELL = 13;
const STEP = 16;
const LEFT = 34;
const TOP = 18;
/** Weeks in the phone-width heatmap: 34 + 19 × 16 = 338 px, inside a 390 px screen's column. */
export const RECENT_WEEKS = 19;

export interface OutputSummary {
  svg: string;
  /** The last {@link RECENT_WEEKS} weeks, for narrow screens (the year would scroll, cutting labels). */
  recentSvg: string;
  figures: ChannelFigures[];
  /** Posts published within the drawn range. */
  postsInRange: number;
  from: string;
  to: string;
}

interface Words {
  posts: (n: number) => string;
  /** A day's tooltip: the date, then its parts, with the colon and comma each language writes (full-width in Chinese), as core/heatmap.ts does. */
  cell: (date: string, parts: string[]) => string;
  missed: string;
  onBreak: string;
  weekdays: string[];
  month: (m: number) => string;
  label: (from: string, to: string) => string;
}

const WORDS: Record<'en' | 'zh', Words> = {
  en: {
    posts: (n) => (n === 1 ? '1 post' : `${n} posts`),
    cell: (date, parts) => `${date}: ${parts.join(', ')}`,
    missed: 'slot missed',
    onBreak: 'break',
    weekdays: ['Mon', '', 'Wed', '', 'Fri', '', ''],
    month: (m) => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]!,
    label: (from, to) => `Posts published from ${from} to ${to}`,
  },
  zh: {
    posts: (n) => `${n} 篇`,
    cell: (date, parts) => `${date}：${parts.join('，')}`,
    missed: '断更',
    onBreak: '休息',
    weekdays: ['周一', '', '周三', '', '周五', '', ''],
    month: (m) => `${m}月`,
    label: (from, to) => `${from} 至 ${to} 发布的文章`,
  },
};

/**
 * One channel's line under the heatmap: its published count, or, with `showConsistency`, the
 * slots kept (fulfilled of expected, exactly as `check` reports them) and the streaks.
 */
export function describeChannelOutput(stats: ChannelFigures['stats'], published: number, lang: 'en' | 'zh', showConsistency: boolean): string {
  if (!showConsistency) return lang === 'zh' ? `${published} 篇` : `${published} ${published === 1 ? 'post' : 'posts'}`;
  const { fulfilled, expected, currentStreak, longestStreak } = stats;
  // A public page, built once: "due today" would be stale by tomorrow and is the owner's business.
  const overdue = stats.overdue?.dueToday ? null : overdueText(stats);
  const late = overdue ? (lang === 'zh' ? `；${overdue.zh}` : `; ${overdue.en}`) : '';
  if (shownConsistency(stats).all === null) {
    const posts = lang === 'zh' ? `${published} 篇` : `${published} ${published === 1 ? 'post' : 'posts'}`;
    return overdue ? `${posts}${late}` : lang === 'zh' ? `${posts}，还没有到期的排期` : `${posts}, no slots yet`;
  }
  return lang === 'zh'
    ? `按时 ${fulfilled}/${expected}，当前连续 ${currentStreak}，最长连续 ${longestStreak}${late}`
    : `${fulfilled} of ${expected} slots kept, current streak ${currentStreak}, longest ${longestStreak}${late}`;
}

/**
 * Figures and SVG as of `now` (epoch ms); only the site's published posts are given to core, with
 * their copies (`copyOf`): a copy is output of its own channel, filling its slot.
 */
export function summarizeOutput(site: SiteData, now: number): OutputSummary {
  const { planner } = site;
  const figures = computePlannerChannelStats(planner, [...site.posts.map((p) => p.post), ...site.copies.map((c) => c.post)], now);
  const to = localDateOf(now, planner.brand.timezone);
  const from = addDays(to, -7 * 52 - weekday(to));
  const days = mergeDays(figures.map((f) => f.stats.days));
  const showMisses = planner.portfolio?.showConsistency === true;
  const postsInRange = [...site.posts, ...site.copies].filter((p) => p.date >= from && p.date <= to).length;
  const recentFrom = addDays(to, -7 * (RECENT_WEEKS - 1) - weekday(to));
  const words = WORDS[site.lang];
  return { svg: renderOutputSvg(days, from, to, words, showMisses), recentSvg: renderOutputSvg(days, recentFrom, to, words, showMisses), figures, postsInRange, from, to };
}

function renderOutputSvg(days: DayCell[], from: string, to: string, words: Words, showMisses: boolean): string {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const cells: string[] = [];
  const months: string[] = [];
  let col = 0;
  let count = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) count++;
  // A month's label needs the room of two columns: none starts in the last one.
  const lastCol = Math.ceil(count / 7) - 1;
  for (let d = from, i = 0; d <= to; d = addDays(d, 1), i++) {
    col = Math.floor(i / 7);
    const day = byDate.get(d);
    const posts = day?.posts ?? 0;
    const mark = showMisses && day?.state === 'missed' ? 'missed' : showMisses && day?.state === 'break' ? 'break' : null;
    const level = Math.min(posts, 4);
    const classes = `tl-out-${level}${mark ? ` tl-out-${mark}` : ''}`;
    const note = mark === 'missed' ? [words.missed] : mark === 'break' ? [words.onBreak] : [];
    cells.push(
      `<rect class="${classes}" x="${LEFT + col * STEP}" y="${TOP + (i % 7) * STEP}" width="${CELL}" height="${CELL}" rx="3" data-date="${d}" data-posts="${posts}"><title>${words.cell(d, [words.posts(posts), ...note])}</title></rect>`,
    );
    if (d.endsWith('-01') && col < lastCol) months.push(`<text x="${LEFT + col * STEP}" y="${TOP - 6}">${words.month(Number(d.slice(5, 7)))}</text>`);
  }
  const width = LEFT + (col + 1) * STEP;
  const height = TOP + 7 * STEP;
  const weekdays = words.weekdays.map((w, r) => (w ? `<text x="0" y="${TOP + r * STEP + CELL - 2}">${w}</text>` : '')).join('');
  const label = words.label(from, to);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="tl-out" role="img" aria-label="${label}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${label}</title>${months.join('')}${weekdays}${cells.join('')}</svg>`;
}

/** 0 for Monday … 6 for Sunday. */
function weekday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}
