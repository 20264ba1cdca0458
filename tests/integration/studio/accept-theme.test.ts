/** "On theme after all" in the editor: one click writes theme.acceptedOnTheme in planner.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
const accepted = () => JSON.parse(readFileSync(join(studio.root, 'content/planner.json'), 'utf8')).theme?.acceptedOnTheme ?? [];
const id = 'drafts/crypto-portfolio';

beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.stop();
});

const accept = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${studio.url}/studio/api/accept-theme`, { method: 'POST', body: new URLSearchParams(fields), headers: { origin: studio.url, ...headers }, redirect: 'manual' });

describe('On theme after all', () => {
  it('offers the button on a flagged draft, and once clicked records the post and says so', async () => {
    const before = await (await fetch(`${studio.url}/studio/drafts/${id}`)).text();
    expect(before).toContain('id="accept-theme"');
    expect(before).toContain('On theme after all');
    const { revision } = await (await fetch(`${studio.url}/studio/api/revision?id=${id}`)).json();

    const res = await accept({ id, revision });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/studio/drafts/${id}?accepted=1`);
    expect(accepted()).toContain(id);

    const after = await (await fetch(`${studio.url}${res.headers.get('location')}`)).text();
    expect(after).not.toContain('id="accept-theme"');
    expect(after).toContain('id="theme-accepted"');
  });

  it('refuses when the post changed on disk since the editor showed it, and writes nothing', async () => {
    const before = accepted();
    const res = await accept({ id: 'drafts/winter-soup-photos', revision: 'stale-revision' });
    expect(res.status).toBe(409);
    expect(accepted()).toEqual(before);
  });

  it('refuses an id that is not a post', async () => {
    const res = await accept({ id: '../content/planner', revision: '' });
    expect([400, 404]).toContain(res.status);
  });

  it('refuses in the studio language: a 中文 studio reads why in Chinese, an English one in English', async () => {
    const zh = await accept({ id: 'drafts/winter-soup-photos', revision: 'stale-revision' }, { cookie: 'throughline-lang=zh' });
    expect(zh.status).toBe(409);
    const { error } = await zh.json();
    expect(error).toContain('content/posts/drafts/winter-soup-photos');
    expect(error).toContain('重新加载');
    expect(error).not.toMatch(/changed on disk|reload/);
    const missing = await accept({ id: 'drafts/no-such-post', revision: 'x' }, { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatch(/[\u4e00-\u9fff]/);
    const en = await accept({ id: 'drafts/winter-soup-photos', revision: 'stale-revision' }, { cookie: 'throughline-lang=en' });
    expect((await en.json()).error).toContain('changed on disk since it was opened');
  });

  it('a click in the browser that is refused comes back to the editor with why, in the studio language, not a JSON page', async () => {
    const navigation = { accept: 'text/html,application/xhtml+xml', 'sec-fetch-mode': 'navigate', cookie: 'throughline-lang=zh' };
    const before = accepted();
    const res = await accept({ id: 'drafts/winter-soup-photos', revision: 'stale-revision' }, navigation);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/studio/drafts/drafts/winter-soup-photos?acceptRefused=1');
    expect(accepted()).toEqual(before);
    const page = await (await fetch(`${studio.url}${res.headers.get('location')}`, { headers: { cookie: 'throughline-lang=zh' } })).text();
    expect(page).toContain('id="accept-refused"');
    expect(page).toContain('没有标为切题');
  });

  it('can be taken back: "Not on theme after all" removes the mark and the draft is flagged again', async () => {
    const { revision } = await (await fetch(`${studio.url}/studio/api/revision?id=${id}`)).json();
    const file = join(studio.root, 'content/planner.json');
    if (accepted().includes(id)) expect((await accept({ id, revision, undo: '1' })).status).toBe(303);
    // The sample has no `theme`: marking a draft and taking it back leaves the file as it was.
    const unmarked = readFileSync(file, 'utf8');
    expect(unmarked).not.toContain('"theme"');
    expect((await accept({ id, revision })).status).toBe(303);
    const marked = await (await fetch(`${studio.url}/studio/drafts/${id}`)).text();
    expect(marked).toContain('id="unaccept-theme"');
    expect(marked).toContain('Not on theme after all');

    const res = await accept({ id, revision, undo: '1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/studio/drafts/${id}?unaccepted=1`);
    expect(accepted()).not.toContain(id);
    expect(readFileSync(file, 'utf8')).toBe(unmarked);
    const after = await (await fetch(`${studio.url}${res.headers.get('location')}`, { headers: { cookie: 'throughline-lang=zh' } })).text();
    expect(after).toContain('已取消“其实切题”');
    expect(after).toContain('id="accept-theme"');
    expect(after).not.toContain('id="theme-accepted"');
  });
});
