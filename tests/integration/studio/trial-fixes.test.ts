/**
 * Faults a new-user trial found in the studio, on one running studio (basic fixture): the first
 * visit follows the browser's Accept-Language until a language is chosen, the publish page tells
 * each kind of channel where its text goes (never "paste into Zhihu" for a blog or 小红书), and
 * the toolbar finds a folder post (x/index.md) from its portfolio address /posts/x/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio(join(import.meta.dirname, '../../fixtures/roots/basic'));
});
afterAll(async () => {
  await studio?.stop();
});

const page = async (path: string, headers: Record<string, string> = {}) => (await fetch(`${studio.url}${path}`, { headers })).text();
const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];

describe('the studio language on a first visit', () => {
  it('follows a Chinese browser (zh-CN, zh, zh-TW) and an English or other one', async () => {
    // zh-TW reads Traditional (the 繁體 locale); a bare zh reads Simplified with this brand, which is not written in Traditional.
    for (const [header, word] of [['zh-CN,zh;q=0.9,en;q=0.8', '总览'], ['zh', '总览'], ['zh-TW', '總覽'], ['fr-FR,zh;q=0.5', '总览']] as const) {
      const html = await page('/studio', { 'accept-language': header });
      expect(htmlLang(html), header).toMatch(/^zh/);
      expect(html, header).toContain(word);
    }
    for (const header of ['en-US,en;q=0.9', 'de-DE', 'en-GB,zh-CN;q=0.5', 'zh-CN;q=0, en']) {
      const html = await page('/studio', { 'accept-language': header });
      expect(htmlLang(html), header).toMatch(/^en/);
      expect(html, header).toContain('Dashboard');
    }
    expect(htmlLang(await page('/studio'))).toMatch(/^en/);
  });

  it('gives way to the language chosen with the switch, both ways', async () => {
    expect(htmlLang(await page('/studio', { 'accept-language': 'zh-CN', cookie: 'throughline-lang=en' }))).toMatch(/^en/);
    expect(htmlLang(await page('/studio', { 'accept-language': 'en-US', cookie: 'throughline-lang=zh' }))).toMatch(/^zh/);
  });

  it('answers API messages in the browser language too', async () => {
    const answer = (await (await fetch(`${studio.url}/studio/api/flags?path=${encodeURIComponent('/studio/drafts/a')}`, { headers: { 'accept-language': 'zh-CN' } })).json()) as { text: { title: string } };
    expect(answer.text.title).toBe('Throughline 提示');
  });

  it('names the locale of a zh-TW browser in the flags answer, so the dev toolbar marks and words its window in Traditional', async () => {
    const answer = (await (await fetch(`${studio.url}/studio/api/flags?path=${encodeURIComponent('/studio/drafts/a')}`, { headers: { 'accept-language': 'zh-TW' } })).json()) as { text: { title: string }; lang: string; locale: string };
    expect(answer).toMatchObject({ lang: 'zh', locale: 'zh-Hant', text: { title: 'Throughline 提示' } });
  });
});

/** Words that name a platform, by the channel kind they belong to. */
const NAMES: Record<string, RegExp> = {
  zhihu: /Zhihu|知乎/,
  wechat: /WeChat|公众号|微信/,
  weibo: /Weibo|微博/,
  linkedin: /LinkedIn/,
  youtube: /YouTube/,
  xiaohongshu: /Xiaohongshu|小红书/,
};

