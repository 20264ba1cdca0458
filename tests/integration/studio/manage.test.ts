/**
 * Making the sample one's own in the studio (astro dev over a temp copy of the sample): every
 * problem `check` refuses is shown; posts are deleted, renamed and duplicated; pillars and
 * channels are renamed or removed with their posts reassigned in the same step.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProject } from '../../../src/store/project.ts';
import { formatDay } from '../../../src/studio/plan/format.ts';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.stop();
});

const zh = { cookie: 'throughline-lang=zh' };
const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${studio.url}${path}`, { headers });
  return { status: response.status, html: await response.text() };
};
const postForm = (path: string, fields: Record<string, string>) =>
  fetch(`${studio.url}${path}`, { method: 'POST', body: new URLSearchParams(fields), headers: { origin: studio.url }, redirect: 'manual' });
const file = (rel: string) => join(studio.root, rel);
/** The page's flash line (StudioLayout's message), as text. */
const flash = (html: string) => /<p class="flash"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];

describe('the sample brand', () => {
  it("offers to start one's own brand at the top of the dashboard, in both languages", async () => {
    expect((await page('/studio')).html).toContain('id="sample-notice"');
    expect((await page('/studio', zh)).html).toContain('这是示例品牌');
  });
});

describe('the channels list', () => {
  // A trial: its column read "此渠道轮换的内容支柱（不选 = 全部）", the form's hint "(none = all)" above a list of names.
  it('heads the pillars column with words for a list, not the form\'s hint, in both languages', async () => {
    for (const [headers, heading, hint] of [[{}, 'Pillars in rotation', '(none = all)'], [zh, '轮换的内容支柱', '（不选 = 全部）']] as const) {
      const html = (await page('/studio/channels', headers)).html;
      const table = /<table class="channels"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
      expect(table).toMatch(new RegExp(`<th[^>]*>${heading}</th>`));
      expect(table).toMatch(new RegExp(`data-label="${heading}"`));
      expect(table).not.toContain(hint);
    }
  });
});

describe('problems that check refuses', () => {
  it('shows a post naming an unknown channel on the dashboard and the drafts list, with file and field, in both languages', async () => {
    const rel = 'content/posts/drafts/typo-channel.md';
    writeFileSync(file(rel), '---\ntitle: Typo\nchannel: zhuhu\nstatus: draft\n---\nBody\n');
    try {
      const fromStore = (await readProject(studio.root)).problems.map((p) => p.file);
      expect(fromStore).toContain(rel);
      for (const path of ['/studio', '/studio/drafts']) {
        const en = await page(path);
        expect(en.status).toBe(200);
        expect(en.html).toMatch(new RegExp(`data-problem-file="${rel}" data-problem-field="channel"`));
        expect(en.html).toContain('unknown channel &quot;zhuhu&quot;');
        const inChinese = await page(path, zh);
        // The core's own Chinese, as `check` prints it.
        expect(inChinese.html).toContain('未知的渠道 &quot;zhuhu&quot;');
      }
    } finally {
      rmSync(file(rel), { force: true });
    }
  });
});

async function revisionOf(id: string): Promise<string> {
  return ((await (await fetch(`${studio.url}/studio/api/revision?id=${encodeURIComponent(id)}`)).json()) as { revision: string }).revision;
}

