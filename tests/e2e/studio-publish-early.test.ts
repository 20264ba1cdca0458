/**
 * Publishing ahead of the plan: a post planned for a later slot and marked as published now counts
 * for the slot whose window holds now (shared/interfaces.md §3), so its planned slot stays open.
 * The newcomer trial found nothing said so: the plan kept the post in its slot and, days later,
 * `check` called that slot missed. The publish page now says which slot the post will count for.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStudio, type Studio } from './studio-server.ts';
import { launchBrowser } from './browser.ts';

let studio: Studio;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// In UTC: the last Monday on or before today, and the Monday two weeks after it.
const today = Date.parse(`${iso(Date.now())}T00:00:00Z`);
const lastMonday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY;
const planned = iso(lastMonday + 14 * DAY);
// Three weeks before: a slot whose window (until the next Monday) has closed.
const overdue = iso(lastMonday - 21 * DAY);
const day = (ms: number, lang: 'en' | 'zh') =>
  new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(ms));

beforeAll(async () => {
  studio = await startStudio();
  const file = join(studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  planner.channels.push({ ...planner.channels[0], id: 'weekly', name: 'Weekly', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05', time: '00:00', timezone: 'UTC', history: undefined });
  planner.channels.push({ ...planner.channels[0], id: 'weekly-late', name: 'Weekly late', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05', time: '00:00', timezone: 'UTC', history: undefined });
  for (const id of ['weekly-editor', 'weekly-auto', 'weekly-browser']) planner.channels.push({ ...planner.channels[0], id, name: id, cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05', time: '00:00', timezone: 'UTC', history: undefined });
  // A channel whose first slot is two Mondays ahead, and one in a break this week.
  planner.channels.push({ ...planner.channels[0], id: 'weekly-new', name: 'Weekly new', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: planned, time: '00:00', timezone: 'UTC', history: undefined });
  planner.channels.push({ ...planner.channels[0], id: 'weekly-break', name: 'Weekly break', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05', time: '00:00', timezone: 'UTC', history: undefined });
  planner.breaks = [...(planner.breaks ?? []), { from: iso(lastMonday), to: iso(lastMonday + 6 * DAY), channels: ['weekly-break'], reason: 'moving house' }];
  writeFileSync(file, JSON.stringify(planner, null, 2));
  const post = (plannedFor: string) => `---\ntitle: Written ahead\nchannel: weekly\nstatus: scheduled\nplannedFor: ${plannedFor}\n---\n\nSoup, photographed by the window.\n`;
  writeFileSync(join(studio.root, 'content/posts/drafts/ahead.md'), post(planned));
  writeFileSync(join(studio.root, 'content/posts/drafts/due-today.md'), post(iso(today)));
  writeFileSync(join(studio.root, 'content/posts/drafts/before-first.md'), post(iso(lastMonday + 21 * DAY)).replace('channel: weekly', 'channel: weekly-new'));
  writeFileSync(join(studio.root, 'content/posts/drafts/in-break.md'), post(planned).replace('channel: weekly', 'channel: weekly-break'));
  writeFileSync(join(studio.root, 'content/posts/drafts/overdue.md'), post(overdue).replace('channel: weekly', 'channel: weekly-late'));
  writeFileSync(join(studio.root, 'content/posts/drafts/overdue-editor.md'), post(overdue).replace('channel: weekly', 'channel: weekly-editor'));
  writeFileSync(join(studio.root, 'content/posts/drafts/overdue-auto.md'), post(overdue).replace('channel: weekly', 'channel: weekly-auto'));
  writeFileSync(join(studio.root, 'content/posts/drafts/overdue-browser.md'), post(overdue).replace('channel: weekly', 'channel: weekly-browser'));
});
afterAll(() => studio?.stop());

const page = async (id: string, lang: 'en' | 'zh') => (await fetch(`${studio.url}/studio/publish/${id}`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
const note = (html: string) => /<p class="banner" id="early-publication"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];

describe('marking as published a post planned for a later slot', () => {
  test.each(['en', 'zh'] as const)('says, before the button, which slot it will count for and that its own stays open (%s)', async (lang) => {
    const html = await page('drafts/ahead', lang);
    const text = note(html);
    expect(text, 'no note').toBeDefined();
    expect(text).toContain(day(lastMonday, lang));
    expect(text).toContain(day(Date.parse(`${planned}T00:00:00Z`), lang));
    expect(text).toMatch(lang === 'zh' ? /仍然空着/ : /stays open/);
  });

  // It said "(that day is in a break or before the channel's first slot)" where there was no break.
  test.each(['en', 'zh'] as const)('before the channel\'s first slot: says so and names that slot, not a break (%s)', async (lang) => {
    const text = note(await page('drafts/before-first', lang));
    expect(text, 'no note').toBeDefined();
    expect(text).toContain(lang === 'zh' ? `那天在渠道的第一期（${day(Date.parse(`${planned}T00:00:00Z`), lang)}）之前` : `first slot, ${day(Date.parse(`${planned}T00:00:00Z`), lang)})`);
    expect(text).not.toMatch(lang === 'zh' ? /休息/ : /break/);
  });

  test.each(['en', 'zh'] as const)('in a break: names the break, not the first slot (%s)', async (lang) => {
    const text = note(await page('drafts/in-break', lang));
    expect(text, 'no note').toBeDefined();
    expect(text).toContain(day(lastMonday + 6 * DAY, lang));
    expect(text).toContain(lang === 'zh' ? `那天在休息期 ${day(lastMonday, lang)}至 ` : `that day is in the break ${day(lastMonday, lang)} – `);
    expect(text).toContain('moving house');
    expect(text).not.toMatch(lang === 'zh' ? /第一期/ : /first slot/);
  });

  test('says nothing for a post planned for today', async () => {
    expect(note(await page('drafts/due-today', 'en'))).toBeUndefined();
  });

  // Its planned date followed it, so the plan shows the planned slot open (as check counts it),
  // instead of the published post sitting in it beside "due, not posted yet".
  test('once marked, its planned date is the slot it fills', async () => {
    const html = await page('drafts/ahead', 'en');
    const revision = /name="revision" value="([^"]+)"/.exec(html)![1]!;
    const response = await fetch(`${studio.url}/studio/publish/drafts/ahead`, {
      method: 'POST', body: new URLSearchParams({ revision, publishedAt: '', url: '' }), headers: { origin: studio.url }, redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const text = readFileSync(join(studio.root, 'content/posts/drafts/ahead.md'), 'utf8');
    expect(text).toMatch(/^status: published$/m);
    expect(text).toContain(`plannedFor: ${iso(lastMonday)}`);
    expect(text).not.toContain(`plannedFor: ${planned}`);
    expect(note(await page('drafts/ahead', 'en'))).toBeUndefined();
  });
});

// The same rule the other way: a post planned for a slot whose window closed weeks ago counts for
// the slot of the week it is published in. Before, it stayed in its old slot on the plan, shown
// as kept, while check called that slot missed.
describe('marking as published a post planned for a slot whose window has closed', () => {
  test.each(['en', 'zh'] as const)('says which slot it will count for and that its own stays missed (%s)', async (lang) => {
    const text = note(await page('drafts/overdue', lang));
    expect(text, 'no note').toBeDefined();
    expect(text).toContain(day(lastMonday, lang));
    expect(text).toContain(day(Date.parse(`${overdue}T00:00:00Z`), lang));
    expect(text).toMatch(lang === 'zh' ? /仍算断更/ : /stays missed/);
  });

  test('once marked, its planned date is the slot it fills', async () => {
    const html = await page('drafts/overdue', 'en');
    const revision = /name="revision" value="([^"]+)"/.exec(html)![1]!;
    const response = await fetch(`${studio.url}/studio/publish/drafts/overdue`, {
      method: 'POST', body: new URLSearchParams({ revision, publishedAt: '', url: '' }), headers: { origin: studio.url }, redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const text = readFileSync(join(studio.root, 'content/posts/drafts/overdue.md'), 'utf8');
    expect(text).toMatch(/^status: published$/m);
    expect(text).toContain(`plannedFor: ${iso(lastMonday)}`);
  });
});

// The editor's Save and autosave apply the same rule (drafts/publish-replan.ts). Before, they kept
// plannedFor on the old slot: the plan showed it filled while check called it missed.
describe('publishing in the editor a post planned for a slot whose window has closed', () => {
  const editorValues = async (id: string, channel: string) => {
    const html = await (await fetch(`${studio.url}/studio/drafts/${id}`)).text();
    const revision = /name="revision" value="([^"]+)"/.exec(html)![1]!;
    return { revision, values: { title: 'Written ahead', channel, status: 'published', pillar: '', plannedFor: overdue, publishedAt: '', url: '', body: 'Soup, photographed by the window.' } };
  };

  test('Save moves its planned date to the slot it fills and the page says so (en, zh)', async () => {
    const { revision, values } = await editorValues('drafts/overdue-editor', 'weekly-editor');
    const response = await fetch(`${studio.url}/studio/drafts/drafts/overdue-editor`, {
      method: 'POST', body: new URLSearchParams({ revision, ...values }), headers: { origin: studio.url }, redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(readFileSync(join(studio.root, 'content/posts/drafts/overdue-editor.md'), 'utf8')).toContain(`plannedFor: ${iso(lastMonday)}`);
    const location = response.headers.get('location')!;
    for (const lang of ['en', 'zh'] as const) {
      const html = await (await fetch(`${studio.url}${location}`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
      const text = /id="replanned"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
      expect(text, 'no note').toBeDefined();
      expect(text).toContain(day(lastMonday, lang));
      expect(text).toContain(day(Date.parse(`${overdue}T00:00:00Z`), lang));
      expect(text).toMatch(lang === 'zh' ? /仍算断更/ : /stays missed/);
    }
  });

  test('autosave does the same and answers the new planned date with the note', async () => {
    const { revision, values } = await editorValues('drafts/overdue-auto', 'weekly-auto');
    const response = await fetch(`${studio.url}/studio/api/autosave`, {
      method: 'POST', body: JSON.stringify({ id: 'drafts/overdue-auto', revision, values }), headers: { origin: studio.url, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { replanned?: { plannedFor: string; text: string } };
    expect(answer.replanned?.plannedFor).toBe(iso(lastMonday));
    expect(answer.replanned?.text).toMatch(/stays missed/);
    expect(readFileSync(join(studio.root, 'content/posts/drafts/overdue-auto.md'), 'utf8')).toContain(`plannedFor: ${iso(lastMonday)}`);
  });
});

describe('the editor in a browser', () => {
  test('choosing published autosaves, puts the new planned date in its field and shows the note', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${studio.url}/studio/drafts/drafts/overdue-browser`);
      await page.selectOption('#status', 'published');
      await page.locator('#replanned').waitFor({ state: 'visible', timeout: 20_000 });
      expect(await page.locator('#replanned').textContent()).toMatch(/stays missed/);
      expect(await page.inputValue('#plannedFor')).toBe(iso(lastMonday));
      expect(readFileSync(join(studio.root, 'content/posts/drafts/overdue-browser.md'), 'utf8')).toContain(`plannedFor: ${iso(lastMonday)}`);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
