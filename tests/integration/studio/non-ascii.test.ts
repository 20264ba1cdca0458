/**
 * Post ids in any script through the studio: planning, creating, saving and publishing a post
 * whose id is Chinese answers a redirect the browser can follow (percent-encoded Location), every
 * link to it works, and no request answers 500.
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

const post = (path: string, fields: Record<string, string>) =>
  fetch(`${studio.url}${path}`, { method: 'POST', body: new URLSearchParams(fields), headers: { origin: studio.url }, redirect: 'manual' });
const href = (id: string) => id.split('/').map(encodeURIComponent).join('/');

async function revisionOf(id: string): Promise<string> {
  return ((await (await fetch(`${studio.url}/studio/api/revision?id=${encodeURIComponent(id)}`)).json()) as { revision: string }).revision;
}

describe('a post whose id is Chinese', () => {
  it('is planned from a slot with the slug taken from its Chinese title, then edited and saved', async () => {
    const title = '向上管理：如何跟老板做一对一';
    const planned = await post('/studio/plan?month=2026-12', { action: 'plan-post', channel: 'blog', date: '2026-12-15', title, slug: '', status: 'idea', pillar: '' });
    expect(planned.status).toBe(303);
    const id = '向上管理-如何跟老板做一对一';
    expect(existsSync(join(studio.root, `content/posts/${id}.mdx`))).toBe(true);

    const plan = await (await fetch(`${studio.url}/studio/plan?month=2026-12`)).text();
    expect(plan.includes(`href="/studio/drafts/${href(id)}"`)).toBe(true);
    const editor = await fetch(`${studio.url}/studio/drafts/${href(id)}`);
    expect(editor.status).toBe(200);

    const saved = await post(`/studio/drafts/${href(id)}`, { revision: await revisionOf(id), title, channel: 'blog', status: 'draft', plannedFor: '2026-12-15', body: '第一段。' });
    expect(saved.status).toBe(303);
    const location = saved.headers.get('location')!;
    expect(location).toBe(`/studio/drafts/${href(id)}?saved=1`);
    expect((await fetch(new URL(location, studio.url))).status).toBe(200);
    expect(readFileSync(join(studio.root, `content/posts/${id}.mdx`), 'utf8')).toContain('第一段。');
  });

  it('is created as a new draft under drafts/ and redirects to its editor', async () => {
    const created = await post('/studio/drafts/new', { slug: 'drafts/跳槽时机', title: '跳槽时机', channel: 'blog', pillar: '' });
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe(`/studio/drafts/${href('drafts/跳槽时机')}`);
    expect((await fetch(new URL(created.headers.get('location')!, studio.url))).status).toBe(200);
  });

  it('is marked as published from the publish page, which links back to its editor', async () => {
    const id = 'drafts/跳槽时机';
    const page = await (await fetch(`${studio.url}/studio/publish/${href(id)}`)).text();
    expect(page.includes(`href="/studio/drafts/${href(id)}"`)).toBe(true);
    const published = await post(`/studio/publish/${href(id)}`, { revision: await revisionOf(id), publishedAt: '2026-11-20T09:00:00+08:00', url: 'https://example.com/a' });
    expect(published.status).toBe(303);
    expect(published.headers.get('location')).toBe(`/studio/publish/${href(id)}?saved=1`);
    expect(readFileSync(join(studio.root, `content/posts/${id}.mdx`), 'utf8')).toContain('status: published');
    const drafts = await (await fetch(`${studio.url}/studio/drafts`)).text();
    expect(drafts.includes(`href="/studio/drafts/${href(id)}"`)).toBe(true);
  });

  it('answers 404 for a missing Chinese id, in Chinese when the studio is in Chinese', async () => {
    const missing = await fetch(`${studio.url}/studio/drafts/${href('drafts/不存在')}`, { headers: { cookie: 'throughline-lang=zh' } });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<pre>content/posts 下没有内容“drafts/不存在”。</pre>');
  });

  it('shows the publish page of a WeChat post with its limits and form errors in Chinese', async () => {
    const zh = { cookie: 'throughline-lang=zh' };
    const page = await (await fetch(`${studio.url}/studio/publish/drafts/wechat/dongzhi-jiaozi`, { headers: zh })).text();
    expect(page).toContain('公众号文章标题');
    expect(page).not.toContain('WeChat article title');
    const bad = await fetch(`${studio.url}/studio/publish/drafts/wechat/dongzhi-jiaozi`, {
      method: 'POST', redirect: 'manual', headers: { origin: studio.url, ...zh },
      body: new URLSearchParams({ revision: await revisionOf('drafts/wechat/dongzhi-jiaozi'), publishedAt: 'yesterday', url: 'not a url' }),
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('应为 ISO 8601 日期或日期时间');
    expect(html).toContain('应为完整网址');
  });

  it('gives the toolbar the flags of a post with a Chinese id, in Chinese when the studio is', async () => {
    const id = '向上管理-如何跟老板做一对一';
    writeFileSync(join(studio.root, `content/posts/${id}.mdx`), '---\ntitle: 向上管理\nchannel: blog\nstatus: draft\nplannedFor: 2026-12-16\n---\n正文\n');
    const answer = (await (await fetch(`${studio.url}/studio/api/flags?path=${encodeURIComponent(`/studio/drafts/${href(id)}`)}`, { headers: { cookie: 'throughline-lang=zh' } })).json()) as { post: string; flags: { kind: string; label: string; message: string }[]; text: { title: string } };
    expect(answer.post).toBe(id);
    expect(answer.text.title).toBe('Throughline 提示');
    const offSlot = answer.flags.find((f) => f.kind === 'off-slot')!;
    expect(offSlot.label).toBe('不在排期上');
    expect(offSlot.message).toContain('计划在 2026-12-16');
  });

  it('switches the language back to a page whose address holds a Chinese id, raw or encoded', async () => {
    for (const back of ['/studio/drafts/drafts/跳槽时机', `/studio/drafts/${href('drafts/跳槽时机')}`]) {
      const response = await fetch(`${studio.url}/studio/api/lang?to=zh&back=${encodeURIComponent(back)}`, { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/studio/drafts/${href('drafts/跳槽时机')}`);
    }
  });
});

describe('pillar and channel ids in Chinese', () => {
  const brandFields = (pillars: { id: string; was: string; name: string }[]) => {
    const fields: Record<string, string> = { name: 'Mei Lin', label: 'Home cook', audience: '', strengths: 'cooking', impressions: '', timezone: 'Asia/Shanghai' };
    pillars.forEach((p, i) => Object.assign(fields, { [`pillar-${i}-id`]: p.id, [`pillar-${i}-was`]: p.was, [`pillar-${i}-name`]: p.name, [`pillar-${i}-keywords`]: '' }));
    return fields;
  };

  it('saves a pillar renamed to 家常菜 on the brand form, its posts following, and the plan page links it', async () => {
    const saved = await post('/studio/brand', brandFields([
      { id: 'recipes', was: 'recipes', name: 'Recipes' },
      { id: 'food-photography', was: 'food-photography', name: 'Photos' },
      { id: '家常菜', was: 'kitchen-stories', name: '家常菜' },
    ]));
    expect(saved.status).toBe(303);
    const planner = JSON.parse(readFileSync(join(studio.root, 'content/planner.json'), 'utf8'));
    expect(planner.brand.pillars.map((p: { id: string }) => p.id)).toContain('家常菜');
    const plan = await fetch(`${studio.url}/studio/plan`);
    expect(plan.status).toBe(200);
    expect(await plan.text()).toContain('data-pillar="家常菜"');
  });

  it('derives a new pillar id from a Chinese name when the id is left empty', async () => {
    const saved = await post('/studio/brand', brandFields([
      { id: 'recipes', was: 'recipes', name: 'Recipes' },
      { id: 'food-photography', was: 'food-photography', name: 'Photos' },
      { id: '家常菜', was: '家常菜', name: '家常菜' },
      { id: '', was: '', name: '职场 沟通' },
    ]));
    expect(saved.status).toBe(303);
    const planner = JSON.parse(readFileSync(join(studio.root, 'content/planner.json'), 'utf8'));
    expect(planner.brand.pillars.map((p: { id: string }) => p.id)).toContain('职场-沟通');
  });

  it('refuses a pillar id with a space or a slash, in Chinese, without writing', async () => {
    const before = readFileSync(join(studio.root, 'content/planner.json'), 'utf8');
    for (const bad of ['家 常', '家/常', '.家']) {
      const response = await fetch(`${studio.url}/studio/brand`, {
        method: 'POST', redirect: 'manual', headers: { origin: studio.url, cookie: 'throughline-lang=zh' },
        body: new URLSearchParams(brandFields([{ id: 'recipes', was: 'recipes', name: 'Recipes' }, { id: bad, was: '', name: '新支柱' }])),
      });
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain('中文也可以');
      expect(html).not.toContain('只能包含字母、数字');
    }
    expect(readFileSync(join(studio.root, 'content/planner.json'), 'utf8')).toBe(before);
  });

  it('adds a channel named 小红书 with an empty id as channel 小红书, and its edit link works', async () => {
    const saved = await post('/studio/channels', { action: 'save', name: '小红书', id: '', platform: 'other', cadenceMode: 'daily', start: '2026-11-23', time: '20:00' });
    expect(saved.status).toBe(303);
    const planner = JSON.parse(readFileSync(join(studio.root, 'content/planner.json'), 'utf8'));
    expect(planner.channels.map((c: { id: string }) => c.id)).toContain('小红书');
    const page = await (await fetch(`${studio.url}/studio/channels`)).text();
    expect(page).toContain(`href="/studio/channels?edit=${encodeURIComponent('小红书')}#channel-form"`);
    const edit = await fetch(`${studio.url}/studio/channels?edit=${encodeURIComponent('小红书')}`);
    expect(edit.status).toBe(200);
    expect(await edit.text()).toContain('value="小红书"');
  });
});

describe('a captured idea that gets planned or published', () => {
  const idea = 'ideas/冬至饺子';
  const fields = (extra: Record<string, string>) => ({ title: '冬至饺子', channel: 'wechat', pillar: '', publishedAt: '', url: '', body: '正文', ...extra });

  it('is offered a move out of ideas/ in the editor, and stays put while it is still an idea', async () => {
    writeFileSync(join(studio.root, `content/posts/${idea}.mdx`), '---\ntitle: 冬至饺子\nchannel: wechat\nstatus: idea\n---\n正文\n');
    const page = await (await fetch(`${studio.url}/studio/drafts/${href(idea)}`, { headers: { cookie: 'throughline-lang=zh' } })).text();
    expect(page).toContain('data-idea-move');
    expect(page).toContain('placeholder="wechat/冬至饺子"');
    const saved = await post(`/studio/drafts/${href(idea)}`, { revision: await revisionOf(idea), ...fields({ status: 'draft' }), moveIdea: '1' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/studio/drafts/${href(idea)}?saved=1`);
    expect(existsSync(join(studio.root, `content/posts/${idea}.mdx`))).toBe(true);
  });

  it('moves to its channel folder in the same save when it is planned, and its editor opens there', async () => {
    const saved = await post(`/studio/drafts/${href(idea)}`, { revision: await revisionOf(idea), ...fields({ status: 'draft', plannedFor: '2026-12-19' }), moveIdea: '1' });
    expect(saved.status).toBe(303);
    const to = 'wechat/冬至饺子';
    // &from= names the id it left: the editor says "Saved, and moved out of ideas/: it is now wechat/…".
    expect(saved.headers.get('location')).toBe(`/studio/drafts/${href(to)}?moved=1&from=${encodeURIComponent(idea)}`);
    expect(existsSync(join(studio.root, `content/posts/${idea}.mdx`))).toBe(false);
    const text = readFileSync(join(studio.root, `content/posts/${to}.mdx`), 'utf8');
    expect(text).toContain('plannedFor: 2026-12-19');
    const editor = await fetch(new URL(saved.headers.get('location')!, studio.url), { headers: { cookie: 'throughline-lang=zh' } });
    expect(editor.status).toBe(200);
    const page = await editor.text();
    expect(page).not.toContain('data-idea-move');
    expect(page).toContain('已保存，并移出 ideas/：现在是 wechat/冬至饺子。');
  });

  it('is not moved when the box is unticked, even when published', async () => {
    const other = 'ideas/腊八粥';
    writeFileSync(join(studio.root, `content/posts/${other}.mdx`), '---\ntitle: 腊八粥\nchannel: wechat\nstatus: idea\n---\n正文\n');
    const saved = await post(`/studio/drafts/${href(other)}`, { revision: await revisionOf(other), ...fields({ title: '腊八粥', status: 'published', publishedAt: '2026-11-20T09:00:00+08:00' }) });
    expect(saved.status).toBe(303);
    expect(existsSync(join(studio.root, `content/posts/${other}.mdx`))).toBe(true);
  });
});

describe('a captured idea marked as published on the publish page', () => {
  it('moves out of ideas/ in the same step and the publish page opens at the new id', async () => {
    const idea = 'ideas/元宝饺子';
    writeFileSync(join(studio.root, `content/posts/${idea}.mdx`), '---\ntitle: 元宝饺子\nchannel: wechat\nstatus: draft\n---\n正文\n');
    const page = await (await fetch(`${studio.url}/studio/publish/${href(idea)}`, { headers: { cookie: 'throughline-lang=zh' } })).text();
    expect(page).toContain('移出 ideas/ 文件夹');
    const published = await post(`/studio/publish/${href(idea)}`, { revision: await revisionOf(idea), publishedAt: '2026-11-20T09:00:00+08:00', url: 'https://example.com/b', moveIdea: '1' });
    expect(published.status).toBe(303);
    expect(published.headers.get('location')).toBe(`/studio/publish/${href('wechat/元宝饺子')}?saved=1&from=${encodeURIComponent(idea)}`);
    expect(readFileSync(join(studio.root, 'content/posts/wechat/元宝饺子.mdx'), 'utf8')).toContain('status: published');
    expect(existsSync(join(studio.root, `content/posts/${idea}.mdx`))).toBe(false);
  });
});

describe('a new draft (drafts/) marked as published on the publish page', () => {
  it('is offered the same move, into its channel folder without doubling it, so its address does not say "drafts"', async () => {
    const draft = 'drafts/wechat/腊月饺子';
    writeFileSync(join(studio.root, 'content/posts/drafts/wechat/腊月饺子.mdx'), '---\ntitle: 腊月饺子\nchannel: wechat\nstatus: draft\n---\n正文\n');
    const page = await (await fetch(`${studio.url}/studio/publish/${href(draft)}`, { headers: { cookie: 'throughline-lang=zh' } })).text();
    expect(page).toContain('移出 drafts/ 文件夹');
    expect(page).toContain('公开地址里会一直带着“drafts”');
    expect(page).toContain('placeholder="wechat/腊月饺子"');
    const published = await post(`/studio/publish/${href(draft)}`, { revision: await revisionOf(draft), publishedAt: '2026-11-20T09:00:00+08:00', url: 'https://example.com/c', moveIdea: '1' });
    expect(published.status).toBe(303);
    expect(published.headers.get('location')).toBe(`/studio/publish/${href('wechat/腊月饺子')}?saved=1&from=${encodeURIComponent(draft)}`);
    expect(readFileSync(join(studio.root, 'content/posts/wechat/腊月饺子.mdx'), 'utf8')).toContain('status: published');
    expect(existsSync(join(studio.root, 'content/posts/drafts/wechat/腊月饺子.mdx'))).toBe(false);
  });
});

describe('a post already published under drafts/ (a hand edit)', () => {
  it('gets the offer unticked, so a Save to fix a typo does not change its public address unasked', async () => {
    const draft = 'drafts/腊八蒜';
    writeFileSync(join(studio.root, 'content/posts/drafts/腊八蒜.mdx'), '---\ntitle: 腊八蒜\nchannel: wechat\nstatus: published\npublishedAt: 2026-11-20T09:00:00+08:00\n---\n正文\n');
    for (const page of ['drafts', 'publish']) {
      const html = await (await fetch(`${studio.url}/studio/${page}/${href(draft)}`)).text();
      expect(html, page).toContain('data-idea-move');
      expect(html, page).toMatch(/<input type="checkbox" name="moveIdea" value="1"(?! checked)[^>]*>/);
    }
  });
});

describe('a drafts/ post whose save comes back with an error', () => {
  it('shows the move offer as the user sent it, so the next Save does not move a post they chose to keep', async () => {
    const draft = 'drafts/腊八面';
    writeFileSync(join(studio.root, 'content/posts/drafts/腊八面.mdx'), '---\ntitle: 腊八面\nchannel: wechat\nstatus: draft\n---\n正文\n');
    const base = { title: '', channel: 'wechat', pillar: '', status: 'draft', plannedFor: '2026-12-19', publishedAt: '', url: '', body: '正文' };
    const unticked = await post(`/studio/drafts/${href(draft)}`, { revision: await revisionOf(draft), ...base });
    expect(unticked.status).toBe(400);
    expect(await unticked.text()).toMatch(/<input type="checkbox" name="moveIdea" value="1"(?! checked)[^>]*>/);
    const typed = await post(`/studio/drafts/${href(draft)}`, { revision: await revisionOf(draft), ...base, moveIdea: '1', moveIdeaTo: 'wechat/面' });
    expect(typed.status).toBe(400);
    const html = await typed.text();
    expect(html).toMatch(/<input type="checkbox" name="moveIdea" value="1" checked[^>]*>/);
    expect(html).toMatch(/<input id="moveIdeaTo" name="moveIdeaTo" value="wechat\/面"/);
  });
});

describe('the studio calendar of a channel whose id is Chinese', () => {
  it('downloads as 小红书.ics (RFC 6266 filename*) and parses as a calendar', async () => {
    const response = await fetch(`${studio.url}/studio/api/calendar.ics?channel=${encodeURIComponent('小红书')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="___.ics"; filename*=UTF-8''${encodeURIComponent('小红书.ics')}`);
    const text = await response.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // The series UID holds the id percent-encoded, as a published post's UID does (calendar export).
    expect(text).toContain(`UID:${encodeURIComponent('小红书')}-`);
    expect(text.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
  });
});

describe('the theme panel in 中文', () => {
  it('writes its labels with the full-width colon and lists evidence words with 、, never an English comma', async () => {
    const page = await (await fetch(`${studio.url}/studio/drafts/${href('drafts/wechat/dongzhi-jiaozi')}`, { headers: { cookie: 'throughline-lang=zh' } })).text();
    expect(page).toContain('和品牌相通的词：<span id="theme-terms"');
    expect(page).toContain('品牌里还没写过的词：<span id="theme-offterms"');
    const evidence = page.match(/<span id="theme-terms"[^>]*>([^<]*)<\/span>/)![1]!;
    expect(evidence.split('、').length).toBeGreaterThan(1);
    expect(evidence).not.toContain(', ');
  });
});
