/**
 * The studio by keyboard alone, in English at 1280 px and in Chinese at 390 px: the skip link,
 * planning an idea into a slot, editing a draft, "On theme after all" and publishing. After each
 * action the test checks where focus is, that it shows (:focus-visible with an outline), and
 * that the outcome is said (a flash line or a live region). The Tab order of the editor follows
 * what the eye sees.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { savedAndMovedText } from '../../src/studio/drafts/idea-move.ts';
import { DRAFTS_TEXT } from '../../src/studio/drafts/strings.ts';
import { STUDIO_TEXT } from '../../src/studio/shared/i18n.ts';
import { launchBrowser } from './browser.ts';
import { startStudio, type Studio } from './studio-server.ts';

let browser: Browser;
let studio: Studio;
let sample: string;

beforeAll(async () => {
  [browser, studio] = await Promise.all([launchBrowser(), startStudio()]);
  sample = mkdtempSync(join(tmpdir(), 'tl-keyboard-'));
  cpSync(join(studio.root, 'content'), sample, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await studio?.stop();
  rmSync(sample, { recursive: true, force: true });
});

/** The focused element, described: its tag and id, its text, whether it shows focus. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', text: '', ring: false, visible: false, clear: false };
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`,
      text: (el.textContent ?? '').trim(),
      // What a sighted keyboard user needs: the browser's focus-visible state, drawn as an outline, on screen.
      ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
      // Nothing drawn over it (the sticky header, Astro's dev toolbar, the phone's + button): each corner hits it.
      clear: [[box.left + 2, box.top + 2], [box.right - 2, box.top + 2], [box.left + 2, box.bottom - 2], [box.right - 2, box.bottom - 2]]
        .every(([x, y]) => { const hit = document.elementFromPoint(x!, y!); return hit !== null && (hit === el || el.contains(hit)); }),
    };
  });
}

/** Presses Tab until `selector` has focus (at most `limit` times); the ids passed on the way. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return passed;
    passed.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase() || ''));
  }
  throw new Error(`${selector} not reached by Tab: passed ${passed.join(', ')}`);
}

const VIEWS = [
  { lang: 'en', width: 1280 },
  { lang: 'zh', width: 390 },
] as const;

describe.each(VIEWS)('the keyboard journey in $lang at $width px', ({ lang, width }) => {
  let context: BrowserContext;
  let page: Page;
  const t = (key: string) => ({ ...STUDIO_TEXT, ...DRAFTS_TEXT })[key]![lang];

  beforeAll(async () => {
    // Each language walks the same sample: the same idea, flagged draft and post to publish.
    rmSync(join(studio.root, 'content'), { recursive: true, force: true });
    cpSync(sample, join(studio.root, 'content'), { recursive: true });
    context = await browser.newContext({ viewport: { width, height: 860 } });
    await context.addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the first Tab on the dashboard shows the skip link, and Enter moves focus into the page', async () => {
    await page.goto(`${studio.url}/studio`);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ what: 'a', text: t('skip.main'), ring: true, visible: true, clear: true });
    await page.keyboard.press('Enter');
    expect((await focused(page)).what).toBe('main#main');
    // The next Tab is inside the page, past the header's links.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  test('an idea planned into a slot by keyboard keeps focus on its card in the slot, said aloud', async () => {
    await page.goto(`${studio.url}/studio/plan`);
    await page.waitForSelector('#ideas [data-drag-handle]:not([hidden])', { state: 'attached' });
    // At 390 px the calendar is the phone agenda: the idea's slot is the first open one either way.
    await page.locator('#ideas [data-drag-post^="ideas/"] [data-drag-handle]').first().focus();
    await page.keyboard.press('Space');
    const target = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.slot ?? '');
    expect(target).toMatch(/^\w+\/\d{4}-\d\d-\d\d$/);
    await page.keyboard.press('Enter');
    // The offer to move the idea out of ideas/: a dialog, its default button focused.
    expect(await focused(page)).toMatchObject({ what: 'button#im-plan', ring: true, visible: true });
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-drag-post]')?.dataset.slot ?? '')).toBe(target);
    expect(await focused(page)).toMatchObject({ ring: true, visible: true });
    expect(await page.evaluate(() => document.activeElement?.matches('[data-drag-handle]'))).toBe(true);
    await expect.poll(() => page.locator('#dnd-live').textContent()).toContain(target.split('/')[1]!);
  });

  test('the editor tabs from the title to the text and Save, then the details, as it looks', async () => {
    await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
    await page.locator('#title').focus();
    const passed = await tabTo(page, '#channel');
    // At 390 px the Write/Preview switch sits above the text, so its two buttons come first.
    expect(passed.slice(passed.indexOf('body'))).toEqual(['body', 'button']);
    expect(passed.indexOf('body')).toBe(width < 800 ? 2 : 0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).getBoundingClientRect().top)).toBeGreaterThan(
      await page.locator('.save-row button[type="submit"]').evaluate((b) => b.getBoundingClientRect().top),
    );
  });

  test('a Save with a wrong field focuses that field, which reads its error; a good Save focuses the flash', async () => {
    await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
    await page.fill('#publishedAt', 'yesterday');
    await page.locator('.save-row button[type="submit"]').focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await focused(page)).toMatchObject({ what: 'input#publishedAt', ring: true, clear: true });
    const field = page.locator('#publishedAt');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const described = (await field.getAttribute('aria-describedby'))!.split(' ');
    const errors = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(errors.some((text) => (lang === 'zh' ? /ISO 8601/ : /ISO 8601/).test(text ?? ''))).toBe(true);

    await page.fill('#publishedAt', '');
    // The post is planned, so the offer to move it out of drafts/ shows, ticked: Space unticks it,
    // keeping the id the next test opens (the move itself: studio-draft-move.test.ts).
    await page.locator('input[name="moveIdea"]').focus();
    await page.keyboard.press('Space');
    expect(await page.isChecked('input[name="moveIdea"]')).toBe(false);
    await page.locator('.save-row button[type="submit"]').focus();
    await Promise.all([page.waitForURL(/saved=1/), page.keyboard.press('Enter')]);
    // The line says whether the file was written, and when (drafts/save-status.ts).
    const line = (template: string) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{file}', 'content/posts/\\S+').replace('{time}', '\\d\\d:\\d\\d:\\d\\d')}$`);
    // Written or unchanged: the address that said which is cleared once the line shows (flash-once.ts).
    const said = new RegExp(`${line(t('editor.saved')).source}|${line(t('editor.savedUnchanged')).source}`);
    expect(await focused(page)).toMatchObject({ what: 'p', text: expect.stringMatching(said), visible: true });
    expect(await page.locator('.flash').getAttribute('role')).toBe('status');
  });

  test('"On theme after all" ends on a flash line that says so', async () => {
    await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
    await page.locator('#title').focus();
    await tabTo(page, '#accept-theme button');
    expect(await focused(page)).toMatchObject({ text: t('editor.acceptTheme'), ring: true, visible: true, clear: true });
    await Promise.all([page.waitForURL(/accepted=1/), page.keyboard.press('Enter')]);
    expect(await focused(page)).toMatchObject({ what: 'p', text: t('editor.acceptedFlash'), visible: true });
  });

  test('typing reads out the theme verdict only when it changes, not the score and terms each time', async () => {
    await page.goto(`${studio.url}/studio/drafts/drafts/winter-soup-photos`);
    const live = await page.evaluate(() => [...document.querySelectorAll('#theme-panel [aria-live], #theme-panel[aria-live]')].map((el) => el.id));
    expect(live).toEqual(['theme-status']);
    // More of the brand's words: the first may lift the verdict to "on theme"; the second keeps it there.
    await page.locator('#body').press('End');
    let score = await page.textContent('#theme-score');
    await page.keyboard.type(' Soup, braise and noodles, photographed at home.');
    await expect.poll(() => page.textContent('#theme-score')).not.toBe(score);
    await page.evaluate(() => { (window as unknown as { verdict: Node }).verdict = document.querySelector('#theme-status')!.firstChild!; });
    const verdict = await page.textContent('#theme-status');
    score = await page.textContent('#theme-score');
    await page.keyboard.type(' More soup recipes: a braise, noodles, a stir-fry.');
    await expect.poll(() => page.textContent('#theme-score')).not.toBe(score);
    expect(await page.textContent('#theme-status')).toBe(verdict);
    // Same verdict: the live region's text was left alone, so nothing was said again.
    expect(await page.evaluate(() => document.querySelector('#theme-status')!.firstChild === (window as unknown as { verdict: Node }).verdict)).toBe(true);
  });

  test('publishing by keyboard names each Copy button, says when it copied, and ends on the flash', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: studio.url });
    await page.goto(`${studio.url}/studio/publish/drafts/wechat/dongzhi-jiaozi`);
    const names = await page.locator('button[data-copy]').evaluateAll((buttons) => buttons.map((b) => b.textContent!.trim()));
    expect(new Set(names).size).toBe(names.length);
    await page.locator('button[data-copy="plain"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('button[data-copy="plain"] + [role="status"]').textContent()).toBe(t('publish.copied'));
    await page.locator('main form[method="post"] button[type="submit"]').focus();
    await Promise.all([page.waitForURL(/saved=1/), page.keyboard.press('Enter')]);
    // Published, the draft left drafts/ for its channel's folder: the flash says so, and where it went.
    const movedTo = decodeURIComponent(new URL(page.url()).pathname.replace(/^\/studio\/publish\//, ''));
    expect(movedTo).not.toMatch(/^drafts\//);
    expect(await focused(page)).toMatchObject({ what: 'p', text: savedAndMovedText('drafts/wechat/dongzhi-jiaozi', movedTo, lang), visible: true });
  });
});
