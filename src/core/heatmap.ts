/**
 * A GitHub-contribution-style heatmap of output as a static SVG string: weeks as columns
 * (Monday on top), one cell per local day, no script. Colours come from CSS custom properties
 * (`--tl-heat-fulfilled`, `--tl-heat-missed`, ...) with built-in fallbacks, so a page can theme it.
 */
import type { DayCell } from './streaks.ts';
import { addDays } from './zoned-time.ts';

type State = DayCell['state'];
type Lang = 'en' | 'zh';

const STEP = 14;
const CELL = 11;
const LEFT = 30;
const TOP = 16;
const STATES: readonly State[] = ['fulfilled', 'extra', 'early', 'pending', 'overdue', 'missed', 'break', 'none'];
const FALLBACK: Record<State, string> = {
  fulfilled: '#2da44e', extra: '#9be9a8', early: '#c5b3e6', pending: '#d4a72c', overdue: '#fb8f44', missed: '#cf222e', break: '#9ecbff', none: '#ebedf0',
};
/**
 * An overdue cell (a slot still open after its day: no gap yet) also has a dashed outline in the
 * missed colour, a mark that is not a hue alone: it tells it from a gap without colour vision, and
 * in forced colours (Windows High Contrast), where the outline takes the text colour.
 */
const OVERDUE_MARK = '.tl-heat-overdue{stroke:var(--tl-heat-missed,#cf222e);stroke-width:1.5;stroke-dasharray:2 1.5}@media (forced-colors:active){.tl-heat-overdue{stroke:CanvasText}}';
// `cell`: a day's tooltip, with the colon and comma each language writes (full-width in Chinese).
const WORDS: Record<Lang, {
  state: Record<State, string>; posts: (n: number) => string; cell: (date: string, state: string, posts: string) => string;
  count: (state: string, n: number) => string; list: (label: string, parts: string[]) => string; weekdays: string[]; month: (m: number) => string;
}> = {
  en: {
    state: { fulfilled: 'slot fulfilled', extra: 'extra post', early: 'before start', pending: 'slot pending', overdue: 'overdue (still open)', missed: 'slot missed', break: 'break', none: 'no slot' },
    posts: (n) => (n === 1 ? '1 post' : `${n} posts`),
    cell: (date, state, posts) => `${date}: ${state}, ${posts}`,
    count: (state, n) => `${state} on ${n === 1 ? '1 day' : `${n} days`}`,
    list: (label, parts) => `${label}: ${parts.join(', ')}`,
    weekdays: ['Mon', '', 'Wed', '', 'Fri', '', ''],
    month: (m) => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]!,
  },
  zh: {
    state: { fulfilled: '已按时发布', extra: '额外发布', early: '排期开始前', pending: '待发布', overdue: '逾期（仍可补）', missed: '断更', break: '休息', none: '无排期' },
    posts: (n) => `${n} 篇`,
    cell: (date, state, posts) => `${date}：${state}，${posts}`,
    count: (state, n) => `${state} ${n} 天`,
    list: (label, parts) => `${label}：${parts.join('，')}`,
    weekdays: ['周一', '', '周三', '', '周五', '', ''],
    month: (m) => `${m}月`,
  },
};
/** `words` with their own text passed through `script` (the labels and dates they are given stay as they are). */
function inScript(words: Words, script: (text: string) => string): Words {
  const state = Object.fromEntries(Object.entries(words.state).map(([k, v]) => [k, script(v)])) as Words['state'];
  return { ...words, state, posts: (n) => script(words.posts(n)), weekdays: words.weekdays.map(script), month: (m) => script(words.month(m)) };
}

/** Which state a merged day shows when channels disagree: the first that any channel has. */
const MERGE_ORDER: readonly State[] = ['missed', 'overdue', 'pending', 'fulfilled', 'extra', 'early', 'break', 'none'];

/** The states a screen reader is told the day count of, in the legend's order: the colours that carry meaning. */
const SPOKEN: readonly State[] = ['fulfilled', 'extra', 'pending', 'overdue', 'missed', 'break'];

/**
 * Static SVG (no script) for the local days from..to inclusive; days missing from `days` show as 'none'.
 * Its accessible name is `label` and the number of days in each state that has any ("Blog: slot
 * fulfilled on 12 days, slot missed on 6 days"), as the cells say it only by colour and by a
 * tooltip that a screen reader or a keyboard never reaches inside role="img". `script`, when
 * given, rewrites the heatmap's own words (states, day counts, weekdays; never `label`): the
 * studio's Traditional characters.
 */
export function renderHeatmapSvg(days: DayCell[], opts: { from: string; to: string; label: string; lang?: 'en' | 'zh'; script?: (text: string) => string }): string {
  const words = opts.script ? inScript(WORDS[opts.lang ?? 'en'], opts.script) : WORDS[opts.lang ?? 'en'];
  const grid = renderGrid(days, opts.from, opts.to, words);
  const gridBottom = TOP + 7 * STEP;
  const rows = legendRows(words.state);
  // The last month's label may run past the last column (12月 over a December's first week).
  const width = Math.ceil(Math.max(LEFT + grid.columns * STEP, grid.labelsEnd, ...rows.map((r) => r.width)));
  const legend = renderLegend(rows, gridBottom + 6, width);
  const height = gridBottom + 6 + rows.length * STEP + 4;
  const weekdays = words.weekdays.map((w, r) => (w ? `<text x="0" y="${TOP + r * STEP + CELL - 1}">${w}</text>` : '')).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="tl-heat" role="img" aria-label="${escapeXml(spokenSummary(days, opts.from, opts.to, opts.label, words))}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(opts.label)}</title>`,
    `<style>${STATES.map((s) => `.tl-heat-${s}{fill:var(--tl-heat-${s},${FALLBACK[s]})}`).join('')}${OVERDUE_MARK}.tl-heat text{font:9px system-ui,sans-serif;fill:var(--tl-heat-text,#57606a)}</style>`,
    grid.svg,
    weekdays,
    legend.svg,
    '</svg>',
  ].join('\n');
}

