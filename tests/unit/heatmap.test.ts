import { describe, expect, test } from 'vitest';
import { mergeDays, renderHeatmapSvg } from '../../src/core/heatmap.ts';
import type { DayCell } from '../../src/core/streaks.ts';

interface Rect { cls: string; x: number; y: number; date: string; title: string }

function cellsOf(svg: string): Rect[] {
  const re = /<rect class="tl-heat-(\w+)" x="(\d+)" y="(\d+)"[^>]*data-date="([\d-]+)"[^>]*><title>([^<]*)<\/title><\/rect>/g;
  return [...svg.matchAll(re)].map((m) => ({ cls: m[1]!, x: Number(m[2]), y: Number(m[3]), date: m[4]!, title: m[5]! }));
}

const days: DayCell[] = [
  { date: '2026-11-16', state: 'fulfilled', posts: 1 },
  { date: '2026-11-17', state: 'extra', posts: 2 },
  { date: '2026-11-18', state: 'missed', posts: 0 },
  { date: '2026-11-20', state: 'break', posts: 0 },
  { date: '2026-11-23', state: 'pending', posts: 0 },
];

describe('renderHeatmapSvg', () => {
  test.each(['en', 'zh'] as const)('is wide enough for the last month\'s label when that month has just begun (%s)', (lang) => {
    // 26 weeks ending on 2026-12-01: December's label sits over the last column.
    const svg = renderHeatmapSvg([], { from: '2026-06-02', to: '2026-12-01', label: 'Blog', lang });
    const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)![1]);
    const labels = [...svg.matchAll(/<text class="tl-heat-month" x="(\d+)"[^>]*>([^<]+)<\/text>/g)];
    const last = labels.at(-1)!;
    expect(last[2]).toBe(lang === 'zh' ? '12月' : 'Dec');
    const glyphs = [...last[2]!].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 9 : 5), 0);
    expect(width).toBeGreaterThanOrEqual(Number(last[1]) + glyphs);
  });

  test.each(['en', 'zh'] as const)("every legend item is in the map's right 260 px, which a phone shows of a map opened at its newest week (%s)", (lang) => {
    // The studio's maps scroll sideways and open at their right end (the newest week); a legend
    // laid out in one row from the left edge lost its first items there ("slot fulfilled").
    const svg = renderHeatmapSvg(days, { from: '2026-06-02', to: '2026-12-01', label: 'Blog', lang });
    const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)![1]);
    const legend = svg.match(/<g class="tl-heat-legend">(.*?)<\/g>/s)![1]!;
    const xs = [...legend.matchAll(/<(?:rect|text)[^>]* x="(\d+)"/g)].map((m) => Number(m[1]));
    expect(xs.length).toBe(16); // eight swatches and their names
    for (const x of xs) expect(x, lang).toBeGreaterThanOrEqual(width - 260);
    // Each name is below the grid and inside the picture.
    const height = Number(svg.match(/<svg[^>]* height="(\d+)"/)![1]);
    for (const m of legend.matchAll(/<text[^>]* y="(\d+)"/g)) expect(Number(m[1])).toBeLessThanOrEqual(height);
  });

  test('draws one cell per day from..to inclusive, weeks as columns with Monday on top', () => {
    const cells = cellsOf(renderHeatmapSvg(days, { from: '2026-11-15', to: '2026-11-23', label: 'Blog' }));
    expect(cells.map((c) => c.date)).toEqual(['2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
    const sunday = cells[0]!;
    const monday = cells[1]!;
    const nextMonday = cells[8]!;
    expect(monday.y).toBeLessThan(sunday.y);
    expect(monday.x).toBeGreaterThan(sunday.x);
    expect(nextMonday.y).toBe(monday.y);
    expect(nextMonday.x - monday.x).toBe(monday.x - sunday.x);
  });

  test('gives each cell its state class and a title with the date, state and post count', () => {
    const cells = cellsOf(renderHeatmapSvg(days, { from: '2026-11-16', to: '2026-11-23', label: 'Blog' }));
    expect(cells.map((c) => c.cls)).toEqual(['fulfilled', 'extra', 'missed', 'none', 'break', 'none', 'none', 'pending']);
    expect(cells[0]!.title).toBe('2026-11-16: slot fulfilled, 1 post');
    expect(cells[1]!.title).toBe('2026-11-17: extra post, 2 posts');
    expect(cells[3]!.title).toBe('2026-11-19: no slot, 0 posts');
  });

  test('is a static accessible image whose colours can be themed through CSS custom properties', () => {
    const svg = renderHeatmapSvg(days, { from: '2026-11-16', to: '2026-11-23', label: 'Blog <output> & "streaks"' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-label="Blog &lt;output&gt; &amp; &quot;streaks&quot;: /);
    expect(svg).toContain('<title>Blog &lt;output&gt; &amp; &quot;streaks&quot;</title>');
    expect(svg).toContain('.tl-heat-missed{fill:var(--tl-heat-missed,#cf222e)}');
    expect(svg).not.toMatch(/<script|on\w+=/i);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  test('names the days of each state that a colour shows, so a screen reader hears what the cells say', () => {
    const label = (svg: string) => /aria-label="([^"]*)"/.exec(svg)![1];
    expect(label(renderHeatmapSvg(days, { from: '2026-11-16', to: '2026-11-23', label: 'Blog' })))
      .toBe('Blog: slot fulfilled on 1 day, extra post on 1 day, slot pending on 1 day, slot missed on 1 day, break on 1 day');
    expect(label(renderHeatmapSvg(days, { from: '2026-11-16', to: '2026-11-18', label: '博客', lang: 'zh' })))
      .toBe('博客：已按时发布 1 天，额外发布 1 天，断更 1 天');
    expect(label(renderHeatmapSvg([], { from: '2026-11-16', to: '2026-11-23', label: 'Blog' }))).toBe('Blog');
  });

  test.each([
    ['en', 'overdue (still open)', '2026-11-19: overdue (still open), 0 posts', 'Blog: overdue (still open) on 1 day, slot missed on 1 day'],
    ['zh', '逾期（仍可补）', '2026-11-19：逾期（仍可补），0 篇', 'Blog：逾期（仍可补） 1 天，断更 1 天'],
  ] as const)('draws a slot still open after its day as overdue, not as a gap: its own colour, mark, legend entry and spoken count (%s)', (lang, name, title, spoken) => {
    const svg = renderHeatmapSvg([{ date: '2026-11-18', state: 'missed', posts: 0 }, { date: '2026-11-19', state: 'overdue', posts: 0 }], { from: '2026-11-16', to: '2026-11-22', label: 'Blog', lang });
    const cells = cellsOf(svg);
    expect(cells.filter((c) => c.cls === 'missed').map((c) => c.date)).toEqual(['2026-11-18']);
    expect(cells.find((c) => c.date === '2026-11-19')).toMatchObject({ cls: 'overdue', title });
    expect(svg).toContain('.tl-heat-overdue{fill:var(--tl-heat-overdue,#fb8f44)}');
    // Told from a gap without colour: a dashed outline, the text colour in forced colours.
    expect(svg).toMatch(/\.tl-heat-overdue\{stroke:[^}]*stroke-dasharray/);
    expect(svg).toMatch(/@media \(forced-colors:active\)\{\.tl-heat-overdue\{stroke:CanvasText\}\}/);
    const legend = svg.match(/<g class="tl-heat-legend">(.*?)<\/g>/s)![1]!;
    expect(legend).toContain('<rect class="tl-heat-overdue"');
    expect(legend).toContain(`>${name}</text>`);
    expect(/aria-label="([^"]*)"/.exec(svg)![1]).toBe(spoken);
  });

  test('drops the label of a partial first month that would collide with the next', () => {
    const svg = renderHeatmapSvg([], { from: '2026-05-25', to: '2026-07-31', label: 'Blog' });
    expect([...svg.matchAll(/<text class="tl-heat-month"[^>]*>(\w+)<\/text>/g)].map((m) => m[1])).toEqual(['Jun', 'Jul']);
  });

  test('speaks Chinese when asked', () => {
    const svg = renderHeatmapSvg(days, { from: '2026-11-16', to: '2026-11-18', label: '博客', lang: 'zh' });
    expect(cellsOf(svg).map((c) => c.title)).toEqual(['2026-11-16：已按时发布，1 篇', '2026-11-17：额外发布，2 篇', '2026-11-18：断更，0 篇']);
    expect(svg).toContain('>11月</text>');
    expect(svg).toContain('>周一</text>');
  });

  test('labels each month once above the column where it starts', () => {
    const svg = renderHeatmapSvg([], { from: '2026-01-01', to: '2026-12-31', label: 'Year' });
    const months = [...svg.matchAll(/<text class="tl-heat-month"[^>]*>(\w+)<\/text>/g)].map((m) => m[1]);
    expect(months).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(cellsOf(svg)).toHaveLength(365);
  });
});

describe('mergeDays', () => {
  test('shows a gap over an overdue slot, and an overdue slot over a pending or fulfilled one', () => {
    const merged = mergeDays([
      [{ date: '2026-11-16', state: 'overdue', posts: 0 }, { date: '2026-11-17', state: 'overdue', posts: 0 }, { date: '2026-11-18', state: 'fulfilled', posts: 1 }],
      [{ date: '2026-11-16', state: 'missed', posts: 0 }, { date: '2026-11-17', state: 'pending', posts: 0 }, { date: '2026-11-18', state: 'overdue', posts: 0 }],
    ]);
    expect(merged.map((d) => d.state)).toEqual(['missed', 'overdue', 'overdue']);
  });

  test('sums posts per date and shows the most pressing state of any channel', () => {
    const blog: DayCell[] = [
      { date: '2026-11-16', state: 'fulfilled', posts: 1 },
      { date: '2026-11-17', state: 'none', posts: 0 },
      { date: '2026-11-18', state: 'break', posts: 0 },
    ];
    const letter: DayCell[] = [
      { date: '2026-11-15', state: 'extra', posts: 1 },
      { date: '2026-11-16', state: 'missed', posts: 0 },
      { date: '2026-11-17', state: 'extra', posts: 3 },
      { date: '2026-11-18', state: 'pending', posts: 0 },
    ];
    expect(mergeDays([blog, letter])).toEqual([
      { date: '2026-11-15', state: 'extra', posts: 1 },
      { date: '2026-11-16', state: 'missed', posts: 1 },
      { date: '2026-11-17', state: 'extra', posts: 3 },
      { date: '2026-11-18', state: 'pending', posts: 0 },
    ]);
  });

  test('leaves the input cells untouched', () => {
    const blog: DayCell[] = [{ date: '2026-11-16', state: 'fulfilled', posts: 1 }];
    mergeDays([blog, [{ date: '2026-11-16', state: 'missed', posts: 2 }]]);
    expect(blog).toEqual([{ date: '2026-11-16', state: 'fulfilled', posts: 1 }]);
  });
});

describe('posts before a channel starts', () => {
  test('show as their own early state, in the cells and the legend, in English and Chinese', () => {
    const early: DayCell[] = [{ date: '2026-11-16', state: 'early', posts: 3 }];
    const en = renderHeatmapSvg(early, { from: '2026-11-16', to: '2026-11-16', label: 'Blog' });
    expect(cellsOf(en)[0]).toMatchObject({ cls: 'early', title: '2026-11-16: before start, 3 posts' });
    expect(en).toContain('.tl-heat-early{fill:var(--tl-heat-early,');
    const zh = renderHeatmapSvg(early, { from: '2026-11-16', to: '2026-11-16', label: 'Blog', lang: 'zh' });
    expect(cellsOf(zh)[0]!.title).toBe('2026-11-16：排期开始前，3 篇');
  });

  test('give way to any slot state of another channel on the same day', () => {
    const merged = mergeDays([[{ date: '2026-11-16', state: 'early', posts: 1 }], [{ date: '2026-11-16', state: 'extra', posts: 1 }], [{ date: '2026-11-17', state: 'early', posts: 1 }], [{ date: '2026-11-17', state: 'none', posts: 0 }]]);
    expect(merged.map((d) => d.state)).toEqual(['extra', 'early']);
  });
});

describe('renderHeatmapSvg with a script', () => {
  test("passes the heatmap's own words through it and never the label", () => {
    const script = (text: string) => text.replace('断更', '斷更').replace('周一', '週一');
    const svg = renderHeatmapSvg(days, { from: '2026-11-15', to: '2026-11-23', label: '断更博客', lang: 'zh', script });
    expect(svg).toContain('週一');
    expect(svg).not.toContain('周一');
    expect(svg).toContain('<title>断更博客</title>');
    expect(renderHeatmapSvg(days, { from: '2026-11-15', to: '2026-11-23', label: 'Blog', lang: 'zh' })).toContain('周一');
  });
});
