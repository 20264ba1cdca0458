/**
 * The dashboard's output heatmaps on a phone (390 px): 26 weeks are wider than the screen, and
 * the maps opened at the oldest weeks, the current ones (the point of the map) cut off (trial).
 * They open at the newest week, as the portfolio's map and GitHub's do; at 1280 px they fit.
 */
import { describe, expect, test } from 'vitest';
import { usePhonePage } from './phone-page.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const phone = usePhonePage(session);

/** Opens the dashboard in `lang` (the studio's language is its cookie's). */
async function showIn(lang: string): Promise<void> {
  await phone.context.addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
  await phone.page.goto(`${session.studio.url}/studio`);
  expect(await phone.page.getAttribute('html', 'lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
}

/** For each map: whether it is wider than its box, and whether its newest (rightmost) week is inside the box. */
const maps = () =>
  phone.page.locator('.all-heatmap-scroll, .heatmap').evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      const cells = [...el.querySelectorAll('svg rect')].map((r) => r.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0 && r.width < 30);
      const newest = Math.max(...cells.map((r) => r.right));
      return { wider: el.scrollWidth > el.clientWidth, newestShown: newest <= box.right + 0.5 && newest >= box.left };
    }),
  );

describe('the dashboard heatmaps on a phone', () => {
  for (const lang of ['en', 'zh']) {
    test(`open at the newest week (${lang})`, async () => {
      await showIn(lang);
      await phone.page.waitForSelector('.all-heatmap-scroll svg');
      const found = await maps();
      expect(found.length).toBeGreaterThan(1);
      expect(found.some((m) => m.wider)).toBe(true);
      expect(found.map((m) => m.newestShown)).toEqual(found.map(() => true));
    });
  }
  // A channel's name and the map's caption make one sentence of the interface's language, so the
  // colon between them is the interface's, whatever script the name is in (a new user's trial).
  test('each channel map is named with the colon of the interface', async () => {
    const labels = async (lang: string) => {
      await showIn(lang);
      await phone.page.waitForSelector('.streak-card .heatmap svg');
      return phone.page.locator('.streak-card .heatmap').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    };
    expect(await labels('zh')).toEqual(expect.arrayContaining(['Blog：近 26 周的发布', 'WeChat 公众号：近 26 周的发布']));
    expect(await labels('en')).toEqual(expect.arrayContaining(['Blog: Output, last 26 weeks', 'WeChat 公众号: Output, last 26 weeks']));
  });
});
