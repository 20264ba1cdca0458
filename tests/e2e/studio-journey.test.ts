/**
 * A new user's first day, in Chinese and in English, in a real browser: start from an empty
 * project, set the brand and pillars, add Zhihu, WeChat and LinkedIn channels, plan a post with a
 * Chinese title, write it, see its flags, publish it, then `check` passes. No request answers 500,
 * and in 中文 mode no page shows an English UI string (proper nouns and the user's text aside).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readProject } from '../../src/store/project.ts';
import { runCli } from '../integration/helpers.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();

/** Latin words a Chinese page may show: names of products and formats, never UI sentences. */
const PROPER_NOUNS = new Set(['Throughline', 'Zhihu', 'LinkedIn', 'WeChat', 'RRULE', 'FREQ', 'WEEKLY', 'BYDAY', 'Markdown', 'MDX', 'HTML', 'URL', 'ID', 'EN', 'IANA', 'YYYY', 'MM', 'DD', 'HH', 'ics', 'json', 'mdx', 'md', 'frontmatter', 'plannedFor', 'zhihu', 'wechat', 'linkedin', 'pt', 'check', 'content', 'posts', 'planner', 'sample', 'previous', 'YouTube', 'X',
  // 'sample' and 'previous' appear as folder names (content/.previous-日期/), 'calendar' in the
  // site's address /calendar.ics; Google (Google 日历) is a product's name.
  'calendar', 'Google',
  // IANA zone names are names of places, shown as the database spells them.
  'Asia', 'Shanghai',
  // The site-language picker names each language in itself (English, 中文), as language pickers do.
  'English',
  // The cover upload's hint names the image formats and the unit of its size limit (PNG、JPEG … 最多 10 MB).
  'PNG', 'JPEG', 'GIF', 'WebP', 'AVIF', 'MB']);

/** Visible Latin words of the page outside the user's own text, time-zone lists and code. */
async function englishWords(page: Page, userText: string[]): Promise<string[]> {
  const text = await page.evaluate(() => {
    const skip = (el: Element | null) => !!el?.closest('script, style, code, pre, textarea, select[name="timezone"], #fresh-timezone, [data-user-text]');
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!skip(node.parentElement)) parts.push(node.textContent ?? '');
    for (const el of document.querySelectorAll('input[placeholder], button, [title], [aria-label]'))
      if (!skip(el)) parts.push(el.getAttribute('placeholder') ?? '', el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '');
    return parts.join('\n');
  });
  let rest = text;
  for (const own of userText) rest = rest.split(own).join(' ');
  return [...new Set(rest.match(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g) ?? [])].filter((w) => !PROPER_NOUNS.has(w));
}

interface Journey {
  lang: 'zh' | 'en';
  name: string;
  label: string;
  pillars: [string, string];
  channels: { id: string; name: string; platform: string }[];
  title: string;
  body: string;
}

const JOURNEYS: Journey[] = [
  {
    lang: 'zh', name: '林老师', label: '帮职场人向上管理的职业教练', pillars: ['向上管理', '跳槽'],
    channels: [{ id: 'zhihu', name: '知乎', platform: 'zhihu' }, { id: 'wechat', name: '微信公众号', platform: 'wechat' }, { id: 'linkedin', name: 'LinkedIn', platform: 'linkedin' }],
    title: '向上管理：如何跟老板做一对一',
    body: '每周和老板做一次一对一，是向上管理最简单的起点。先列出三件事：进展、卡点、需要的支持。',
  },
  {
    lang: 'en', name: 'Lin Coaching', label: 'The career coach for managing up', pillars: ['Managing up', 'Changing jobs'],
    channels: [{ id: 'zhihu', name: 'Zhihu', platform: 'zhihu' }, { id: 'wechat', name: 'WeChat', platform: 'wechat' }, { id: 'linkedin', name: 'LinkedIn', platform: 'linkedin' }],
    title: '向上管理：如何跟老板做一对一',
    body: 'A weekly one-on-one with your manager is the simplest start to managing up: progress, blockers, the help you need.',
  },
];

