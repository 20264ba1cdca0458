/**
 * The studio in a real browser over a temp copy of the sample project: editing the brand,
 * using a proposed label, the live theme score of a draft, edits on disk, and publishing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();

const planner = () => JSON.parse(readFileSync(join(session.studio.root, 'content/planner.json'), 'utf8'));
const postFile = (id: string) => join(session.studio.root, 'content/posts', `${id}.mdx`);

describe('the brand page', () => {
  test('an edited label is saved, shown on the page and written to planner.json', async () => {
    await session.page.goto(`${session.studio.url}/studio/brand`);
    await session.page.fill('#label', 'The home cook who shoots by the window');
    await Promise.all([session.page.waitForURL(/saved=1/), session.page.click('#save-brand')]);
    expect(await session.page.textContent('.flash')).toContain('Saved');
    expect(await session.page.inputValue('#label')).toBe('The home cook who shoots by the window');
    expect(planner().brand.label).toBe('The home cook who shoots by the window');
  });

  test('"use this" on a proposed label fills the label field, and saving keeps it', async () => {
    await session.page.goto(`${session.studio.url}/studio/brand`);
    const proposal = session.page.locator('button[data-use-label]').nth(1);
    const label = (await proposal.getAttribute('data-use-label'))!;
    await proposal.click();
    expect(await session.page.inputValue('#label')).toBe(label);
    expect(session.page.url()).not.toContain('saved=1');
    await Promise.all([session.page.waitForURL(/saved=1/), session.page.click('#save-brand')]);
    expect(planner().brand.label).toBe(label);
  });

  test('a keyword the theme can never count is named under its pillar, as check warns of it', async () => {
    await session.page.goto(`${session.studio.url}/studio/brand`);
    const before = await session.page.inputValue('#pillar-0-keywords');
    expect(await session.page.locator('.keyword-note').count()).toBe(0);
    await session.page.fill('#pillar-0-keywords', `${before}, R`);
    await Promise.all([session.page.waitForURL(/saved=1/), session.page.click('#save-brand')]);
    const note = session.page.locator('fieldset[data-pillar="0"] .keyword-note');
    expect(await note.textContent()).toContain('"R" will never count towards the theme');
    expect(await note.getAttribute('data-severity')).toBe('warning');
    // Beside its field the note does not repeat the field's path, and the hint is a line of its own.
    expect(await note.textContent()).not.toContain('brand.pillars');
    expect(await note.locator('.keyword-hint').textContent()).toMatch(/^write words that say what it names/);
    const [noteBox, hintBox] = [await note.boundingBox(), await note.locator('.keyword-hint').boundingBox()];
    expect(hintBox!.y).toBeGreaterThan(noteBox!.y);
    await session.page.fill('#pillar-0-keywords', before);
    await Promise.all([session.page.waitForURL(/saved=1/), session.page.click('#save-brand')]);
    expect(await session.page.locator('.keyword-note').count()).toBe(0);
  });

  test('Enter in a field saves the form rather than pressing another button', async () => {
    await session.page.goto(`${session.studio.url}/studio/brand`);
    await session.page.fill('#label', 'Saved with Enter');
    await Promise.all([session.page.waitForURL(/saved=1/), session.page.press('#label', 'Enter')]);
    expect(planner().brand.label).toBe('Saved with Enter');
    expect(planner().brand.pillars).toHaveLength(3);
  });

  // An impatient double click on Save sent the form twice: the first post saved, the second,
  // carrying the revision the first had replaced, answered "This file changed on disk since you
  // opened it", so the page said the save had failed when it had not.
  test('a double click on Save saves once and says Saved, not "changed on disk"', async () => {
    const { page } = session;
    await page.goto(`${session.studio.url}/studio/brand`);
    await page.waitForSelector('#qc-open[data-ready]', { state: 'attached' });
    await page.fill('#audience', 'Busy cooks who double-click');
    const posts: string[] = [];
    const count = (r: { method(): string; url(): string }) => { if (r.method() === 'POST' && r.url().endsWith('/studio/brand')) posts.push(r.url()); };
    page.on('request', count);
    // A save whose answer takes a moment (a big project, a slow disk): the server has saved, the page waits for the answer.
    const slow = async (route: Route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const response = await route.fetch({ maxRedirects: 0 });
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.fulfill({ response });
    };
    await page.route('**/studio/brand', slow);
    // Two clicks a person's double click apart, where the button is: the first post is on its way when the second comes.
    await page.locator('#save-brand').scrollIntoViewIfNeeded();
    const box = (await page.locator('#save-brand').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(150);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/saved=1/);
    await page.waitForLoadState('networkidle');
    await page.unroute('**/studio/brand', slow);
    page.off('request', count);
    expect(posts).toHaveLength(1);
    expect(await page.textContent('.flash')).toContain('Saved');
    expect(planner().brand.audience).toBe('Busy cooks who double-click');
  });

  test('an empty name is refused next to the field and nothing is written', async () => {
    const before = readFileSync(join(session.studio.root, 'content/planner.json'), 'utf8');
    await session.page.goto(`${session.studio.url}/studio/brand`);
    await session.page.fill('#name', '');
    await session.page.click('#save-brand');
    await expect.poll(() => session.page.textContent('#name-error')).toContain('the brand needs a name');
    expect(readFileSync(join(session.studio.root, 'content/planner.json'), 'utf8')).toBe(before);
  });

  test('the language switch shows the studio in Chinese and remembers it', async () => {
    await session.page.goto(`${session.studio.url}/studio/brand`);
    await session.page.click('[data-lang-switch]');
    await expect.poll(() => session.page.textContent('h1')).toBe('品牌');
    await session.page.goto(`${session.studio.url}/studio/drafts`);
    // Every post, published ones too: "Posts", not "Drafts" (a trial's 37 imported published posts were listed under "Drafts").
    expect(await session.page.textContent('h1')).toBe('文章');
    await session.page.click('[data-lang-switch]');
    await expect.poll(() => session.page.textContent('h1')).toBe('Posts');
  });
});

