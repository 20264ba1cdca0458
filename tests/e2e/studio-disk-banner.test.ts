/**
 * content/planner.json changed on disk while the brand form (or a channel's) was open: the page said
 * nothing until Save was refused (the editor says so at once). Now a form with typing in it shows "The file
 * changed on disk" with Reload, and an untouched one reloads to the new version. A refused save
 * showed two banners at once in the editor (its "changed on disk since you opened it" and the watch's
 * "changed on disk"): it shows one, as the brand page does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const plannerFile = () => join(session.studio.root, 'content/planner.json');
let edits = 0;

/** A hand edit of planner.json: another impression. */
function editPlannerOnDisk(): string {
  const planner = JSON.parse(readFileSync(plannerFile(), 'utf8'));
  const word = `edited on disk ${++edits}`;
  planner.brand.impressions = [...planner.brand.impressions, word];
  writeFileSync(plannerFile(), JSON.stringify(planner, null, 2));
  return word;
}

const WORDS = {
  en: { changed: 'The file changed on disk', stale: 'changed on disk since you opened it' },
  zh: { changed: '文件已在磁盘上修改', stale: '自你打开以来，此文件已在磁盘上被修改' },
} as const;

describe.each(['en', 'zh'] as const)('the brand page in %s', (lang) => {
  test('with typing in the form, shows one "changed on disk" banner, and after a refused Save one banner that keeps the text', async () => {
    const { page, studio } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
    await page.goto(`${studio.url}/studio/brand`);
    await page.fill('#audience', 'Typed in the form, not saved');
    editPlannerOnDisk();
    await page.locator('#disk-banner').waitFor({ state: 'visible' });
    expect(await page.locator('.banner:visible').allTextContents()).toEqual([expect.stringContaining(WORDS[lang].changed)]);
    const before = readFileSync(plannerFile(), 'utf8');
    await page.click('#save-brand');
    await page.locator('[data-error-for="stale"]').waitFor();
    // The refusal says the file changed on disk, with Reload: no watch adds a second banner.
    expect(await page.locator('#disk-banner').count()).toBe(0);
    expect(await page.locator('.banner:visible').allTextContents()).toEqual([expect.stringContaining(WORDS[lang].stale)]);
    expect(await page.inputValue('#audience')).toBe('Typed in the form, not saved');
    expect(readFileSync(plannerFile(), 'utf8')).toBe(before);
  });

  test('untouched, reloads to the version on disk', async () => {
    const { page, studio } = session;
    await page.goto(`${studio.url}/studio/brand`);
    const word = editPlannerOnDisk();
    await page.waitForFunction((w) => document.querySelector<HTMLTextAreaElement>('#impressions')?.value.includes(w), word);
    expect(await page.locator('.banner:visible').count()).toBe(0);
  });
});

describe.each(['en', 'zh'] as const)('the channels page in %s', (lang) => {
  test('with typing in the channel form, shows the banner; a refused Save then says so once', async () => {
    const { page, studio } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
    await page.goto(`${studio.url}/studio/channels?edit=blog`);
    await page.fill('#name', 'Blog, renamed in the form');
    editPlannerOnDisk();
    await page.locator('#disk-banner').waitFor({ state: 'visible' });
    expect(await page.locator('#disk-banner').textContent()).toContain(WORDS[lang].changed);
    await page.locator('#channel-form button[type=submit][value=save]').last().click();
    await page.locator('[data-error-for="form"]').waitFor();
    expect(await page.locator('[data-error-for="form"]').textContent()).toContain(WORDS[lang].stale);
    expect(await page.locator('.banner:visible').count()).toBe(0);
    expect(await page.inputValue('#name')).toBe('Blog, renamed in the form');
  });

  test('untouched, reloads to the version on disk', async () => {
    const { page, studio } = session;
    await page.goto(`${studio.url}/studio/channels`);
    const planner = JSON.parse(readFileSync(plannerFile(), 'utf8'));
    planner.channels.push({ id: `disk-only-${lang}`, name: 'Added on disk', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07', time: '09:00' });
    writeFileSync(plannerFile(), JSON.stringify(planner, null, 2));
    await page.locator(`tr[data-channel="disk-only-${lang}"]`).waitFor();
    expect(await page.locator('.banner:visible').count()).toBe(0);
  });
});

describe('the editor', () => {
  test('after a save refused as changed on disk, shows one banner, not two', async () => {
    const { page, studio } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: 'en', url: studio.url }]);
    const file = join(studio.root, 'content/posts/drafts/winter-soup-photos.mdx');
    await page.goto(`${studio.url}/studio/drafts/drafts/winter-soup-photos`);
    const form = page.locator('form[data-post-id]');
    await form.waitFor();
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited on disk.\n`);
    // Sent at once, before the editor's own watch notices the file.
    await form.evaluate((f) => HTMLFormElement.prototype.submit.call(f));
    await page.locator('#stale-banner').waitFor();
    await page.waitForResponse((r) => r.url().includes('/studio/api/revision'));
    await page.waitForTimeout(200);
    // The file's state banners (stale, changed on disk, merge) are alerts; the post's own plan panel
    // (this sample post's slot is over: "Planned for a slot that is over") is a banner beside them.
    expect(await page.locator('.banner[role="alert"]:visible').allTextContents()).toEqual([expect.stringContaining(WORDS.en.stale)]);
  });
});
