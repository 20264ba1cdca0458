/**
 * What the editor says after saving: Save pressed after an autosave had written the text said
 * "Saved." exactly as a Save that wrote it did, and autosave's "Saved" named no time. Now the line
 * after Save and the autosave answer say whether the file was written, and when (its last write),
 * in English and Chinese; a Save or autosave that finds the text on disk already does not touch it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

const FILE = 'content/posts/drafts/soup.md';
const TIME = /\d\d:\d\d:\d\d/;

let studio: Studio;
let fixture: string;
beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), 'throughline-save-status-'));
  mkdirSync(join(fixture, 'content/posts/drafts'), { recursive: true });
  const planner = {
    version: 1,
    brand: { name: 'Lin', label: 'Cook', timezone: 'UTC', pillars: [{ id: 'soup', name: 'Soup' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06', time: '09:00' }],
    breaks: [],
  };
  writeFileSync(join(fixture, 'content/planner.json'), JSON.stringify(planner));
  writeFileSync(join(fixture, FILE), '---\ntitle: Winter soup\nchannel: blog\nstatus: draft\n---\nSimmer the bones.\n');
  studio = await startStudio(fixture);
});
afterAll(async () => {
  await studio?.stop();
  rmSync(fixture, { recursive: true, force: true });
});

const page = async (query = '', lang = 'en') => (await fetch(`${studio.url}/studio/drafts/drafts/soup${query}`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
const revision = (html: string) => /data-revision="([^"]+)"/.exec(html)![1]!;
const flash = (html: string) => /<p class="flash"[^>]*>([^<]*)</.exec(html)?.[1]?.replaceAll('&#39;', "'");
const values = (body: string) => ({ title: 'Winter soup', channel: 'blog', status: 'draft', pillar: '', plannedFor: '', publishedAt: '', url: '', body });
const save = async (body: string) => {
  const form = new URLSearchParams({ revision: revision(await page()), ...values(body) });
  return fetch(`${studio.url}/studio/drafts/drafts/soup`, { method: 'POST', body: form, headers: { origin: studio.url }, redirect: 'manual' });
};
const autosave = async (body: string) => {
  const request = { id: 'drafts/soup', revision: revision(await page()), values: values(body) };
  return (await fetch(`${studio.url}/studio/api/autosave`, { method: 'POST', body: JSON.stringify(request), headers: { origin: studio.url, 'content-type': 'application/json' } })).json() as Promise<{ written?: boolean; savedAt?: number }>;
};

describe('the editor after a save', () => {
  it('says an autosave wrote the file, and when', async () => {
    const answer = await autosave('Simmer the bones for three hours.');
    expect(answer.written).toBe(true);
    expect(answer.savedAt).toBe(statSync(join(studio.root, FILE)).mtimeMs);
  });

  it('Save after that autosave writes nothing and says so, naming the file and its last write, in English and Chinese', async () => {
    const before = statSync(join(studio.root, FILE)).mtimeMs;
    const response = await save('Simmer the bones for three hours.');
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/\?saved=1&unchanged=1$/);
    expect(statSync(join(studio.root, FILE)).mtimeMs).toBe(before);
    const en = flash(await page(location.slice(location.indexOf('?'))));
    expect(en).toMatch(new RegExp(`^Nothing to save: ${FILE} already holds this text \\(last written at ${TIME.source}\\), so it was not written again\\.$`));
    const zh = flash(await page(location.slice(location.indexOf('?')), 'zh'));
    expect(zh).toMatch(new RegExp(`^无需保存：${FILE} 里已经是这些内容（上次写入于 ${TIME.source}），没有再次写入。$`));
  });

  it('Save of changed text writes the file and says when, in English and Chinese', async () => {
    const response = await save('Simmer the bones overnight.');
    const location = response.headers.get('location')!;
    expect(location).toMatch(/\?saved=1$/);
    expect(readFileSync(join(studio.root, FILE), 'utf8')).toContain('overnight');
    expect(flash(await page('?saved=1'))).toMatch(new RegExp(`^Saved: ${FILE} was written at ${TIME.source}\\.$`));
    expect(flash(await page('?saved=1', 'zh'))).toMatch(new RegExp(`^已保存：${TIME.source} 写入 ${FILE}。$`));
  });

  // On a dev container (its clock in UTC) the line after Save said 10:15:11 where autosave, formatted in
  // the browser, had said 18:14:27 for the same file (new-user trial, 2026-12-07): the layout keeps the
  // browser's zone in a cookie, and the server writes the time in it.
  it('says the time of the write in the browser\'s zone, as autosave does, whatever zone the studio runs in', async () => {
    const written = statSync(join(studio.root, FILE)).mtimeMs;
    const at = (timeZone: string) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).format(written);
    const inZone = async (zone: string, lang = 'en') =>
      flash(await (await fetch(`${studio.url}/studio/drafts/drafts/soup?saved=1`, { headers: { cookie: `throughline-lang=${lang}; throughline-tz=${encodeURIComponent(zone)}` } })).text());
    expect(at('Asia/Shanghai')).not.toBe(at('America/New_York'));
    expect(await inZone('Asia/Shanghai')).toBe(`Saved: ${FILE} was written at ${at('Asia/Shanghai')}.`);
    expect(await inZone('America/New_York', 'zh')).toBe(`已保存：${at('America/New_York')} 写入 ${FILE}。`);
    // A cookie that names no zone is passed over: the machine's zone, as without one.
    expect(await inZone('Mars/Olympus')).toBe(`Saved: ${FILE} was written at ${at(Intl.DateTimeFormat().resolvedOptions().timeZone)}.`);
  });

  it('an autosave of the text on disk writes nothing and says so', async () => {
    const before = statSync(join(studio.root, FILE)).mtimeMs;
    const answer = await autosave('Simmer the bones overnight.');
    expect(answer).toMatchObject({ written: false, savedAt: before });
    expect(statSync(join(studio.root, FILE)).mtimeMs).toBe(before);
  });
});
