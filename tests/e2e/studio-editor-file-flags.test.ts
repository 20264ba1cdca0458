/**
 * The editor's Flags list holds what `check` flags on the saved file besides the theme (an empty
 * published post here): a trial published a post with no text, and the editor said "No flags."
 * while the dashboard and `check` warned `empty-post`. The live score keeps them as you type.
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
