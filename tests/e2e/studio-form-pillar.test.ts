/**
 * The editor's live theme verdict for a pillar of a form, not a subject (`form: true`): choosing
 * such a pillar for a story makes it "on theme: ... not judged by subject" as the user picks it,
 * with no "On theme after all"; choosing a subject pillar again judges it by its words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const STORY = 'The lighthouse keeper counted the ships every night. When the fog came, the girl from the village climbed the tower, and together they listened for the horn of a boat that never arrived.';

beforeAll(() => {
  const file = join(session.studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  planner.brand.pillars.find((p: { id: string }) => p.id === 'kitchen-stories').form = true;
  writeFileSync(file, JSON.stringify(planner, null, 2));
  writeFileSync(join(session.studio.root, 'content/posts/drafts/the-keeper.md'), `---\ntitle: The keeper\nchannel: blog\nstatus: draft\npillar: recipes\n---\n\n${STORY}\n`);
});

describe('the editor of a story, as its pillar is chosen', () => {
  test.each([
    ['en', 'on theme: Kitchen stories is a pillar of a form, not a subject, so its posts are not judged by their words', 'off theme'],
    ['zh', '切题：体裁支柱（Kitchen stories）的文章不按主题判断', '偏题'],
  ] as const)('reads as on theme by its form, live, and off theme again under a subject pillar (%s)', async (lang, byForm, off) => {
    const { page, studio } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
    await page.goto(`${studio.url}/studio/drafts/drafts/the-keeper`);
    const status = page.locator('#theme-status');
    await expect.poll(() => status.textContent()).toBe(off);
    expect(await page.locator('#accept-theme').isVisible()).toBe(true);
    await page.selectOption('#pillar', 'kitchen-stories');
    await expect.poll(() => status.textContent()).toBe(byForm);
    expect(await status.getAttribute('data-on-theme')).toBe('true');
    expect(await page.locator('#accept-theme').isVisible()).toBe(false);
    expect(await page.locator('#theme-flags [data-flag="off-theme"]').count()).toBe(0);
    await page.selectOption('#pillar', 'recipes');
    await expect.poll(() => status.textContent()).toBe(off);
    expect(await page.locator('#accept-theme').isVisible()).toBe(true);
  });
});