type Words = (typeof WORDS)[Lang];

/** `label` and the day count of each SPOKEN state in from..to (just `label` when there is none). */
function spokenSummary(days: DayCell[], from: string, to: string, label: string, words: Words): string {
  const counts = new Map<State, number>();
  for (const day of days) if (day.date >= from && day.date <= to) counts.set(day.state, (counts.get(day.state) ?? 0) + 1);
  const parts = SPOKEN.filter((s) => counts.get(s)).map((s) => words.count(words.state[s], counts.get(s)!));
  return parts.length ? words.list(label, parts) : label;
}

function renderGrid(days: DayCell[], from: string, to: string, words: Words): { svg: string; columns: number; labelsEnd: number } {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const parts: string[] = [];
  const months: { col: number; text: string }[] = [];
  let col = -1;
  for (let d = from, i = weekdayOf(from); d <= to; d = addDays(d, 1), i++) {
    col = Math.floor(i / 7);
    const cell = byDate.get(d) ?? { date: d, state: 'none', posts: 0 };
    const title = words.cell(d, words.state[cell.state], words.posts(cell.posts));
    parts.push(
      `<rect class="tl-heat-${cell.state}" x="${LEFT + col * STEP}" y="${TOP + (i % 7) * STEP}" width="${CELL}" height="${CELL}" rx="2" fill="${FALLBACK[cell.state]}" data-date="${d}" data-posts="${cell.posts}"><title>${escapeXml(title)}</title></rect>`,
    );
    if (d.endsWith('-01') || d === from) months.push({ col, text: words.month(Number(d.slice(5, 7))) });
  }
  // A partial first month gives way to the next one when both labels would collide.
  if (months.length > 1 && months[1]!.col - months[0]!.col < 3) months.shift();
  const labels = months.map((m) => `<text class="tl-heat-month" x="${LEFT + m.col * STEP}" y="${TOP - 5}">${m.text}</text>`);
  // textWidth is a rough guess: a few pixels to spare, so "Dec" over the last column is not clipped.
  const labelsEnd = Math.max(0, ...months.map((m) => LEFT + m.col * STEP + textWidth(m.text) + 8));
  return { svg: labels.join('') + parts.join(''), columns: col + 1, labelsEnd };
}

/**
 * Legend rows at most this wide (px): the studio's maps scroll sideways and open at their right
 * end, so a phone (390 px) shows about the right 290 px of a map; every row fits in that.
 */
const LEGEND_ROW = 260;

/** The legend's states (with their names) in rows no wider than LEGEND_ROW. */
function legendRows(names: Record<State, string>): LegendRow[] {
  const rows: LegendRow[] = [];
  for (const state of STATES) {
    const w = CELL + 10 + textWidth(names[state]);
    const row = rows.at(-1);
    if (row && row.width + w <= LEGEND_ROW) {
      row.items.push({ state, name: names[state] });
      row.width += w;
    } else rows.push({ items: [{ state, name: names[state] }], width: w });
  }
  return rows;
}

type LegendRow = { items: { state: State; name: string }[]; width: number };

/** The legend under the grid: its rows from `y` down, each ending at `right` (as GitHub's map puts its legend). */
function renderLegend(rows: readonly LegendRow[], y: number, right: number): { svg: string } {
  const parts: string[] = [];
  rows.forEach((row, r) => {
    let x = Math.max(0, Math.floor(right - row.width));
    const top = y + r * STEP;
    for (const { state, name } of row.items) {
      parts.push(`<rect class="tl-heat-${state}" x="${x}" y="${top}" width="${CELL}" height="${CELL}" rx="2" fill="${FALLBACK[state]}"/>`);
      parts.push(`<text x="${x + CELL + 3}" y="${top + CELL - 2}">${escapeXml(name)}</text>`);
      x += CELL + 10 + textWidth(name);
    }
  });
  return { svg: `<g class="tl-heat-legend">${parts.join('')}</g>` };
}

/** Rough width of 9px text: CJK glyphs are about twice as wide as Latin ones. */
function textWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 9 : 5), 0);
}

/** One cell per date over all channels: posts summed, the state the first of missed, overdue, pending, fulfilled, extra, early, break, none. */
export function mergeDays(perChannel: DayCell[][]): DayCell[] {
  const merged = new Map<string, DayCell>();
  for (const days of perChannel) {
    for (const day of days) {
      const seen = merged.get(day.date);
      if (!seen) merged.set(day.date, { ...day });
      else {
        seen.posts += day.posts;
        if (MERGE_ORDER.indexOf(day.state) < MERGE_ORDER.indexOf(seen.state)) seen.state = day.state;
      }
    }
  }
  return [...merged.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** 0 for Monday .. 6 for Sunday; a calendar date has no zone. */
function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
