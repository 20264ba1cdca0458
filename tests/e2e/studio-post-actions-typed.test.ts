/**
 * A refused Rename / move, Duplicate or Start the … version kept its error but put the post's own
 * id back in the field: the error quoted "vocus/筆電選購␣2026" above a field reading
 * drafts/2026-…, so the writer had to type the new id again (and the field was not marked invalid).
 */
import { expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();

test.each([
  ['move', '#move-to', 'vocus/筆電選購 2026'],
  ['duplicate', '#duplicate-to', 'drafts/副本 2'],
])('a refused %s keeps the typed id in its field, marked invalid and described by the error', async (action, field, typed) => {
  const { page, studio } = session;
  await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
  await page.click('#post-actions summary');
  await page.fill(field, typed);
  await Promise.all([page.waitForLoadState('load'), page.click(`button[value="${action}"]`)]);
  await page.waitForSelector(`${field}[aria-invalid="true"]`);
  expect(await page.inputValue(field)).toBe(typed);
  const error = await page.$eval(field, (input) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
  expect(error).toContain('␣');
});

// Delete said "Post deleted." (内容已删除。) and nothing of which: a writer who had several tabs open could not tell what went.
test('Delete names the post it deleted, its title and file, in 中文', async () => {
  const { page, studio } = session;
  await page.context().addCookies([{ name: 'throughline-lang', value: 'zh', url: studio.url }]);
  await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
  const title = await page.inputValue('#title');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.click('#post-actions summary');
  await Promise.all([page.waitForURL(/\/studio\/drafts\?deleted=/), page.click('button[value="delete"]')]);
  expect((await page.textContent('.flash'))!.trim()).toBe(`已删除“${title}”（content/posts/drafts/crypto-portfolio.mdx）。`);
});
