/**
 * The dashboard's flag list showed a flag's message but not its hint, the fix `check` prints under
 * it, which the editor's Flags list shows: a Chinese PM's published post left in drafts/ read
 * `draft-address` on the dashboard with no word of the id to rename it to. Both lists render the
 * hint with one component (shared/components/FlagHint.astro), so they say the same words.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();

beforeAll(() => {
  writeFileSync(join(session.studio.root, 'content/posts/drafts/跳槽-时机.md'), '---\ntitle: 跳槽的时机\nchannel: blog\nstatus: published\npublishedAt: 2026-11-03\n---\n\nBraised pork belly with soy sauce and rock sugar, slow cooked.\n');
  writeFileSync(join(session.studio.root, 'content/posts/2026/empty-body.md'), '---\ntitle: An empty post\nchannel: blog\nstatus: published\npublishedAt: 2026-11-02\n---\n');
});

describe('the dashboard flag list', () => {
  test.each([
    ['en', /^To fix: rename it to \S+跳槽-时机: open "Manage this post" in its editor/, /^To fix: write it, or set "Status" to draft in its editor/],
    ['zh', /^建议：把它重命名为 \S+跳槽-时机：在它的编辑页打开“管理这篇内容”/, /^建议：写上正文，或在有内容之前在它的编辑页把“状态”改为“草稿”/],
  ] as const)('shows each flag’s hint under its message, as the editor does (%s)', async (lang, rename, empty) => {
    const { page } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
    await page.goto(`${session.studio.url}/studio`);
    const hint = (kind: string) => page.locator(`#flags li[data-flag="${kind}"] [data-flag-hint]`);
    await expect.poll(() => hint('draft-address').count()).toBe(1);
    const onDashboard = await hint('draft-address').innerText();
    expect(onDashboard).toMatch(rename);
    expect(await hint('empty-post').innerText()).toMatch(empty);
    // A flag with no hint gets no empty line.
    expect(await page.locator('#flags [data-flag-hint]').evaluateAll((els) => els.filter((e) => e.textContent!.trim() === '').length)).toBe(0);
    await page.goto(`${session.studio.url}/studio/drafts/drafts/跳槽-时机`);
    const inEditor = page.locator('#theme-flags li[data-flag="draft-address"] [data-flag-hint]');
    await expect.poll(() => inEditor.count()).toBe(1);
    expect(await inEditor.innerText()).toBe(onDashboard);
  });
});
