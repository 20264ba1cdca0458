/**
 * axe on the empty states (a project with one pillar, no channels, no posts), light and dark,
 * 1280 px and 390 px: no serious or critical violation. One studio per file: two astro dev
 * servers in one process do not both serve.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startStudio, type Studio } from './studio-server.ts';

const EMPTY_PAGES = ['/studio', '/studio/brand', '/studio/channels', '/studio/plan', '/studio/drafts'];
const VIEWS = [
  { scheme: 'light', width: 1280 }, { scheme: 'dark', width: 1280 }, { scheme: 'light', width: 390 }, { scheme: 'dark', width: 390 },
] as const;

let browser: Browser;
let empty: Studio;
let fixture: string;

beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), 'tl-a11y-empty-'));
  mkdirSync(join(fixture, 'content/posts'), { recursive: true });
  const planner = { version: 1, brand: { name: 'Lin', label: '', audience: '', strengths: [], impressions: [], timezone: 'Asia/Shanghai', pillars: [{ id: '家常菜', name: '家常菜', description: '', keywords: [] }] }, channels: [], breaks: [] };
  writeFileSync(join(fixture, 'content/planner.json'), JSON.stringify(planner, null, 2));
  [browser, empty] = await Promise.all([launchBrowser(), startStudio(fixture)]);
});
afterAll(async () => {
  await browser?.close();
  await empty?.stop();
  rmSync(fixture, { recursive: true, force: true });
});

describe.each(VIEWS)('axe on the empty states in the $scheme theme at $width px', ({ scheme, width }) => {
  test.each(EMPTY_PAGES)('%s shows its empty state with no serious or critical violations', async (path) => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(`${empty.url}${path}`);
    // The brand page is a form to fill, not a list: it has no empty state.
    if (path !== '/studio/brand') expect(await page.locator('.empty-state, [data-empty]').count()).toBeGreaterThan(0);
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run({ exclude: [['astro-dev-toolbar']] } as never));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});
