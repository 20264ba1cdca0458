/**
 * Rough edges a user feels. On every studio page at 390 px in both languages and both themes: a
 * control or stand-alone link smaller than a finger (44 x 44 CSS px, WCAG 2.5.5; links inside
 * running text are exempt, as the criterion allows), a control group split over two rows (the
 * header, the month switch), header links cut off, a date broken after a hyphen ("2026-11-" /
 * "24"), a keyboard focus without a visible ring, a dialog heading that wraps. On the plan page:
 * the calendar and the agenda disagreeing about a slot's pillar, and the ideas' one-tap "Plan for …".
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const PAGES = ['/studio', '/studio/brand', '/studio/channels', '/studio/plan', '/studio/drafts', '/studio/drafts/new',
  '/studio/drafts/2026/red-braised-pork', '/studio/publish/drafts/wechat/dongzhi-jiaozi'];
const CASES = PAGES.flatMap((path) => (['en', 'zh'] as const).map((lang) => ({ path, lang, scheme: lang === 'en' ? 'light' as const : 'dark' as const })));

async function openAt(page: Page, path: string, lang: 'en' | 'zh', scheme: 'light' | 'dark', width = 390) {
  await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height: 844 });
  await page.goto(`${session.studio.url}${path}`);
  await page.addStyleTag({ content: 'astro-dev-toolbar { display: none !important; }' });
}

/** Runs in the page: every visible control or stand-alone link whose box is under 44 x 44. */
function findSmallTargets(): string[] {
  const TAP = 43.5; // sub-pixel layout: 43.6 px renders as a 44 px box
  const small: string[] = [];
  const controls = 'main a, main button, main input:not([type=hidden]), main select, main textarea, main summary, header a, header button';
  for (let el of document.querySelectorAll<HTMLElement>(controls)) {
    // A check box or radio is hit through its label.
    if (el.matches('input[type=checkbox], input[type=radio]') && (el as HTMLInputElement).labels?.[0]) el = (el as HTMLInputElement).labels![0]!;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    // A link that is words of a sentence is exempt; an icon-only one (✎) in a sentence is a stand-alone target all the same.
    const words = [...el.childNodes].map((n) => (n instanceof HTMLElement ? (n.matches('.sr-only') ? '' : n.innerText) : n.textContent ?? '')).join('');
    if (el.tagName === 'A' && /[\p{L}\p{N}]/u.test(words) && el.closest('p, small, .prose, .preview, .field-error, .flash, .banner')) continue;
    if (box.width < TAP || box.height < TAP) small.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
  }
  return [...new Set(small)];
}

/** Runs in the page: groups of controls meant to sit on one row that were split over two. */
function findSplitRows(): string[] {
  const split: string[] = [];
  const groups: [string, string][] = [['.studio-header', ':scope > a, :scope > .theme-switch'], ['.month-nav', ':scope > a'], ['.theme-switch', ':scope > a']];
  for (const [group, items] of groups) {
    for (const el of document.querySelectorAll(group)) {
      // A control fixed to the screen (the phone's round "+" button) is no part of the row.
      const inRow = [...el.querySelectorAll(items)].filter((item) => getComputedStyle(item).position !== 'fixed');
      const tops = inRow.map((item) => Math.round(item.getBoundingClientRect().top + item.getBoundingClientRect().height / 2));
      if (new Set(tops.map((t) => Math.round(t / 8))).size > 1) split.push(`${group}: items on ${new Set(tops).size} rows`);
    }
  }
  // The page names in the header all show (a cut-off "Drafts" reads as a glitch).
  const nav = document.querySelector('.studio-header nav');
  if (nav && nav.scrollWidth > nav.clientWidth + 1) split.push(`header nav: ${nav.scrollWidth} px of links in ${nav.clientWidth} px`);
  return split;
}

/** Runs in the page: ISO dates ("2026-11-24") split over two lines (a browser may break after a hyphen). */
function findBrokenDates(): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const m of node.data.matchAll(/\d{4}-\d{2}-\d{2}/g)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(`"${m[0]}" in ${node.parentElement?.tagName.toLowerCase()}: ${node.data.trim().slice(0, 50)}`);
    }
  }
  return broken;
}

/**
 * Runs in the page: ASCII punctuation right after a Chinese word in the UI, in the text, an
 * aria-label or a chart's tooltip (an SVG title), where Chinese writes it full-width: a colon
 * ("下一个排期: …", also after a count, "断更 (7): …"; language.ts headingColon), brackets around
 * a count or unit ("目标 (%)"; withBrackets), a comma or semicolon ("无排期, 0 篇").
 */
function findAsciiColonsAfterHan(): string[] {
  const found: string[] = [];
  const re = /\p{Script=Han}(?:[ \u00a0]?\([\d%]+\))?[ \u00a0]?:(?=[\s\u00a0]|$)|\p{Script=Han}[ \u00a0]?\([\d%]+\)|\p{Script=Han}[,;](?=[\s\u00a0])/u;
  const text = document.body.innerText.split('\n').filter((line) => re.test(line));
  const labels = [...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? '')
    .concat([...document.querySelectorAll('svg title')].map((el) => el.textContent ?? ''))
    .filter((label) => re.test(label));
  for (const line of [...text, ...labels]) found.push(line.trim().slice(0, 60));
  return found;
}

