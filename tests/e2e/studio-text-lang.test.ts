/**
 * A user's own words on a studio page of the other language carry their language (lang), so a
 * screen reader reads them with the right voice: 冬至的饺子 on the English studio was read by the
 * English voice (which spells or skips Han) and an English title on the 中文 studio by the
 * Chinese one. Also: the dashboard's ✎ link (edit the label) has a name in the page's language.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DASHBOARD_TEXT } from '../../src/studio/dashboard/strings.ts';
import { launchBrowser } from './browser.ts';
import { startStudio, type Studio } from './studio-server.ts';

const ZH_TITLE = '冬至的饺子：一份不会破皮的菜谱';
const EN_TITLE = 'Why I rebalanced my crypto portfolio this quarter';

let browser: Browser;
let studio: Studio;

beforeAll(async () => {
  [browser, studio] = await Promise.all([launchBrowser(), startStudio()]);
});
afterAll(async () => {
  await browser?.close();
  await studio?.stop();
});

async function open(lang: 'en' | 'zh', path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
  const page = await context.newPage();
  await page.goto(`${studio.url}${path}`);
  return page;
}

/** The language each element matching `selector` whose text is `text` is read in (its nearest lang). */
async function langsOf(page: Page, selector: string, text: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els, text) => els
    .filter((el) => el.textContent!.trim() === text || (el as HTMLInputElement).value === text)
    .map((el) => el.closest('[lang]')!.getAttribute('lang')!), text);
}

describe('on the English studio', () => {
  test('a Chinese title and channel name are marked zh-CN on the posts list, the plan and the dashboard', async () => {
    const page = await open('en', '/studio/drafts');
    expect(await langsOf(page, 'td a', ZH_TITLE)).toEqual(['zh-CN']);
    expect(await langsOf(page, 'td a', EN_TITLE)).toEqual(['en']);
    expect(new Set(await langsOf(page, 'td span', 'WeChat 公众号'))).toEqual(new Set(['zh-CN']));
    await page.goto(`${studio.url}/studio/plan`);
    expect((await langsOf(page, '.agenda-meta a, .slot-post .title-lines', ZH_TITLE)).every((l) => l === 'zh-CN')).toBe(true);
    await page.goto(`${studio.url}/studio`);
    expect(await langsOf(page, '.streak-card h3 a', 'WeChat 公众号')).toEqual(['zh-CN']);
    await page.context().close();
  });

  test('the publish page marks the Chinese title in its heading and the text to copy, not the page word', async () => {
    const page = await open('en', '/studio/publish/drafts/wechat/dongzhi-jiaozi');
    expect(await langsOf(page, 'main h1 span', ZH_TITLE)).toEqual(['zh-CN']);
    expect(await page.locator('main h1').evaluate((h) => h.closest('[lang]')!.getAttribute('lang'))).toBe('en');
    expect(await page.locator('#plain').getAttribute('lang')).toBe('zh-CN');
    await page.context().close();
  });

  test('the label\'s ✎ link is named "Edit the label"', async () => {
    const page = await open('en', '/studio');
    expect(await page.getByRole('link', { name: DASHBOARD_TEXT['dash.editLabel']!.en, exact: true }).count()).toBe(1);
    await page.context().close();
  });
});

describe('on the 中文 studio', () => {
  test('English titles, pillar names and the label are marked en; Chinese ones are not marked', async () => {
    const page = await open('zh', '/studio/drafts');
    expect(await langsOf(page, 'td a', EN_TITLE)).toEqual(['en']);
    expect(await langsOf(page, 'td a', ZH_TITLE)).toEqual(['zh-CN']);
    expect(await page.locator('td a', { hasText: ZH_TITLE }).getAttribute('lang')).toBeNull();
    await page.goto(`${studio.url}/studio`);
    expect(await langsOf(page, '[data-brand-label]', 'The home cook who photographs her food')).toEqual(['en']);
    expect(await langsOf(page, '.pillar-name span', 'Food photography')).toEqual(['en']);
    expect(await page.getByRole('link', { name: DASHBOARD_TEXT['dash.editLabel']!.zh, exact: true }).count()).toBe(1);
    await page.goto(`${studio.url}/studio/plan`);
    const pillars = await langsOf(page, '.agenda-meta .pillar', 'Kitchen stories');
    expect(pillars.length).toBeGreaterThan(0);
    expect(new Set(pillars)).toEqual(new Set(['en']));
    await page.context().close();
  });

  test('the editor of an English draft marks its heading, title and text en', async () => {
    const page = await open('zh', '/studio/drafts/drafts/crypto-portfolio');
    expect(await langsOf(page, 'main h1 span', EN_TITLE)).toEqual(['en']);
    expect(await page.locator('#title').getAttribute('lang')).toBe('en');
    expect(await page.locator('#body').getAttribute('lang')).toBe('en');
    expect(await page.locator('#theme-pillar').getAttribute('lang')).toBe('en');
    // The off-theme evidence: the words that drew the flag.
    expect(await page.locator('#theme-offterms').getAttribute('lang')).toBe('en');
    // Rescored as the text changes: Chinese evidence on the 中文 page takes the page's language.
    await page.locator('#body').fill('红烧肉 生抽 老抽 冰糖 五花肉 炖 红烧肉 生抽 老抽 冰糖 五花肉 炖 红烧肉 生抽 老抽 冰糖 五花肉 炖');
    await expect.poll(() => page.locator('#theme-terms').textContent(), { timeout: 10_000 }).not.toBe('market');
    await expect.poll(() => page.locator('#theme-terms').getAttribute('lang')).toBeNull();
    // The text field follows the text as typed (it kept the lang it was loaded with): Chinese on the 中文 page is unmarked.
    expect(await page.locator('#body').getAttribute('lang')).toBeNull();
    await page.locator('#title').fill('红烧肉的做法');
    expect(await page.locator('#title').getAttribute('lang')).toBeNull();
    await page.locator('#body').fill('A slow braise of pork belly, with soy sauce and rock sugar.');
    expect(await page.locator('#body').getAttribute('lang')).toBe('en');
    await page.context().close();
  });
});

describe('a flag that quotes a post title', () => {
  test('marks the title with its language inside a sentence of the other, and the editor\'s text follows the typing', async () => {
    const page = await open('en', '/studio/drafts/drafts/crypto-portfolio');
    // The English draft given Chinese words on the English page: its text field says so.
    await page.locator('#body').fill('冬至那天，全家一起包饺子，皮要擀得中间厚边上薄。');
    expect(await page.locator('#body').getAttribute('lang')).toBe('zh-CN');
    await page.context().close();
    // A Chinese draft planned for a day that is no slot day of its channel: the off-slot flag quotes its title.
    const posts = join(studio.root, 'content/posts/drafts');
    writeFileSync(join(posts, 'off-slot-zh.md'), `---\ntitle: ${ZH_TITLE}（二）\nchannel: blog\nstatus: draft\nplannedFor: ${offSlotDay()}\n---\n饺子。\n`);
    for (const path of ['/studio/plan', '/studio']) {
      const en = await open('en', path);
      const item = en.locator('[data-off-slot="drafts/off-slot-zh"], .flag[data-flag="off-slot"]').first();
      expect(await item.locator(`span[lang="zh-CN"]`, { hasText: `${ZH_TITLE}（二）` }).count(), path).toBe(1);
      await en.context().close();
    }
  });
});

/** A Wednesday four weeks ahead: the sample's blog posts on Tuesdays. */
function offSlotDay(): string {
  const day = new Date(Date.now() + 28 * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((3 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}
