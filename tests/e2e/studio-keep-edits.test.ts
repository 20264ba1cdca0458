/**
 * The dev server reloads every tab when a published post changes on disk: Astro's content store
 * sends Vite's `{"type":"full-reload","path":"*"}` to each (astro/dist/content/
 * vite-plugin-content-virtual-mod.js, invalidateDataStore). The editor open on that post, with
 * typed text not yet saved, reloaded and lost it. Now a page with typing in a form stays, so
 * the editor's own watch offers its choice (autosave's 409 opens the merge panel with both
 * texts); a page without typing still reloads. The message is sent to the page through its
 * Vite socket here, as the dev server sends it, so the test does not wait on a file watcher.
 */
import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const file = () => join(session.studio.root, 'content/posts/2026/tomato-egg-stir-fry.md');
const FULL_RELOAD = JSON.stringify({ type: 'full-reload', path: '*' });

/** Opens `path` with its Vite socket passed through; resolves to a sender of messages to the page once it is connected. */
async function openWithSocket(page: Page, path: string): Promise<(message: string) => void> {
  let connected: (send: (message: string) => void) => void = () => undefined;
  const ready = new Promise<(message: string) => void>((resolve) => { connected = resolve; });
  await page.routeWebSocket(/token=/, (ws) => {
    ws.connectToServer();
    connected((message) => ws.send(message));
  });
  const viteConnected = page.waitForEvent('console', (m) => m.text().includes('[vite] connected'));
  await page.goto(`${session.studio.url}${path}`);
  const send = await ready;
  await viteConnected;
  return send;
}

describe('the dev server reloading every tab (a published post changed on disk)', () => {
  test('the editor with unsaved text is not reloaded: the text stays and the merge panel offers both', async () => {
    const { page } = session;
    const send = await openWithSocket(page, '/studio/drafts/2026/tomato-egg-stir-fry');
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    await page.evaluate(() => { (window as unknown as { kept: boolean }).kept = true; });
    const mine = `${await page.inputValue('#body')}\n\nMy unsaved paragraph.`;
    await page.fill('#body', mine);
    appendFileSync(file(), '\nA line from my text editor.\n');
    send(FULL_RELOAD);
    await page.waitForSelector('#merge:not([hidden])');
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    expect(await page.inputValue('#body')).toBe(mine);
    expect(await page.textContent('[data-merge-disk]')).toContain('A line from my text editor.');
    expect(readFileSync(file(), 'utf8')).not.toContain('My unsaved paragraph.');
  });

  test('a studio page without typing still reloads, so it shows the disk as it is now', async () => {
    const { page } = session;
    await page.unrouteAll();
    const send = await openWithSocket(page, '/studio/drafts');
    await page.evaluate(() => { (window as unknown as { kept: boolean }).kept = true; });
    const reloaded = page.waitForEvent('load');
    send(FULL_RELOAD);
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBeUndefined();
  });

  test('a post renamed on disk while typing: autosave says its file is gone, not "fix the marked fields"', async () => {
    const { page } = session;
    await page.unrouteAll();
    await page.goto(`${session.studio.url}/studio/drafts/2026/tomato-egg-stir-fry`);
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    renameSync(file(), `${file()}.moved`);
    try {
      const refused = page.waitForResponse((r) => r.url().endsWith('/studio/api/autosave') && r.status() === 404);
      await page.fill('#body', 'Typed after the rename.');
      await refused;
      await expect.poll(() => page.textContent('#autosave-status')).toContain("this post's file is no longer on disk");
      expect(await page.inputValue('#body')).toBe('Typed after the rename.');
    } finally {
      renameSync(`${file()}.moved`, file());
    }
  });
});

/**
 * Typing before the editor's script has run: under `astro dev` each module is fetched on its own,
 * so on a slow machine the textarea takes keys before any listener is there. Those keys are an
 * edit like any other (the CI run of 6b1c8a7 lost one: a disk change then reloaded the page over
 * it). The script's request is held here until the typing is done, so the order is certain.
 */