describe.each(JOURNEYS)('the first day in $lang', (journey) => {
  const failures: string[] = [];
  const english: string[] = [];
  const userText = [journey.name, journey.label, ...journey.pillars, ...journey.channels.map((c) => c.name), journey.title, journey.body];

  async function look(where: string, sampleShown = false): Promise<void> {
    const page = session.page;
    if (journey.lang === 'zh' && !sampleShown) for (const word of await englishWords(page, userText)) english.push(`${where}: ${word}`);
    // JOURNEY_SHOTS=DIR keeps a full-page screenshot of every step, to look at by eye.
    if (process.env.JOURNEY_SHOTS) await page.screenshot({ path: `${process.env.JOURNEY_SHOTS}/journey-${journey.lang}-${where}.png`, fullPage: true });
  }

  test('starts from an empty project of its own', async () => {
    const page = session.page;
    page.removeAllListeners('response');
    page.on('response', (r) => {
      if (r.status() >= 500) failures.push(`${r.status()} ${r.url()}`);
    });
    page.removeAllListeners('dialog');
    page.on('dialog', (d) => void d.accept());
    // The dev toolbar lies over the bottom of the page and would take the clicks meant for the page.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: 'astro-dev-toolbar { display: none !important; }' }))));
    await page.context().addCookies([{ name: 'throughline-lang', value: journey.lang, url: session.studio.url }]);
    await page.goto(`${session.studio.url}/studio`);
    await look('dashboard-before', true);
    // The sample says so at the top, and its link leads to the open "Start my own brand" form;
    // a project of one's own (the second run) keeps the form folded at the bottom.
    if (await page.locator('#sample-notice').count()) await page.click('#sample-notice a');
    else await page.click('#start-fresh summary');
    expect(await page.locator('#start-fresh').getAttribute('open')).not.toBeNull();
    await page.fill('#fresh-name', journey.name);
    await page.fill('#fresh-pillar', journey.pillars[0]);
    await page.selectOption('#fresh-timezone', 'Asia/Shanghai');
    await Promise.all([page.waitForURL(/\/studio\/brand\?fresh=/), page.click('#start-fresh button[type="submit"]')]);
    const fresh = await readProject(session.studio.root);
    expect(fresh.posts).toEqual([]);
    expect(fresh.problems).toEqual([]);
  });

  test('sets the brand and a second pillar', async () => {
    const page = session.page;
    await look('brand');
    // A mistake first: the errors must read in the user's language too.
    await page.fill('#label', ' ');
    await page.fill('#name', '');
    await Promise.all([page.waitForLoadState('load'), page.click('#save-brand')]);
    expect(await page.locator('.field-error').count()).toBeGreaterThan(0);
    await look('brand-errors');
    await page.fill('#name', journey.name);
    await page.fill('#label', journey.label);
    await page.fill('#strengths', journey.pillars.join('\n'));
    await Promise.all([page.waitForLoadState('load'), page.click('button[value="add-pillar"]')]);
    await page.fill('#pillar-1-id', 'jobs');
    await page.fill('#pillar-1-name', journey.pillars[1]);
    await Promise.all([page.waitForURL(/\/studio\/brand\?saved=1/), page.click('#save-brand')]);
    await look('brand-saved');
    const { planner } = await readProject(session.studio.root);
    expect(planner.brand.pillars.map((p) => p.name)).toEqual(journey.pillars);
  });

  test('adds Zhihu, WeChat and LinkedIn channels', async () => {
    const page = session.page;
    for (const [i, channel] of journey.channels.entries()) {
      await page.goto(`${session.studio.url}/studio/channels`);
      if (i === 0) await look('channels');
      await page.fill('#name', channel.name);
      await page.fill('#id', channel.id);
      await page.selectOption('#platform', channel.platform);
      await page.selectOption('#cadenceMode', 'twice-weekly');
      await Promise.all([page.waitForURL(/\/studio\/channels\?saved=/), page.click('#save-channel')]);
    }
    await look('channels-saved');
    expect((await readProject(session.studio.root)).planner.channels.map((c) => c.id)).toEqual(journey.channels.map((c) => c.id));
  });

  test('plans a post with a Chinese title into a Zhihu slot', async () => {
    const page = session.page;
    await page.goto(`${session.studio.url}/studio/plan`);
    await look('plan');
    let slot = page.locator('[data-slot^="zhihu/"]:has(details)').first();
    if ((await slot.count()) === 0) {
      await page.click('a[rel="next"]');
      slot = page.locator('[data-slot^="zhihu/"]:has(details)').first();
    }
    await slot.locator('summary').click();
    await slot.locator('input[name="title"]').fill(journey.title);
    await Promise.all([page.waitForURL(/done=planned/), slot.locator('[data-plan-post-form] button[type="submit"]').click()]);
    await look('plan-planned');
    await page.goto(`${session.studio.url}/studio`);
    await look('dashboard');
  });

  test('writes the draft and sees its theme flags', async () => {
    const page = session.page;
    await page.goto(`${session.studio.url}/studio/drafts/new`);
    await page.fill('#slug', 'drafts/../x');
    await Promise.all([page.waitForLoadState('load'), page.click('form[action="/studio/drafts/new"] button[type="submit"]')]);
    expect(await page.locator('.field-error').count()).toBeGreaterThan(0);
    await look('new-draft-errors');
    await page.goto(`${session.studio.url}/studio/drafts`);
    await look('drafts');
    await Promise.all([page.waitForURL(/\/studio\/drafts\/.+/), page.click(`#drafts-table a`)]);
    await look('editor');
    await page.fill('#body', journey.body);
    await page.selectOption('#status', 'draft');
    await Promise.all([page.waitForURL(/saved=1/), page.click('#post-form button[type="submit"]')]);
    await expect.poll(() => page.locator('#theme-flags li').count()).toBeGreaterThan(0);
    await look('editor-saved');
  });

  test('publishes it by hand, and check passes', async () => {
    const page = session.page;
    await Promise.all([page.waitForURL(/\/studio\/publish\//), page.click('a[href^="/studio/publish/"]')]);
    await look('publish');
    await page.fill('#url', 'https://www.zhihu.com/question/1/answer/2');
    await Promise.all([page.waitForURL(/saved=1/), page.click('form[action^="/studio/publish/"] button[type="submit"]')]);
    await look('published');
    const { posts } = await readProject(session.studio.root);
    expect(posts.map((p) => p.data.status)).toEqual(['published']);
    const check = runCli(['check', '--root', session.studio.root]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  test('answered no request with a 5xx, and showed no English UI text in 中文 mode', () => {
    expect(failures).toEqual([]);
    expect(english).toEqual([]);
  });
});
