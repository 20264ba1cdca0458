/**
 * The plan's rule for a planned date, through the real studio: the editor's "Planned for" (Save and
 * autosave) refuses a day that is no slot of the post's channel, as the plan page does, and a slot
 * that is over; POST /studio/api/plan-move refuses a slot that is over. Before, the editor wrote
 * any date and plan-move took a missed slot, and the post showed in no calendar (or as missed).
 * Dates are counted from today in the sample's zone (Asia/Shanghai): Blog posts on Tuesdays.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatDay } from '../../src/studio/plan/format.ts';
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
    // The editor has no calendar: its messages say to set the field; one for a slot that is over names the next open slot.
    ['en', nextWednesday, `${nextWednesday} is not a slot day of "Blog": its cadence has no slot that day; set "Planned for" to a slot day (nearest slot days: `],
    ['zh', nextWednesday, `${nextWednesday} 不是“Blog”的排期日：它的节奏那天没有排期；请把“计划日期”设为一个排期日（最近的排期日：`],
    ['en', closedTuesday, `the ${closedTuesday} slot of "Blog" is over (missed, or filled by a published post), so a post planned there fills no slot; set "Planned for" to a slot still open (next open slot: `],
    ['zh', closedTuesday, `“Blog”在 ${closedTuesday} 的排期已经过去（已断更，或已有发布的文章填上），安排在那天的文章不会填上任何排期；请把“计划日期”设为一个还空着的排期（下一个空排期：`],
  ] as const)('Save refuses (%s) %s next to the field, writing nothing', async (lang, date, message) => {
    const { page } = session;
    await setLang(page, lang);
    const before = postText();
    const shown = await saveWithPlannedFor(page, date);
    expect(shown).toContain(message);
    expect(shown).not.toContain('calendar');
    expect(shown).not.toContain('日历');
    expect(postText()).toBe(before);
  });

  test('autosave refuses an off-cadence day too, and says why next to the field', async () => {
    const { page } = session;
    await setLang(page, 'en');
    const before = postText();
    await page.goto(`${session.studio.url}/studio/drafts/${ID}`);
    await page.waitForSelector('#post-form[data-ready]', { state: 'attached' });
    await page.fill('#plannedFor', nextWednesday);
    await page.dispatchEvent('#plannedFor', 'input');
    await expect.poll(() => page.locator('#plannedFor ~ .field-error').allTextContents(), { timeout: 15_000 }).toEqual([expect.stringContaining(`${nextWednesday} is not a slot day of "Blog"`)]);
    expect(await page.textContent('#autosave-status')).toBe('Not saved: fix the marked fields and save.');
    expect(await page.getAttribute('#plannedFor', 'aria-invalid')).toBe('true');
    expect(postText()).toBe(before);
  });

  // A refused Save showed its error under the field; the refused autosave after it put a second,
  // different one in the status line, and both stood at once.
  test.each(['en', 'zh'] as const)('after a refused Save, a refused autosave shows one error (%s), the newest, tied to the field', async (lang) => {
    const { page } = session;
    await setLang(page, lang);
    expect(await saveWithPlannedFor(page, nextWednesday)).toContain(nextWednesday);
    await page.fill('#plannedFor', closedTuesday);
    await page.dispatchEvent('#plannedFor', 'input');
    const errors = () => page.locator('#post-form .field-error').allTextContents();
    await expect.poll(errors, { timeout: 15_000 }).toEqual([expect.stringContaining(closedTuesday)]);
    const status = (await page.textContent('#autosave-status')) ?? '';
    expect(status).not.toContain(closedTuesday);
    expect(status).not.toContain(nextWednesday);
    const described = (await page.getAttribute('#plannedFor', 'aria-describedby')) ?? '';
    expect(await page.locator(`[id="${described}"]`).textContent()).toContain(closedTuesday);
    // What a screen reader reads as alerts: the refusal alone, not the hidden "changed on disk" panel.
    const alerts = await page.getByRole('alert').allInnerTexts();
    expect(alerts).toEqual([lang === 'zh' ? '未保存：请修改下面标出的字段。' : 'Nothing was saved: fix the fields marked below.']);
  });

  test('Save takes a slot still to come', async () => {
    const { page } = session;
    await setLang(page, 'en');
    expect(await saveWithPlannedFor(page, nextTuesday)).toBe('');
    expect(postText()).toMatch(new RegExp(`^plannedFor: ${nextTuesday}$`, 'm'));
  });
});

describe('POST /studio/api/plan-move onto a slot that is over', () => {
  // The next open slot may be the owed one, its day past (any day but a Tuesday): then the words call it overdue.
  test.each([
    ['en', `the ${closedTuesday} slot of "Blog" is over (missed, or filled by a published post), so a post planned there fills no slot; pick a slot still open in the calendar (next open slot: `, String.raw`(, overdue: publish before \d{4}-\d{2}-\d{2} to fill it)?\)`],
    ['zh', `“Blog”在 ${closedTuesday} 的排期已经过去（已断更，或已有发布的文章填上），安排在那天的文章不会填上任何排期；请在日历中选择一个还空着的排期（下一个空排期：`, String.raw`(，已逾期：\d{4}-\d{2}-\d{2} 前发布可补上)?）`],
  ] as const)('is refused with 400 and the reason (%s), writing nothing', async (lang, message, end) => {
    const { page } = session;
    await setLang(page, lang);
    await page.goto(`${session.studio.url}/studio/plan`);
    const before = postText();
    const answer = await page.evaluate(async (body) => {
      const response = await fetch('/studio/api/plan-move', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as { errors?: Record<string, string> } };
    }, { id: ID, date: closedTuesday, channel: 'blog' });
    expect(answer).toEqual({ status: 400, body: { errors: { date: expect.stringMatching(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d{4}-\\d{2}-\\d{2}${end}$`)) } } });
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

/**
 * A post planned off its cadence, or for a slot that is over: the dashboard and the plan page
 * flagged the first, nothing flagged the second (the sample's drafts aged into such slots), and
 * the editor's flag list said "No flags." for both. The plan page's card of a post whose slot is
 * over had no status word and no handle, so the editor was the only way to move it.
 */
