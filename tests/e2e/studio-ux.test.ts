import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import axe from 'axe-core';
import { describe, expect, test } from 'vitest';
import { dragInView } from './drag.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const postText = (id: string) => {
  const base = join(session.studio.root, 'content/posts', id);
  return readFileSync(existsSync(`${base}.mdx`) ? `${base}.mdx` : `${base}.md`, 'utf8');
};
/** Waits until the page's client scripts have run (they are modules, loaded after the page). */
const scriptsReady = (page: Page, selector: string) => page.waitForSelector(selector, { state: 'attached' });
const PAGES = ['/studio', '/studio/brand', '/studio/channels', '/studio/plan', '/studio/drafts', '/studio/drafts/drafts/crypto-portfolio', '/studio/publish/drafts/wechat/dongzhi-jiaozi'];

describe('quick capture', () => {
  test('pressing N on a studio page opens a box whose idea lands on disk as an idea post', async () => {
    const { page } = session;
    await page.goto(`${session.studio.url}/studio`);
    await scriptsReady(page, '#qc-open[data-ready]');
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('#quick-capture').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.fill('#qc-title', 'Knife skills for 葱花');
    await expect.poll(() => page.locator('#qc-pillar option').count()).toBeGreaterThan(1);
    await page.selectOption('#qc-pillar', 'recipes');
    await page.click('#qc-form button[type="submit"]');
    await expect.poll(() => page.textContent('#qc-status')).toContain('Knife skills for 葱花');
    const text = postText('ideas/knife-skills-for-葱花');
    expect(text).toMatch(/status: idea/);
    expect(text).toMatch(/pillar: recipes/);
  });

  test('pressing Enter twice (or double-clicking Save) saves one idea, not two', async () => {
    const { page } = session;
    await page.goto(`${session.studio.url}/studio`);
    await scriptsReady(page, '#qc-open[data-ready]');
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('#quick-capture').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.fill('#qc-title', 'Impatient idea');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#qc-status')).toContain('Impatient idea');
    await page.waitForTimeout(500);
    expect(existsSync(join(session.studio.root, 'content/posts/ideas/impatient-idea.mdx'))).toBe(true);
    expect(existsSync(join(session.studio.root, 'content/posts/ideas/impatient-idea-2.mdx'))).toBe(false);
  });

  test('an idea captured on the posts list shows in the list at once, the box\'s saved line kept', async () => {
    const { page } = session;
    await page.goto(`${session.studio.url}/studio/drafts`);
    await scriptsReady(page, '#qc-open[data-ready]');
    expect(await page.locator('#drafts-table a', { hasText: 'Pickled radish, three ways' }).count()).toBe(0);
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('#quick-capture').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.fill('#qc-title', 'Pickled radish, three ways');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#drafts-table tr.just-added a').allTextContents()).toEqual(['Pickled radish, three ways']);
    expect(await page.textContent('#qc-status')).toContain('Pickled radish, three ways');
  });

  test('typing N into a field types the letter and does not open the box', async () => {
    const { page } = session;
    await page.goto(`${session.studio.url}/studio/drafts`);
    await page.click('input[name="q"]');
    await page.keyboard.type('n');
    expect(await page.inputValue('input[name="q"]')).toBe('n');
    expect(await page.locator('#quick-capture').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
  });
});

describe('planning by hand on the plan page', () => {
  let idea = 'ideas/market-morning';

  test('dragging an idea onto an open slot plans it on that slot\'s date and channel, and moves it out of ideas/ when the offer stays ticked', async () => {
    const { page } = session;
    // A laptop's view: dragInView (drag.ts) makes room for the drag, wherever the first open slot falls.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${session.studio.url}/studio/plan`);
    await scriptsReady(page, '[data-drag-handle]:not([hidden])');
    const target = page.locator('[data-drop-slot]').first();
    const [channel, date] = (await target.getAttribute('data-slot'))!.split('/');
    await dragInView(page, page.locator(`#ideas [data-drag-post="${idea}"]`), target);
    await expect.poll(() => page.locator('#idea-move').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.textContent('#im-heading')).toContain(date);
    expect(await page.getAttribute('#im-to', 'placeholder')).toBe(`${channel}/market-morning`);
    expect(await page.isChecked('#im-check')).toBe(true);
    await Promise.all([page.waitForEvent('load'), page.click('#im-plan')]);
    idea = `${channel}/market-morning`;
    await expect.poll(() => postText(idea)).toMatch(new RegExp(`plannedFor: ['"]?${date}`));
    expect(postText(idea)).toContain(`channel: ${channel}`);
    expect(existsSync(join(session.studio.root, 'content/posts/ideas/market-morning.md'))).toBe(false);
    await expect.poll(() => page.locator(`[data-slot="${channel}/${date}"][data-drag-post="${idea}"]`).count()).toBe(1);
    await expect.poll(() => page.textContent('#dnd-live')).toContain(`moved to ${idea}`);
  });

  test('the keyboard answers the move-out-of-ideas offer: Escape leaves the idea as it was, unticking keeps it in ideas/', async () => {
    const { page } = session;
    await page.evaluate(() => fetch('/studio/api/ideas', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Keyboard soup' }) }));
    await page.reload();
    await scriptsReady(page, '[data-drag-handle]:not([hidden])');
    const fresh = 'ideas/keyboard-soup';
    const before = postText(fresh);
    const pickAndDrop = async () => {
      await page.locator(`#ideas [data-drag-post="${fresh}"] [data-drag-handle]`).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#idea-move').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('im-plan');
    };
    await pickAndDrop();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.textContent('#dnd-live')).toContain('cancelled');
    expect(postText(fresh)).toBe(before);
    await pickAndDrop();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('im-check');
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect.poll(() => postText(fresh)).toMatch(/plannedFor: /);
  });

  test('dragging the planned post back to the ideas list unplans it', async () => {
    const { page } = session;
    await scriptsReady(page, '[data-drag-handle]:not([hidden])');
    const card = page.locator(`#calendar [data-drag-post="${idea}"]`);
    await Promise.all([page.waitForEvent('load'), dragInView(page, card, page.locator('#ideas'))]);
    await expect.poll(() => postText(idea)).not.toContain('plannedFor');
    await expect.poll(() => page.locator(`#ideas [data-drag-post="${idea}"]`).count()).toBe(1);
  });

  test('the keyboard picks a card up with Space, chooses a slot with the arrows and drops it with Enter', async () => {
    const { page } = session;
    await scriptsReady(page, '[data-drag-handle]:not([hidden])');
    await page.locator(`#ideas [data-drag-post="${idea}"] [data-drag-handle]`).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.textContent('#dnd-live')).toContain('Picked up');
    await page.keyboard.press('ArrowRight');
    const chosen = (await page.locator('.drop-over').getAttribute('data-slot'))!;
    // The slot is said as a person reads it (channel, day and time), not "blog 2026-12-04".
    await expect.poll(() => page.textContent('#dnd-live')).toMatch(/, (Mon|Tue|Wed|Thu|Fri|Sat|Sun),? \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
    expect(await page.textContent('#dnd-live')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('drop-over'))).toBe(true);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect.poll(() => postText(idea)).toMatch(new RegExp(`plannedFor: ['"]?${chosen.split('/')[1]}`));
  });

  test('dragging a planned post onto another open slot moves it to that date', async () => {
    const { page } = session;
    await scriptsReady(page, '[data-drag-handle]:not([hidden])');
    const card = page.locator(`#calendar [data-drag-post="${idea}"]`);
    const from = (await card.getAttribute('data-slot'))!;
    // A slot near the top: dragging to one off screen would scroll mid-drag.
    const target = page.locator(`[data-drop-slot]:not([data-slot="${from}"])`).first();
    const to = (await target.getAttribute('data-slot'))!;
    expect(to).not.toBe(from);
    await Promise.all([page.waitForEvent('load'), dragInView(page, card, target)]);
    await expect.poll(() => postText(idea)).toMatch(new RegExp(`plannedFor: ['"]?${to.split('/')[1]}`));
    expect(postText(idea)).toContain(`channel: ${to.split('/')[0]}`);
  });

  test('Escape puts a picked-up card back and announces it', async () => {
    const { page } = session;
    const before = postText(idea);
    await scriptsReady(page, '[data-drag-handle]:not([hidden])');
    await page.locator(`#calendar [data-drag-post="${idea}"] [data-drag-handle]`).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.textContent('#dnd-live')).toContain('cancelled');
    expect(postText(idea)).toBe(before);
  });
});

