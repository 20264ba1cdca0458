/**
 * The editor's preview is part of the editor page: a post's `## Main {#main}` or `## Title {#title}`
 * gave a preview heading the id of the page's own <main> (the skip link's target) or of the title
 * field (its label's), so the page had two elements of one id. The preview's ids are scoped
 * (`user-content-main`, as GitHub scopes a README's), on load and as the preview redraws while
 * typing, and the post's own `[…](#main)` link still reaches its heading.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const BODY = '## Main {#main}\n\nBack to [main](#main).\n\n## Title {#title}\n\n## Body {#body}\n\n## Preview {#preview}\n\n' + 'Filler line.\n\n'.repeat(40) + '[Up to Main](#main)\n';

beforeAll(() => {
  writeFileSync(join(session.studio.root, 'content/posts/drafts/clashing-ids.md'), `---\ntitle: Clashing ids\nchannel: blog\nstatus: draft\n---\n\n${BODY}`);
});

/** Ids that more than one element of the page carries. */
const duplicateIds = () => session.page.evaluate(() => {
  const seen = new Map<string, number>();
  for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
});

describe("ids of the editor's preview", () => {
  test('never repeat one of the page: the skip link reaches <main>, the labels their fields', async () => {
    const response = await session.page.goto(`${session.studio.url}/studio/drafts/drafts/clashing-ids`);
    expect(response?.status(), await session.page.content()).toBe(200);
    expect(await duplicateIds()).toEqual([]);
    expect(await session.page.locator('#preview h2#user-content-main').textContent()).toBe('Main');
    expect(await session.page.evaluate(() => document.getElementById('main')?.tagName)).toBe('MAIN');
    expect(await session.page.evaluate(() => (document.querySelector('label[for="title"]') as HTMLLabelElement | null)?.control?.tagName)).toBe('INPUT');
    expect(await session.page.evaluate(() => document.getElementById('preview')?.classList.contains('preview'))).toBe(true);
  });

  test("stay scoped as the preview redraws while typing, and the post's # link still reaches its heading", async () => {
    await session.page.goto(`${session.studio.url}/studio/drafts/drafts/clashing-ids`);
    await session.page.locator('#body').press('End');
    await session.page.locator('#body').pressSequentially('\n\n## Content {#content}\n');
    await expect.poll(() => session.page.locator('#preview #user-content-content').count()).toBe(1);
    expect(await duplicateIds()).toEqual([]);
    await session.page.locator('#preview a', { hasText: 'Up to Main' }).click();
    await expect.poll(() => session.page.evaluate(() => decodeURIComponent(location.hash))).toBe('#user-content-main');
    expect(await session.page.evaluate(() => document.querySelector(':target')?.textContent)).toBe('Main');
  });
});
