import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CADENCE_PRESETS } from '../../../src/core/cadence.ts';
import { buildPlan } from '../../../src/core/plan.ts';
import { PlannerSchema } from '../../../src/core/schema/planner.ts';
import { parsePostText } from '../../../src/core/post-file.ts';
import { channelZone, expandChannelSlots } from '../../../src/core/slots.ts';
import { readPlanner } from '../../../src/store/planner-store.ts';
import { listPosts } from '../../../src/store/posts.ts';
import { chooseForRule, composeCadence } from '../../../src/studio/channels/cadence-compose.ts';
import { applyChannelForm, checkChannelForm, readChannelForm } from '../../../src/studio/channels/channel-form.ts';
import { checkRemoveChannel, removeChannel } from '../../../src/studio/channels/channel-remove.ts';
import { buildMonthGrid } from '../../../src/studio/plan/month.ts';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;

beforeAll(async () => {
  studio = await startStudio();
});

afterAll(async () => {
  await studio?.stop();
});

/** A form POST from the studio's own origin, without following the redirect. */
function post(path: string, fields: [string, string][]): Promise<Response> {
  return fetch(`${studio.url}${path}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { origin: studio.url },
    redirect: 'manual',
  });
}

const plannerFile = () => join(studio.root, 'content/planner.json');

async function project() {
  return { planner: await readPlanner(studio.root), posts: (await listPosts(studio.root)).posts };
}

describe('the channels form', () => {
  test('adding a channel with a bad RRULE answers with the field error and leaves planner.json unchanged byte for byte', async () => {
    const before = await readFile(plannerFile());
    const response = await post('/studio/channels', [
      ['action', 'save'], ['name', 'Zhihu'], ['id', 'zhihu'], ['platform', 'zhihu'],
      ['cadenceMode', 'custom'], ['cadence', 'FREQ=HOURLY'], ['start', '2026-11-23'], ['time', '09:00'],
    ]);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/data-error-for="cadence"[^>]*>FREQ=HOURLY is more often than daily/);
    expect(Buffer.compare(await readFile(plannerFile()), before)).toBe(0);
  });

  test('a channel with an unknown time zone or pillar is refused with errors next to those fields', async () => {
    const before = await readFile(plannerFile());
    const response = await post('/studio/channels', [
      ['action', 'save'], ['name', 'Weibo'], ['platform', 'weibo'], ['cadenceMode', 'daily'],
      ['start', '2026-11-23'], ['time', '09:00'], ['timezone', 'Mars/Olympus'], ['pillars', 'gardening'],
    ]);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/data-error-for="timezone"[^>]*>expected an IANA time zone/);
    expect(html).toMatch(/data-error-for="pillars"[^>]*>unknown pillar &quot;gardening&quot;/);
    expect(Buffer.compare(await readFile(plannerFile()), before)).toBe(0);
  });

  test('a channel that posts still name is not removed without a target for them, and the page names those posts', async () => {
    const before = await readFile(plannerFile());
    const users = (await project()).posts.filter((p) => p.data.channel === 'wechat').map((p) => p.file);
    const response = await post('/studio/channels', [['action', 'remove'], ['editing', 'wechat']]);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/data-error-for="remove"[^>]*>channel &quot;wechat&quot; is still used by \d+ posts/);
    for (const file of users) expect(html).toContain(file);
    expect(Buffer.compare(await readFile(plannerFile()), before)).toBe(0);
  });

  test('a cadence change keeps the old period in history, so slots before the change stay as they were', async () => {
    const old = await project();
    const blog = old.planner.channels.find((c) => c.id === 'blog')!;
    const zone = channelZone(blog, old.planner.brand);
    const changeAt = Date.parse('2026-11-01T00:00:00+08:00');
    const slotsBefore = expandChannelSlots(blog, { zone, from: -Infinity, to: changeAt, breaks: old.planner.breaks });
    expect(slotsBefore.length).toBeGreaterThan(5);

    const response = await post('/studio/channels', [
      ['action', 'save'], ['editing', 'blog'], ['name', blog.name], ['platform', blog.platform], ['cadenceMode', 'weekly-days'],
      ['cadenceDays', 'MO'], ['cadenceDays', 'TH'], ['start', blog.start], ['changeFrom', '2026-11-01'], ['time', '07:30'],
      ...(blog.pillars ?? []).map((p): [string, string] => ['pillars', p]),
    ]);
    expect(response.status).toBe(303);

    const next = await project();
    const changed = next.planner.channels.find((c) => c.id === 'blog')!;
    expect(changed).toMatchObject({ cadence: 'FREQ=WEEKLY;BYDAY=MO,TH', start: '2026-11-01', time: '07:30' });
    expect(changed.history).toEqual([{ cadence: blog.cadence, start: blog.start, time: blog.time }]);
    expect(expandChannelSlots(changed, { zone, from: -Infinity, to: changeAt, breaks: next.planner.breaks })).toEqual(slotsBefore);

    const planArgs = { now: Date.parse('2026-11-23T00:00:00Z'), from: Date.parse('2026-09-01T00:00:00Z'), weeks: 2 };
    const blogDatesBefore = (p: typeof old) => buildPlan({ ...p, ...planArgs }).slots.filter((s) => s.channel === 'blog' && s.date < '2026-11-01').map((s) => s.start);
    expect(blogDatesBefore(next)).toEqual(blogDatesBefore(old));
    const after = buildPlan({ ...next, ...planArgs }).slots.filter((s) => s.channel === 'blog' && s.date >= '2026-11-01');
    expect(after.slice(0, 2).map((s) => s.start)).toEqual(['2026-11-02T07:30:00+08:00', '2026-11-05T07:30:00+08:00']);
  });
});

describe('the plan page', () => {
  test('planning a post into a slot creates content/posts/<slug>.mdx with channel, pillar, plannedFor and status', async () => {
    const { planner, posts } = await project();
    const slot = buildPlan({ planner, posts, now: Date.now(), weeks: 8 }).slots.find((s) => s.channel === 'wechat' && s.post === null)!;
    const response = await post(`/studio/plan?month=${slot.date.slice(0, 7)}`, [
      ['action', 'plan-post'], ['channel', 'wechat'], ['date', slot.date], ['title', 'Red-braised pork, step by step'],
      ['slug', 'red-braised-pork'], ['status', 'draft'], ['pillar', 'recipes'],
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain(`#slot-wechat-${slot.date}`);

    const text = await readFile(join(studio.root, 'content/posts/red-braised-pork.mdx'), 'utf8');
    const created = parsePostText(text, 'red-braised-pork', 'content/posts/red-braised-pork.mdx');
    expect(created.data).toEqual({ title: 'Red-braised pork, step by step', channel: 'wechat', status: 'draft', pillar: 'recipes', plannedFor: slot.date });

    const page = await (await fetch(`${studio.url}/studio/plan?month=${slot.date.slice(0, 7)}`)).text();
    expect(page).toContain('href="/studio/drafts/red-braised-pork"');
  });

  test('planning a post under a slug that exists already is refused and writes nothing', async () => {
    const { planner, posts } = await project();
    const slot = buildPlan({ planner, posts, now: Date.now(), weeks: 8 }).slots.find((s) => s.channel === 'wechat' && s.post === null)!;
    const response = await post('/studio/plan', [
      ['action', 'plan-post'], ['channel', 'wechat'], ['date', slot.date], ['title', 'Another'], ['slug', 'red-braised-pork'], ['status', 'idea'],
    ]);
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('a post &quot;red-braised-pork&quot; already exists');
    expect((await listPosts(studio.root)).posts.filter((p) => p.data.title === 'Another')).toEqual([]);
  });

  test('skipping a slot adds a one-day break for that channel and the slot leaves the plan', async () => {
    const { planner, posts } = await project();
    const slot = buildPlan({ planner, posts, now: Date.now(), weeks: 8 }).slots.find((s) => s.channel === 'wechat' && s.post === null)!;
    const response = await post('/studio/plan', [['action', 'skip'], ['channel', 'wechat'], ['date', slot.date]]);
    expect(response.status).toBe(303);

    const next = await project();
    expect(next.planner.breaks).toContainEqual({ from: slot.date, to: slot.date, channels: ['wechat'], reason: 'skipped slot' });
    const planned = buildPlan({ ...next, now: Date.now(), weeks: 8 }).slots;
    expect(planned.some((s) => s.channel === 'wechat' && s.date === slot.date)).toBe(false);
    const page = await (await fetch(`${studio.url}/studio/plan?month=${slot.date.slice(0, 7)}`)).text();
    expect(page).not.toContain(`data-slot="wechat/${slot.date}"`);
  });

  test('a skip posted from another site is refused and changes nothing', async () => {
    const before = await readFile(plannerFile());
    const response = await fetch(`${studio.url}/studio/plan`, {
      method: 'POST',
      body: new URLSearchParams([['action', 'skip'], ['channel', 'wechat'], ['date', '2026-12-26']]),
      headers: { origin: 'http://evil.example' },
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(Buffer.compare(await readFile(plannerFile()), before)).toBe(0);
  });

  test('a break whose end is before its start is refused with the error next to "to"', async () => {
    const before = await readFile(plannerFile());
    const response = await post('/studio/plan', [['action', 'add-break'], ['from', '2026-12-24'], ['to', '2026-12-20']]);
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/data-error-for="to"[^>]*>&quot;To \(inclusive\)&quot; \(2026-12-20\) is before &quot;From&quot; \(2026-12-24\)/);
    expect(Buffer.compare(await readFile(plannerFile()), before)).toBe(0);
  });
});

