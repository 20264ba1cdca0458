import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE_TEXT, findLiveMarkup } from '../../fixtures/hostile/frontmatter-corpus.ts';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;

beforeAll(async () => {
  studio = await startStudio();
});

afterAll(async () => {
  await studio?.stop();
});

const plannerFile = () => join(studio.root, 'content/planner.json');
const readPlannerJson = () => JSON.parse(readFileSync(plannerFile(), 'utf8'));
const writePlannerJson = (change: (p: Record<string, any>) => void) => {
  const planner = readPlannerJson();
  change(planner);
  writeFileSync(plannerFile(), `${JSON.stringify(planner, null, 2)}\n`);
};

function get(path: string, lang: 'en' | 'zh' = 'en'): Promise<Response> {
  return fetch(`${studio.url}${path}`, { headers: { cookie: `throughline-lang=${lang}` } });
}

function post(path: string, fields: [string, string][], lang: 'en' | 'zh' = 'en'): Promise<Response> {
  return fetch(`${studio.url}${path}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { origin: studio.url, cookie: `throughline-lang=${lang}` },
    redirect: 'manual',
  });
}

/** The form's fields as a browser would post them (inputs, textareas, selected options). */
async function formOf(path: string, formId: string): Promise<[string, string][]> {
  const html = await (await get(path)).text();
  const form = html.slice(html.indexOf(`id="${formId}"`), html.indexOf('</form>', html.indexOf(`id="${formId}"`)));
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const fields: [string, string][] = [];
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(m[1]!)?.[1];
    const type = /type="([^"]*)"/.exec(m[1]!)?.[1];
    if (!name || ((type === 'checkbox' || type === 'radio') && !/\bchecked\b/.test(m[1]!))) continue;
    fields.push([name, unescape(/value="([^"]*)"/.exec(m[1]!)?.[1] ?? '')]);
  }
  for (const m of form.matchAll(/<textarea[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields.push([m[1]!, unescape(m[2]!)]);
  for (const m of form.matchAll(/<select[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const selected = /<option[^>]*value="([^"]*)"[^>]*selected/.exec(m[2]!)?.[1];
    if (selected !== undefined) fields.push([m[1]!, unescape(selected)]);
  }
  return fields;
}

const withField = (fields: [string, string][], name: string, value: string) => fields.map(([k, v]): [string, string] => [k, k === name ? value : v]);

describe('the brand form', () => {
  test('refuses a save from an older tab, keeps the newer label and the user input, and says so in English and Chinese', async () => {
    const tabA = await formOf('/studio/brand', 'brand-form');
    const tabB = await formOf('/studio/brand', 'brand-form');
    const saved = await post('/studio/brand', [...withField(tabA, 'label', 'Saved in tab A'), ['action', 'save']]);
    expect(saved.status).toBe(303);
    const stale = await post('/studio/brand', [...withField(tabB, 'label', 'Typed in tab B'), ['action', 'save']]);
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('This file changed on disk since you opened it');
    expect(html).toContain('value="Typed in tab B"');
    expect(readPlannerJson().brand.label).toBe('Saved in tab A');
    const zh = await post('/studio/brand', [...withField(tabB, 'label', '乙标签'), ['action', 'save']], 'zh');
    expect(zh.status).toBe(409);
    expect(await zh.text()).toContain('此文件已在磁盘上被修改');
  });

  test('never reverts a hand edit of planner.json made while the form was open', async () => {
    const form = await formOf('/studio/brand', 'brand-form');
    writePlannerJson((p) => void (p.brand.audience = 'Edited by hand in an editor'));
    const response = await post('/studio/brand', [...withField(form, 'label', 'From the open form'), ['action', 'save']]);
    expect(response.status).toBe(409);
    expect(readPlannerJson().brand.audience).toBe('Edited by hand in an editor');
  });
});

describe('a read-only file', () => {
  test('is not overwritten by the brand form or the editor: the page says why and keeps the input', async () => {
    const brandForm = await formOf('/studio/brand', 'brand-form');
    chmodSync(plannerFile(), 0o444);
    const planner = readFileSync(plannerFile(), 'utf8');
    try {
      const brand = await post('/studio/brand', [...withField(brandForm, 'label', 'Kept in the form'), ['action', 'save']], 'zh');
      expect(brand.status).toBe(409);
      const html = await brand.text();
      expect(html).toContain('文件无法写入');
      expect(html).toContain('content/planner.json: the file is read-only; it was left as it is');
      expect(html).toContain('value="Kept in the form"');
      expect(readFileSync(plannerFile(), 'utf8')).toBe(planner);
    } finally {
      chmodSync(plannerFile(), 0o644);
    }
    const file = join(studio.root, 'content/posts/drafts/winter-soup-photos.mdx');
    const editorForm = await formOf('/studio/drafts/drafts/winter-soup-photos', 'post-form');
    chmodSync(file, 0o444);
    const before = readFileSync(file, 'utf8');
    try {
      const edit = await post('/studio/drafts/drafts/winter-soup-photos', withField(editorForm, 'body', 'My unsaved words'));
      expect(edit.status).toBe(409);
      const html = await edit.text();
      expect(html).toContain('The file could not be written');
      expect(html).toContain('content/posts/drafts/winter-soup-photos.mdx: the file is read-only');
      expect(html).toContain('My unsaved words');
      expect(readFileSync(file, 'utf8')).toBe(before);
    } finally {
      chmodSync(file, 0o644);
    }
  });
});

describe('the channel form', () => {
  test('refuses a save over a newer planner.json and keeps the user input', async () => {
    const form = await formOf('/studio/channels?edit=blog', 'channel-form');
    writePlannerJson((p) => void (p.channels[0].name = 'Renamed by hand'));
    const response = await post('/studio/channels', [...withField(form, 'name', 'Renamed in the form'), ['action', 'save']]);
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('This file changed on disk since you opened it');
    expect(html).toContain('value="Renamed in the form"');
    expect(readPlannerJson().channels[0].name).toBe('Renamed by hand');
  });
});

describe('odd requests and odd files', () => {
  test('answers a malformed percent-encoding in a studio URL with 400, not a 500', async () => {
    for (const path of ['/studio/drafts/%E0%A4%A', '/studio/publish/%E0%A4%A', '/studio/drafts/%ZZ', '/studio/api/flags?path=/studio/drafts/%25E0%25A4%25A'])
      expect((await get(path)).status, path).toBe(400);
  });

  test('names a folder called notes.mdx, a FIFO and a broken link on the studio pages instead of failing', async () => {
    const dir = join(studio.root, 'content/posts/odd');
    mkdirSync(join(dir, 'notes.mdx'), { recursive: true });
    symlinkSync('gone.md', join(dir, 'broken.md'));
    expect(spawnSync('mkfifo', [join(dir, 'pipe.md')]).status).toBe(0);
    for (const path of ['/studio', '/studio/drafts', '/studio/plan', '/studio/channels', '/studio/brand']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      if (path === '/studio/drafts') {
        expect(html).toContain('content/posts/odd/notes.mdx');
        expect(html).toContain('this is a folder, not a file');
      }
    }
  });

  test('refuses a javascript: URL typed into the editor, naming the field, and writes nothing', async () => {
    const form = await formOf('/studio/drafts/drafts/winter-soup-photos', 'post-form');
    const before = readFileSync(join(studio.root, 'content/posts/drafts/winter-soup-photos.mdx'), 'utf8');
    const response = await post('/studio/drafts/drafts/winter-soup-photos', withField(form, 'url', 'java\tscript:alert(1)'));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/expected a full http\(s\) URL/);
    expect(readFileSync(join(studio.root, 'content/posts/drafts/winter-soup-photos.mdx'), 'utf8')).toBe(before);
  });
});

describe('file names in any script and Unicode form', () => {
  test('open and save in the editor, addressed in NFC or NFD', async () => {
    const dir = join(studio.root, 'content/posts/names');
    mkdirSync(dir, { recursive: true });
    const nfd = 'crème-brûlée'.normalize('NFD');
    for (const name of [nfd, 'हिन्दी-लेख', '红烧肉'])
      writeFileSync(join(dir, `${name}.md`), `---\ntitle: ${name}\nchannel: blog\nstatus: draft\n---\n\nBody.\n`);
    for (const [id, file] of [[nfd.normalize('NFC'), nfd], [nfd, nfd], ['हिन्दी-लेख', 'हिन्दी-लेख'], ['红烧肉', '红烧肉']]) {
      const path = `/studio/drafts/names/${encodeURIComponent(id!)}`;
      expect((await get(path)).status, id).toBe(200);
      const saved = await post(path, withField(await formOf(path, 'post-form'), 'title', `saved as ${id}`));
      expect(saved.status, id).toBe(303);
      expect(readFileSync(join(dir, `${file}.md`), 'utf8')).toContain(`saved as ${id}`);
    }
  });
});

describe('a 30 MB draft', () => {
  test('is listed with a too-large flag, not scored, and its preview is refused with a message naming it', async () => {
    const para = 'Braise the pork belly with soy and rock sugar until glossy.\n\n';
    const body = para.repeat(Math.ceil(30e6 / para.length));
    writeFileSync(join(studio.root, 'content/posts/drafts/huge.md'), `---\ntitle: Huge draft\nchannel: blog\nstatus: draft\n---\n\n${body}`);
    const list = await (await get('/studio/drafts')).text();
    expect(list).toContain('Huge draft');
    expect(list).toMatch(/over the limit of 2 million: not scored or previewed/);
    const flags = await (await get('/studio/api/flags?path=/studio/drafts/drafts/huge')).json();
    expect(JSON.stringify(flags)).toContain('too-large');
    const preview = await get('/studio/publish/drafts/huge');
    expect(preview.status).toBe(413);
    expect(await preview.text()).toMatch(/<pre>content\/posts\/drafts\/huge\.md: the body is 30\.\d million characters, over the preview limit/);
  });
});

describe('hostile text in planner.json and frontmatter', () => {
  test('shows up as text on every studio page, never as live markup or script', async () => {
    writePlannerJson((p) => {
      p.brand.name = HOSTILE_TEXT[0];
      p.brand.label = HOSTILE_TEXT[1];
      p.brand.pillars[0].name = HOSTILE_TEXT[2];
      p.brand.strengths = [HOSTILE_TEXT[5]!, 'cooking'];
      p.channels[0].name = HOSTILE_TEXT[6];
    });
    const dir = join(studio.root, 'content/posts/hostile');
    mkdirSync(dir, { recursive: true });
    HOSTILE_TEXT.forEach((text, i) => {
      const fm = [
        `title: ${JSON.stringify(text)}`,
        `description: ${JSON.stringify(HOSTILE_TEXT[(i + 1) % HOSTILE_TEXT.length])}`,
        `tags: ${JSON.stringify([text])}`,
        'channel: blog',
        `status: ${i % 2 ? 'draft' : 'published'}`,
        `publishedAt: 2026-0${1 + (i % 9)}-1${i % 10}`,
      ];
      writeFileSync(join(dir, `h${i}.md`), `---\n${fm.join('\n')}\n---\n\nBraise the pork ${i} with soy ${text}.\n`);
    });
    const each = HOSTILE_TEXT.flatMap((_, i) => [`/studio/drafts/hostile/h${i}`, `/studio/publish/hostile/h${i}`]);
    const pages = ['/studio', '/studio/drafts', '/studio/plan', '/studio/brand', '/studio/channels', ...each];
    for (const path of pages) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain('XSSMARK');
      // The editor's preview shows the body's HTML as the page does, sanitized: `<img src=x onerror=…>`
      // is an image there, without its handler; anywhere else (a title, a field) it must be text.
      expect(findLiveMarkup(html, { ownScripts: true, bodyImagesIn: 'preview' }), path).toEqual([]);
    }
  });
});