describe('the ideas list', () => {
  test('filters by pillar in place and keeps the filter in the URL', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${session.studio.url}/studio/plan`);
    // Two fresh ideas in two pillars, through the quick-capture route (same origin, as the box does).
    await page.evaluate(async () => {
      for (const [title, pillar] of [['Steam basket buns', 'recipes'], ['Backlight with a white card', 'food-photography']])
        await fetch('/studio/api/ideas', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title, pillar }) });
    });
    await page.reload();
    await scriptsReady(page, '[data-drag-handle]:not([hidden])');
    const visible = () => page.locator('#ideas .idea:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-pillar')));
    expect((await visible()).length).toBeGreaterThan(1);
    await page.selectOption('[data-ideas-filter]', 'recipes');
    expect(new Set(await visible())).toEqual(new Set(['recipes']));
    expect(new URL(page.url()).searchParams.get('ideasPillar')).toBe('recipes');
    await page.reload();
    expect(new Set(await visible())).toEqual(new Set(['recipes']));
  });
});

describe('capturing on the plan page', () => {
  test('an idea captured with the box shows in the ideas list right away', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${session.studio.url}/studio/plan`);
    await scriptsReady(page, '#qc-open[data-ready]');
    await scriptsReady(page, '[data-drag-handle]:not([hidden])');
    await page.keyboard.press('n');
    await page.fill('#qc-title', '腌笃鲜 for spring');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('#ideas .idea a').allTextContents()).toContain('腌笃鲜 for spring');
    await expect.poll(() => page.textContent('#dnd-live')).toContain('腌笃鲜 for spring');
  });
});

