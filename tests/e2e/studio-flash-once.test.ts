/**
 * A flash line says a change once: after a brand save that moved the zone, the page named the
 * channels that follow the new zone, and said it again on every reload, since the line was read
 * from the address (`?saved=1&zoneFrom=…`) the save redirected to (StudioLayout messageParams).
 */
import { expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();

test.each(['en', 'zh'])('the zone-change line shows after the save and not after a reload (%s)', async (lang) => {
  const { page, studio } = session;
  await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
  await page.goto(`${studio.url}/studio/brand`);
  const zone = lang === 'en' ? 'Europe/Berlin' : 'Asia/Shanghai';
  await page.selectOption('#timezone', zone);
  await Promise.all([page.waitForURL(/saved=1/), page.click('#save-brand')]);
  expect(await page.textContent('.flash')).toMatch(lang === 'en' ? /Time zone changed from Asia\/Shanghai to Europe\/Berlin/ : /时区已从 Europe\/Berlin 改为 Asia\/Shanghai/);
  await page.waitForFunction(() => !location.search);
  expect(new URL(page.url()).pathname).toBe('/studio/brand');
  await page.reload();
  expect(await page.locator('.flash').count()).toBe(0);
  expect(await page.inputValue('#timezone')).toBe(zone);
});

// The switch links were written from the address the save redirected to (`?saved=1`): switching
// language or theme right after a save said the line again, in the other language.
test.each([
  ['the language switch', '.lang-switch'],
  ['the colour theme switch', '[data-theme-choice="dark"]'],
])('%s right after a save does not say the line again', async (_what, link) => {
  const { page, studio } = session;
  await page.context().addCookies([{ name: 'throughline-lang', value: 'en', url: studio.url }]);
  await page.goto(`${studio.url}/studio/brand`);
  const label = await page.inputValue('#label');
  await page.fill('#label', `${label}.`);
  await Promise.all([page.waitForURL(/saved=1/), page.click('#save-brand')]);
  expect(await page.locator('.flash').count()).toBe(1);
  expect(await page.getAttribute(link, 'href')).not.toMatch(/saved/);
  await Promise.all([page.waitForURL((url) => url.pathname === '/studio/brand' && !url.search), page.click(link)]);
  expect(await page.locator('.flash').count()).toBe(0);
});
