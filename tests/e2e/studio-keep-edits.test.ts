/**
 * The dev server reloads every tab when a published post changes on disk: Astro's content store
 * sends Vite's `{"type":"full-reload","path":"*"}` to each (astro/dist/content/
 * vite-plugin-content-virtual-mod.js, invalidateDataStore). The editor open on that post, with
 * typed text not yet saved, reloaded and lost it. Now a page with typing in a form stays, so
 * the editor's own watch offers its choice (autosave's 409 opens the merge panel with both
 * texts); a page without typing still reloads. The message is sent to the page through its
 * Vite socket here, as the dev server sends it, so the test does not wait on a file watcher.
 */
import { appendFileSync, readFileSync, renameSync } from 'node:fs';
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