describe('whole-post actions in the editor', () => {
  // A bilingual author had no way to start a translation: Duplicate kept `lang` and made `<id>-2`.
  it('starts a translation: a draft in the other language with the original text and the same translationKey, the key written into an original that had none', async () => {
    const from = '2026/grandmothers-dumplings';
    const before = readFileSync(file(`content/posts/${from}.mdx`), 'utf8');
    expect(before).not.toContain('translationKey');
    const editor = (await page(`/studio/drafts/${from}`)).html;
    expect(editor).toMatch(/<input id="translate-to" name="to" value="2026\/grandmothers-dumplings-zh"/);
    expect(editor).toContain('Start the 中文 version');
    expect((await page(`/studio/drafts/${from}`, zh)).html).toContain('开始写中文版');
    // A stale original is refused, and nothing is written.
    const stale = await postForm(`/studio/drafts/${from}`, { action: 'translate', to: `${from}-zh`, lang: 'zh', revision: 'stale' });
    expect(stale.status).toBe(400);
    expect(existsSync(file(`content/posts/${from}-zh.mdx`))).toBe(false);
    expect(readFileSync(file(`content/posts/${from}.mdx`), 'utf8')).toBe(before);
    // A taken id is refused before the original gets its key.
    const taken = await postForm(`/studio/drafts/${from}`, { action: 'translate', to: '2026/window-light-for-noodles', lang: 'zh', revision: await revisionOf(from) });
    expect(taken.status).toBe(400);
    expect(await taken.text()).toContain('already exists');
    expect(readFileSync(file(`content/posts/${from}.mdx`), 'utf8')).toBe(before);

    const started = await postForm(`/studio/drafts/${from}`, { action: 'translate', to: `${from}-zh`, lang: 'zh', revision: await revisionOf(from) });
    expect(started.status).toBe(303);
    expect(started.headers.get('location')).toBe(`/studio/drafts/${from}-zh?translated=1`);
    const project = await readProject(studio.root);
    expect(project.problems).toEqual([]);
    const original = project.posts.find((p) => p.id === from)!;
    const translation = project.posts.find((p) => p.id === `${from}-zh`)!;
    expect(original.data.translationKey).toBe('grandmothers-dumplings');
    expect(original.data.status).toBe('published');
    expect(translation.data).toMatchObject({ translationKey: 'grandmothers-dumplings', lang: 'zh', status: 'draft', channel: original.data.channel, title: original.data.title });
    expect(translation.data.publishedAt).toBeUndefined();
    expect(translation.data.url).toBeUndefined();
    expect(translation.body).toBe(original.body);
    // Each editor links the other, with its language and status.
    expect((await page(`/studio/drafts/${from}-zh`)).html).toMatch(/id="versions"[^>]*>In other languages: <a href="\/studio\/drafts\/2026\/grandmothers-dumplings"[^>]*>[^<]+<\/a> \(English, published\)/);
    expect((await page(`/studio/drafts/${from}`, zh)).html).toMatch(/id="versions"[^>]*>其他语言版本：<a href="\/studio\/drafts\/2026\/grandmothers-dumplings-zh"[^>]*>[^<]+<\/a>（中文，草稿）/);
    expect((await page(`/studio/drafts/${from}-zh`, zh)).html).toMatch(/（英文，已发布）/);
    // Once each language has its version, neither editor offers to start another one (one was
    // a second version with the same key, which the portfolio hides behind the first): the
    // versions line above links it.
    expect((await page(`/studio/drafts/${from}`, zh)).html).not.toContain('开始写中文版');
    expect((await page(`/studio/drafts/${from}-zh`)).html).not.toContain('Start the English version');
    const again = await postForm(`/studio/drafts/${from}-zh`, { action: 'translate', to: `${from}-zh-en`, lang: 'en', revision: await revisionOf(`${from}-zh`) });
    expect(again.status).toBe(400);
    expect(await again.text()).toMatch(new RegExp(`its English version is already (?:&quot;|&#34;|")${from}`));
    expect(existsSync(file(`content/posts/${from}-zh-en.mdx`))).toBe(false);
  });

  it('renames a post to a Chinese id, duplicates it as an unplanned draft, then deletes both', async () => {
    const from = 'drafts/crypto-portfolio';
    const original = readFileSync(file(`content/posts/${from}.mdx`), 'utf8');
    const moved = await postForm(`/studio/drafts/${from}`, { action: 'move', to: 'drafts/加密', revision: await revisionOf(from) });
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe(`/studio/drafts/drafts/${encodeURIComponent('加密')}?moved=1`);
    expect(existsSync(file(`content/posts/${from}.mdx`))).toBe(false);
    expect(readFileSync(file('content/posts/drafts/加密.mdx'), 'utf8')).toBe(original);

    const copied = await postForm(`/studio/drafts/drafts/${encodeURIComponent('加密')}`, { action: 'duplicate', to: 'drafts/copy' });
    expect(copied.status).toBe(303);
    const copy = readFileSync(file('content/posts/drafts/copy.mdx'), 'utf8');
    expect(copy).toContain('status: draft');
    expect(copy).not.toContain('plannedFor');

    const taken = await postForm('/studio/drafts/drafts/copy', { action: 'move', to: 'drafts/加密', revision: await revisionOf('drafts/copy') });
    expect(taken.status).toBe(400);
    expect(await taken.text()).toContain('already exists');
    expect(existsSync(file('content/posts/drafts/copy.mdx'))).toBe(true);

    for (const id of ['drafts/加密', 'drafts/copy']) {
      const gone = await postForm(`/studio/drafts/${id.split('/').map(encodeURIComponent).join('/')}`, { action: 'delete', revision: await revisionOf(id) });
      expect(gone.status).toBe(303);
      expect(existsSync(file(`content/posts/${id}.mdx`))).toBe(false);
    }
  });

  it('keeps the portfolio pages answering right after a published post is deleted in the studio', async () => {
    const { posts } = await readProject(studio.root);
    const published = posts.find((p) => p.data.status === 'published')!;
    expect((await page('/')).status).toBe(200);
    const gone = await postForm(`/studio/drafts/${published.id}`, { action: 'delete', revision: await revisionOf(published.id) });
    expect(gone.status).toBe(303);
    for (const path of ['/', '/archive/', '/no-such-page']) expect((await page(path)).status, path).toBeLessThan(500);
  });

  it('refuses to delete a post that changed on disk since the page was opened', async () => {
    const id = 'ideas/' + readdirSync(file('content/posts/ideas'))[0]!.replace(/\.mdx?$/, '');
    const stale = await postForm(`/studio/drafts/${id}`, { action: 'delete', revision: 'not-the-revision' });
    expect(stale.status).toBe(400);
    expect((await readProject(studio.root)).posts.some((p) => p.id === id)).toBe(true);
  });
});

