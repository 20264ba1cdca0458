import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildPortfolio, makeRoot, PROJECT } from '../fixtures/roots/portfolio/build-fixture.ts';
import { HOSTILE_MD_BODIES, HOSTILE_MDX_BODIES, ORDINARY_HTML_BODY } from '../fixtures/hostile/body-corpus.ts';
import { HOSTILE_TEXT, HOSTILE_URLS, findLiveMarkup, findLiveMarkupInRss, readXmlText } from '../fixtures/hostile/frontmatter-corpus.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function fixtureRoot(prefix: string): Promise<string> {
  const root = await makeRoot(prefix);
  roots.push(root);
  return root;
}

async function readTree(dir: string): Promise<{ path: string; text: string }[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  return Promise.all(files.map(async (file) => ({ path: relative(dir, file), text: await readFile(file, 'utf8') })));
}

async function buildError(root: string): Promise<string> {
  try {
    await buildPortfolio(root);
  } catch (error) {
    return String((error as Error).message);
  }
  throw new Error('expected the build to fail');
}

function check(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(PROJECT, 'src/cli/main.ts'), 'check', '--root', root, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const post = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;

describe('a post that goes back to draft', () => {
  test('takes its words and its image out of dist/ at the next build', async () => {
    const root = await fixtureRoot('tl-unpublish-');
    const dir = join(root, 'content/posts/2026');
    writeFileSync(join(dir, 'img/launch.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><desc>UNPUBLISHED-IMAGE</desc></svg>\n');
    const fields = { title: 'UNPUBLISHED-TITLE launch', channel: 'blog', pillar: 'bread', publishedAt: '2026-09-21' };
    writeFileSync(join(dir, 'launch.mdx'), post({ ...fields, status: 'published' }, '![launch](./img/launch.svg)\n\nUNPUBLISHED-BODY'));
    const first = await buildPortfolio(root);
    expect((await readTree(first.outDir)).map((f) => f.text).join('\n')).toContain('UNPUBLISHED-IMAGE');
    writeFileSync(join(dir, 'launch.mdx'), post({ ...fields, status: 'draft' }, '![launch](./img/launch.svg)\n\nUNPUBLISHED-BODY'));
    const second = await buildPortfolio(root);
    const after = await readTree(second.outDir);
    expect(after.filter((f) => /UNPUBLISHED-/.test(f.text) || /launch/.test(f.path)).map((f) => f.path)).toEqual([]);
    // The unchanged published post comes from the content cache and keeps its image.
    expect(after.filter((f) => f.path.startsWith('_astro/')).map((f) => f.text).join('\n')).toContain('PUBLISHEDMARKER-IMAGE');
  });
});

describe('twin ids', () => {
  test('are refused by check and by the build, naming both files', async () => {
    const root = await fixtureRoot('tl-twins-');
    const dir = join(root, 'content/posts/2026');
    writeFileSync(join(dir, 'twin.md'), post({ title: 'Twin published', channel: 'blog', status: 'published', publishedAt: '2026-09-21' }, 'Public words.'));
    writeFileSync(join(dir, 'twin.mdx'), post({ title: 'Twin draft', channel: 'blog', status: 'draft' }, 'TWIN-DRAFT-WORDS'));
    const both = /two post files have the same id: content\/posts\/2026\/twin\.md and content\/posts\/2026\/twin\.mdx/;
    const cli = check(root);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(both);
    expect(await buildError(root)).toMatch(both);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});

describe('an odd entry under content/posts', () => {
  test('stops check and the build with a message naming it, and the build shows no stack trace', async () => {
    const root = await fixtureRoot('tl-odd-');
    mkdirSync(join(root, 'content/posts/2026/notes.mdx'));
    const named = /content\/posts\/2026\/notes\.mdx: this is a folder, not a file/;
    expect(check(root).stderr).toMatch(named);
    const error = await buildPortfolio(root).then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(named);
    expect(error?.stack).toBe('');
  });
});

describe('a build that fails during prerender', () => {
  test('leaves the previous dist/ as it was and no half-written folder or prerender chunks', async () => {
    const root = await fixtureRoot('tl-failing-');
    const before = await buildPortfolio(root);
    const pages = readdirSync(before.outDir, { recursive: true }).length;
    writeFileSync(
      join(root, 'content/posts/2026/throws.mdx'),
      post({ title: 'Throws at render', channel: 'blog', status: 'published', publishedAt: '2026-09-21' }, "export const boom = (() => { throw new Error('BOOM during prerender'); })();\n\nText."),
    );
    expect(await buildError(root)).toMatch(/BOOM during prerender/);
    expect(readdirSync(before.outDir, { recursive: true }).length).toBe(pages);
    expect(readdirSync(before.outDir).some((n) => n.startsWith('.'))).toBe(false);
    // Each build starts by removing what an unfinished one of this process left.
    rmSync(join(root, 'content/posts/2026/throws.mdx'));
    await buildPortfolio(root);
    expect(readdirSync(root).filter((n) => n.includes('building'))).toEqual([]);
  });
});

describe('script URLs in frontmatter', () => {
  test('are refused by check and the build, naming the file and the field', async () => {
    const root = await fixtureRoot('tl-script-url-');
    writeFileSync(
      join(root, 'content/posts/2026/evil-link.md'),
      post({ title: 'Evil link', channel: 'blog', status: 'published', publishedAt: '2026-09-21', url: JSON.stringify('java\tscript:alert(1)') }, 'Body.'),
    );
    const where = /content\/posts\/2026\/evil-link\.md: url: expected a full http\(s\) URL/;
    expect(check(root).stderr).toMatch(where);
    expect(await buildError(root)).toMatch(where);
  });
});

describe('a portfolio built from hostile frontmatter and planner text', () => {
  test('holds no live markup or script URL in any file of dist/', async () => {
    const root = await fixtureRoot('tl-hostile-');
    const plannerFile = join(root, 'content/planner.json');
    const planner = JSON.parse(readFileSync(plannerFile, 'utf8'));
    planner.brand.name = HOSTILE_TEXT[0];
    planner.brand.label = HOSTILE_TEXT[1];
    planner.brand.audience = HOSTILE_TEXT[4];
    planner.brand.pillars[0].name = HOSTILE_TEXT[2];
    planner.brand.pillars[1].description = HOSTILE_TEXT[3];
    planner.channels[0].name = HOSTILE_TEXT[6];
    writeFileSync(plannerFile, JSON.stringify(planner, null, 2));
    const dir = join(root, 'content/posts/hostile');
    mkdirSync(dir, { recursive: true });
    HOSTILE_TEXT.forEach((text, i) => {
      const fields = {
        title: JSON.stringify(text),
        description: JSON.stringify(HOSTILE_TEXT[(i + 1) % HOSTILE_TEXT.length]),
        tags: JSON.stringify([text, HOSTILE_TEXT[(i + 2) % HOSTILE_TEXT.length]]),
        channel: 'blog',
        status: 'published',
        pillar: i % 2 ? 'bread' : 'science',
        publishedAt: `2026-09-${String(8 + i).padStart(2, '0')}`,
        url: JSON.stringify(`https://example.org/p?q=${encodeURIComponent(text)}`),
      };
      writeFileSync(join(dir, `h${i}.md`), post(fields, `Plain words about bread ${i}.`));
    });
    const { outDir } = await buildPortfolio(root);
    const files = await readTree(outDir);
    expect(files.filter((f) => f.text.includes('XSSMARK')).length).toBeGreaterThan(10);
    const live = files.flatMap((f) => {
      // The search page runs Pagefind's own script: allowed there, as long as no hostile text is in it.
      const found = f.path.endsWith('.html') ? findLiveMarkup(f.text, { ownScripts: f.path === 'search/index.html' }) : f.path.endsWith('rss.xml') ? findLiveMarkupInRss(f.text) : [];
      return found.map((m) => `${f.path}: ${m}`);
    });
    expect(live).toEqual([]);
    // Feeds and sitemaps: the HTML a reader renders is each element's text once the XML is read
    // (full-content feeds carry the posts' own HTML, images included, often as CDATA).
    for (const f of files.filter((f) => f.path.endsWith('.xml'))) expect(findLiveMarkup(`<body>${readXmlText(f.text)}</body>`), f.path).toEqual([]);
  });

  test.each(HOSTILE_URLS)('refuses the frontmatter url %j before anything is built', async (url) => {
    const root = await fixtureRoot('tl-hostile-url-');
    writeFileSync(join(root, 'content/posts/2026/u.md'), post({ title: 'U', channel: 'blog', status: 'published', publishedAt: '2026-09-21', url: JSON.stringify(url) }, 'Body.'));
    const cli = check(root);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/content\/posts\/2026\/u\.md: url: /);
  });
});

describe('check and the build', () => {
  test('both refuse a published post whose MDX does not compile, naming the file', async () => {
    const root = await fixtureRoot('tl-broken-mdx-');
    writeFileSync(join(root, 'content/posts/2026/broken.mdx'), post({ title: 'Broken', channel: 'blog', status: 'published', publishedAt: '2026-09-21' }, '<div>{unclosed'));
    const where = /content\/posts\/2026\/broken\.mdx: the MDX does not compile/;
    const cli = check(root);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(where);
    expect(await buildError(root)).toMatch(where);
  });

  test('say when a published post dated in the future will appear', () => {
    const cli = check(join(PROJECT, 'tests/fixtures/roots/portfolio'), '--json', '--now', '2026-11-30T00:00:00Z');
    const flags = JSON.parse(cli.stdout).flags.filter((f: { kind: string }) => f.kind === 'waiting');
    expect(flags).toEqual([expect.objectContaining({ post: '2026/LEAKMARKER-SLUG-8', publicFrom: '2099-01-04T23:00:00.000Z', severity: 'info' })]);
  });

  test('give the same verdict on a draft whose MDX does not compile: both pass', () => {
    // The build of this fixture (portfolio-build.test.ts) passes with drafts/LEAKMARKER-SLUG-7.mdx.
    const cli = check(join(PROJECT, 'tests/fixtures/roots/portfolio'), '--now', '2026-11-30T00:00:00Z');
    expect(cli.code).not.toBe(2);
    expect(cli.stderr).toBe('');
  });
});

describe('a portfolio built from hostile post bodies (.md raw HTML and .mdx JSX)', () => {
  const live = (f: { path: string; text: string }) =>
    f.path.endsWith('.html')
      ? findLiveMarkup(f.text, { ownScripts: f.path === 'search/index.html', bodyImages: true })
      : f.path.endsWith('.xml')
        ? findLiveMarkup(`<body>${readXmlText(f.text)}</body>`, { bodyImages: true })
        : f.path.endsWith('.json')
          ? findLiveMarkup(`<body>${JSON.stringify(JSON.parse(f.text)).replace(/\\"/g, '"')}</body>`, { bodyImages: true })
          : [];

  test('puts no script, handler, script URL or style from a body on any page or feed, and keeps ordinary HTML', async () => {
    const root = await fixtureRoot('tl-hostile-body-');
    const dir = join(root, 'content/posts/hostile');
    mkdirSync(dir, { recursive: true });
    const fields = (i: number) => ({ title: `Body ${i}`, channel: 'blog', status: 'published', pillar: 'bread', publishedAt: `2026-09-${String(1 + i).padStart(2, '0')}` });
    HOSTILE_MD_BODIES.forEach((body, i) => writeFileSync(join(dir, `md${i}.md`), post(fields(i), body)));
    HOSTILE_MDX_BODIES.forEach((body, i) => writeFileSync(join(dir, `mdx${i}.mdx`), post(fields(10 + i), body)));
    writeFileSync(join(dir, 'ordinary.md'), post(fields(20), ORDINARY_HTML_BODY));
    writeFileSync(join(dir, 'headings.mdx'), post(fields(21), '# 三种包法\n\n冬至。\n\n## 月牙\n\n易。\n\n## 元宝\n\n中。'));
    const { outDir } = await buildPortfolio(root);
    const files = await readTree(outDir);
    expect(files.filter((f) => f.path.startsWith('posts/hostile/')).length).toBe(HOSTILE_MD_BODIES.length + HOSTILE_MDX_BODIES.length + 2);
    // A body's `# heading` is demoted under the page title: one <h1>, and the contents link to the ids.
    const headings = files.find((f) => f.path === 'posts/hostile/headings/index.html')!.text;
    expect(headings.match(/<h1\b/g)).toHaveLength(1);
    for (const [tag, id] of [['h2', '三种包法'], ['h3', '月牙'], ['h3', '元宝']]) {
      expect(headings).toContain(`<${tag} id="${id}">`);
      expect(headings).toContain(`href="#${id}"`);
    }
    expect(files.flatMap((f) => live(f).map((m) => `${f.path}: ${m}`))).toEqual([]);
    // No element a body could use to run or restyle the page survives inside a post body.
    for (const f of files.filter((f) => f.path.startsWith('posts/hostile/') && f.path.endsWith('.html'))) {
      const body = f.text.slice(f.text.indexOf('class="article-body"'));
      expect(body, f.path).not.toMatch(/<(script|style|iframe|object|embed|form|base|meta|svg|math)\b|\son[a-z]+=/i);
    }
    const page = files.find((f) => f.path === 'posts/hostile/ordinary/index.html')!.text;
    // A Chinese cell of this English post carries its own lang (part-languages.ts): kept, and marked.
    for (const kept of ['<details>', '<summary>Why rest the dough?</summary>', '<figcaption>The crumb</figcaption>', '<kbd>Ctrl</kbd>', '<sub>2</sub>', '<sup>2</sup>', '<mark>noted</mark>', '<abbr title="grams">', '<video controls', '<td lang="zh-CN">五花肉</td>', 'id="own-id"', 'href="#own-id"'])
      expect(page).toContain(kept);
    // Highlighted code keeps its classes and colours (light and dark, as custom properties: base.css applies them).
    expect(page).toMatch(/<pre class="astro-code[^"]*"[^>]*style="[^"]*--shiki-light-bg:#/);
    expect(page).toMatch(/<span style="--shiki-light:#[0-9A-Fa-f]+;--shiki-dark:#[0-9A-Fa-f]+"/);
  });
});
