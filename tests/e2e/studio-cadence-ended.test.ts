/**
 * A channel whose cadence has ended (UNTIL or COUNT behind now) has no next slot: its dashboard
 * card said "Its cadence has ended: no more slots" and, just above it, "No buffer: the next slot
 * is not covered yet", which speaks of a slot that will never come.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStudio, type Studio } from './studio-server.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio();
  const file = join(studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  // The sample's blog channel ends long before any run of this test; wechat goes on.
  planner.channels[0].cadence = 'FREQ=WEEKLY;BYDAY=TU;COUNT=3';
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
