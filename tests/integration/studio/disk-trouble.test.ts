/**
 * Files changed behind the studio's back. A hand edit of content/planner.json with a mistake while the studio runs: every studio page
 * reads the planner, and each one answered with Astro's English error overlay and a stack trace
 * (no file, no field, English in the 中文 studio). Now a page names the file and field in the
 * studio's language, an endpoint answers JSON the editor shows beside Save, and the file keeps
 * every byte.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
let plannerFile: string;
beforeAll(async () => {
  studio = await startStudio();
  plannerFile = join(studio.root, 'content/planner.json');
});
afterAll(async () => {
  await studio?.stop();
});

const page = (path: string, lang: 'en' | 'zh' | 'zh-Hant') =>
  fetch(`${studio.url}${path}`, { headers: { accept: 'text/html', cookie: `throughline-lang=${lang}` } });

describe('a planner.json with a mistake, edited while the studio runs', () => {
  it('shows each page as the file, the field and what is wrong, in the studio language; nothing is written', async () => {
    const good = readFileSync(plannerFile, 'utf8');
    const bad = good.replace('"timezone": "Asia/Shanghai"', '"timezone": "Asia/Shangai"');
    expect(bad).not.toBe(good);
    writeFileSync(plannerFile, bad);
    try {
      for (const path of ['/studio', '/studio/plan', '/studio/brand', '/studio/channels', '/studio/drafts', '/studio/drafts/2026/red-braised-pork']) {
        const zh = await page(path, 'zh');
        expect(zh.status, path).toBe(422);
        const zhText = await zh.text();
        expect(zhText, path).toContain('content/planner.json: brand.timezone: 应为 IANA 时区');
        expect(zhText).toContain('重新加载本页');
        expect(zhText).not.toMatch(/stack|ThroughlineError|errors\.ts/i);
        const en = await (await page(path, 'en')).text();
        expect(en, path).toContain('content/planner.json: brand.timezone: expected an IANA time zone');
        expect(en).toContain('(did you mean &quot;Asia/Shanghai&quot;?)');
      }
      // In 繁體 the same, in Traditional characters; the value typed and the zone meant stay as written.
      const hant = await (await page('/studio', 'zh-Hant')).text();
      expect(hant).toContain('<html lang="zh-Hant">');
      expect(hant).toContain('content/planner.json: brand.timezone: 應為 IANA 時區');
      expect(hant).toContain('&quot;Asia/Shangai&quot;');
      expect(hant).toContain('重新載入本頁');
      // The editor's autosave (a script's fetch) gets JSON with the same text, shown beside Save.
      const saved = await fetch(`${studio.url}/studio/api/autosave`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: studio.url, cookie: 'throughline-lang=zh' },
        body: JSON.stringify({ id: '2026/red-braised-pork', revision: 'x', values: { title: 'T', channel: 'blog', status: 'draft', body: 'b' } }),
      });
      expect(saved.status).toBe(422);
      expect(((await saved.json()) as { errors: { form: string } }).errors.form).toMatch(/^content\/planner\.json: brand\.timezone: 应为 IANA 时区/);
      // A JSON syntax mistake names its line and column.
      writeFileSync(plannerFile, good.replace('"sample": true,', '"sample": true,,'));
      const syntax = await (await page('/studio', 'zh')).text();
      expect(syntax).toMatch(/content\/planner\.json: 不是有效的 JSON（第 \d+ 行第 \d+ 列）/);
      expect(readFileSync(plannerFile, 'utf8')).toBe(good.replace('"sample": true,', '"sample": true,,'));
    } finally {
      writeFileSync(plannerFile, good);
    }
    expect((await page('/studio', 'en')).status).toBe(200);
  });

  it('opens a post whose frontmatter is wrong as its file and field in the studio language', async () => {
    writeFileSync(join(studio.root, 'content/posts/2026/broken.md'), '---\ntitle: x\nchannel: blog\nstatus: drafted\n---\nhi\n');
    const zh = await page('/studio/drafts/2026/broken', 'zh');
    expect(zh.status).toBe(422);
    const text = await zh.text();
    expect(text).toMatch(/<html lang="zh-CN">[\s\S]*<pre>content\/posts\/2026\/broken\.md: status: /);
    expect(text).not.toContain('expected one of');
    expect(text).toContain('请在编辑器中修改这个文件');
    expect(await (await page('/studio/drafts/2026/broken', 'en')).text()).toContain('status: expected one of idea, draft, scheduled, published');
  });
});

// The portfolio that `npm start` serves beside the studio (the address Astro's banner names) read
// the same planner and answered Astro's error overlay: 500, the message without its file or field,
// in English in the 中文 studio, with a stack trace.
describe('the portfolio under npm start, with a planner.json with a mistake', () => {
  it('names the file and the field in the language of the request; a calendar gets the same as plain text', async () => {
    const good = readFileSync(plannerFile, 'utf8');
    writeFileSync(plannerFile, good.replace('"timezone": "Asia/Shanghai"', '"timezone": "Asia/Beijing"'));
    try {
      for (const path of ['/', '/posts/2026/red-braised-pork/', '/archive/', '/pillars/recipes/']) {
        const zh = await page(path, 'zh');
        expect(zh.status, path).toBe(422);
        const zhText = await zh.text();
        expect(zhText, path).toContain('content/planner.json: brand.timezone: 应为 IANA 时区');
        expect(zhText, path).not.toMatch(/stack|ThroughlineError|errors\.ts/i);
        expect(zhText, path).toContain('修好之前，网站无法显示这个页面');
        const en = await (await page(path, 'en')).text();
        expect(en, path).toContain('content/planner.json: brand.timezone: expected an IANA time zone');
        expect(en, path).toContain('The site cannot show this page until it is fixed');
        const hant = await (await page(path, 'zh-Hant')).text();
        expect(hant, path).toContain('content/planner.json: brand.timezone: 應為 IANA 時區');
        expect(hant, path).toContain('修好之前，網站無法顯示這個頁面');
      }
      for (const path of ['/calendar.ics', '/calendar/blog.ics']) {
        const ics = await fetch(`${studio.url}${path}`, { headers: { cookie: 'throughline-lang=zh' } });
        expect(ics.status, path).toBe(422);
        expect(ics.headers.get('content-type'), path).toMatch(/^text\/plain/);
        expect(await ics.text(), path).toMatch(/^content\/planner\.json: brand\.timezone: 应为 IANA 时区/);
      }
    } finally {
      writeFileSync(plannerFile, good);
    }
    expect((await page('/', 'en')).status).toBe(200);
  });
});

describe('a post renamed or deleted on disk while its editor is open', () => {
  it('a Save answers 404 with the typed title and text on the page, and brings no file back', async () => {
    const file = join(studio.root, 'content/posts/2026/tomato-egg-stir-fry.md');
    const editor = await (await page('/studio/drafts/2026/tomato-egg-stir-fry', 'zh')).text();
    const revision = /name="revision" value="([^"]+)"/.exec(editor)?.[1];
    expect(revision).toBeTruthy();
    renameSync(file, `${file}.moved`);
    try {
      const form = new URLSearchParams({ revision: revision!, title: 'Tomato & egg <v2>', channel: 'blog', status: 'published', body: 'My new paragraph, 番茄炒蛋。' });
      for (const lang of ['zh', 'en'] as const) {
        const saved = await fetch(`${studio.url}/studio/drafts/2026/tomato-egg-stir-fry`, {
          method: 'POST',
          headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: studio.url, cookie: `throughline-lang=${lang}` },
          body: form,
        });
        expect(saved.status).toBe(404);
        const html = await saved.text();
        expect(html).toContain('value="Tomato &amp; egg &lt;v2&gt;"');
        expect(html).toContain('>My new paragraph, 番茄炒蛋。</textarea>');
        expect(html).toContain(lang === 'zh' ? '未保存：这篇内容已不在磁盘上' : 'Not saved: this post is no longer on disk');
      }
      expect(existsSync(file)).toBe(false);
    } finally {
      renameSync(`${file}.moved`, file);
    }
  });

  it('a post whose file broke on disk (a hand edit): autosave names the file and field (422), Save keeps the typed text, the file keeps its bytes', async () => {
    const file = join(studio.root, 'content/posts/2026/tomato-egg-stir-fry.md');
    const editor = await (await page('/studio/drafts/2026/tomato-egg-stir-fry', 'zh')).text();
    const revision = /name="revision" value="([^"]+)"/.exec(editor)![1]!;
    const good = readFileSync(file, 'utf8');
    const broken = good.replace(/^status: \w+$/m, 'status: publisht');
    expect(broken).not.toBe(good);
    writeFileSync(file, broken);
    try {
      const values = { title: 'Tomato & egg', channel: 'blog', status: 'published', body: 'My new paragraph.' };
      const auto = await fetch(`${studio.url}/studio/api/autosave`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: studio.url, cookie: 'throughline-lang=zh' },
        body: JSON.stringify({ id: '2026/tomato-egg-stir-fry', revision, values }),
      });
      expect(auto.status).toBe(422);
      expect(((await auto.json()) as { errors: { form: string } }).errors.form).toMatch(/^content\/posts\/2026\/tomato-egg-stir-fry\.md: status: /);
      const saved = await fetch(`${studio.url}/studio/drafts/2026/tomato-egg-stir-fry`, {
        method: 'POST',
        headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: studio.url, cookie: 'throughline-lang=zh' },
        body: new URLSearchParams({ revision, ...values }),
      });
      expect(saved.status).toBe(422);
      const html = await saved.text();
      expect(html).toContain('未保存：这篇内容的文件有错误');
      expect(html).toContain('content/posts/2026/tomato-egg-stir-fry.md: status: ');
      expect(html).toContain('>My new paragraph.</textarea>');
      expect(readFileSync(file, 'utf8')).toBe(broken);
    } finally {
      writeFileSync(file, good);
    }
  });
});