function brandForm(pillars: { id: string; was: string; name: string }[], extra: Record<string, string> = {}): Record<string, string> {
  const fields: Record<string, string> = { name: 'Mei Lin', label: 'Home cook', audience: '', strengths: 'cooking', impressions: '', timezone: 'Asia/Shanghai', ...extra };
  pillars.forEach((p, i) => Object.assign(fields, { [`pillar-${i}-id`]: p.id, [`pillar-${i}-was`]: p.was, [`pillar-${i}-name`]: p.name, [`pillar-${i}-keywords`]: '' }));
  return fields;
}

describe('renaming and removing pillars on the brand form', () => {
  it('refuses to remove a pillar whose posts have no target, naming those posts, and writes nothing', async () => {
    const before = readFileSync(file('content/planner.json'), 'utf8');
    const users = (await readProject(studio.root)).posts.filter((p) => p.data.pillar === 'kitchen-stories').map((p) => p.file);
    expect(users.length).toBeGreaterThan(0);
    const response = await postForm('/studio/brand', brandForm([{ id: 'recipes', was: 'recipes', name: 'Recipes' }, { id: 'food-photography', was: 'food-photography', name: 'Photos' }]));
    expect(response.status).toBe(400);
    const html = await response.text();
    for (const f of users) expect(html).toContain(f);
    expect(html).toContain('id="reassign-kitchen-stories"');
    expect(readFileSync(file('content/planner.json'), 'utf8')).toBe(before);
  });

  it('renames one pillar and removes another in one save: posts and channels follow', async () => {
    const before = await readProject(studio.root);
    const recipes = before.posts.filter((p) => p.data.pillar === 'recipes').map((p) => p.id);
    const stories = before.posts.filter((p) => p.data.pillar === 'kitchen-stories').map((p) => p.id);
    const response = await postForm('/studio/brand', {
      ...brandForm([{ id: 'cooking', was: 'recipes', name: 'Cooking' }, { id: 'food-photography', was: 'food-photography', name: 'Photos' }]),
      'reassign-kitchen-stories': 'cooking',
    });
    expect(response.status).toBe(303);
    const after = await readProject(studio.root);
    expect(after.problems).toEqual([]);
    expect(after.planner.brand.pillars.map((p) => p.id)).toEqual(['cooking', 'food-photography']);
    expect('sample' in after.planner).toBe(false);
    expect((await page('/studio')).html).not.toContain('id="sample-notice"');
    for (const id of [...recipes, ...stories]) expect(after.posts.find((p) => p.id === id)?.data.pillar, id).toBe('cooking');
    expect(after.planner.channels.find((c) => c.id === 'wechat')?.pillars).toEqual(['cooking']);
    expect(after.planner.channels.find((c) => c.id === 'blog')?.pillars).toEqual(['cooking', 'food-photography']);
  });
});