describe("the plan's flags on a post", () => {
  const LATE = 'blog/late-soup';
  const lateFile = () => join(session.studio.root, 'content/posts', `${LATE}.md`);
  const writeLate = (plannedFor: string) => {
    mkdirSync(join(session.studio.root, 'content/posts/blog'), { recursive: true });
    writeFileSync(lateFile(), `---\ntitle: Late soup\nchannel: blog\nstatus: draft\nplannedFor: ${plannedFor}\n---\n\nSoup by the window, photographed with steam.\n`);
  };
  const editorFlags = async (page: Page) => {
    await page.goto(`${session.studio.url}/studio/drafts/${LATE}`);
    return page.locator('#theme-flags li').evaluateAll((items) => items.map((li) => [li.getAttribute('data-flag'), li.textContent ?? '']));
  };
  const dashboardFlags = async (page: Page) => {
    await page.goto(`${session.studio.url}/studio`);
    return page.locator(`.flags li:has(a[href="/studio/drafts/${LATE}"])`).evaluateAll((items) => items.map((li) => li.getAttribute('data-flag')));
  };

  test.each([
    ['off its cadence', () => nextWednesday, 'off-slot', 'en', 'Off the cadence'],
    ['inside no slot, in Chinese', () => nextWednesday, 'off-slot', 'zh', '不在排期上'],
    ['for a slot that is over', () => closedTuesday, 'slot-over', 'en', 'Slot is over'],
    ['for a slot that is over, in Chinese', () => closedTuesday, 'slot-over', 'zh', '排期已过'],
  ] as const)('planned %s: the editor lists the flag the dashboard shows', async (_what, date, kind, lang, label) => {
    const { page } = session;
    await setLang(page, lang);
    writeLate(date());
    await expect.poll(() => dashboardFlags(page), { timeout: 15_000 }).toContain(kind);
    const flags = await editorFlags(page);
    expect(flags.map(([k]) => k)).toContain(kind);
    expect(flags.find(([k]) => k === kind)![1]).toContain(label);
    expect(flags.map(([, text]) => text)).not.toContain(lang === 'zh' ? '没有提示。' : 'No flags.');
  });

  test('a slot that is over: the flag names the next open slot, and its Move to moves the post there', async () => {
    const { page } = session;
    await setLang(page, 'en');
    writeLate(closedTuesday);
    await page.goto(`${session.studio.url}/studio/drafts/${LATE}`);
    const flag = (await page.locator('#theme-flags li[data-flag="slot-over"]').textContent()) ?? '';
    expect(flag).toContain(`"Late soup" is planned for the Blog slot of ${closedTuesday}, which is over, so it fills no slot: publish it or move it to `);
    const target = /move it to (\d{4}-\d{2}-\d{2})/.exec(flag)![1]!;
    expect(target > closedTuesday).toBe(true);
    await Promise.all([page.waitForEvent('load'), page.click(`#slot-over button:has-text("Move to ${target}")`)]);
    expect(readFileSync(lateFile(), 'utf8')).toMatch(new RegExp(`^plannedFor: ${target}$`, 'm'));
    // It said "Moved to the nearest slot.", the off-slot flag's words, and no date.
    expect(await page.textContent('.flash')).toBe(`Moved to the next open slot, ${formatDay(target, 'en')}.`);
  });

  test.each(['en', 'zh'] as const)("the plan page's card of a post whose slot is over says so (%s) and has a handle", async (lang) => {
    const { page } = session;
    await setLang(page, lang);
    writeLate(closedTuesday);
    await page.goto(`${session.studio.url}/studio/plan?month=${closedTuesday.slice(0, 7)}`);
    const card = page.locator(`.slot[data-slot="blog/${closedTuesday}"]:has(a[href="/studio/drafts/${LATE}"])`);
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    expect(await card.locator('.slot-status[data-outcome="over"]').textContent()).toBe(lang === 'zh' ? '排期已过：请移走' : 'slot over: move it');
    expect(await card.getAttribute('data-drag-post')).toBe(LATE);
    expect(await card.locator('[data-drag-handle]').count()).toBe(1);
    expect(await page.locator(`#slot-over li[data-off-slot="${LATE}"] button`).count()).toBe(1);
  });
});