describe('the studio API', () => {
  test('the cadence preview gives the rule in words and the next 8 slots, or the problem with the rule', async () => {
    const query = new URLSearchParams({ cadence: 'FREQ=MONTHLY;BYDAY=1TH', start: '2027-01-01', time: '08:00', zone: 'Europe/Berlin', lang: 'en' });
    const ok = await fetch(`${studio.url}/studio/api/cadence-preview?${query}`);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { text: string; slots: { date: string; start: string }[] };
    expect(body.text).toBe('First Thursday of the month');
    expect(body.slots.map((s) => s.start).slice(0, 3)).toEqual(['2027-01-07T08:00:00+01:00', '2027-02-04T08:00:00+01:00', '2027-03-04T08:00:00+01:00']);
    expect(body.slots).toHaveLength(8);

    const bad = await fetch(`${studio.url}/studio/api/cadence-preview?cadence=${encodeURIComponent('FREQ=DAILY;BYHOUR=9,18')}`);
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ field: 'cadence', error: expect.stringContaining('BYHOUR is not allowed') });
  });

  test('the calendar download is text/calendar with one recurring event for the chosen channel', async () => {
    const response = await fetch(`${studio.url}/studio/api/calendar.ics?channel=wechat`);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=SA');
    expect(text).not.toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TH');
  });

  test('the calendar download of a channel that does not exist says so, naming the file and field, in the studio language', async () => {
    const en = await fetch(`${studio.url}/studio/api/calendar.ics?channel=nope`);
    expect(en.status).toBe(404);
    expect(await en.text()).toMatch(/^content\/planner\.json: channels: unknown channel "nope"; expected one of blog, wechat\n$/);
    const zh = await fetch(`${studio.url}/studio/api/calendar.ics?channel=nope`, { headers: { cookie: 'throughline-lang=zh' } });
    expect(await zh.text()).toMatch(/^content\/planner\.json: channels: 未知的渠道 "nope"；应为以下之一：blog、wechat\n$/);
    // Without the cookie, a Chinese browser's Accept-Language decides, as on every studio page.
    const browser = await fetch(`${studio.url}/studio/api/calendar.ics?channel=nope`, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(await browser.text()).toContain('未知的渠道 "nope"');
  });
});

