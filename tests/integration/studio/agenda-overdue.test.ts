/**
 * The plan page's agenda listed only slots from now on, so a slot whose day was over with no
 * post, which a post can still fill (ChannelStats.overdue), was missing there while the
 * dashboard said it was missed so far. The studio reads the clock, so the fixture is made
 * relative to it: a weekly channel whose first slot was two days ago (its window runs five more).
 *
 * A slot that had started on its own day was in neither list until midnight, on the agenda and
 * the dashboard alike. The second channel's zone is the Etc/GMT zone where it is now about noon,
 * so its 10:00 slot today has started whatever the hour of the test, and its day is not over.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

const DAY = 86_400_000;
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const start = utcDate(Date.now() - 2 * DAY);
const next = utcDate(Date.parse(`${start}T00:00:00Z`) + 7 * DAY);
const weekdayOf = (date: string) => ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${date}T00:00:00Z`).getUTCDay()];
const weekday = weekdayOf(start);
// Hours east of UTC that make the local time about 12:00 (-11..12); Etc/GMT signs are inverted.
const east = 12 - new Date().getUTCHours();
const noonZone = east === 0 ? 'UTC' : east > 0 ? `Etc/GMT-${east}` : `Etc/GMT+${-east}`;
const localToday = utcDate(Date.now() + east * 3_600_000);
const localNext = utcDate(Date.parse(`${localToday}T00:00:00Z`) + 7 * DAY);

let studio: Studio;
let fixture: string;
beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), 'throughline-overdue-'));
  mkdirSync(join(fixture, 'content/posts'), { recursive: true });
  const planner = {
    version: 1,
    brand: { name: 'Mei', label: 'The home cook', audience: 'Home cooks', strengths: ['cooking'], timezone: 'UTC', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [
      { id: 'letter', name: 'Letter', platform: 'newsletter', cadence: `FREQ=WEEKLY;BYDAY=${weekday}`, start, time: '09:00' },
      { id: 'today', name: 'Today', platform: 'blog', cadence: `FREQ=WEEKLY;BYDAY=${weekdayOf(localToday)}`, start: localToday, time: '10:00', timezone: noonZone },
    ],
    breaks: [],
  };
  writeFileSync(join(fixture, 'content/planner.json'), JSON.stringify(planner));
  studio = await startStudio(fixture);
});
afterAll(async () => {
  await studio?.stop();
  rmSync(fixture, { recursive: true, force: true });
});

const page = async (path: string, lang: string) => (await fetch(`${studio.url}${path}`, { headers: { cookie: `throughline-lang=${lang}` } })).text();

describe('the agenda and the overdue slot', () => {
  it('lists it first, marked, in English and Chinese', async () => {
    const en = await page('/studio/plan', 'en');
    const item = new RegExp(`<li[^>]*data-slot="letter/${start}"[^>]*data-overdue[^>]*>([\\s\\S]*?)</li>`).exec(en);
    expect(item?.[1]).toContain('overdue: publish before');
    const agenda = en.slice(en.indexOf('data-agenda-channel="letter"'));
    expect(agenda.indexOf(`data-slot="letter/${start}"`)).toBeLessThan(agenda.indexOf(`data-slot="letter/${next}"`));
    expect(await page('/studio/plan', 'zh')).toMatch(/已逾期：\d+月\d+日前发布可补上/);
  });

  it('lists the slot that started today first, as due today and not as overdue, in English and Chinese', async () => {
    const en = await page('/studio/plan', 'en');
    const item = new RegExp(`<li[^>]*data-slot="today/${localToday}"([^>]*)>([\\s\\S]*?)</li>`).exec(en);
    expect(item?.[1]).toContain('data-due-today');
    expect(item?.[1]).not.toContain('data-overdue');
    expect(item?.[2]).toContain('due today, not posted yet');
    const agenda = en.slice(en.indexOf('data-agenda-channel="today"'));
    expect(agenda.indexOf(`data-slot="today/${localToday}"`)).toBeLessThan(agenda.indexOf(`data-slot="today/${localNext}"`));
    expect(await page('/studio/plan', 'zh')).toContain('今天该发，还没发');
  });

  it('marks it in the month calendar, the first view on a phone, as the owed slot of the other channel, and no other slot', async () => {
    const cardOf = (html: string, channel: string, date: string) => {
      const at = html.indexOf(`id="slot-${channel}-${date}"`);
      return at < 0 ? '' : html.slice(at, html.indexOf('</div>', at));
    };
    const month = `?month=${localToday.slice(0, 7)}`;
    const en = await page(`/studio/plan${month}`, 'en');
    expect(cardOf(en, 'today', localToday)).toMatch(/data-due-today[^>]*>due today, not posted yet</);
    // The letter's slot of two days ago is owed (its window is open): marked as the agenda marks
    // it, when this month's grid shows its day (the first week row may show last month's days).
    const owedShown = cardOf(en, 'letter', start) !== '';
    if (owedShown) expect(cardOf(en, 'letter', start)).toContain('overdue: publish before');
    expect(en.match(/class="slot-due"/g)).toHaveLength(owedShown ? 2 : 1);
    expect(cardOf(await page(`/studio/plan${month}`, 'zh'), 'today', localToday)).toContain('今天该发，还没发');
  });

  it('says so on the dashboard card, with the local time, in English and Chinese', async () => {
    const card = (html: string) => html.slice(html.indexOf('data-streak-card="today"'), html.indexOf('</article>', html.indexOf('data-streak-card="today"')));
    const en = card(await page('/studio', 'en'));
    expect(en).toMatch(/<p class="at-risk"[^>]*data-due-today[^>]*>\s*<a [^>]*>Due today at 10:00: not posted yet<\/a>/);
    expect(en).not.toMatch(/Missed so far|data-overdue/);
    expect(card(await page('/studio', 'zh'))).toContain('今天 10:00 该发，还没发');
  });

  it("labels a day of the month's list as each language writes a date: 12月3日 周四 in Chinese, Thu 3 · 2026-12-03 in English", async () => {
    // A bilingual trial (2026-12-05) read "周四 3 · 2026-12-03" on a phone's agenda: the English order in Chinese words.
    const month = `?month=${localToday.slice(0, 7)}`;
    const cell = (html: string) => {
      const at = html.indexOf(`data-date="${localToday}"`);
      const date = html.indexOf('class="date"', at);
      return html.slice(html.indexOf('>', date) + 1, html.indexOf('</span></span>', date)).replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ');
    };
    const [, m, d] = localToday.split('-').map(Number);
    const weekdayZh = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'][new Date(`${localToday}T00:00:00Z`).getUTCDay()];
    expect(cell(await page(`/studio/plan${month}`, 'zh'))).toBe(`${m}月${d}日 ${weekdayZh}`);
    const weekdayEn = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${localToday}T00:00:00Z`).getUTCDay()];
    expect(cell(await page(`/studio/plan${month}`, 'en'))).toBe(`${weekdayEn} ${d} · ${localToday}`);
  });
});
