/**
 * A post made with New draft starts at drafts/<slug>, and a post's id is its public address: a new
 * user published one and its page was /posts/drafts/<slug>/ for good. Planned or published, a post
 * under drafts/ now gets the offer ideas get (ticked): out of drafts/ into its channel's folder, in
 * the same save, from the editor, the publish page and the plan page's drop.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dragInView } from './drag.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const file = (id: string) => join(session.studio.root, 'content/posts', `${id}.mdx`);

/** Makes a post with the studio's New draft, slug left as the form starts it; returns its id. */
async function newDraft(title: string): Promise<string> {
  const { page } = session;
  await page.goto(`${session.studio.url}/studio/drafts/new`);
  expect(await page.inputValue('#slug')).toBe('drafts/');
  await page.fill('#title', title);
  await page.selectOption('#channel', 'blog');
  await Promise.all([page.waitForURL(/\/studio\/drafts\/drafts\//), page.click('form[action="/studio/drafts/new"] button[type="submit"]')]);
  return decodeURIComponent(new URL(page.url()).pathname.replace('/studio/drafts/', ''));
}

describe('a new draft (drafts/) published from the editor', () => {
  test('is offered the move out of drafts/, ticked, and lands in its channel folder in the same save', async () => {
    const { page } = session;
    const id = await newDraft('Winter melon soup');
    expect(id).toBe('drafts/winter-melon-soup');
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    const offer = page.locator('[data-idea-move]');
    expect(await offer.locator('legend').textContent()).toBe('Out of drafts/');
    expect(await offer.locator('small').textContent()).toContain('would say "drafts"');
    expect(await page.getAttribute('#moveIdeaTo', 'placeholder')).toBe('blog/winter-melon-soup');
    expect(await page.isChecked('input[name="moveIdea"]')).toBe(true);
    await page.fill('#body', 'Winter melon, pork ribs and ginger, simmered for an hour.');
    await page.selectOption('#status', 'published');
    await Promise.all([page.waitForURL(/\/studio\/drafts\/blog\/winter-melon-soup\?moved=1/), page.click('#post-form button[type="submit"]')]);
    expect(readFileSync(file('blog/winter-melon-soup'), 'utf8')).toContain('status: published');
    expect(existsSync(file(id))).toBe(false);
    expect(await page.locator('[data-idea-move]').count()).toBe(0);
  });

  test('suggests the folder of the channel chosen last, and keeps an id the user typed', async () => {
    const { page } = session;
    const id = await newDraft('Pickled radish');
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    expect(await page.getAttribute('#moveIdeaTo', 'placeholder')).toBe('blog/pickled-radish');
    await page.selectOption('#channel', 'wechat');
    expect(await page.getAttribute('#moveIdeaTo', 'placeholder')).toBe('wechat/pickled-radish');
    await page.fill('#moveIdeaTo', 'wechat/radish');
    await page.selectOption('#channel', 'blog');
    expect(await page.inputValue('#moveIdeaTo')).toBe('wechat/radish');
    await page.fill('#moveIdeaTo', '');
    await page.selectOption('#channel', 'wechat');
    await page.fill('#body', 'White radish, rice vinegar and sugar, a day in the jar.');
    await page.selectOption('#status', 'published');
    // The post goes where the placeholder said: the channel's folder as chosen last.
    expect(await page.getAttribute('#moveIdeaTo', 'placeholder')).toBe('wechat/pickled-radish');
    await Promise.all([page.waitForURL(/\/studio\/drafts\/wechat\/pickled-radish\?moved=1/), page.click('#post-form button[type="submit"]')]);
    expect(existsSync(file('wechat/pickled-radish'))).toBe(true);
    expect(existsSync(file(id))).toBe(false);
  });

  test('numbers the suggested id past a post that has it (-2), says so, and moves there', async () => {
    const { page } = session;
    mkdirSync(dirname(file('blog/sour-plum-drink')), { recursive: true });
    writeFileSync(file('blog/sour-plum-drink'), '---\ntitle: Sour plum drink (old)\nchannel: blog\nstatus: draft\n---\n\nSmoked plums.\n');
    const id = await newDraft('Sour plum drink');
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    expect(await page.getAttribute('#moveIdeaTo', 'placeholder')).toBe('blog/sour-plum-drink-2');
    expect(await page.locator('[data-idea-move-taken]').textContent()).toBe('blog/sour-plum-drink is taken by another post: it moves to blog/sour-plum-drink-2.');
    await page.selectOption('#channel', 'wechat');
    expect(await page.getAttribute('#moveIdeaTo', 'placeholder')).toBe('wechat/sour-plum-drink');
    expect(await page.isHidden('[data-idea-move-taken]')).toBe(true);
    await page.selectOption('#channel', 'blog');
    expect(await page.isVisible('[data-idea-move-taken]')).toBe(true);
    // A typed id is not numbered (a taken one is refused): the note about -2 would say the wrong target.
    await page.fill('#moveIdeaTo', 'blog/sour-plum-drink');
    expect(await page.isHidden('[data-idea-move-taken]')).toBe(true);
    await page.fill('#moveIdeaTo', '');
    expect(await page.isVisible('[data-idea-move-taken]')).toBe(true);
    await page.fill('#body', 'Smoked plums, hawthorn and rock sugar, chilled.');
    await page.selectOption('#status', 'published');
    await Promise.all([page.waitForURL(/\/studio\/drafts\/blog\/sour-plum-drink-2\?moved=1/), page.click('#post-form button[type="submit"]')]);
    expect(readFileSync(file('blog/sour-plum-drink'), 'utf8')).toContain('(old)');
    expect(readFileSync(file('blog/sour-plum-drink-2'), 'utf8')).toContain('status: published');
    expect(existsSync(file(id))).toBe(false);
  });

  test('stays in drafts/ on a save that neither plans nor publishes it', async () => {
    const { page } = session;
    const id = await newDraft('Steamed egg custard');
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    await page.fill('#body', 'Eggs, warm stock, a gentle steam.');
    await Promise.all([page.waitForURL(/saved=1/), page.click('#post-form button[type="submit"]')]);
    expect(existsSync(file(id))).toBe(true);
  });
});

describe('a new draft published on the publish page', () => {
  test('moves out of drafts/ with the publication, and the page opens at the new id', async () => {
    const { page } = session;
    const id = await newDraft('Scallion pancakes');
    await page.goto(`${session.studio.url}/studio/publish/${id}`);
    expect(await page.locator('[data-idea-move] legend').textContent()).toBe('Out of drafts/');
    await page.fill('#url', 'https://example.com/scallion-pancakes');
    await Promise.all([page.waitForURL(/\/studio\/publish\/blog\/scallion-pancakes\?saved=1/), page.click('main form[method="post"] button[type="submit"]')]);
    expect(readFileSync(file('blog/scallion-pancakes'), 'utf8')).toContain('status: published');
    expect(existsSync(file(id))).toBe(false);
  });

  test('a draft already in its channel folder under drafts/ is not put in it twice', async () => {
    const { page } = session;
    await page.goto(`${session.studio.url}/studio/publish/drafts/wechat/dongzhi-jiaozi`);
    expect(await page.getAttribute('#moveIdeaTo', 'placeholder')).toBe('wechat/dongzhi-jiaozi');
    await Promise.all([page.waitForURL(/\/studio\/publish\/wechat\/dongzhi-jiaozi\?saved=1/), page.click('main form[method="post"] button[type="submit"]')]);
    expect(existsSync(file('wechat/dongzhi-jiaozi'))).toBe(true);
    expect(existsSync(file('drafts/wechat/dongzhi-jiaozi'))).toBe(false);
  });
});

describe('a draft dropped onto a slot on the plan page', () => {
  test('gets the same dialog, naming drafts/', async () => {
    const { page } = session;
    const id = await newDraft('Braised tofu');
    // A laptop's view: dragInView (drag.ts) makes room for the drag, wherever the first open slot falls.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${session.studio.url}/studio/plan`);
    await page.waitForSelector('[data-drag-handle]:not([hidden])', { state: 'attached' });
    const card = page.locator(`#ideas [data-drag-post="${id}"]`);
    const target = page.locator('[data-drop-slot]').first();
    const [channel] = (await target.getAttribute('data-slot'))!.split('/');
    await dragInView(page, card, target);
    await expect.poll(() => page.locator('#idea-move').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.textContent('#im-legend')).toBe('Out of drafts/');
    expect(await page.textContent('#im-hint')).toContain('would say "drafts"');
    expect(await page.getAttribute('#im-to', 'placeholder')).toBe(`${channel}/braised-tofu`);
    await page.click('#im-cancel');
  });

  test('suggests a numbered id when the channel folder has one, says so, and the drop moves the post there', async () => {
    const { page } = session;
    const id = await newDraft('Mapo tofu');
    await page.goto(`${session.studio.url}/studio/plan`);
    const target = page.locator('[data-drop-slot]').first();
    const [channel] = (await target.getAttribute('data-slot'))!.split('/');
    mkdirSync(dirname(file(`${channel}/mapo-tofu`)), { recursive: true });
    writeFileSync(file(`${channel}/mapo-tofu`), `---\ntitle: Mapo tofu (old)\nchannel: ${channel}\nstatus: draft\n---\n\nChili bean paste.\n`);
    await page.reload();
    await page.waitForSelector('[data-drag-handle]:not([hidden])', { state: 'attached' });
    await dragInView(page, page.locator(`#ideas [data-drag-post="${id}"]`), page.locator('[data-drop-slot]').first());
    await expect.poll(() => page.locator('#idea-move').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.getAttribute('#im-to', 'placeholder')).toBe(`${channel}/mapo-tofu-2`);
    expect(await page.textContent('#im-taken')).toBe(`${channel}/mapo-tofu is taken by another post: it moves to ${channel}/mapo-tofu-2.`);
    // A typed id is not numbered: the note about -2 goes while there is one.
    await page.fill('#im-to', `${channel}/mapo-tofu`);
    expect(await page.isHidden('#im-taken')).toBe(true);
    await page.fill('#im-to', '');
    expect(await page.isVisible('#im-taken')).toBe(true);
    // The move writes the new file before it removes the old one (a crash between keeps both, loses
    // neither): the answer to the request, not the new file, says the move is done.
    await Promise.all([page.waitForResponse((r) => r.url().includes('/api/plan-move') && r.request().method() === 'POST'), page.click('#im-plan')]);
    expect(existsSync(file(`${channel}/mapo-tofu-2`))).toBe(true);
    expect(existsSync(file(id))).toBe(false);
    expect(readFileSync(file(`${channel}/mapo-tofu`), 'utf8')).toContain('(old)');
  });
});
