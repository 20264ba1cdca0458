/**
 * The plan's rule for a planned date, through the real studio: the editor's "Planned for" (Save and
 * autosave) refuses a day that is no slot of the post's channel, as the plan page does, and a slot
 * that is over; POST /studio/api/plan-move refuses a slot that is over. Before, the editor wrote
 * any date and plan-move took a missed slot, and the post showed in no calendar (or as missed).
 * Dates are counted from today in the sample's zone (Asia/Shanghai): Blog posts on Tuesdays.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const ID = 'drafts/crypto-portfolio';
const postText = () => readFileSync(join(session.studio.root, 'content/posts', `${ID}.mdx`), 'utf8');

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** The first day from `date` on (step 1) or back (step -1) that is weekday `day` (0 Sunday). */
const seek = (date: string, day: number, step: 1 | -1) => {
  let d = date;
  while (weekday(d) !== day) d = addDays(d, step);
  return d;
};
const nextTuesday = seek(addDays(today, 1), 2, 1);
const nextWednesday = seek(addDays(today, 1), 3, 1);
/** A Tuesday whose window (until the next Tuesday) closed a week ago at least. */
const closedTuesday = seek(addDays(today, -14), 2, -1);

async function setLang(page: Page, lang: 'en' | 'zh') {
  await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
}

async function saveWithPlannedFor(page: Page, date: string): Promise<string> {
  await page.goto(`${session.studio.url}/studio/drafts/${ID}`);
  await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
  await page.fill('#plannedFor', date);
  // Planned, a post under drafts/ is offered a move to its channel's folder: it stays where the test reads it.
  const moveOut = page.locator('input[name="moveIdea"]');
  if (await moveOut.count()) await moveOut.setChecked(false);
  await Promise.all([page.waitForEvent('load'), page.click('.save-row button[type="submit"]')]);
  const error = page.locator('#plannedFor ~ .field-error');
  return (await error.count()) ? ((await error.first().textContent()) ?? '') : '';
}

describe("the editor's Planned for", () => {
  test.each([
    ['en', nextWednesday, `${nextWednesday} is not a slot day of "Blog": its cadence has no slot that day; pick a slot from the calendar`],
    ['zh', nextWednesday, `${nextWednesday} 不是“Blog”的排期日：它的节奏那天没有排期；请在日历中选择一个排期`],
    ['en', closedTuesday, `the ${closedTuesday} slot of "Blog" is over`],
    ['zh', closedTuesday, `“Blog”在 ${closedTuesday} 的排期已经过去`],
  ] as const)('Save refuses (%s) %s next to the field, writing nothing', async (lang, date, message) => {
    const { page } = session;
    await setLang(page, lang);
    const before = postText();
    expect(await saveWithPlannedFor(page, date)).toContain(message);
    expect(postText()).toBe(before);
  });

  test('autosave refuses an off-cadence day too, and says why in the status line', async () => {
    const { page } = session;
    await setLang(page, 'en');
    const before = postText();
    await page.goto(`${session.studio.url}/studio/drafts/${ID}`);
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    await page.fill('#plannedFor', nextWednesday);
    await page.dispatchEvent('#plannedFor', 'input');
    await expect.poll(() => page.textContent('#autosave-status'), { timeout: 15_000 }).toContain(`${nextWednesday} is not a slot day of "Blog"`);
    expect(postText()).toBe(before);
  });

  test('Save takes a slot still to come', async () => {
    const { page } = session;
    await setLang(page, 'en');
    expect(await saveWithPlannedFor(page, nextTuesday)).toBe('');
    expect(postText()).toMatch(new RegExp(`^plannedFor: ${nextTuesday}$`, 'm'));
  });
});

describe('POST /studio/api/plan-move onto a slot that is over', () => {
  test.each([
    ['en', `the ${closedTuesday} slot of "Blog" is over (missed, or filled by a published post), so a post planned there fills no slot; pick a slot from today on in the calendar`],
    ['zh', `“Blog”在 ${closedTuesday} 的排期已经过去（已断更，或已有发布的文章填上），安排在那天的文章不会填上任何排期；请在日历中选择今天或以后的排期`],
  ] as const)('is refused with 400 and the reason (%s), writing nothing', async (lang, message) => {
    const { page } = session;
    await setLang(page, lang);
    await page.goto(`${session.studio.url}/studio/plan`);
    const before = postText();
    const answer = await page.evaluate(async (body) => {
      const response = await fetch('/studio/api/plan-move', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as { errors?: Record<string, string> } };
    }, { id: ID, date: closedTuesday, channel: 'blog' });
    expect(answer).toEqual({ status: 400, body: { errors: { date: message } } });
    expect(postText()).toBe(before);
  });

  test('takes a slot still to come', async () => {
    const { page } = session;
    const answer = await page.evaluate(async (body) => (await fetch('/studio/api/plan-move', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).status, { id: ID, date: addDays(nextTuesday, 7), channel: 'blog' });
    expect(answer).toBe(200);
    expect(postText()).toMatch(new RegExp(`^plannedFor: ${addDays(nextTuesday, 7)}$`, 'm'));
  });
});

/** The plan page's own forms, sent by a page left open since the slot closed (the page offers them on open slots only). */
describe("the plan page's forms onto a slot that is over", () => {
  const send = (page: Page, fields: Record<string, string>) => page.evaluate(async (entries) => {
    const response = await fetch('/studio/plan', { method: 'POST', body: new URLSearchParams(entries), redirect: 'manual' });
    return { status: response.status, text: await response.text() };
  }, fields);
  const over = `the ${closedTuesday} slot of &quot;Blog&quot; is over (missed, or filled by a published post)`;

  test('Plan a post is refused above the calendar, and no post is made', async () => {
    const { page } = session;
    await setLang(page, 'en');
    await page.goto(`${session.studio.url}/studio/plan`);
    const answer = await send(page, { action: 'plan-post', channel: 'blog', date: closedTuesday, title: 'Late soup', slug: 'blog/late-soup', status: 'idea', pillar: '' });
    expect(answer.status).toBe(422);
    expect(answer.text).toContain(over);
    expect(() => readFileSync(join(session.studio.root, 'content/posts/blog/late-soup.mdx'))).toThrow();
  });

  test('Move to is refused in the off-slot panel, writing nothing', async () => {
    const { page } = session;
    const before = postText();
    const answer = await send(page, { action: 'move-planned', post: ID, date: closedTuesday, return: '/studio/plan' });
    expect(answer.status).toBe(422);
    expect(answer.text).toContain(over);
    expect(postText()).toBe(before);
  });
});
