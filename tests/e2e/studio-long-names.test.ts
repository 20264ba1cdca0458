/**
 * Names as long as a page (3,000 characters) in a planner.json edited by hand: a brand label, a
 * pillar name and a channel name. They stretched the dashboard, the plan's agenda and pillar
 * balance, and the channels table thousands of pixels past the screen (labels and pillar names
 * were kept on one line whatever their length). Each page now fits the window, at desktop and
 * phone width, in English and Chinese, and the names wrap. (The studio's forms refuse such names:
 * tests/unit/studio/shared/text-limits.test.ts.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const LONG = 3000;

beforeAll(() => {
  const file = join(session.studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  planner.brand.label = `The cook ${'L'.repeat(LONG)}`;
  planner.brand.pillars[0].name = `Recipes${'R'.repeat(LONG)}`;
  planner.channels[0].name = `Blog${'B'.repeat(LONG)}`;
  writeFileSync(file, JSON.stringify(planner, null, 2));
});

describe.each([
  ['en', 1280],
  ['zh', 390],
  ['en', 390],
] as const)('%s at %i px', (lang, width) => {
  test.each(['/studio', '/studio/channels', '/studio/plan', '/studio/brand'])('%s fits the window, its long names wrapped', async (path) => {
    const { page, studio } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${studio.url}${path}`);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    // The calendar view too (the phone's agenda and the desktop grid hold the same slot cards).
    if (path === '/studio/plan') {
      // A phone shows the agenda first; a wide window shows the grid without the switch.
      if (await page.locator('label[for="view-calendar"]').isVisible()) await page.click('label[for="view-calendar"]');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(widths.window);
      const cut = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.slot-channel, .slot-pillar')].filter((e) => e.scrollWidth > e.clientWidth + 1).length);
      expect(cut).toBe(0);
    }
  });
});