/** Tabs through the first `count` stops and lists the ones showing no focus ring. */
async function findUnringedFocus(page: Page, count: number): Promise<string[]> {
  const missing: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const problem = await page.evaluate(() => {
      let el = document.activeElement as HTMLElement | null;
      // Astro's dev toolbar is no part of the studio (it exists under `astro dev` only).
      if (!el || el === document.body || el.tagName === 'ASTRO-DEV-TOOLBAR') return null;
      // A visually hidden radio shows its ring on its label (the segmented switches).
      if (el.matches('input[type=radio]') && getComputedStyle(el).opacity === '0' && (el as HTMLInputElement).labels?.[0]) el = (el as HTMLInputElement).labels![0]!;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow.includes('0px 0px 0px');
      return ring ? null : `${el.tagName.toLowerCase()} "${(el.textContent ?? (el as HTMLInputElement).name ?? '').trim().slice(0, 30)}"`;
    });
    if (problem) missing.push(problem);
  }
  return missing;
}

describe('studio pages at 390 px', () => {
  test.each(CASES)('$path ($lang, $scheme) has no tap target under 44 px, no control row split in two, no date broken across lines and (中文) no ASCII colon after Chinese', async ({ path, lang, scheme }) => {
    const { page } = session;
    await openAt(page, path, lang, scheme);
    expect(await page.evaluate(findSmallTargets)).toEqual([]);
    expect(await page.evaluate(findSplitRows)).toEqual([]);
    expect(await page.evaluate(findBrokenDates)).toEqual([]);
    if (lang === 'zh') expect(await page.evaluate(findAsciiColonsAfterHan)).toEqual([]);
  });

  test.each(CASES.filter((c) => c.lang === 'en'))('$path shows a focus ring on each of its first 25 keyboard stops', async ({ path }) => {
    const { page } = session;
    await openAt(page, path, 'en', 'light', 1280);
    expect(await findUnringedFocus(page, 25)).toEqual([]);
  });

  test.each(['en', 'zh'] as const)('the dialog for planning an idea keeps its heading on one line (%s)', async (lang) => {
    const { page } = session;
    await openAt(page, '/studio/plan', lang, 'light');
    await page.waitForSelector('#ideas [data-drag-handle]:not([hidden])', { state: 'attached' });
    const title = await page.locator('#ideas [data-drag-post]').first().getAttribute('data-drag-title');
    await page.locator('#ideas [data-drag-handle]').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#idea-move').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    const lines = await page.locator('#im-heading').evaluate((h) => Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight)));
    expect(lines).toBe(1);
    expect(await page.textContent('#im-what')).toContain(title);
    await page.keyboard.press('Escape');
  });
});

describe('the plan page says one thing about each slot', () => {
  test('the calendar and the agenda suggest the same pillar for every upcoming open slot', async () => {
    const { page } = session;
    await openAt(page, '/studio/plan', 'en', 'light', 1280);
    const pairs = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.agenda-channel li[data-slot]')].flatMap((li) => {
      const cell = document.querySelector<HTMLElement>(`#calendar .slot[data-slot="${li.dataset.slot}"]`);
      if (!cell || !cell.matches('.slot-open')) return [];
      return [{ slot: li.dataset.slot, agenda: li.querySelector('.pillar')?.textContent?.trim() ?? '', calendar: cell.querySelector('.slot-pillar')?.textContent?.trim() ?? '' }];
    }));
    expect(pairs.length).toBeGreaterThan(3);
    expect(pairs.filter((p) => p.agenda !== p.calendar)).toEqual([]);
  });

  test('"Plan for …" on an idea plans it into the next open slot that suggests its pillar', async () => {
    const { page } = session;
    await openAt(page, '/studio/plan', 'en', 'light', 1280);
    const button = page.locator('#ideas li[data-drag-post^="ideas/"] [data-next-slot]:not([hidden])').first();
    await button.waitFor({ state: 'visible' });
    const [channel, date] = (await button.getAttribute('data-next-slot'))!.split('/');
    const pillar = await button.evaluate((b) => b.closest<HTMLElement>('[data-pillar]')?.dataset.pillar ?? '');
    const agendaPillar = await page.locator(`.agenda-channel li[data-slot="${channel}/${date}"] .pillar`).textContent();
    const pillarName = await page.locator(`#ideas-pillar option[value="${pillar}"]`).textContent();
    expect(agendaPillar?.trim()).toBe(pillarName?.trim());
    await button.click();
    await expect.poll(() => page.locator('#idea-move').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.textContent('#im-heading')).toContain(date);
    await Promise.all([page.waitForEvent('load'), page.click('#im-plan')]);
    await expect.poll(() => page.locator(`.agenda-channel li[data-slot="${channel}/${date}"] a[href*="/studio/drafts/"]`).count()).toBe(1);
  });
});

// The 44 px targets were a phone's only (max-width: 40rem): on a 768 px tablet held in the hand the
// header's links were 24 px high, the theme switch 30 x 29 and Save 34 px.
describe('studio pages on a 768 px touch tablet', () => {
  test.each(PAGES)('%s (中文) has no tap target under 44 px and keeps its header rows whole', async (path) => {
    const context = await session.browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
    try {
      const page = await context.newPage();
      await context.addCookies([{ name: 'throughline-lang', value: 'zh', url: session.studio.url }]);
      await page.goto(`${session.studio.url}${path}`);
      await page.addStyleTag({ content: 'astro-dev-toolbar { display: none !important; }' });
      expect(await page.evaluate(findSmallTargets)).toEqual([]);
      expect(await page.evaluate(findSplitRows)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    } finally {
      await context.close();
    }
  });
});
