/**
 * The studio's endpoints on a real `astro dev` over a temp copy of the sample project: the
 * Host/Origin guard, safe post paths, brand validation, stale edits and concurrent saves.
 */
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePlanner } from '../../../src/core/planner-file.ts';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
const plannerFile = () => join(studio.root, 'content/planner.json');
const readPlannerText = () => readFileSync(plannerFile(), 'utf8');

beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.stop();
});

function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = { origin: studio.url }) {
  return fetch(`${studio.url}${path}`, { method: 'POST', body: new URLSearchParams(fields), headers, redirect: 'manual' });
}

/** A raw request with a chosen Host header (fetch does not let a caller set Host). */
function rawRequest(path: string, host: string, method = 'GET'): Promise<number> {
  const { port } = new URL(studio.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host, origin: `http://${host}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(method === 'POST' ? 'name=x' : undefined);
  });
}

function brandFields(label: string): Record<string, string> {
  return {
    name: 'Mei Lin', label, audience: 'Busy home cooks', strengths: 'cooking\nfood photography', impressions: 'warm',
    timezone: 'Asia/Shanghai',
    'pillar-0-id': 'recipes', 'pillar-0-name': 'Recipes', 'pillar-0-keywords': 'recipe, braise',
    'pillar-1-id': 'food-photography', 'pillar-1-name': 'Food photography', 'pillar-1-keywords': 'photo, light',
    'pillar-2-id': 'kitchen-stories', 'pillar-2-name': 'Kitchen stories', 'pillar-2-keywords': 'family',
  };
}

async function revisionOf(id: string): Promise<string> {
  const answer = (await (await fetch(`${studio.url}/studio/api/revision?id=${encodeURIComponent(id)}`)).json()) as { revision: string };
  return answer.revision;
}

describe('theme panel', () => {
  // First: later tests here change the brand and this draft.
  it('says when a draft is on theme only because the brand\'s earlier posts read it so (the sample\'s winter soup)', async () => {
    const id = 'drafts/winter-soup-photos';
    const text = readFileSync(join(studio.root, 'content/posts', `${id}.mdx`), 'utf8');
    const body = text.slice(text.indexOf('---', 3) + 3);
    const title = /^title: *"?(.*?)"?$/m.exec(text)?.[1] ?? '';
    const live = await fetch(`${studio.url}/studio/api/theme`, { method: 'POST', body: JSON.stringify({ id, title, body }), headers: { origin: studio.url, 'content-type': 'application/json' } });
    const { theme } = (await live.json()) as { theme: { score: number; threshold: number; onTheme: boolean; held?: boolean } };
    expect(theme).toMatchObject({ held: true, onTheme: true });
    // The threshold, with the current reading below its fourth decimal place (held drafts keep their order).
    expect(theme.score.toFixed(3)).toBe(theme.threshold.toFixed(3));
    expect(theme.score).toBeGreaterThanOrEqual(theme.threshold);
    const page = await (await fetch(`${studio.url}/studio/drafts/${id}`)).text();
    expect(page).toContain('on theme: your earlier posts read it so');
    const zh = await (await fetch(`${studio.url}/studio/drafts/${id}`, { headers: { cookie: 'throughline-lang=zh' } })).text();
    expect(zh).toContain('切题：你较早的文章认为它切题');
  });

  it('says which earlier state holds a draft the brand text alone reads as clearly on theme, and has the words for heldBy 0 without claiming a reading before the draft existed', async () => {
    // A real help page (GIMP's Vignette filter, GFDL; in the corpus, an off-theme draft of its
    // astronomy brand) that the food brand's text alone reads as clearly on theme (photography,
    // camera, lens) and its published posts now would flag. Until 2026-12-04 day one held it
    // (heldBy 0). The brand of its first 2 posts (a recipe, a photo post: no pillar has two of its
    // own yet) reads each pillar as day one does (score.ts, a stage with posts), so those 2 posts
    // hold it now; on the sample, no corpus text is held by day one alone any more.
    const corpus = JSON.parse(readFileSync(new URL('../../fixtures/theme-corpus/brands/en-astronomy.json', import.meta.url), 'utf8')) as { offTheme: { id: string; title: string; text: string }[] };
    const doc = corpus.offTheme.find((d) => d.id === 'o20')!;
    const live = await fetch(`${studio.url}/studio/api/theme`, { method: 'POST', body: JSON.stringify({ id: 'drafts/winter-soup-photos', title: doc.title, body: doc.text }), headers: { origin: studio.url, 'content-type': 'application/json' } });
    const { theme } = (await live.json()) as { theme: { onTheme: boolean; held?: boolean; heldBy?: number } };
    expect(theme).toMatchObject({ held: true, heldBy: 2, onTheme: true });
    // The editor's script shows the verdict it is given from these texts as the draft is typed.
    const page = await (await fetch(`${studio.url}/studio/drafts/drafts/winter-soup-photos`)).text();
    expect(page).toContain('data-held-day-one-text="on theme: your brand text alone reads it as clearly on theme');
    const zh = await (await fetch(`${studio.url}/studio/drafts/drafts/winter-soup-photos`, { headers: { cookie: 'throughline-lang=zh' } })).text();
    expect(zh).toContain('data-held-day-one-text="切题：单看品牌描述，它明显切题');
  });
});

describe('the request guard', () => {
  it('refuses a cross-origin form POST with 403 and writes nothing', async () => {
    const before = readPlannerText();
    const response = await postForm('/studio/brand', brandFields('Hijacked'), { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(readPlannerText()).toBe(before);
  });

  it('refuses a cross-origin JSON POST and a POST without any Origin', async () => {
    const body = JSON.stringify({ body: 'noodles' });
    const evil = await fetch(`${studio.url}/studio/api/theme`, { method: 'POST', body, headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' } });
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as { error: string }).error).toContain('http://localhost:3000');
    const bare = await fetch(`${studio.url}/studio/api/theme`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(bare.status).toBe(403);
    const own = await fetch(`${studio.url}/studio/api/theme`, { method: 'POST', body, headers: { origin: studio.url, 'content-type': 'application/json' } });
    expect(own.status).toBe(200);
  });

  it('refuses a request whose Host is not this loopback server, as a DNS-rebinding page would send', async () => {
    const { port } = new URL(studio.url);
    expect(await rawRequest('/studio/brand', `127.0.0.1:${port}`)).toBe(200);
    expect(await rawRequest('/studio/brand', `rebind.evil.example:${port}`)).toBe(403);
    expect(await rawRequest('/studio/brand', 'localhost:1')).toBe(403);
    const before = readPlannerText();
    expect(await rawRequest('/studio/brand', `rebind.evil.example:${port}`, 'POST')).toBe(403);
    expect(readPlannerText()).toBe(before);
  });
});

describe('post paths', () => {
  it('refuses ids that lead outside content/posts: "..", encoded "..", absolute paths', async () => {
    for (const id of ['../x', '../../content/planner', '/etc/passwd']) {
      const response = await fetch(`${studio.url}/studio/api/revision?id=${encodeURIComponent(id)}`);
      expect(response.status, id).toBe(400);
    }
    const encoded = await fetch(`${studio.url}/studio/api/revision?id=%2e%2e/x`);
    expect(encoded.status).toBe(400);
    const editor = await fetch(`${studio.url}/studio/drafts/%2e%2e/%2e%2e/planner`);
    expect([400, 404]).toContain(editor.status);
  });

  it('answers 404 for a missing post, and 422 naming file and field for one whose frontmatter is broken', async () => {
    for (const page of ['drafts', 'publish']) {
      const missing = await fetch(`${studio.url}/studio/${page}/2026/no-such-post`);
      expect(missing.status, page).toBe(404);
    }
    const file = join(studio.root, 'content/posts/2026/broken-status.md');
    const text = '---\ntitle: Broken\nchannel: blog\nstatus: posted\n---\nBody\n';
    writeFileSync(file, text);
    try {
      for (const page of ['drafts', 'publish']) {
        const broken = await fetch(`${studio.url}/studio/${page}/2026/broken-status`);
        expect(broken.status, page).toBe(422);
        expect(await broken.text()).toMatch(/content\/posts\/2026\/broken-status\.md: status: expected one of/);
      }
      expect(readFileSync(file, 'utf8')).toBe(text);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('refuses to read or save through a symbolic link that leads out of content/posts', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'throughline-outside-'));
    try {
      const text = '---\ntitle: Outside\nchannel: blog\nstatus: draft\n---\n\nsecret\n';
      writeFileSync(join(outside, 'x.mdx'), text);
      mkdirSync(join(studio.root, 'content/posts'), { recursive: true });
      symlinkSync(outside, join(studio.root, 'content/posts/escape'), 'dir');
      expect((await fetch(`${studio.url}/studio/api/revision?id=escape/x`)).status).toBe(400);
      for (const page of ['drafts', 'publish']) {
        const view = await fetch(`${studio.url}/studio/${page}/escape/x`);
        expect(view.status, page).toBe(400);
        expect(await view.text()).not.toContain('secret');
      }
      const save = await postForm('/studio/drafts/escape/x', { revision: 'x', title: 'Changed', channel: 'blog', status: 'draft', body: 'changed' });
      expect(save.status).toBeGreaterThanOrEqual(400);
      expect(readFileSync(join(outside, 'x.mdx'), 'utf8')).toBe(text);
    } finally {
      rmSync(join(studio.root, 'content/posts/escape'), { force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('names a new draft from its title when the slug is left as its folder (drafts/), numbering a name taken; a Chinese title keeps its words', async () => {
    for (const [title, id] of [['Braised Pork, at Home!', 'drafts/braised-pork-at-home'], ['Braised pork at home', 'drafts/braised-pork-at-home-2'], ['红烧肉的做法', 'drafts/红烧肉的做法']]) {
      const response = await postForm('/studio/drafts/new', { slug: 'drafts/', title, channel: 'blog' });
      expect(response.status, title).toBe(303);
      expect(decodeURIComponent(response.headers.get('location') ?? '')).toContain(id);
      expect(readFileSync(join(studio.root, 'content/posts', `${id}.mdx`), 'utf8')).toContain(`title: ${title}`);
    }
    // A slug typed whole is kept, and a taken one is said, not numbered.
    const taken = await postForm('/studio/drafts/new', { slug: 'drafts/braised-pork-at-home', title: 'Again', channel: 'blog' });
    expect(taken.status).toBe(400);
  });

  it('refuses a new draft whose slug is not a safe post id and writes no file', async () => {
    const response = await postForm('/studio/drafts/new', { slug: '../escape', title: 'X', channel: 'blog' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('..');
  });
});

describe('the brand form', () => {
  it('answers an invalid form with 400 and the error next to its field, leaving planner.json unchanged byte for byte', async () => {
    const before = readPlannerText();
    const response = await postForm('/studio/brand', { ...brandFields(''), timezone: 'Mars/Olympus', 'pillar-1-id': 'bad id' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/id="label-error"[^>]*>the positioning label must not be empty/);
    expect(html).toContain('expected an IANA time zone');
    expect(html).toContain('a pillar id may hold letters');
    expect(readPlannerText()).toBe(before);
  });

  it('saves a valid form and redirects with a success message', async () => {
    const response = await postForm('/studio/brand', brandFields('The cook with a camera'));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/studio/brand?saved=1');
    expect(JSON.parse(readPlannerText()).brand.label).toBe('The cook with a camera');
    const page = await (await fetch(`${studio.url}/studio/brand?saved=1`)).text();
    expect(page).toContain('role="status"');
    expect(page).toContain('value="The cook with a camera"');
  });

  it('applies or reports every one of 20 concurrent saves and leaves a valid file', async () => {
    const labels = Array.from({ length: 20 }, (_, i) => `Label number ${i}`);
    const responses = await Promise.all(labels.map((label) => postForm('/studio/brand', brandFields(label))));
    for (const response of responses) expect([303, 400, 409]).toContain(response.status);
    expect(responses.filter((r) => r.status === 303).length).toBe(20);
    const planner = validatePlanner(JSON.parse(readPlannerText()), 'content/planner.json');
    expect(labels).toContain(planner.brand.label);
  });
});

describe('post saves', () => {
  const id = 'drafts/winter-soup-photos';
  const file = () => join(studio.root, 'content/posts', `${id}.mdx`);

  it('refuses a save made over a revision that changed on disk, keeping both the file and the typed text', async () => {
    const revision = await revisionOf(id);
    const onDisk = readFileSync(file(), 'utf8').replace('title:', 'subtitle: edited elsewhere\ntitle:');
    writeFileSync(file(), onDisk);
    const response = await postForm(`/studio/drafts/${id}`, { revision, title: 'Mine', channel: 'blog', status: 'draft', body: 'My typed words' });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('changed on disk since you opened it');
    expect(html).toContain('My typed words');
    expect(readFileSync(file(), 'utf8')).toBe(onDisk);
  });

  it('saves over the current revision, keeps unknown frontmatter keys and sets publishedAt with an offset when publishing', async () => {
    const revision = await revisionOf(id);
    const response = await postForm(`/studio/drafts/${id}`, { revision, title: 'Winter soup', channel: 'blog', status: 'published', body: 'Soup by the window.' });
    expect(response.status).toBe(303);
    const text = readFileSync(file(), 'utf8');
    expect(text).toContain('subtitle: edited elsewhere');
    expect(text).toMatch(/publishedAt: ["']?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00/);
    expect(text).toContain('status: published');
  });
});

describe('the publish view', () => {
  const id = 'drafts/wechat/dongzhi-jiaozi';
  const file = () => join(studio.root, 'content/posts', `${id}.mdx`);

  it('shows the post as escaped HTML that runs no MDX or script, with the WeChat length limits', async () => {
    const text = readFileSync(file(), 'utf8');
    writeFileSync(file(), `${text}\nimport Evil from './evil.js'\n\n<script>alert(1)</script> **蒸**一下 <img src=x onerror=alert(2)> {process.exit()}\n`);
    const html = await (await fetch(`${studio.url}/studio/publish/${id}`)).text();
    const rendered = html.slice(html.indexOf('id="wechat-html"'), html.indexOf('data-copy="wechat-html"'));
    expect(rendered).toContain('<strong>蒸</strong>一下');
    expect(rendered).toContain('冬至要吃饺子');
    expect(rendered).not.toMatch(/<script|<img|onerror|import Evil|process\.exit/);
    expect(html).toContain('WeChat article title');
    expect(html).toMatch(/WeChat article body<\/strong>: \d+ \/ 20000/);
  });

  it('records publishedAt and the URL, which makes the post published', async () => {
    const page = await (await fetch(`${studio.url}/studio/publish/${id}`)).text();
    const revision = /name="revision" value="([0-9a-f]+)"/.exec(page)![1]!;
    const bad = await postForm(`/studio/publish/${id}`, { revision, publishedAt: 'yesterday', url: 'not a url' });
    expect(bad.status).toBe(400);
    // The hostile lines the test above appended are not MDX that compiles: published, they would
    // stop `check` and the build, so publishing is refused until they are gone.
    const broken = await postForm(`/studio/publish/${id}`, { revision, publishedAt: '2026-11-21T20:05:00+08:00', url: 'https://mp.weixin.qq.com/s/abc' });
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain('the MDX does not compile');
    expect(readFileSync(file(), 'utf8')).not.toContain('status: published');
    writeFileSync(file(), readFileSync(file(), 'utf8').replace(/\nimport Evil[\s\S]*$/, '\n'));
    const fresh = /name="revision" value="([0-9a-f]+)"/.exec(await (await fetch(`${studio.url}/studio/publish/${id}`)).text())![1]!;
    const response = await postForm(`/studio/publish/${id}`, { revision: fresh, publishedAt: '2026-11-21T20:05:00+08:00', url: 'https://mp.weixin.qq.com/s/abc' });
    expect(response.status).toBe(303);
    const text = readFileSync(file(), 'utf8');
    expect(text).toContain('status: published');
    expect(text).toMatch(/publishedAt: ["']?2026-11-21T20:05:00\+08:00/);
    expect(text).toContain('url: https://mp.weixin.qq.com/s/abc');
  });
});