describe('the fields the portfolio reads (profile address, consistency switch)', () => {
  const channelForm = async (lang: 'en' | 'zh') => {
    await session.page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
    await session.page.goto(`${session.studio.url}/studio/channels?edit=blog#channel-form`);
  };
  const blog = () => planner().channels.find((c: { id: string }) => c.id === 'blog');

  test('a profile address that is not http(s) is refused next to the field, in English and 中文, and nothing is written', async () => {
    const before = readFileSync(join(session.studio.root, 'content/planner.json'), 'utf8');
    for (const [lang, message] of [['en', 'expected a full http(s) URL'], ['zh', '应为完整网址（http 或 https）']] as const) {
      await channelForm(lang);
      await session.page.fill('#profileUrl', 'javascript:alert(1)');
      await Promise.all([session.page.waitForLoadState('load'), session.page.click('#save-channel')]);
      await expect.poll(() => session.page.textContent('[data-error-for="profileUrl"]')).toContain(message);
      expect(await session.page.inputValue('#profileUrl')).toBe('javascript:alert(1)');
    }
    expect(readFileSync(join(session.studio.root, 'content/planner.json'), 'utf8')).toBe(before);
  });

  test('a profile address is saved on the channel in planner.json and linked from its row', async () => {
    await channelForm('en');
    await session.page.fill('#profileUrl', 'https://mei-cooks.example/about');
    await Promise.all([session.page.waitForURL(/saved=/), session.page.click('#save-channel')]);
    expect(blog().profileUrl).toBe('https://mei-cooks.example/about');
    expect(await session.page.getAttribute('[data-channel="blog"] [data-profile-url]', 'href')).toBe('https://mei-cooks.example/about');
  });

  test('a channel form filled before planner.json changed on disk is refused, and the newer file stays', async () => {
    await channelForm('en');
    const file = join(session.studio.root, 'content/planner.json');
    const changed = { ...planner(), channels: planner().channels.map((c: { id: string }) => (c.id === 'blog' ? { ...c, name: 'Blog (edited by hand)' } : c)) };
    writeFileSync(file, JSON.stringify(changed, null, 2));
    await session.page.fill('#profileUrl', 'https://mei-cooks.example/other');
    await session.page.click('#save-channel');
    await expect.poll(() => session.page.textContent('body')).toContain('changed on disk');
    expect(blog()).toMatchObject({ name: 'Blog (edited by hand)', profileUrl: 'https://mei-cooks.example/about' });
  });

  test('the consistency switch on the brand page turns portfolio.showConsistency on and off in planner.json', async () => {
    await session.page.goto(`${session.studio.url}/studio/brand`);
    expect(await session.page.isChecked('#showConsistency')).toBe(false);
    await session.page.check('#showConsistency');
    await Promise.all([session.page.waitForURL(/saved=1/), session.page.click('#save-brand')]);
    expect(planner().portfolio).toEqual({ showConsistency: true });
    expect(await session.page.isChecked('#showConsistency')).toBe(true);
    await session.page.uncheck('#showConsistency');
    await Promise.all([session.page.waitForURL(/saved=1/), session.page.click('#save-brand')]);
    expect(planner()).not.toHaveProperty('portfolio');
  });

  // A brand with a Chinese label and English posts got a Chinese site, and the studio had no setting for it.
  test('the site language is chosen on the brand page: brand.language in planner.json, one line added, and Automatic removes it', async () => {
    const file = join(session.studio.root, 'content/planner.json');
    const before = readFileSync(file, 'utf8');
    await session.page.goto(`${session.studio.url}/studio/brand`);
    expect(await session.page.inputValue('#language')).toBe('');
    expect(await session.page.textContent('#language option[value=""]')).toBe('Automatic (now English)');
    await session.page.selectOption('#language', 'zh');
    await Promise.all([session.page.waitForURL(/saved=1/), session.page.click('#save-brand')]);
    expect(planner().brand.language).toBe('zh');
    const added = readFileSync(file, 'utf8').split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added.map((line) => line.trim().replace(/,$/, ''))).toEqual(['"language": "zh"']);
    expect(readFileSync(file, 'utf8').split('\n').length).toBe(before.split('\n').length + 1);
    expect(await session.page.inputValue('#language')).toBe('zh');
    await session.page.selectOption('#language', '');
    await Promise.all([session.page.waitForURL(/saved=1/), session.page.click('#save-brand')]);
    expect(planner().brand).not.toHaveProperty('language');
  });
});

