/**
 * The plan page left open while the slot it offers is filled elsewhere (another tab, the CLI): its
 * Plan a post is refused. The refusal showed the slot as a raw key ("blog/2026-12-01") and the
 * field key ("date: …"), in Chinese too, marked no field, and dropped the typed title (the card
 * has no form once its slot is filled). Now it names the slot in the user's words and says what to
 * do, offers the post again with its title, the slot field marked, and the alert holds the
 * refusal only (a screen reader reads the whole alert as it appears).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const lastBefore = (date: string, day: number) => {
  let d = addDays(date, -1);
  while (weekday(d) !== day) d = addDays(d, -1);
  return d;
};
// The slot still owed (its day over, its window open until the next slot's day): Blog on Tuesdays,
// WeChat on Saturdays; on a Tuesday, Blog's slot is today's, so WeChat's is the one.
const [channel, name, owed] = weekday(today) === 2 ? ['wechat', 'WeChat 公众号', lastBefore(today, 6)] : ['blog', 'Blog', lastBefore(today, 2)];
const day = (lang: 'en' | 'zh') => new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${owed}T00:00:00Z`));

const posts = (...parts: string[]) => join(session.studio.root, 'content/posts', ...parts);

async function planIntoFilledSlot(page: Page, lang: 'en' | 'zh', title: string) {
  await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
  // The slot is open again: the post an earlier test published there is gone.
  for (const lang of ['en', 'zh']) rmSync(posts(channel, `from-cli-${lang}.md`), { force: true });
  // The sample's draft planned for Blog's owed slot goes to a later one: the slot is open.
  const crypto = posts('drafts/crypto-portfolio.mdx');
  writeFileSync(crypto, readFileSync(crypto, 'utf8').replace(/^plannedFor: .*$/m, `plannedFor: ${addDays(owed, 28)}`));
  await page.goto(`${session.studio.url}/studio/plan?month=${owed.slice(0, 7)}`);
  const card = page.locator(`.slot[data-slot="${channel}/${owed}"]`).first();
  await expect.poll(() => card.locator('summary').count(), { timeout: 15_000 }).toBe(1);
  await card.locator('summary').click();
  await card.locator('input[name="title"]').fill(title);
  // Meanwhile the CLI (or another tab) publishes a post in the slot's window.
  mkdirSync(posts(channel), { recursive: true });
  writeFileSync(posts(channel, `from-cli-${lang}.md`), `---\ntitle: From the CLI ${lang}\nchannel: ${channel}\nstatus: published\npublishedAt: ${owed}T12:00:00+08:00\n---\n\nText.\n`);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await Promise.all([page.waitForEvent('load'), card.locator('.plan-post-form button[type="submit"]').click()]);
}

describe('Plan a post into a slot filled meanwhile', () => {
  test.each([
    ['en', `Not planned: ${name}, ${day('en')}. Nothing was saved.`, `the ${owed} slot of "${name}" is over`],
    ['zh', `未安排：${name} ${day('zh')}。没有保存任何内容。`, `“${name}”在 ${owed} 的排期已经过去`],
  ] as const)('is refused (%s) in words naming the slot, the title kept and the slot field marked', async (lang, sentence, reason) => {
    const { page } = session;
    const title = lang === 'zh' ? '冬天的汤' : 'Soup for a cold day';
    await planIntoFilledSlot(page, lang, title);
    const alerts = await page.getByRole('alert').allInnerTexts();
    expect(alerts).toHaveLength(1);
    const alert = alerts[0]!;
    expect(alert).toContain(sentence);
    expect(alert).toContain(reason);
    expect(alert).not.toContain(`${channel}/${owed}`);
    expect(alert).not.toMatch(/\bdate:/);
    // The alert is the refusal alone: no form, no slot list, no "changed on disk".
    expect(alert).not.toContain(title);
    expect(alert).not.toMatch(/changed on disk|磁盘/);
    expect(await page.inputValue('#replan-title')).toBe(title);
    expect(await page.getAttribute('#replan-date', 'aria-invalid')).toBe('true');
    const described = (await page.getAttribute('#replan-date', 'aria-describedby')) ?? '';
    expect(await page.locator(`[id="${described}"]`).textContent()).toContain(reason);
    // The slot offered instead takes the post, with its title.
    const date = await page.inputValue('#replan-date');
    expect(date > owed).toBe(true);
    await Promise.all([page.waitForEvent('load'), page.click('[data-replan] button[type="submit"]')]);
    const made = readdirSync(posts(), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(posts(f), 'utf8')).find((text) => text.includes(`title: ${title}`));
    expect(made).toMatch(new RegExp(`^plannedFor: ${date}$`, 'm'));
  });
});