describe('renaming and removing channels', () => {
  it('renames a channel: its posts and the breaks that name it follow', async () => {
    const before = await readProject(studio.root);
    const users = before.posts.filter((p) => p.data.channel === 'blog').map((p) => p.id);
    const response = await postForm('/studio/channels', { action: 'rename', editing: 'blog', newId: 'site' });
    expect(response.status).toBe(303);
    const after = await readProject(studio.root);
    expect(after.problems).toEqual([]);
    expect(after.planner.channels.map((c) => c.id)).toContain('site');
    for (const id of users) expect(after.posts.find((p) => p.id === id)?.data.channel).toBe('site');
  });

  it('removes a channel after moving its posts to the chosen one, and check stays clean', async () => {
    const users = (await readProject(studio.root)).posts.filter((p) => p.data.channel === 'wechat').map((p) => p.id);
    expect(users.length).toBeGreaterThan(0);
    // The form chooses no target for the user (it used to preselect the first other channel): "— choose —", required.
    const select = /<select id="move-wechat" name="moveTo" required[^>]*>\s*<option value="" selected[^>]*>([^<]*)<\/option>/.exec((await page('/studio/channels')).html);
    expect(select?.[1]).toBe('— choose —');
    expect((await page('/studio/channels', zh)).html).toMatch(/<select id="move-wechat" name="moveTo" required[^>]*>\s*<option value="" selected[^>]*>— 请选择 —<\/option>/);
    const response = await postForm('/studio/channels', { action: 'remove', editing: 'wechat', moveTo: 'site' });
    expect(response.status).toBe(303);
    const after = await readProject(studio.root);
    expect(after.problems).toEqual([]);
    expect(after.planner.channels.map((c) => c.id)).toEqual(['site']);
    for (const id of users) expect(after.posts.find((p) => p.id === id)?.data.channel).toBe('site');
  });
});