describe('the publish page', () => {
  const kinds = [
    { id: 'blog', name: 'Blog', platform: 'blog' },
    { id: 'letter', name: 'Letter', platform: 'newsletter' },
    { id: 'zhihu', name: 'Zhihu', platform: 'zhihu' },
    { id: 'weibo', name: 'Weibo', platform: 'weibo' },
    { id: 'wechat', name: 'WeChat', platform: 'wechat' },
    { id: 'linkedin', name: 'LinkedIn', platform: 'linkedin' },
    { id: 'x', name: 'X', platform: 'x' },
    { id: 'youtube', name: 'YouTube', platform: 'youtube' },
    { id: 'xhs', name: '小红书', platform: 'other', kind: 'xiaohongshu' },
    { id: 'misc', name: 'Misc', platform: 'other' },
  ];

  beforeAll(() => {
    const file = join(studio.root, 'content/planner.json');
    const planner = JSON.parse(readFileSync(file, 'utf8'));
    planner.channels = kinds.map(({ id, name, platform }) => ({ id, name, platform, cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-10-06', time: '09:00' }));
    writeFileSync(file, JSON.stringify(planner, null, 2));
    mkdirSync(join(studio.root, 'content/posts/kinds'), { recursive: true });
    for (const { id } of kinds) writeFileSync(join(studio.root, `content/posts/kinds/${id}.md`), `---\ntitle: Soup for ${id}\nchannel: ${id}\nstatus: draft\n---\nA **bold** soup.\n`);
  });

  it("names only the channel's own editor in its copy/paste headings, in both languages", async () => {
    for (const { id, platform, kind = platform } of kinds)
      for (const lang of ['en', 'zh']) {
        const html = await page(`/studio/publish/kinds/${id}`, { cookie: `throughline-lang=${lang}` });
        const headings = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join('\n');
        expect(headings, `${id} ${lang}`).toMatch(lang === 'zh' ? /纯文本/ : /Plain text/);
        for (const [other, name] of Object.entries(NAMES)) if (other !== kind) expect(headings, `${id} ${lang}: ${other}`).not.toMatch(name);
      }
  });

  it('offers Markdown where the editor takes it, and only plain text to 小红书, YouTube, Weibo, LinkedIn and X', async () => {
    const offered = async (id: string) => (await page(`/studio/publish/kinds/${id}`)).includes('id="markdown"');
    expect(await offered('zhihu')).toBe(true);
    expect(await offered('blog')).toBe(true);
    for (const id of ['xhs', 'youtube', 'weibo', 'linkedin', 'x']) expect(await offered(id), id).toBe(false);
  });
});

describe('the toolbar on a portfolio page', () => {
  it('finds a folder post (content/posts/x/index.md) from its address /posts/x/', async () => {
    mkdirSync(join(studio.root, 'content/posts/2026/stew'), { recursive: true });
    writeFileSync(join(studio.root, 'content/posts/2026/stew/index.md'), '---\ntitle: Stew\nchannel: blog\nstatus: published\npublishedAt: 2026-10-06\n---\nA stew of soy sauce and pork, braised slowly.\n');
    const answer = (await (await fetch(`${studio.url}/studio/api/flags?path=${encodeURIComponent('/posts/2026/stew/')}`)).json()) as { post: string | null };
    expect(answer.post).toBe('2026/stew/index');
  });
});

describe('the dashboard card of a channel', () => {
  it('names the platform once when the channel is called after it (Blog on a blog read "Blog Blog", 博客 "博客 博客")', async () => {
    const heading = (html: string) => /data-streak-card="blog"[\s\S]*?<h3[^>]*>([\s\S]*?)<\/h3>/.exec(html)?.[1] ?? '';
    const en = heading(await page('/studio', { cookie: 'throughline-lang=en' }));
    expect(en).toMatch(/>Blog<\/a>/);
    expect(en).not.toContain('<small');
    // A name that differs from the platform's keeps it as a subtitle: "Blog" on 博客.
    expect(heading(await page('/studio', { cookie: 'throughline-lang=zh' }))).toMatch(/>Blog<\/a>\s*<small[^>]*>博客<\/small>/);
  });
});

describe('publishing an .mdx post whose MDX does not compile', () => {
  // A new draft is an .mdx file, so "<" and "{" in plain prose are MDX: published, such a post
  // stops `check` and the build. The studio refuses to publish it, naming the line, and writes nothing.
  const id = 'drafts/angle';
  const file = () => join(studio.root, 'content/posts/drafts/angle.mdx');
  const text = '---\ntitle: Slow braise\nchannel: blog\nstatus: draft\n---\n\nKeep it under 100 degrees.\n\nStir {gently}, a <= b, <br> then rest.\n';
  const revision = async () => (await (await fetch(`${studio.url}/studio/api/revision?id=${id}`)).json()).revision as string;
  const send = (path: string, fields: Record<string, string>, lang: string) =>
    fetch(`${studio.url}${path}`, { method: 'POST', body: new URLSearchParams(fields), headers: { origin: studio.url, cookie: `throughline-lang=${lang}` }, redirect: 'manual' });

  it('on the publish page: "Mark as published" is refused with the line and what to do, in the studio language', async () => {
    mkdirSync(join(studio.root, 'content/posts/drafts'), { recursive: true });
    writeFileSync(file(), text);
    const res = await send(`/studio/publish/${id}`, { revision: await revision(), publishedAt: '2026-11-20T09:00:00+08:00', url: '' }, 'zh');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('MDX 无法编译');
    expect(html).toMatch(/3:\d+/);
    expect(html).toContain('改回草稿');
    expect(readFileSync(file(), 'utf8')).toBe(text);
  });

  it('in the editor: saving it as published is refused and the text stays in the form; as a draft it saves', async () => {
    const values = { title: 'Slow braise', channel: 'blog', status: 'published', body: 'Stir {gently}, a <= b.' };
    const res = await send(`/studio/drafts/${id}`, { revision: await revision(), ...values }, 'en');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('the MDX does not compile');
    expect(html).toContain('Stir {gently}, a &lt;= b.');
    expect(readFileSync(file(), 'utf8')).toBe(text);

    const draft = await send(`/studio/drafts/${id}`, { revision: await revision(), ...values, status: 'draft' }, 'en');
    expect(draft.status).toBe(303);
    expect(readFileSync(file(), 'utf8')).toContain('Stir {gently}');
    const fixed = await send(`/studio/drafts/${id}`, { revision: await revision(), ...values, body: 'Stir \\{gently\\}, a \\<= b.' }, 'en');
    expect(fixed.status).toBe(303);
    expect(readFileSync(file(), 'utf8')).toContain('status: published');
  });
});

describe('adding a channel whose id is left to the studio', () => {
  it('comes back to that channel by its id (made from the name), with the posts already naming it that are off its cadence', async () => {
    writeFileSync(join(studio.root, 'content/posts/zhihu-answer.md'), '---\ntitle: 回答\nchannel: 知乎\nstatus: draft\nplannedFor: 2027-03-16\n---\n\n正文\n');
    const fields = { action: 'save', editing: '', name: '知乎', id: '', platform: 'zhihu', cadenceMode: 'custom', cadence: 'FREQ=WEEKLY;BYDAY=WE', start: '2026-11-04', time: '12:00', timezone: '', reminder: '0', profileUrl: '' };
    const res = await fetch(`${studio.url}/studio/channels`, { method: 'POST', body: new URLSearchParams(fields), headers: { origin: studio.url }, redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/studio/channels?saved=${encodeURIComponent('知乎')}`);
    const html = await page(res.headers.get('location')!);
    expect(html).toContain('data-off-slot="zhihu-answer"');
  });
});
