/**
 * A channel named for its platform, with the name as its id (微信公众号 on wechat, a Chinese PM's
 * trial), read "微信公众号" three times in a row on the channels page: name, id and platform.
 * Each part is shown once unless it differs: the id when it is not the name, and on a phone's
 * card the platform's name when it is not the channel's (the wide table keeps its column).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const count = (text: string, part: string) => text.split(part).length - 1;
/** A row's text without its actions (Edit names the channel for a screen reader). */
const shown = (channel: string) => session.page.locator(`tr[data-channel="${channel}"]`).evaluate((row) =>
  // innerText of a cell not rendered (display: none) is its whole text: such cells are left out.
  [...row.querySelectorAll<HTMLElement>('td:not(.row-actions)')].filter((td) => td.checkVisibility()).map((td) => td.innerText).join('\n'));

beforeAll(() => {
  const file = join(session.studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  planner.channels.push({ id: '微信公众号', name: '微信公众号', platform: 'wechat', cadence: 'FREQ=WEEKLY;BYDAY=WE', start: '2026-11-04', time: '20:00' });
  writeFileSync(file, `${JSON.stringify(planner, null, 2)}\n`);
});

describe('the channels list', () => {
  test.each([390, 1280])('names a channel called as its platform once, in 中文 at %i px', async (width) => {
    const { page } = session;
    await page.setViewportSize({ width, height: 844 });
    await page.context().addCookies([{ name: 'throughline-lang', value: 'zh', url: session.studio.url }]);
    await page.goto(`${session.studio.url}/studio/channels`);
    const row = page.locator('tr[data-channel="微信公众号"]');
    const nameCell = await row.locator('td').first().innerText();
    expect(count(nameCell, '微信公众号')).toBe(1);
    expect(count(await shown('微信公众号'), '微信公众号')).toBe(width < 500 ? 1 : 2);
    // Parts that differ stay: "WeChat 公众号", its id wechat, and the platform 微信公众号.
    const other = await shown('wechat');
    for (const part of ['WeChat 公众号', 'wechat', '微信公众号']) expect(other).toContain(part);
  });

  test('names a channel called Blog on the blog platform once on an English phone, its id blog kept', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.context().addCookies([{ name: 'throughline-lang', value: 'en', url: session.studio.url }]);
    await page.goto(`${session.studio.url}/studio/channels`);
    const text = await shown('blog');
    expect(count(text, 'Blog')).toBe(1);
    expect(text).toContain('blog');
  });
});