describe('text typed before the editor script runs', () => {
  /** Opens the editor with its script held back; returns the function that lets it load. */
  async function openWithScriptHeld(page: Page, path: string): Promise<() => void> {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let seen = false;
    await page.route(/PostEditorScript\.astro\?astro&type=script/, async (route) => {
      seen = true;
      await held;
      await route.continue();
    });
    // Not waiting for `load`: a module script held back holds that event back too.
    await page.goto(`${session.studio.url}${path}`, { waitUntil: 'commit' });
    await page.waitForSelector('#body');
    await expect.poll(() => seen).toBe(true);
    return release;
  }

  test('counts as an edit: a change on disk opens the merge panel instead of reloading over it', async () => {
    const { page } = session;
    await page.unrouteAll();
    const release = await openWithScriptHeld(page, '/studio/drafts/2026/tomato-egg-stir-fry');
    const mine = 'Typed before the script ran.';
    await page.fill('#body', mine);
    await page.evaluate(() => { (window as unknown as { kept: boolean }).kept = true; });
    appendFileSync(file(), '\nA line from my text editor.\n');
    release();
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    await page.waitForSelector('#merge:not([hidden])', { timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    expect(await page.inputValue('#body')).toBe(mine);
    const disk = readFileSync(file(), 'utf8');
    expect(disk).toMatch(/A line from my text editor\.\n$/);
    expect(disk).not.toContain(mine);
  });

  test('is previewed, scored and autosaved once the script runs', async () => {
    const { page } = session;
    await page.unrouteAll();
    const release = await openWithScriptHeld(page, '/studio/drafts/2026/tomato-egg-stir-fry');
    const mine = 'Whisk the eggs, then stir-fry the tomatoes with a pinch of sugar.';
    await page.fill('#body', mine);
    release();
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    await expect.poll(() => page.textContent('#preview')).toContain('pinch of sugar');
    await expect.poll(() => page.textContent('#theme-score')).not.toBe('–');
    await expect.poll(() => readFileSync(file(), 'utf8'), { timeout: 15_000 }).toContain(mine);
  });
});

describe('leaving the editor before the autosave delay is up', () => {
  test('saves the last words on the way out', async () => {
    const { page } = session;
    await page.unrouteAll();
    await page.goto(`${session.studio.url}/studio/drafts/2026/tomato-egg-stir-fry`);
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    const mine = `${await page.inputValue('#body')}\n\nWritten just before clicking away.`;
    await page.fill('#body', mine);
    // At once, well inside the autosave's 2.5 s.
    await page.goto(`${session.studio.url}/studio/plan`);
    await expect.poll(() => readFileSync(file(), 'utf8'), { timeout: 10_000 }).toContain('Written just before clicking away.');
  });

  test('coming back with the back button shows the file as it is on disk, not the text the browser kept', async () => {
    const { page } = session;
    await page.unrouteAll();
    await page.goto(`${session.studio.url}/studio/drafts/2026/tomato-egg-stir-fry`);
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    await page.fill('#title', 'A title typed in the studio');
    await page.goto(`${session.studio.url}/studio/plan`);
    await expect.poll(() => readFileSync(file(), 'utf8'), { timeout: 10_000 }).toContain('title: A title typed in the studio');
    writeFileSync(file(), readFileSync(file(), 'utf8').replace(/^title: .*$/m, 'title: A title from my text editor'));
    await page.goBack();
    // At once, not after the editor's watch has noticed: the kept text, shown with the new
    // revision, would be saved over the disk's title by the next keystroke.
    expect(await page.inputValue('#title')).toBe('A title from my text editor');
    // Typing now saves over the disk's version knowingly (its revision), keeping the editor's title.
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    await page.fill('#body', `${await page.inputValue('#body')}\n\nOne more line.`);
    await expect.poll(() => readFileSync(file(), 'utf8'), { timeout: 10_000 }).toContain('One more line.');
    expect(readFileSync(file(), 'utf8')).toContain('title: A title from my text editor');
  });
});

/**
 * The browser's own form restoring: on the back button Chromium refills a page's fields with what
 * was typed there last, after the page's scripts ran and with no input event, while the page
 * itself (served again) carries the file's current revision. A form that writes a file then
 * showed old text and would save it over the disk's. Each such form opts out (autocomplete="off");
 * the post editor's case is in the test above.
 */
describe('the back button on a studio form that writes a file', () => {
  test.each([
    ['/studio/brand', '#label'],
    ['/studio/channels?edit=blog', '#name'],
    ['/studio/publish/drafts/wechat/dongzhi-jiaozi', '#url'],
  ])('%s shows what is served, not the text typed there before leaving', async (path, field) => {
    const { page } = session;
    await page.unrouteAll();
    await page.goto(`${session.studio.url}${path}`);
    const served = await page.inputValue(field);
    await page.fill(field, 'https://typed.example/left-behind');
    await page.goto(`${session.studio.url}/studio/plan`);
    await page.goBack();
    expect(await page.inputValue(field)).toBe(served);
  });
});

describe('leaving the editor with a post too long to save on the way out', () => {
  test('the browser asks first (64 KiB is the most a request may carry past its page), and staying keeps the text', async () => {
    const { page } = session;
    await page.unrouteAll();
    await page.goto(`${session.studio.url}/studio/drafts/2026/tomato-egg-stir-fry`);
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    // ~75 KB of UTF-8: 25,000 Chinese characters, a long essay.
    const long = '番茄炒蛋'.repeat(6_250);
    await page.fill('#body', long);
    const asked: string[] = [];
    const onDialog = (dialog: import('playwright-core').Dialog) => { asked.push(dialog.type()); void dialog.dismiss(); };
    page.on('dialog', onDialog);
    try {
      await page.goto(`${session.studio.url}/studio/plan`, { timeout: 3_000 }).catch(() => undefined);
      await expect.poll(() => asked).toEqual(['beforeunload']);
      expect(await page.inputValue('#body')).toBe(long);
    } finally {
      page.off('dialog', onDialog);
    }
    // Saved by the autosave as usual, it is no longer asked about.
    await expect.poll(() => readFileSync(file(), 'utf8').includes(long), { timeout: 15_000 }).toBe(true);
    await page.goto(`${session.studio.url}/studio/plan`);
    expect(new URL(page.url()).pathname).toBe('/studio/plan');
  });
});

describe('moving, duplicating or translating a post with words not yet autosaved', () => {
  test('saves them first, so the moved file, the copy and the translation hold them', async () => {
    const { page } = session;
    await page.unrouteAll();
    const posts = join(session.studio.root, 'content/posts');
    await page.goto(`${session.studio.url}/studio/drafts/drafts/winter-soup-photos`);
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    await page.fill('#body', `${await page.inputValue('#body')}\n\nA line typed just before duplicating.`);
    // At once, well inside the autosave's 2.5 s.
    await page.locator('.post-actions summary').click();
    await page.fill('#duplicate-to', 'drafts/winter-soup-photos-copy');
    await Promise.all([page.waitForURL(/winter-soup-photos-copy/), page.click('.post-actions button[value="duplicate"]')]);
    expect(readFileSync(join(posts, 'drafts/winter-soup-photos-copy.mdx'), 'utf8')).toContain('A line typed just before duplicating.');
    expect(readFileSync(join(posts, 'drafts/winter-soup-photos.mdx'), 'utf8')).toContain('A line typed just before duplicating.');

    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    await page.fill('#body', `${await page.inputValue('#body')}\n\nA line typed just before moving.`);
    await page.locator('.post-actions summary').click();
    await page.fill('#move-to', 'drafts/moved-soup');
    await Promise.all([page.waitForURL(/moved-soup/), page.click('.post-actions button[value="move"]')]);
    expect(readFileSync(join(posts, 'drafts/moved-soup.mdx'), 'utf8')).toContain('A line typed just before moving.');

    // Starting the other language's version: the translation holds them, and so does the
    // original, which the same step gives its translationKey (its revision then changes, so words
    // left for the way out would have been refused).
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    await page.fill('#body', `${await page.inputValue('#body')}\n\nA line typed just before translating.`);
    await page.locator('.post-actions summary').click();
    await Promise.all([page.waitForURL(/moved-soup-zh/), page.click('.post-actions button[value="translate"]')]);
    expect(readFileSync(join(posts, 'drafts/moved-soup-zh.mdx'), 'utf8')).toContain('A line typed just before translating.');
    const original = readFileSync(join(posts, 'drafts/moved-soup.mdx'), 'utf8');
    expect(original).toContain('A line typed just before translating.');
    expect(original).toContain('translationKey: moved-soup');
  });
});
