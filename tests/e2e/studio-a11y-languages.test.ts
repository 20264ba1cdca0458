/**
 * axe on every studio page of the sample project in English and in Chinese, including the pages
 * the studio shows instead of its usual one (a post that is not there, a planner.json with a
 * mistake): no serious or critical violation. Light at 1280 px and dark at 390 px, so each
 * language meets each theme and width once (studio-a11y.test.ts runs all four views in English).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHANNELS_TEXT } from '../../src/studio/channels/strings.ts';
import { seriousAxe } from './axe-check.ts';
import { launchBrowser } from './browser.ts';
import { startStudio, type Studio } from './studio-server.ts';

const PAGES = [
  '/studio', '/studio/brand', '/studio/channels', '/studio/plan', '/studio/plan?month=2027-01', '/studio/drafts', '/studio/drafts/new',
  '/studio/drafts/drafts/crypto-portfolio', '/studio/drafts/ideas/market-morning', '/studio/publish/drafts/wechat/dongzhi-jiaozi',
  '/studio/drafts/2026/no-such-post', '/studio/publish/2026/no-such-post',
];
const VIEWS = [
  { lang: 'en', scheme: 'light', width: 1280 }, { lang: 'en', scheme: 'dark', width: 390 },
  { lang: 'zh', scheme: 'light', width: 1280 }, { lang: 'zh', scheme: 'dark', width: 390 },
] as const;

let browser: Browser;
let studio: Studio;

beforeAll(async () => {
  [browser, studio] = await Promise.all([launchBrowser(), startStudio()]);
});
afterAll(async () => {
  await browser?.close();
  await studio?.stop();
});

/** The serious and critical axe findings on `path`, with the page's status. */
async function audit(path: string, view: (typeof VIEWS)[number]): Promise<{ status: number; findings: string[] }> {
  const context = await browser.newContext({ viewport: { width: view.width, height: 900 }, colorScheme: view.scheme });
  await context.addCookies([{ name: 'throughline-lang', value: view.lang, url: studio.url }]);
  const page = await context.newPage();
  const response = await page.goto(`${studio.url}${path}`, { waitUntil: 'load' });
  const findings = await seriousAxe(page);
  await context.close();
  return { status: response?.status() ?? 0, findings };
}

describe.each(VIEWS)('axe in $lang, $scheme, at $width px', (view) => {
  test.each(PAGES)('%s has no serious or critical violations', async (path) => {
    const { status, findings } = await audit(path, view);
    expect(status).toBe(path.includes('no-such-post') ? 404 : 200);
    expect(findings).toEqual([]);
  });

  test('the channels table names its actions column, and each Edit link names its channel', async () => {
    const context = await browser.newContext({ viewport: { width: view.width, height: 900 } });
    await context.addCookies([{ name: 'throughline-lang', value: view.lang, url: studio.url }]);
    const page = await context.newPage();
    await page.goto(`${studio.url}/studio/channels`);
    expect(await page.getByRole('columnheader', { name: CHANNELS_TEXT['channels.actions']![view.lang] }).count()).toBe(1);
    const edits = page.locator('td.row-actions > a[href*="edit="]');
    const names = await Promise.all((await edits.all()).map((link) => link.evaluate((a) => a.textContent!.trim())));
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
    await context.close();
  });

  test('the page for a planner.json with a mistake has no serious or critical violations', async () => {
    const file = join(studio.root, 'content/planner.json');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('"timezone": "Asia/Shanghai"', '"timezone": "Asia/Shangai"'));
    try {
      const { status, findings } = await audit('/studio', view);
      expect(status).toBe(422);
      expect(findings).toEqual([]);
    } finally {
      writeFileSync(file, good);
    }
  });
});