describe('writing in the editor', () => {
  const id = 'drafts/crypto-portfolio';

  test('the preview renders Markdown as the user types and shows raw HTML as the page does, its handler removed', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${session.studio.url}/studio/drafts/${id}`);
    await scriptsReady(page, '#post-form[data-ready]');
    await page.fill('#body', '## Braise\n\n**slowly** <img src=x onerror="window.hacked=1">');
    await expect.poll(() => page.innerHTML('#preview')).toContain('<strong>slowly</strong>');
    expect(await page.locator('#preview h2').textContent()).toBe('Braise');
    // The image is shown, sanitized as the built page sanitizes it: no onerror survives.
    expect(await page.locator('#preview img').count()).toBe(1);
    expect(await page.locator('#preview img').getAttribute('onerror')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  });

  /**
   * The autosave answer whose request carried `text`: the tests wait on the save itself, never on
   * a clock, so a slow machine only makes them slower (the test's own timeout bounds them).
   */
  const autosaved = (page: Page, text: string, status = 200) =>
    page.waitForResponse((r) => r.url().endsWith('/studio/api/autosave') && r.status() === status && (r.request().postData() ?? '').includes(text), { timeout: 0 });
  /** Holds every autosave request until `release()`: the disk edit is in place before any save reaches the server. */
  const holdAutosaves = async (page: Page) => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/studio/api/autosave', async (route) => { await gate; await route.continue(); });
    return async () => { release(); await page.unroute('**/studio/api/autosave'); };
  };

  test('autosave writes the text a moment after typing, without pressing Save', async () => {
    const { page } = session;
    const saved = autosaved(page, 'about 红烧肉 this time');
    await page.fill('#body', 'Rebalancing, but about 红烧肉 this time.');
    await saved;
    expect(postText(id)).toContain('about 红烧肉 this time');
    // It says the file was written, and when (before, "Saved" alone, as when nothing was written).
    await expect.poll(() => page.textContent('#autosave-status')).toMatch(/^Autosaved: the file was written at \d\d:\d\d:\d\d\.$/);
  });

  test('a newer file on disk is never overwritten: the user chooses after seeing both', async () => {
    const { page } = session;
    const release = await holdAutosaves(page);
    const refused = autosaved(page, 'My new line.', 409);
    await page.type('#body', ' My new line.');
    const file = join(session.studio.root, 'content/posts', `${id}.mdx`);
    writeFileSync(file, postText(id).replace('about 红烧肉 this time.', 'edited in another editor.'));
    await release();
    await refused;
    await expect.poll(() => page.isVisible('#merge')).toBe(true);
    expect(await page.textContent('#autosave-status')).toBe('Not saved: the file changed on disk since you opened it. Choose below which text to keep.');
    expect(postText(id)).toContain('edited in another editor.');
    expect(postText(id)).not.toContain('My new line.');
    await page.click('[data-merge="both"]');
    expect(await page.textContent('[data-merge-disk]')).toContain('edited in another editor.');
    expect(await page.textContent('[data-merge-mine]')).toContain('My new line.');
    const kept = autosaved(page, 'My new line.');
    await page.click('[data-merge="mine"]');
    await kept;
    expect(postText(id)).toContain('My new line.');
    expect(await page.isVisible('#merge')).toBe(false);
  });

  test('taking the disk version puts it in the form and saves nothing of mine', async () => {
    const { page } = session;
    const release = await holdAutosaves(page);
    const refused = autosaved(page, 'Mine again.', 409);
    await page.type('#body', ' Mine again.');
    const file = join(session.studio.root, 'content/posts', `${id}.mdx`);
    writeFileSync(file, postText(id).replace('My new line.', 'Disk wins.'));
    await release();
    await refused;
    await expect.poll(() => page.isVisible('#merge')).toBe(true);
    await page.click('[data-merge="disk"]');
    // Not "Saved": nothing was written, the form shows the file as it is.
    expect(await page.textContent('#autosave-status')).toBe('Showing the file as it is on disk; your unsaved text was not written.');
    expect(await page.inputValue('#body')).toContain('Disk wins.');
    expect(await page.inputValue('#body')).not.toContain('Mine again.');
    expect(postText(id)).toContain('Disk wins.');
    expect(postText(id)).not.toContain('Mine again.');
  });
});

describe('"On theme after all" while typing', () => {
  const id = 'drafts/winter-soup-photos';

  test('appears as soon as the typed text is off theme, and marks the post with the words not yet autosaved in its file', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${session.studio.url}/studio/drafts/${id}`);
    await scriptsReady(page, '#post-form[data-ready]');
    expect(await page.isVisible('#accept-theme button')).toBe(false);
    await page.fill('#body', 'Rebalancing my crypto portfolio: tokens, staking yields, exchange fees and tax lots, quarter by quarter.');
    await expect.poll(() => page.locator('#theme-flags [data-flag="off-theme"]').count()).toBe(1);
    // With a title on crypto too it shares no word with the brand: no pillar is near it (one was named before).
    expect(await page.textContent('#theme-pillar')).not.toBe('–');
    await page.fill('#title', 'Crypto tax lots');
    await expect.poll(() => page.textContent('#theme-pillar')).toBe('none (no pillar is near this text)');
    await expect.poll(() => page.isVisible('#accept-theme button')).toBe(true);
    await Promise.all([page.waitForURL(/accepted=1/), page.click('#accept-theme button')]);
    const planner = JSON.parse(readFileSync(join(session.studio.root, 'content/planner.json'), 'utf8'));
    expect(planner.theme.acceptedOnTheme).toContain(id);
    expect(postText(id)).toContain('staking yields, exchange fees');
    expect(await page.isVisible('#unaccept-theme button')).toBe(true);
  });
});

