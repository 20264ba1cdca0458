/**
 * Enter in a field of a studio form does what the form's visible Save does. The channel form's
 * first submit button was the cadence editor's "Preview" (hidden once JavaScript previews as you
 * type): a keyboard user who renamed a channel and pressed Enter saved nothing, and the page came
 * back with focus at its top and nothing said.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHANNELS_TEXT } from '../../src/studio/channels/strings.ts';
import { launchBrowser } from './browser.ts';
import { startStudio, type Studio } from './studio-server.ts';

let browser: Browser;
let studio: Studio;

beforeAll(async () => {
  [browser, studio] = await Promise.all([launchBrowser(), startStudio()]);
});
afterAll(async () => {
  await browser?.close();
  await studio?.stop();
});

test.each(['/studio/brand', '/studio/channels', '/studio/channels?edit=blog'])(
  'every form of %s with a Save sends Save on Enter (its first submit button)', async (path) => {
    const page = await browser.newPage();
    await page.goto(`${studio.url}${path}`);
    const defaults = await page.evaluate(() => [...document.forms]
      .filter((f) => f.querySelector('button[name="action"][value="save"]'))
      .map((f) => { const first = f.querySelector<HTMLButtonElement>('button[type="submit"], button:not([type])')!; return `${f.getAttribute('id')}: ${first.name}=${first.value}`; }));
    expect(defaults.length).toBeGreaterThan(0);
    for (const d of defaults) expect(d).toMatch(/: action=save$/);
    await page.close();
  });

test('renaming a channel and pressing Enter saves it, and focus lands on the line that says so (中文)', async () => {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'throughline-lang', value: 'zh', url: studio.url }]);
  const page = await context.newPage();
  await page.goto(`${studio.url}/studio/channels?edit=blog#channel-form`);
  await page.focus('#name');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('博客二号');
  await page.keyboard.press('Enter');
  await page.waitForURL(/saved=blog/);
  const planner = JSON.parse(readFileSync(join(studio.root, 'content/planner.json'), 'utf8')) as { channels: { id: string; name: string }[] };
  expect(planner.channels.find((c) => c.id === 'blog')!.name).toBe('博客二号');
  await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.flash[role="status"]') ? document.activeElement.textContent!.trim() : null))
    .toBe(CHANNELS_TEXT['channels.saved']!.zh);
  await context.close();
});