// The page helpers behind the forms, without a server (kept here: this task owns no unit test file).
describe('the plan page helpers', () => {
  const planner = PlannerSchema.parse({
    version: 1,
    brand: { name: 'Mei', label: 'Cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' }],
  });
  const form = (fields: [string, string][]) => {
    const data = new FormData();
    for (const [k, v] of fields) data.append(k, v);
    return readChannelForm(data);
  };
  const edit = (extra: [string, string][]) =>
    form([['editing', 'blog'], ['name', 'Blog'], ['platform', 'blog'], ['cadenceMode', 'daily'], ['start', '2026-09-01'], ['time', '09:00'], ...extra]);

  test('a cadence change that starts on or before the current start replaces the period instead of adding history', () => {
    const next = applyChannelForm(planner, edit([['changeFrom', '2026-08-01']]), '2026-11-23');
    expect(next.channels[0]).toMatchObject({ cadence: 'FREQ=DAILY', start: '2026-08-01' });
    expect(next.channels[0]!.history).toBeUndefined();
  });

  test('a second cadence change must start after the previous change', () => {
    const once = applyChannelForm(planner, edit([['changeFrom', '2026-11-01']]), '2026-11-23');
    const again = form([['editing', 'blog'], ['name', 'Blog'], ['platform', 'blog'], ['cadenceMode', 'weekly'], ['start', '2026-11-01'], ['time', '09:00'], ['changeFrom', '2026-09-01']]);
    expect(checkChannelForm(again, once, '2026-11-23').changeFrom).toBe('the new cadence must start after 2026-09-01, when the previous one began');
  });

  test('the weekday builder without any weekday asks for one instead of passing an empty BYDAY', () => {
    const empty = form([['name', 'X'], ['platform', 'x'], ['cadenceMode', 'weekly-days'], ['start', '2026-11-23']]);
    expect(checkChannelForm(empty, planner, '2026-11-23').cadence).toBe('choose at least one weekday');
  });

  test.each(CADENCE_PRESETS.map((p) => [p.id, p.rule]))('the preset %s shows as itself when its channel is edited', (id, rule) => {
    expect(chooseForRule(rule, CADENCE_PRESETS).mode).toBe(id);
    expect(composeCadence(chooseForRule(rule, CADENCE_PRESETS), CADENCE_PRESETS)).toBe(rule);
  });

  test.each([
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR', 'weekly-days'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'monthly-on-day'],
    ['FREQ=MONTHLY;BYDAY=3WE', 'monthly-nth-weekday'],
    ['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8', 'custom'],
  ])('the rule %s opens in the %s editor and composes back to itself', (rule, mode) => {
    const choice = chooseForRule(rule, CADENCE_PRESETS);
    expect(choice.mode).toBe(mode);
    expect(composeCadence(choice, CADENCE_PRESETS)).toBe(rule);
  });

  test('removing a channel drops the breaks that named only it and keeps the others', () => {
    const withBreaks = { ...planner, breaks: [
      { from: '2026-12-01', to: '2026-12-01', channels: ['blog'] },
      { from: '2026-12-24', to: '2026-12-26' },
    ] };
    expect(removeChannel(withBreaks, 'blog')).toMatchObject({ channels: [], breaks: [{ from: '2026-12-24', to: '2026-12-26' }] });
    const posts = [{ id: 'a', file: 'content/posts/a.md', data: { title: 'A', channel: 'blog', status: 'draft' as const }, body: '' }];
    expect(checkRemoveChannel('blog', posts, '', ['blog'])).toBe('channel "blog" is still used by 1 post: content/posts/a.md; choose where they go');
    expect(checkRemoveChannel('blog', posts, 'blog', ['blog'])).toMatch(/^unknown channel "blog"/);
  });

  test('the month grid runs Monday to Sunday and covers the whole month', () => {
    const weeks = buildMonthGrid('2026-11', [], '2026-11-23');
    expect(weeks[0]![0]!.date).toBe('2026-10-26');
    expect(weeks.at(-1)!.at(-1)!.date).toBe('2026-12-06');
    expect(weeks.flat().filter((c) => c.inMonth)).toHaveLength(30);
    expect(weeks.flat().find((c) => c.isToday)?.date).toBe('2026-11-23');
  });
});
