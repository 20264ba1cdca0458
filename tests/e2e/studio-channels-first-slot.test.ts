/**
 * A biweekly Wednesday channel starting on a Sunday has its first slot 10 days later: RFC 5545
 * counts "every 2 weeks" from the week holding the start (weeks from Monday), so the Wednesday 3
 * days later is in a week off. A new user saw it with no word; the cadence preview (as the rule is
 * typed), the channels table and the plan's agenda now say why, in English and Chinese.
 */
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// A Sunday two to three weeks ahead (UTC dates; any zone's today is before it).
const today = Date.parse(`${iso(Date.now())}T00:00:00Z`);
const sunday = today + (14 + ((7 - new Date(today).getUTCDay()) % 7)) * DAY;
const day = (ms: number, lang: 'en' | 'zh') =>
  new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(ms));
const page = async (path: string, lang: 'en' | 'zh') => (await fetch(`${session.studio.url}${path}`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
const noteIn = (html: string, attr: string) => new RegExp(`<[a-z]+ class="first-slot-note" ${attr}[^>]*>([^<]*)<`).exec(html)?.[1];

describe('a biweekly channel whose start is not in the week of its first slot', () => {
  test('the cadence preview names the first slot and why, as the rule is typed', async () => {
    await session.page.goto(`${session.studio.url}/studio/channels`);
    await session.page.fill('#name', 'Biweekly');
    await session.page.fill('#id', 'biweekly');
    await session.page.selectOption('#cadenceMode', 'custom');
    await session.page.fill('#start', iso(sunday));
    await session.page.fill('#cadence', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE');
    await expect.poll(() => session.page.textContent('[data-preview-note]')).toContain(`First slot: ${day(sunday + 10 * DAY, 'en')}. "Every other week" counts from the week of the start date`);
    expect(await session.page.isVisible('[data-preview-note]')).toBe(true);
    expect(await session.page.textContent('[data-preview-note]')).toContain(`set the start date to ${iso(sunday + 3 * DAY)}`);
    // A rule whose first slot is its first matching day: no note.
    await session.page.fill('#cadence', 'FREQ=WEEKLY;BYDAY=WE');
    await expect.poll(() => session.page.isVisible('[data-preview-note]')).toBe(false);
    await session.page.fill('#cadence', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE');
    await expect.poll(() => session.page.isVisible('[data-preview-note]')).toBe(true);
    await Promise.all([session.page.waitForURL(/\/studio\/channels\?saved=/), session.page.click('#save-channel')]);
  });

  test.each(['en', 'zh'] as const)('the channels table and the agenda say it too (%s)', async (lang) => {
    const first = day(sunday + 10 * DAY, lang);
    const expected = lang === 'zh' ? `第一个排期：${first}。“每两周”从开始日期所在的那一周算起` : `First slot: ${first}. &quot;Every other week&quot; counts from the week of the start date`;
    const channels = await page('/studio/channels', lang);
    expect(noteIn(channels, 'data-first-slot-note')).toContain(expected);
    if (lang === 'zh') expect(channels).toContain('每两周一次（周三）');
    const plan = await page('/studio/plan', lang);
    const agenda = plan.slice(plan.indexOf('data-agenda-channel="biweekly"'));
    expect(noteIn(agenda, 'data-first-slot-note')).toContain(expected);
  });
});