describe('the draft editor', () => {
  const id = 'drafts/winter-soup-photos';
  const offTheme = 'Bitcoin fell again this week. I rebalanced my crypto portfolio, sold ETF shares and moved tokens into a staking wallet for the yield.';
  const onTheme = 'Braise the pork belly with soy sauce and ginger, simmer the noodles, then photograph the bowl by the window light with my camera and simple props.';
  const status = () => session.page.getAttribute('#theme-status', 'data-on-theme');
  const score = async () => Number(await session.page.textContent('#theme-score'));

  test('the theme score drops and an off-theme flag appears while typing off-theme text, and both recover', async () => {
    await session.page.goto(`${session.studio.url}/studio/drafts/${id}`);
    await session.page.fill('#body', onTheme);
    await expect.poll(status).toBe('true');
    const onScore = await score();
    await session.page.fill('#body', offTheme);
    await expect.poll(status).toBe('false');
    expect(await score()).toBeLessThan(onScore);
    await expect.poll(() => session.page.locator('#theme-flags li[data-flag="off-theme"]').count()).toBe(1);
    expect(await session.page.textContent('#preview')).toBe(offTheme);
    await session.page.fill('#body', onTheme);
    await expect.poll(status).toBe('true');
    await expect.poll(() => session.page.locator('#theme-flags li[data-flag="off-theme"]').count()).toBe(0);
  });

  test('a draft begun with a code block only is not judged: no score, no colour, no flag, until words say what it is about', async () => {
    await session.page.goto(`${session.studio.url}/studio/drafts/${id}`);
    // The title counts too: one of everyday words only.
    await session.page.fill('#title', 'What I have');
    await session.page.fill('#body', '```js\nconst x = await fetch(url);\n```\n');
    await expect.poll(() => session.page.textContent('#theme-status')).toContain('nothing to judge yet');
    expect(await status()).toBe('');
    expect(await session.page.textContent('#theme-score')).toBe('–');
    expect(await session.page.locator('#theme-flags li[data-flag="off-theme"]').count()).toBe(0);
    expect(await session.page.isHidden('#accept-theme')).toBe(true);
    await session.page.fill('#body', offTheme);
    await expect.poll(status).toBe('false');
    await expect.poll(() => session.page.locator('#theme-flags li[data-flag="off-theme"]').count()).toBe(1);
  });

  test('an edit on disk reloads a clean editor, and over unsaved edits offers a merge choice without overwriting the file', async () => {
    await session.page.goto(`${session.studio.url}/studio/drafts/${id}`);
    writeFileSync(postFile(id), readFileSync(postFile(id), 'utf8').replace(/^title: .*$/m, 'title: Changed on disk'));
    await expect.poll(() => session.page.inputValue('#title'), { timeout: 15_000 }).toBe('Changed on disk');
    await session.page.fill('#body', 'my unsaved words');
    writeFileSync(postFile(id), readFileSync(postFile(id), 'utf8').replace(/^title: .*$/m, 'title: Changed again'));
    await expect.poll(() => session.page.isVisible('#merge'), { timeout: 15_000 }).toBe(true);
    expect(await session.page.inputValue('#body')).toBe('my unsaved words');
    expect(readFileSync(postFile(id), 'utf8')).toMatch(/^title: Changed again$/m);
  });

  test('publishing sets the status and publishedAt (channel zone, with offset) in the file', async () => {
    await session.page.goto(`${session.studio.url}/studio/drafts/${id}`);
    await session.page.fill('#body', onTheme);
    await session.page.selectOption('#status', 'published');
    // The offer to move it out of drafts/ is ticked by default: published, it goes to its channel's folder.
    await Promise.all([session.page.waitForURL(/\/studio\/drafts\/blog\/winter-soup-photos\?moved=1/), session.page.click('#post-form button[type="submit"]')]);
    expect(existsSync(postFile(id))).toBe(false);
    const text = readFileSync(postFile('blog/winter-soup-photos'), 'utf8');
    expect(text).toContain('status: published');
    expect(text).toMatch(/publishedAt: ["']?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00/);
    expect(text).toContain(onTheme);
    expect(await session.page.inputValue('#status')).toBe('published');
  });
});

describe('the dev toolbar', () => {
  test('the Throughline app shows the flags of the draft being viewed', async () => {
    await session.page.goto(`${session.studio.url}/studio/drafts/drafts/crypto-portfolio`);
    // `!= null`: before the toolbar mounts the chain is undefined, which must not count as there.
    const app = () => session.page.evaluate(() => document.querySelector('astro-dev-toolbar')?.shadowRoot?.querySelector<HTMLElement>('[data-app-id="throughline-flags"]') != null);
    await expect.poll(app, { timeout: 15_000 }).toBe(true);
    await session.page.evaluate(() => document.querySelector('astro-dev-toolbar')!.shadowRoot!.querySelector<HTMLElement>('[data-app-id="throughline-flags"]')!.click());
    const canvas = () =>
      session.page.evaluate(() => document.querySelector('astro-dev-toolbar')?.shadowRoot?.querySelector('astro-dev-toolbar-app-canvas[data-app-id="throughline-flags"]')?.shadowRoot?.textContent ?? '');
    await expect.poll(canvas, { timeout: 10_000 }).toContain('Off theme');
    expect(await canvas()).toContain('drafts/crypto-portfolio');
  });
});

describe('asking before a destructive post', () => {
  test('deleting a post asks once, and dismissing the question keeps the file', async () => {
    // Not drafts/winter-soup-photos: published above, it left drafts/.
    const id = 'drafts/crypto-portfolio';
    await session.page.goto(`${session.studio.url}/studio/drafts/${id}`);
    const asked: string[] = [];
    const onDialog = (dialog: import('playwright-core').Dialog) => { asked.push(dialog.message()); void dialog.dismiss(); };
    session.page.on('dialog', onDialog);
    try {
      await session.page.locator('.post-actions summary').click();
      await session.page.click('.post-actions button[value="delete"]');
      await expect.poll(() => asked.length).toBe(1);
      expect(asked[0]).toContain('Delete this post file?');
      expect(existsSync(postFile(id))).toBe(true);
    } finally {
      session.page.off('dialog', onDialog);
    }
  });
});

describe('accessibility', () => {
  test.each(['/studio/brand', '/studio/drafts', '/studio/drafts/drafts/crypto-portfolio', '/studio/drafts/new', '/studio/publish/drafts/wechat/dongzhi-jiaozi'])(
    'the %s page has no serious or critical axe violations',
    async (path) => {
      await session.page.goto(`${session.studio.url}${path}`);
      await session.page.addScriptTag({ content: axe.source });
      const result = await session.page.evaluate(() =>
        (window as unknown as { axe: typeof axe }).axe.run({ exclude: [['astro-dev-toolbar']] } as never),
      );
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    },
  );
});
