/**
 * A save whose move out of drafts/ is refused (the id the user typed is taken): the fields are
 * saved under the old id, so the page says so (not "Nothing was saved") and carries the file's new
 * revision, and the next Save with a free id moves the post instead of being refused as stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.stop();
});

const post = (path: string, fields: Record<string, string>, lang = 'en') =>
  fetch(`${studio.url}${path}`, { method: 'POST', body: new URLSearchParams(fields), headers: { origin: studio.url, cookie: `throughline-lang=${lang}` }, redirect: 'manual' });

async function revisionOf(id: string): Promise<string> {
  return ((await (await fetch(`${studio.url}/studio/api/revision?id=${encodeURIComponent(id)}`)).json()) as { revision: string }).revision;
}

const revisionIn = (html: string) => /<input type="hidden" name="revision" value="([^"]*)"/.exec(html)?.[1];

function writeDraft(name: string): string {
  writeFileSync(join(studio.root, `content/posts/drafts/${name}.mdx`), `---\ntitle: ${name}\nchannel: blog\nstatus: draft\n---\nBody.\n`);
  writeFileSync(join(studio.root, `content/posts/${name}-taken.mdx`), `---\ntitle: taken\nchannel: blog\nstatus: idea\n---\nOther.\n`);
  return `drafts/${name}`;
}

describe('a move out of drafts/ to a typed id that is taken', () => {
  it('in the editor says the post was saved under its old id, and the next Save with a free id moves it', async () => {
    const id = writeDraft('radish-soup');
    const fields = { title: 'radish-soup', channel: 'wechat', pillar: '', status: 'scheduled', plannedFor: '2026-12-19', publishedAt: '', url: '', body: 'Body.', moveIdea: '1' };
    const refused = await post(`/studio/drafts/${id}`, { revision: await revisionOf(id), ...fields, moveIdeaTo: 'radish-soup-taken' });
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(readFileSync(join(studio.root, `content/posts/${id}.mdx`), 'utf8')).toContain('status: scheduled');
    expect(html).not.toContain('Nothing was saved');
    expect(html).toContain('Saved under drafts/radish-soup, not moved');
    expect(revisionIn(html)).toBe(await revisionOf(id));

    const again = await post(`/studio/drafts/${id}`, { revision: revisionIn(html)!, ...fields, moveIdeaTo: 'wechat/radish-soup' });
    expect(again.status).toBe(303);
    expect(existsSync(join(studio.root, 'content/posts/wechat/radish-soup.mdx'))).toBe(true);
  });

  it('on the publish page says the post was published under its old id, in Chinese too, and the next Save moves it', async () => {
    const id = writeDraft('pear-soup');
    const fields = { publishedAt: '2026-11-20T09:00:00+08:00', url: '', moveIdea: '1' };
    const refused = await post(`/studio/publish/${id}`, { revision: await revisionOf(id), ...fields, moveIdeaTo: 'pear-soup-taken' }, 'zh');
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(readFileSync(join(studio.root, `content/posts/${id}.mdx`), 'utf8')).toContain('status: published');
    expect(html).not.toContain('未保存，你的文字保留在下方');
    expect(html).toContain('已保存在 drafts/pear-soup，但没有移动');
    // Its status as saved, not as read before the save ("草稿").
    expect(html).toMatch(/&nbsp;· 已发布<\/p>|· 已发布<\/p>/);
    expect(revisionIn(html)).toBe(await revisionOf(id));

    const again = await post(`/studio/publish/${id}`, { revision: revisionIn(html)!, ...fields, moveIdeaTo: 'blog/pear-soup' });
    expect(again.status).toBe(303);
    expect(existsSync(join(studio.root, 'content/posts/blog/pear-soup.mdx'))).toBe(true);
  });
});