describe('posts planned off the cadence', () => {
  it('flags an off-slot post on the dashboard and the plan page (in Chinese too) and moves it to the nearest slot in one click', async () => {
    const { planner } = await readProject(studio.root);
    const channel = planner.channels[0]!.id;
    const rel = 'content/posts/drafts/off-slot.mdx';
    // Two days after the channel's first slot of December: not a slot day for a weekly cadence.
    const report = (await import('../../../src/core/check.ts')).buildCheckReport({ planner, posts: [], now: Date.now() });
    const next = report.channels.find((c) => c.id === channel)!.nextSlot!.slice(0, 10);
    const offDay = new Date(Date.parse(`${next}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(file(rel), `---\ntitle: 跳槽时机\nchannel: ${channel}\nstatus: draft\nplannedFor: ${offDay}\n---\n`);
    const dashboard = await page('/studio', zh);
    expect(dashboard.html).toContain('data-flag="off-slot"');
    // The date is kept on one line (a nowrap span), so the markup sits between words and date.
    expect(dashboard.html).toMatch(new RegExp(`“跳槽时机”计划在 <span class="nowrap"[^>]*>${offDay}</span>`));
    const plan = await page('/studio/plan');
    expect(plan.html).toContain('data-off-slot="drafts/off-slot"');
    const moved = await postForm('/studio/plan', { action: 'move-planned', post: 'drafts/off-slot', date: next, return: '/studio' });
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe(`/studio?done=moved&to=${next}&why=off-slot`);
    expect(readFileSync(file(rel), 'utf8')).toContain(`plannedFor: ${next}`);
    const after = await page(moved.headers.get('location')!, zh);
    expect(after.html).not.toContain('“跳槽时机”计划在');
    expect(flash(after.html)).toBe(`已移到最近的排期：${formatDay(next, 'zh')}。`);
    expect(flash((await page(moved.headers.get('location')!)).html)).toBe(`Moved to the nearest slot, ${formatDay(next, 'en')}.`);
    rmSync(file(rel));
  });

  // The confirmation said "Moved to the nearest slot." after the Move to of a post whose slot is over too,
  // which goes to the next open slot (core/slot-over.ts), and it named no date for either kind.
  it.each([
    ['en', {}, 'Moved to the next open slot, {date}.'],
    ['zh', zh, '已移到下一个空排期：{date}。'],
  ] as const)("says where the Move to of a post whose slot is over put it: the next open slot (%s)", async (lang, headers, words) => {
    const { planner } = await readProject(studio.root);
    const channel = planner.channels[0]!.id;
    const rel = 'content/posts/drafts/slot-over.mdx';
    const now = Date.now();
    const report = (await import('../../../src/core/check.ts')).buildCheckReport({ planner, posts: [], now });
    // A slot of this channel whose day is over and that it no longer owes: a missed one, not the latest.
    const closed = report.channels.find((c) => c.id === channel)!.missed.at(-2)!;
    writeFileSync(file(rel), `---\ntitle: Late soup\nchannel: ${channel}\nstatus: draft\nplannedFor: ${closed}\n---\n`);
    try {
      const dashboard = await page('/studio', headers);
      const move = new RegExp(`data-flag="slot-over"[\\s\\S]*?name="post" value="drafts/slot-over"[^>]*>\\s*<input type="hidden" name="date" value="([\\d-]+)"`).exec(dashboard.html);
      expect(move).not.toBeNull();
      const target = move![1]!;
      const moved = await postForm('/studio/plan', { action: 'move-planned', post: 'drafts/slot-over', date: target, return: '/studio' });
      expect(moved.status).toBe(303);
      expect(moved.headers.get('location')).toBe(`/studio?done=moved&to=${target}&why=slot-over`);
      expect(readFileSync(file(rel), 'utf8')).toContain(`plannedFor: ${target}`);
      const after = await page(moved.headers.get('location')!, headers);
      expect(flash(after.html)).toBe(words.replace('{date}', formatDay(target, lang)));
    } finally {
      rmSync(file(rel), { force: true });
    }
  });
});

describe('a cadence change', () => {
  it('lists the posts planned on the old days after the save and moves them all in one click', async () => {
    const { planner, posts } = await readProject(studio.root);
    const channel = planner.channels[0]!;
    const planned = posts.filter((p) => p.data.channel === channel.id && p.data.status !== 'published' && p.data.plannedFor);
    expect(planned.length).toBeGreaterThan(0);
    const fields = new URLSearchParams([
      ['action', 'save'], ['editing', channel.id], ['name', channel.name], ['platform', channel.platform], ['cadenceMode', 'weekly-days'],
      ['cadenceDays', 'TH'], ['start', channel.start], ['changeFrom', '2026-11-01'], ['time', channel.time],
    ]);
    const saved = await fetch(`${studio.url}/studio/channels`, { method: 'POST', body: fields, headers: { origin: studio.url }, redirect: 'manual' });
    expect(saved.status).toBe(303);
    const after = await page(saved.headers.get('location')!, zh);
    expect(after.html).toContain('以下内容计划的日期在新节奏中没有排期');
    for (const p of planned.filter((x) => new Date(`${x.data.plannedFor}T00:00:00Z`).getUTCDay() !== 4)) expect(after.html).toContain(`data-off-slot="${p.id}"`);
    expect(after.html).toContain('id="move-all-off-slot"');
    const count = /id="move-all-off-slot"[^>]*>把这 (\d+) 篇移到最近的空排期，每个排期一篇/.exec(after.html)![1];
    const moved = await postForm('/studio/plan', { action: 'move-all-planned', channel: channel.id, return: '/studio/channels' });
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe(`/studio/channels?done=moved&count=${count}`);
    expect(flash((await page(moved.headers.get('location')!, zh)).html)).toBe(`已把这 ${count} 篇移到最近的空排期，每个排期一篇。`);
    const { buildCheckReport } = await import('../../../src/core/check.ts');
    const now = await readProject(studio.root);
    const left = buildCheckReport({ planner: now.planner, posts: now.posts, now: Date.now() }).flags.filter((f) => f.kind === 'off-slot' && f.channel === channel.id);
    expect(left.filter((f) => 'target' in f && f.target)).toEqual([]);
  });
});

describe('start my own brand', () => {
  it('refuses an empty name in Chinese and moves nothing', async () => {
    const response = await fetch(`${studio.url}/studio`, { method: 'POST', body: new URLSearchParams({ action: 'start-fresh', name: '', pillar: '向上管理', timezone: 'Asia/Shanghai' }), headers: { origin: studio.url, ...zh }, redirect: 'manual' });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('品牌需要一个名称');
    expect(existsSync(file('content/planner.json'))).toBe(true);
    expect(readdirSync(file('content')).some((f) => f.startsWith('.sample-'))).toBe(false);
  });

  it('moves the current project (no longer the sample: its brand was saved above) aside into a dated folder and starts an empty one that check accepts', async () => {
    const before = readFileSync(file('content/planner.json'), 'utf8');
    const response = await postForm('/studio', { action: 'start-fresh', name: '林老师', pillar: '向上管理', timezone: 'Asia/Shanghai' });
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^\/studio\/brand\?fresh=content%2F\.previous-\d{4}-\d{2}-\d{2}$/);
    const folder = decodeURIComponent(location.split('=')[1]!);
    expect(readFileSync(file(`${folder}/planner.json`), 'utf8')).toBe(before);
    const after = await readProject(studio.root);
    expect(after.posts).toEqual([]);
    expect(after.problems).toEqual([]);
    expect(after.planner.brand).toMatchObject({ name: '林老师', pillars: [{ id: '向上管理', name: '向上管理' }] });
    const brand = await page(location, zh);
    expect(brand.status).toBe(200);
    expect(brand.html).toContain(`你之前的项目已移到 ${folder}/`);
    expect((await page('/studio')).status).toBe(200);
  });

  it('leaves the label empty with a prompt, and then offers to start over in words about the own project', async () => {
    const { planner } = await readProject(studio.root);
    expect(planner.brand.label).toBe('');
    const brand = await page('/studio/brand', zh);
    expect(brand.html).toMatch(/<input id="label" name="label"[^>]*placeholder="例如：/);
    const dashboard = await page('/studio', zh);
    expect(dashboard.html).toContain('data-brand-label-missing');
    expect(dashboard.html).not.toContain('开始建立我自己的品牌');
    expect(dashboard.html).not.toContain('示例');
    expect(dashboard.html).toContain('清空，重新开始一个项目');
    const english = (await page('/studio')).html;
    expect(english).not.toContain('Start my own brand');
    expect(english).not.toMatch(/sample/i);
    const again = await postForm('/studio', { action: 'start-fresh', name: '林老师', pillar: '职场', timezone: 'Asia/Shanghai' });
    expect(again.status).toBe(303);
    const location = again.headers.get('location')!;
    expect(decodeURIComponent(location)).toMatch(/fresh=content\/\.previous-\d{4}-\d{2}-\d{2}(-\d+)?$/);
    expect((await page(location, zh)).html).toContain('你之前的项目已移到 content/.previous-');
  });
});
