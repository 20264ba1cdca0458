/**
 * A channel in a zone behind the brand's: its slot later today (its own local day) is still to
 * come, but the month calendar judged "upcoming" by the brand's date, so a brand in
 * Australia/Lord_Howe with a Zhihu channel in America/Santiago saw that evening's slot with no
 * "Plan a post" form (and no drop target), while `check` hinted to plan a post for it. Here the
 * brand is in Pacific/Kiritimati (UTC+14) and the channel in Pacific/Pago_Pago (UTC-11): the
 * brand's date is always a day ahead of the channel's, and the channel's 23:59 slot of its own
 * today is always still to come (the studio reads the real clock).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';
import { localDateOf } from '../../../src/core/zoned-time.ts';

const channelToday = localDateOf(Date.now(), 'Pacific/Pago_Pago');
const start = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

const PUBLISHED = 'content/posts/weekly/咖啡馆地图.md';

let studio: Studio;
let fixture: string;
beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), 'throughline-slot-today-'));
  mkdirSync(join(fixture, 'content/posts'), { recursive: true });
  const planner = {
    version: 1,
    brand: { name: '陈晓', label: '城市漫步者', audience: '年轻人', strengths: ['散步'], timezone: 'Pacific/Kiritimati', pillars: [{ id: '城市漫步', name: '城市漫步' }] },
    channels: [
      { id: '知乎', name: '知乎', platform: 'zhihu', cadence: 'FREQ=DAILY', start, time: '23:59', timezone: 'Pacific/Pago_Pago' },
      { id: 'weekly', name: '周报', platform: 'newsletter', cadence: 'FREQ=DAILY', start, time: '23:59', timezone: 'Pacific/Pago_Pago' },
    ],
    breaks: [],
  };
  writeFileSync(join(fixture, 'content/planner.json'), JSON.stringify(planner));
  // Published a minute ago, before its slot's time: it fills today's slot and is published.
  mkdirSync(join(fixture, 'content/posts/weekly'), { recursive: true });
  writeFileSync(join(fixture, PUBLISHED), `---\ntitle: 本周咖啡馆地图\nchannel: weekly\nstatus: published\nplannedFor: ${channelToday}\npublishedAt: ${new Date(Date.now() - 60_000).toISOString()}\n---\n这周走过的三家咖啡馆。\n`);
  studio = await startStudio(fixture);
});
afterAll(async () => {
  await studio?.stop();
  rmSync(fixture, { recursive: true, force: true });
});

describe('the plan calendar judges a slot by its own zone\'s date', () => {
  it.each(['en', 'zh'])('%s: the slot later today in the channel\'s zone offers "Plan a post"', async (lang) => {
    const html = await (await fetch(`${studio.url}/studio/plan?month=${channelToday.slice(0, 7)}`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
    const at = html.indexOf(`data-slot="知乎/${channelToday}"`);
    expect(at).toBeGreaterThan(0);
    const card = html.slice(html.lastIndexOf('<div', at), html.indexOf('</td>', at));
    expect(card).toContain('data-drop-slot');
    expect(card).toContain('class="slot-actions"');
  });
});

/**
 * A published post is where its date puts it: its card in the slot it filled had a drag handle
 * (once its slot was "upcoming"), and a drop rewrote its plannedFor (and channel) to another slot,
 * which then read as planned while the post had filled the first one.
 */
describe('a published post is not moved around the plan', () => {
  it.each(['en', 'zh'])('%s: its card has no drag handle', async (lang) => {
    const html = await (await fetch(`${studio.url}/studio/plan?month=${channelToday.slice(0, 7)}`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
    const at = html.indexOf(`data-slot="weekly/${channelToday}"`);
    expect(at).toBeGreaterThan(0);
    const card = html.slice(html.lastIndexOf('<div', at), html.indexOf('</td>', at));
    expect(card).toContain('本周咖啡馆地图');
    expect(card).not.toContain('data-drag-post');
  });

  it.each([
    ['en', 'is published'],
    ['zh', '已发布'],
  ])('%s: plan-move refuses it, in the studio language, and leaves the file as it was', async (lang, words) => {
    const before = readFileSync(join(studio.root, PUBLISHED), 'utf8');
    const response = await fetch(`${studio.url}/studio/api/plan-move`, {
      method: 'POST',
      headers: { origin: studio.url, 'content-type': 'application/json', cookie: `throughline-lang=${lang}` },
      body: JSON.stringify({ id: 'weekly/咖啡馆地图', date: '2099-01-01', channel: '知乎' }),
    });
    expect(response.status).toBe(409);
    expect(JSON.stringify(await response.json())).toContain(words);
    expect(readFileSync(join(studio.root, PUBLISHED), 'utf8')).toBe(before);
  });
});


/** The cadence preview's default start ("today") is today in the zone previewed, as the slots are. */
describe('cadence-preview without a start', () => {
  it('lists the slot later today in the zone asked for first', async () => {
    const response = await fetch(`${studio.url}/studio/api/cadence-preview?cadence=FREQ%3DDAILY&time=23:59&zone=Pacific/Pago_Pago&lang=en`);
    expect(response.status).toBe(200);
    const { slots } = (await response.json()) as { slots: { date: string }[] };
    expect(slots[0]!.date).toBe(channelToday);
  });
});
