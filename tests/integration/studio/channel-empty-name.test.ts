/**
 * The Channels page refused a channel added with its name left empty, while `init` names a
 * channel after its platform in the brand's language and script. Saved through the page, such a
 * channel is named so (部落格 for a brand written in Traditional characters), and the
 * confirmation says the name was given.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
let fixture: string;
beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), 'throughline-channel-empty-name-'));
  mkdirSync(join(fixture, 'content/posts'), { recursive: true });
  const planner = {
    version: 1,
    brand: { name: '林小雨', label: '畫插畫的設計師', audience: '喜歡手繪與水彩的讀者', strengths: ['插畫'], timezone: 'Asia/Taipei', pillars: [{ id: 'notes', name: '筆記' }] },
    channels: [{ id: 'ig', name: 'Instagram', platform: 'other', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-09-05', time: '20:00' }],
    breaks: [],
  };
  writeFileSync(join(fixture, 'content/planner.json'), JSON.stringify(planner));
  studio = await startStudio(fixture);
});
afterAll(async () => {
  await studio?.stop();
  rmSync(fixture, { recursive: true, force: true });
});

test('a channel saved with an empty name is named after its platform in the brand’s script, and the confirmation says so', async () => {
  const response = await fetch(`${studio.url}/studio/channels`, {
    method: 'POST',
    headers: { origin: studio.url },
    redirect: 'manual',
    body: new URLSearchParams([
      ['action', 'save'], ['editing', ''], ['id', ''], ['name', ''], ['platform', 'blog'],
      ['cadenceMode', 'custom'], ['cadence', 'FREQ=WEEKLY;BYDAY=TU'], ['start', '2026-12-01'], ['time', '09:00'], ['timezone', ''],
    ]),
  });
  expect(response.status).toBe(303);
  const location = response.headers.get('location')!;
  expect(location).toBe('/studio/channels?saved=blog&named=1');
  const channels = JSON.parse(readFileSync(join(studio.root, 'content/planner.json'), 'utf8')).channels;
  expect(channels[1]).toMatchObject({ id: 'blog', name: '部落格', platform: 'blog' });
  const en = await (await fetch(`${studio.url}${location}`)).text();
  expect(en).toContain('Channel saved, named “部落格” after its platform, as its name was left empty.');
  const zh = await (await fetch(`${studio.url}${location}`, { headers: { cookie: 'throughline-lang=zh' } })).text();
  expect(zh).toContain('名称留空，已按平台命名为“部落格”。');
});
