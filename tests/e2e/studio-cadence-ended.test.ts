/**
 * A channel whose cadence has ended (UNTIL or COUNT behind now) has no next slot: its dashboard
 * card said "Its cadence has ended: no more slots" and, just above it, "No buffer: the next slot
 * is not covered yet", which speaks of a slot that will never come. And the agenda's "overdue:
 * publish before 10 Mar to fill it", for a yearly slot of 10 Mar 2026 owed until 10 Mar 2027, read
 * as the slot's own day: the year is now given when it is not the slot's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStudio, type Studio } from './studio-server.ts';

let studio: Studio;
const ANNUAL_START = new Date(Date.now() - 300 * 86_400_000).toISOString().slice(0, 10);
beforeAll(async () => {
  studio = await startStudio();
  const file = join(studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  // The sample's blog channel ends long before any run of this test; wechat goes on.
  planner.channels[0].cadence = 'FREQ=WEEKLY;BYDAY=TU;COUNT=3';
  // Once a year, its last slot 300 days ago and missed: owed until the same day next year.
  planner.channels.push({ ...planner.channels[1], id: 'annual', name: 'Annual', cadence: 'FREQ=YEARLY', start: ANNUAL_START });
  writeFileSync(file, JSON.stringify(planner, null, 2));
});
afterAll(() => studio?.stop());

/** The dashboard's card for `channel`, as HTML, in `lang`. */
async function card(channel: string, lang: 'en' | 'zh'): Promise<string> {
  const html = await (await fetch(`${studio.url}/studio`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
  const start = html.indexOf(`data-streak-card="${channel}"`);
  expect(start, `no card for ${channel}`).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('the dashboard card of a channel whose cadence has ended', () => {
  test.each(['en', 'zh'] as const)('says so and speaks of no next slot to cover (%s)', async (lang) => {
    const ended = await card('blog', lang);
    expect(ended).toContain('data-cadence-ended');
    expect(ended).not.toContain('data-buffer');
    const going = await card('wechat', lang);
    expect(going).toContain('data-buffer');
    expect(going).not.toContain('data-cadence-ended');
  });
});

describe('the agenda line of a slot owed until another year', () => {
  test.each(['en', 'zh'] as const)('gives that year (%s)', async (lang) => {
    const html = await (await fetch(`${studio.url}/studio/plan`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
    const start = html.indexOf('data-agenda-channel="annual"');
    expect(start).toBeGreaterThan(0);
    const section = html.slice(start, html.indexOf('</section>', start)).replace(/<[^>]*>/g, '');
    // The next slot is a year on (four years on from a 29 February): a later year in any case.
    const until = (lang === 'zh' ? /已逾期：(\d{4})年\d+月\d+日前发布可补上/ : /overdue: publish before \d+ \w+ (\d{4}) to fill it/).exec(section);
    expect(until, section).not.toBeNull();
    expect(Number(until![1])).toBeGreaterThan(Number(ANNUAL_START.slice(0, 4)));
  });
});
