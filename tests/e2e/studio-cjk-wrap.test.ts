/**
 * Chinese at phone width: CJK text may break between any two characters, so a short label
 * ("待安排", "家常菜") in a narrow table cell or a chip breaks mid-word unless the page keeps it
 * whole. Every studio page at 390 px in 中文: no chip or short label wraps, and no word of a table
 * cell or an agenda line is split across lines.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const PAGES = ['/studio', '/studio/brand', '/studio/channels', '/studio/plan', '/studio/drafts', '/studio/drafts/drafts/crypto-portfolio', '/studio/publish/drafts/wechat/dongzhi-jiaozi'];
const SHOTS = process.env.TL_SHOTS_DIR;

/** Runs in the page: every short label that wraps, and every word broken across two lines. */
function findBrokenLabels(): string[] {
  const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
  // Lines a text range covers: its boxes' vertical centres, a new line when a centre moves by more than half a box.
  const lineCount = (...ranges: Range[]) => {
    const boxes = ranges.flatMap((r) => [...r.getClientRects()]).filter((r) => r.width > 0.5);
    const centres = boxes.map((r) => r.top + r.height / 2).sort((x, y) => x - y);
    const half = Math.min(...boxes.map((r) => r.height)) / 2;
    return centres.filter((c, i) => i === 0 || c - centres[i - 1]! > half).length;
  };
  const textRanges = (el: Element) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const ranges: Range[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node as Text).data.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      ranges.push(range);
    }
    return ranges;
  };
  const where = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
  const problems: string[] = [];
  // Short labels: whole, on one line.
  for (const el of document.querySelectorAll('main .chip, main th, main button, main .button, main time, main em, main .pillar-name, main dt, main dd')) {
    const text = (el.textContent ?? '').trim();
    if (!visible(el) || text.length === 0 || text.length > 16) continue;
    if (lineCount(...textRanges(el)) > 1) problems.push(`${where(el)} "${text}" wraps`);
  }
  // Words inside table cells and agenda lines: never split. A title (td.prose-cell) is prose and may wrap.
  for (const el of document.querySelectorAll('main td:not(.prose-cell), main .agenda-channel li')) {
    if (!visible(el)) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      for (const m of text.matchAll(/[^\s·,，、。（）()\/:：;；]+/gu)) {
        if (m[0].length < 2 || m[0].length > 12) continue;
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        if (lineCount(range) > 1) problems.push(`${where(el)}: "${m[0]}" broken across lines`);
      }
    }
  }
  return problems;
}

// The sample's pillars get Chinese names (ids unchanged): the labels the balance table, the agenda and the chips show.
beforeAll(() => {
  const file = join(session.studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  const names = ['家常菜', '美食摄影', '厨房故事'];
  planner.brand.pillars.forEach((p: { name: string }, i: number) => { p.name = names[i] ?? p.name; });
  writeFileSync(file, `${JSON.stringify(planner, null, 2)}\n`);
});

describe('studio pages in 中文 at 390 px', () => {
  test.each(PAGES)('%s breaks no short label and no word of a table cell', async (path) => {
    const { page } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: 'zh', url: session.studio.url }]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.studio.url}${path}`);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      const name = path.replace(/^\/studio\/?/, '').replace(/\//g, '_') || 'dashboard';
      await page.screenshot({ path: `${SHOTS}/${name}-zh-390.png`, fullPage: true });
      for (const region of ['#balance table', '.agenda-channel', 'table.channels', '#drafts-table', '.pillar-line']) {
        const found = page.locator(region).first();
        if ((await found.count()) && (await found.isVisible())) await found.screenshot({ path: `${SHOTS}/crop-${name}-${region.replace(/[^a-z]+/g, '-')}-zh-390.png` });
      }
    }
    expect(await page.evaluate(findBrokenLabels)).toEqual([]);
  });
});

describe('Chinese in the 中文 studio', () => {
  // Han characters have no italic: the browser slants them, which only smears them ("待安排").
  test.each([...PAGES, '/studio/drafts/drafts/wechat/dongzhi-jiaozi'])('%s sets no Chinese in italics', async (path) => {
    const { page } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: 'zh', url: session.studio.url }]);
    await page.goto(`${session.studio.url}${path}`);
    const slanted = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => /\p{Script=Han}/u.test([...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')))
        .filter((el) => getComputedStyle(el).fontStyle !== 'normal')
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}"`),
    );
    expect(slanted).toEqual([]);
  });
});
