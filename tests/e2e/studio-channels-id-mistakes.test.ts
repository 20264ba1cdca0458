/**
 * A channel id with a space (a Chinese PM typed 微信 公众号) was refused with a generic line: no
 * word of the space, the typed id not quoted, and no id to use. The channels form now says which character is refused and offers the id built from
 * the typed one, in the studio's language, with the typed id still in its field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();

describe('the channels form on an id the id rule refuses', () => {
  test.each([
    ['en', '"微信␣公众号" has a space (shown as ␣); try "微信-公众号"'],
    ['zh', '“微信␣公众号”含有空格（显示为 ␣）；可以改成 "微信-公众号"'],
  ])('%s: names the space, offers the id built from it and keeps what was typed; nothing is saved', async (lang, said) => {
    const { page } = session;
    const file = join(session.studio.root, 'content/planner.json');
    const before = readFileSync(file, 'utf8');
    await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
    await page.goto(`${session.studio.url}/studio/channels`);
    await page.fill('#name', 'WeChat articles');
    await page.fill('#id', '微信 公众号');
    await page.click('#save-channel');
    const error = page.locator('[data-error-for="id"]');
    await expect.poll(() => error.textContent()).toContain(said);
    expect(await page.inputValue('#id')).toBe('微信 公众号');
    expect(await page.inputValue('#name')).toBe('WeChat articles');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
