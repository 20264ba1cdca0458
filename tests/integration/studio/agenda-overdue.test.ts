/**
 * The plan page's agenda listed only slots from now on, so a slot whose day was over with no
 * post, which a post can still fill (ChannelStats.overdue), was missing there while the
 * dashboard said it was missed so far. The studio reads the clock, so the fixture is made
 * relative to it: a weekly channel whose first slot was two days ago (its window runs five more).
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
const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${start}T00:00:00Z`).getUTCDay()];

let studio: Studio;
let fixture: string;
beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), 'throughline-overdue-'));
  mkdirSync(join(fixture, 'content/posts'), { recursive: true });
  const planner = {
    version: 1,
    brand: { name: 'Mei', label: 'The home cook', audience: 'Home cooks', strengths: ['cooking'], timezone: 'UTC', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [{ id: 'letter', name: 'Letter', platform: 'newsletter', cadence: `FREQ=WEEKLY;BYDAY=${weekday}`, start, time: '09:00' }],
    breaks: [],
  };
  writeFileSync(join(fixture, 'content/planner.json'), JSON.stringify(planner));
  studio = await startStudio(fixture);
});
afterAll(async () => {
  await studio?.stop();
  rmSync(fixture, { recursive: true, force: true });
});

describe('the agenda and the overdue slot', () => {
  it('lists it first, marked, in English and Chinese', async () => {
    const page = async (lang: string) => (await fetch(`${studio.url}/studio/plan`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
    const en = await page('en');
    const item = new RegExp(`<li[^>]*data-slot="letter/${start}"[^>]*data-overdue[^>]*>([\\s\\S]*?)</li>`).exec(en);
    expect(item?.[1]).toContain('overdue: publish before');
    const agenda = en.slice(en.indexOf('data-agenda-channel="letter"'));
    expect(agenda.indexOf(`data-slot="letter/${start}"`)).toBeLessThan(agenda.indexOf(`data-slot="letter/${next}"`));
    expect(await page('zh')).toMatch(/已逾期：\d+月\d+日 前发布可补上/);
  });
});
