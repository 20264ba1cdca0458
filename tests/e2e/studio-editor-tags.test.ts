/**
 * The editor's Tags and Summary: a post's tags (its tag pages on the portfolio) and description
 * (lists, social cards) were not in the editor, so a writer who starts from the studio had to
 * edit the file by hand to give either. Typed tags reach the file by autosave as by Save.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const file = () => readFileSync(join(session.studio.root, 'content/posts/drafts/crypto-portfolio.mdx'), 'utf8');

test('tags and a summary typed in the editor are autosaved into the file, and shown again on reload', async () => {
  const { page, studio } = session;
  await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
  await page.fill('#tags', '插畫、水彩， Procreate');
  await page.fill('#description', '在大稻埕咖啡店畫了一整個下午。');
  await expect.poll(file, { timeout: 15_000 }).toMatch(/^tags:\n {2}- 插畫\n {2}- 水彩\n {2}- Procreate$/m);
  expect(file()).toMatch(/^description: 在大稻埕咖啡店畫了一整個下午。$/m);
  await page.reload();
  expect(await page.inputValue('#tags')).toBe('插畫, 水彩, Procreate');
  expect(await page.inputValue('#description')).toBe('在大稻埕咖啡店畫了一整個下午。');
});

test("a Traditional Chinese title and preview are set in Taiwan's fonts, the body's text in monospace still", async () => {
  const { page, studio } = session;
  await page.context().addCookies([{ name: 'throughline-lang', value: 'zh', url: studio.url }]);
  await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
  await page.fill('#title', '在大稻埕咖啡店畫了一整個下午');
  await page.fill('#body', '今天用水彩畫了窗邊的光線。');
  // A planned draft's Save also moves it out of drafts/ (blog/crypto-portfolio?moved=1).
  await Promise.all([page.waitForURL(/[?&](saved|moved)=1/), page.click('#post-form button[type="submit"]')]);
  const font = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).fontFamily);
  expect(await page.getAttribute('#title', 'lang')).toBe('zh-Hant');
  for (const selector of ['#title', '#preview']) {
    const family = await font(selector);
    expect(family).toContain('PingFang TC');
    expect(family).not.toContain('PingFang SC');
  }
  expect(await font('#body')).toMatch(/monospace/);
  expect(await font('h1')).toContain('PingFang SC');
});
