/**
 * The editor's Flags list holds what `check` flags on the saved file besides the theme (an empty
 * published post here): a trial published a post with no text, and the editor said "No flags."
 * while the dashboard and `check` warned `empty-post`. The live score keeps them as you type.
 * Each flag shows its hint, the fix `check` prints under it: a Chinese PM's published post left in
 * drafts/ was flagged `draft-address` with no word of the id to rename it to.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();

describe('the editor of a published post with no text', () => {
  test.each([
    ['en', /Published with no text/],
    ['zh', /已发布但没有正文/],
  ] as const)('lists the empty-post flag (%s), and keeps it while the title is typed', async (lang, words) => {
    writeFileSync(join(session.studio.root, 'content/posts/2026/empty-body.md'), '---\ntitle: An empty post\nchannel: blog\nstatus: published\npublishedAt: 2026-11-02\n---\n');
    const { page } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
    await page.goto(`${session.studio.url}/studio/drafts/2026/empty-body`);
    const flags = page.locator('#theme-flags');
    await expect.poll(() => flags.innerText()).toMatch(words);
    expect(await flags.locator('li[data-flag="empty-post"]').count()).toBe(1);
    await page.fill('#title', 'An empty post, renamed');
    await page.locator('#body').fill('Braised pork belly with soy sauce and rock sugar, slow cooked.');
    await page.waitForTimeout(1500);
    expect(await flags.locator('li[data-flag="empty-post"]').count()).toBe(1);
    expect(await flags.innerText()).not.toMatch(/No flags|没有提示/);
  });
});

describe('the editor of a published post still in drafts/', () => {
  test.each([
    ['en', /To fix: rename it to (\S+): open "Manage this post" in its editor/, /To fix: Tie it to a pillar/],
    ['zh', /建议：把它重命名为 (\S+)：在它的编辑页打开“管理这篇内容”/, /建议：把它和一个支柱/],
  ] as const)('shows each flag’s hint under its message (%s): the saved file’s rename, then the live off-theme fix', async (lang, rename, offTheme) => {
    writeFileSync(join(session.studio.root, 'content/posts/drafts/跳槽-时机.md'), '---\ntitle: 跳槽的时机\nchannel: blog\nstatus: published\npublishedAt: 2026-11-03\n---\n\nBraised pork belly with soy sauce and rock sugar, slow cooked.\n');
    const { page } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
    await page.goto(`${session.studio.url}/studio/drafts/drafts/跳槽-时机`);
    const hint = page.locator('#theme-flags li[data-flag="draft-address"] [data-flag-hint]');
    await expect.poll(() => hint.count()).toBe(1);
    expect(await hint.innerText()).toMatch(rename);
    expect((await hint.innerText()).match(rename)![1]).toMatch(/跳槽-时机$/);
    await page.locator('#status').selectOption('draft');
    await page.locator('#body').fill('Bitcoin and ether moved sharply this quarter, so I rebalanced my crypto portfolio and token allocation; exchange fees and taxes on realised gains matter for investors.');
    const live = page.locator('#theme-flags li[data-flag="off-theme"] [data-flag-hint]');
    await expect.poll(() => live.count(), { timeout: 10_000 }).toBe(1);
    expect(await live.innerText()).toMatch(offTheme);
    expect(await page.locator('#theme-flags li[data-flag="draft-address"] [data-flag-hint]').count()).toBe(1);
  });
});
