/**
 * A post whose file name makes an id the editor refuses (`content/posts/2026/bad id.md`, the
 * `post-id` flag): the posts list and the dashboard link it, and the link must lead somewhere
 * that works. Before, the list linked /studio/drafts/2026/bad%20id, which answered 400 "Not a post
 * of this project", and the dashboard's flag linked nowhere: the user had to rename the file by hand.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio();
  writeFileSync(join(studio.root, 'content/posts/2026/bad id.md'), '---\ntitle: Soy braised eggs\nchannel: blog\nstatus: draft\n---\n\nEggs in soy sauce.\n');
  writeFileSync(join(studio.root, 'content/posts/2026/🎉.md'), '---\ntitle: Party noodles\nchannel: blog\nstatus: idea\n---\n\nNoodles.\n');
  writeFileSync(join(studio.root, 'content/posts/2026/Capital-Dumplings.md'), '---\ntitle: Capital dumplings\nchannel: blog\nstatus: draft\n---\n\nDumplings.\n');
});
afterAll(async () => {
  await studio?.stop();
});

const get = (path: string, lang = 'en') => fetch(`${studio.url}${path}`, { headers: { cookie: `throughline-lang=${lang}` } });
/** The href of the link whose text is `title` in a studio page. */
const linkTo = (html: string, title: string) => html.match(new RegExp(`href="([^"]+)"[^>]*>${title}<`))?.[1];

describe('a post whose file name is no id', () => {
  it('is linked from the posts list to a rename form that offers the suggested id, in English and Chinese', async () => {
    const href = linkTo(await (await get('/studio/drafts')).text(), 'Soy braised eggs');
    expect(href).toBe('/studio/drafts/2026/bad%20id');
    const page = await get(href!);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Rename this post to open it');
    expect(html).toContain('content/posts/2026/bad id.md');
    expect(html).toMatch(/name="to" required value="2026\/bad-id"/);
    const zh = await (await get(href!, 'zh')).text();
    expect(zh).toContain('重命名这篇内容后才能打开');
    // An emoji name gets its id from the title.
    const party = await (await get(linkTo(await (await get('/studio/drafts')).text(), 'Party noodles')!)).text();
    expect(party).toMatch(/name="to" required value="2026\/party-noodles"/);
  });

  it('is linked from the dashboard flag to the same form', async () => {
    const html = await (await get('/studio')).text();
    expect(html).toMatch(/href="\/studio\/drafts\/2026\/bad%20id"/);
  });

  it('is renamed by the form and then opens in the editor at the new id; a taken id is refused with the form kept', async () => {
    const post = (to: string) => fetch(`${studio.url}/studio/drafts/2026/bad%20id`, {
      method: 'POST', redirect: 'manual',
      headers: { origin: studio.url, cookie: 'throughline-lang=en', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'move', to }),
    });
    const taken = await post('2026/red-braised-pork');
    expect(taken.status).toBe(400);
    expect(await taken.text()).toMatch(/name="to" required value="2026\/red-braised-pork" aria-invalid="true"/);
    const done = await post('2026/soy-eggs');
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/studio/drafts/2026/soy-eggs?moved=1');
    expect(existsSync(join(studio.root, 'content/posts/2026/bad id.md'))).toBe(false);
    expect(existsSync(join(studio.root, 'content/posts/2026/soy-eggs.md'))).toBe(true);
    const editor = await get('/studio/drafts/2026/soy-eggs');
    expect(editor.status).toBe(200);
    expect(await editor.text()).toContain('Eggs in soy sauce.');
  });

  it('leaves a name in capitals (an id the editor takes) to the editor itself', async () => {
    const href = linkTo(await (await get('/studio/drafts')).text(), 'Capital dumplings');
    expect(href).toBe('/studio/drafts/2026/Capital-Dumplings');
    const page = await get(href!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-post-id="2026/Capital-Dumplings"');
  });

  it('is still a refusal for a refused id that no file has', async () => {
    expect((await get('/studio/drafts/2026/no%20such')).status).toBe(400);
  });
});