describe('finding drafts', () => {
  test('search by body text and sort by score keep their values in the URL', async () => {
    const { page } = session;
    await page.goto(`${session.studio.url}/studio/drafts`);
    await page.fill('input[name="q"]', '饺子');
    await page.selectOption('select[name="sort"]', 'score');
    await Promise.all([page.waitForURL(/q=/), page.click('.filters button[type="submit"]')]);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('饺子');
    expect(url.searchParams.get('sort')).toBe('score');
    const ids = await page.locator('#drafts-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-post')!));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(postText(id)).toContain('饺子');
    expect(await page.inputValue('input[name="q"]')).toBe('饺子');
    await page.goto(`${session.studio.url}/studio/drafts`);
    expect(await page.locator('#drafts-table tbody tr').count()).toBeGreaterThan(ids.length);
    await page.goto(`${session.studio.url}/studio/drafts?q=${encodeURIComponent('no-such-word-anywhere')}`);
    expect(await page.locator('[data-empty]').count()).toBe(1);
  });
});

describe('phone width and themes', () => {
  test.each(PAGES)('%s has no horizontal scroll at 390 px', async (path) => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.studio.url}${path}`);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the plan page at phone width lists days as an agenda and switches to the month grid', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.studio.url}/studio/plan`);
    expect(await page.locator('.month thead').isVisible()).toBe(false);
    await page.click('label[for="view-calendar"]');
    expect(await page.locator('.month thead').isVisible()).toBe(true);
  });

  test('the dark theme follows the system, and the switch pins light or dark server-side', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${session.studio.url}/studio`);
    const dark = await background();
    await page.click('[data-theme-choice="light"]');
    await page.waitForURL(/\/studio$/);
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await background()).not.toBe(dark);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.click('[data-theme-choice="dark"]');
    await page.waitForURL(/\/studio$/);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await background()).toBe(dark);
    await page.click('[data-theme-choice="system"]');
    await page.waitForURL(/\/studio$/);
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
  });
});

describe('accessibility in both themes', () => {
  for (const scheme of ['light', 'dark'] as const)
    test.each(PAGES)(`%s has no serious or critical axe violations in the ${scheme} theme`, async (path) => {
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${session.studio.url}${path}`);
      await page.addScriptTag({ content: axe.source });
      const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run({ exclude: [['astro-dev-toolbar']] } as never));
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
});

// Save pressed after an autosave had written the text said "Saved." as a Save that wrote it did.
describe('Save after an autosave', () => {
  const id = '2026/tomato-egg-stir-fry';

  test('says nothing changed and when the file was last written', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${session.studio.url}/studio/drafts/${id}`);
    await page.waitForSelector('#post-form[data-ready]');
    const saved = page.waitForResponse((r) => r.url().endsWith('/studio/api/autosave') && (r.request().postData() ?? '').includes('Then rest it.'), { timeout: 0 });
    await page.locator('#body').press('Control+End');
    await page.locator('#body').pressSequentially(' Then rest it.');
    await saved;
    await expect.poll(() => page.textContent('#autosave-status')).toMatch(/^Autosaved: the file was written at \d\d:\d\d:\d\d\.$/);
    await Promise.all([page.waitForURL(/unchanged=1/), page.click('#post-form button[type="submit"]')]);
    expect(await page.textContent('.flash')).toMatch(new RegExp(`^Nothing to save: content/posts/${id}\\.md already holds this text \\(last written at \\d\\d:\\d\\d:\\d\\d\\), so it was not written again\\.$`));
  });
});
