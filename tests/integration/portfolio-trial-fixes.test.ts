/**
 * Faults a new-user trial found in the built portfolio, each checked on one build of the
 * portfolio fixture with a few posts added: folder posts (`x/index.md`) published at /posts/x/
 * by every link, feed, sitemap and image path; control characters in post text and planner
 * names never reach a built page or feed; Fuwari `:::note` and GitHub `> [!NOTE]` blocks render
 * as asides.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot, PROJECT } from '../fixtures/roots/portfolio/build-fixture.ts';

const post = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;

function write(root: string, file: string, text: string): void {
  const path = join(root, 'content/posts', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Every kind, in both syntaxes, with a label, an alert whose text starts on the marker's line, and a directive of another name. */
const ASIDES_MD = [
  ...['note', 'tip', 'important', 'warning', 'caution'].map((kind) => `:::${kind}\nDirective ${kind} body with **bold**.\n:::`),
  ':::tip[Proof the dough overnight]\nLabelled body.\n:::',
  ...['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'].map((kind) => `> [!${kind}]\n> Alert ${kind.toLowerCase()} body.\n>\n> Second paragraph.`),
  '> [!note]\n> Lower-case marker body.',
  '> A plain quote stays a quote.',
  ':::details\nOther directive body.\n:::',
].join('\n\n');

let root: string;
let outDir: string;
let files: Map<string, string>;
const text = (path: string) => files.get(path) ?? '';

beforeAll(async () => {
  root = await makeRoot('tl-trial-');
  // Folder posts (page bundles), in .md and .mdx and one folder deeper; newest in the middle so
  // that previous/next links point at both.
  write(root, '2026/folder-loaf/index.md', post({ title: 'FOLDERPOST loaf', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-28' }, 'A loaf in a folder of its own.'));
  write(root, 'bundles/deep/rye/index.mdx', post({ title: 'FOLDERPOST rye', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-29' }, 'Rye in a deeper folder.'));
  // Control characters: YAML escapes in the frontmatter, raw ones in the bodies, JSON escapes in
  // the planner's names.
  const controls = '\\x01\\x07\\b\\v\\f\\e\\x1f\\x7f';
  write(root, '2026/controls.md', post({ title: `"CTRL title${controls} end"`, description: `"CTRL description${controls} end"`, tags: `["CTRL${controls}tag"]`, channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-22' }, `CTRL body \x01\x02\x07\x08\x0b\x0c\x1b\x1f\x7f end, tab\there.\n\n## CTRL heading \x07\n\n\`code \x07\`\n`));
  write(root, '2026/controls-mdx.mdx', post({ title: `"CTRL mdx${controls}"`, channel: 'blog', status: 'published', publishedAt: '2026-09-23' }, 'CTRL mdx body \x01\x07\x1b\x7f end.'));
  write(root, '2026/asides.md', post({ title: 'ASIDES in markdown', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-24' }, ASIDES_MD));
  write(root, '2026/asides-mdx.mdx', post({ title: 'ASIDES in MDX', channel: 'blog', status: 'published', publishedAt: '2026-09-25' }, ':::warning\nMDX warning body.\n:::\n\n> [!IMPORTANT]\n> MDX important body.'));
  write(root, '2026/asides-zh.md', post({ title: '发酵的提示', channel: 'blog', status: 'published', publishedAt: '2026-09-26' }, ':::tip\n面团要盖好。\n:::\n\n> [!CAUTION]\n> 烤箱很烫。\n\n> [!ai] AI 摘要\n> 发酵需要时间。\n\n> [!danger]- 小心烫手\n> 戴手套。'));
  // Colons in prose (directive syntax to Sätteri), and sections with subsections and a footnote.
  write(root, '2026/sections.md', post({ title: 'SECTIONS', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-21' }, 'At 9:30am, 时间:早上八点, a:b.[^1]\n\n## One\n\nx\n\n## Two\n\n### Two a\n\n### Two b\n\n## Three\n\n[^1]: A note.'));
  write(root, '2026/zh-footnote.md', post({ title: '冰糖', channel: 'blog', status: 'published', publishedAt: '2026-09-20' }, '外婆的红烧肉要用冰糖。[^1]\n\n[^1]: 冰糖上色更亮。'));
  write(root, '2026/en-footnote.md', post({ title: 'Rock sugar', channel: 'blog', status: 'published', publishedAt: '2026-09-19' }, 'Use rock sugar.[^1]\n\n[^1]: It shines.'));
  // Fence lines that end in a space or a tab (`--- `), as 14 of 35 posts of a real Jekyll blog have them.
  write(root, '2026/fence-space.md', post({ title: 'FENCE space', channel: 'blog', status: 'published', publishedAt: '2026-09-18' }, 'FENCEBODY md.').replace(/^---\n/, '--- \n').replace('\n---\n', '\n---\t\n'));
  write(root, '2026/fence-tab.mdx', post({ title: 'FENCE tab', channel: 'blog', status: 'published', publishedAt: '2026-09-17' }, 'FENCEBODY mdx.').replace(/^---\n/, '---\t\r\n').replace('\n---\n', '\n---  \n'));
  const plannerFile = join(root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(plannerFile, 'utf8'));
  planner.brand.name = 'Ada\u0007 Fixture\u001b';
  planner.brand.pillars[0].name = 'Bread\u0001';
  // A pillar no post is in yet: its page is an empty list.
  planner.brand.pillars.push({ id: 'pastry', name: 'Pastry', description: 'Laminated doughs', keywords: ['butter'] });
  writeFileSync(plannerFile, JSON.stringify(planner, null, 2));
  ({ outDir } = await buildPortfolio(root));
  const names = await readdir(outDir, { recursive: true, withFileTypes: true });
  files = new Map();
  for (const d of names.filter((n) => n.isFile())) {
    const path = relative(outDir, join(d.parentPath, d.name)).split('\\').join('/');
    if (/\.(html|xml|json|txt|ics)$/.test(path)) files.set(path, await readFile(join(d.parentPath, d.name), 'utf8'));
    // The search index's page fragments are gzip-compressed.
    if (path.endsWith('.pf_fragment')) files.set(path, gunzipSync(await readFile(join(d.parentPath, d.name))).toString('utf8'));
  }
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a folder post (content/posts/x/index.md)', () => {
  it('is published at /posts/x/, not /posts/x/index/', () => {
    expect(text('posts/2026/folder-loaf/index.html')).toContain('FOLDERPOST loaf');
    expect(text('posts/bundles/deep/rye/index.html')).toContain('FOLDERPOST rye');
    expect(existsSync(join(outDir, 'posts/2026/folder-loaf/index/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'posts/bundles/deep/rye/index/index.html'))).toBe(false);
  });

  it('is linked at that address by every page, feed, sitemap entry and social image path', () => {
    // No built file names the folder post's file-shaped address anywhere.
    const wrong = /(?:posts|og)\/(?:2026\/folder-loaf|bundles\/deep\/rye)\/index(?:\/|\.png)/;
    expect([...files].filter(([, t]) => wrong.test(t)).map(([p]) => p)).toEqual([]);
    const url = 'https://example.com/posts/2026/folder-loaf/';
    expect(text('sitemap-0.xml') || text('sitemap.xml')).toContain(url);
    expect(text('rss.xml')).toContain(url);
    expect(text('feed.json') || text('rss.xml')).toContain(url);
    const page = text('posts/2026/folder-loaf/index.html');
    expect(page).toContain(`<link rel="canonical" href="${url}"`);
    expect(page).toContain(`"url":"${url}"`);
    expect(page).toContain('https://example.com/og/2026/folder-loaf.png');
    expect(existsSync(join(outDir, 'og/2026/folder-loaf.png'))).toBe(true);
    // Previous/next of the newest folder post and of its neighbour.
    expect(text('posts/bundles/deep/rye/index.html')).toContain('href="/posts/2026/folder-loaf/"');
    expect(page).toContain('href="/posts/bundles/deep/rye/"');
    expect(text('archive/index.html')).toContain('href="/posts/2026/folder-loaf/"');
  });
});

describe('a post whose --- lines end in spaces or a tab', () => {
  it('is built as any post, .md and .mdx, with its title and text and no stray fence', () => {
    for (const [page, title, body] of [['posts/2026/fence-space/index.html', 'FENCE space', 'FENCEBODY md.'], ['posts/2026/fence-tab/index.html', 'FENCE tab', 'FENCEBODY mdx.']]) {
      expect(text(page)).toContain(title);
      expect(text(page)).toContain(body);
      expect(text(page)).not.toMatch(/<hr|---/);
    }
  });
});

describe('control characters (U+0000-U+001F but tab, LF and CR; U+007F) in posts and the planner', () => {
  const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

  it('reach no built page, feed, sitemap or search data, while the text around them stays', () => {
    expect([...files].filter(([, t]) => CONTROL.test(t)).map(([p]) => p)).toEqual([]);
    // Nor, escaped, any JSON (JSON Feed, a page's JSON-LD): a reader decodes them back.
    const escaped = /\\u00(?:0[0-8bcef]|1[0-9a-f])|\\u007f/i;
    expect([...files].filter(([, t]) => escaped.test(t)).map(([p]) => p)).toEqual([]);
    expect(text('posts/2026/controls/index.html')).toMatch(/"author":\{"@type":"Person","name":"Ada Fixture"/);
    const page = text('posts/2026/controls/index.html');
    expect(page).toContain('CTRL title end');
    expect(page).toContain('CTRL description end');
    expect(page).toContain('CTRL body');
    expect(page).toContain('Ada Fixture');
    expect(text('posts/2026/controls-mdx/index.html')).toContain('CTRL mdx body');
    expect(text('rss.xml')).toContain('CTRL title end');
    expect([...files.keys()].filter((p) => p.endsWith('.pf_fragment')).length).toBeGreaterThan(5);
  });
});

describe('admonitions (Fuwari :::note, GitHub > [!NOTE])', () => {
  const articleOf = (path: string) => /<div class="article-body">([\s\S]*?)<\/article>/.exec(text(path))?.[1] ?? '';
  const asides = (html: string) => [...html.matchAll(/<aside class="admonition admonition-(\w+)" role="note">\s*<p class="admonition-title">([\s\S]*?)<\/p>([\s\S]*?)<\/aside>/g)].map((m) => ({ kind: m[1], title: m[2], body: m[3]!.replace(/<[^>]+>/g, '').trim() }));

  it('render every kind of both syntaxes as an aside with a title, and no marker stays in the text', () => {
    const body = articleOf('posts/2026/asides/index.html');
    const found = asides(body);
    for (const kind of ['note', 'tip', 'important', 'warning', 'caution']) {
      expect(found).toContainEqual({ kind, title: kind[0]!.toUpperCase() + kind.slice(1), body: `Directive ${kind} body with bold.` });
      expect(found).toContainEqual({ kind, title: kind[0]!.toUpperCase() + kind.slice(1), body: `Alert ${kind} body.\nSecond paragraph.` });
    }
    expect(found).toContainEqual({ kind: 'tip', title: 'Proof the dough overnight', body: 'Labelled body.' });
    expect(found).toContainEqual({ kind: 'note', title: 'Note', body: 'Lower-case marker body.' });
    expect(body).not.toMatch(/:::|\[!/);
    expect(body).toMatch(/<blockquote>\s*<p>A plain quote stays a quote.<\/p>\s*<\/blockquote>/);
    // A directive of another name keeps its text.
    expect(body).toContain('Other directive body.');
  });

  it('work in MDX and take Chinese titles in a Chinese post', () => {
    expect(asides(articleOf('posts/2026/asides-mdx/index.html'))).toEqual([
      { kind: 'warning', title: 'Warning', body: 'MDX warning body.' },
      { kind: 'important', title: 'Important', body: 'MDX important body.' },
    ]);
    expect(asides(articleOf('posts/2026/asides-zh/index.html'))).toEqual([
      { kind: 'tip', title: '提示', body: '面团要盖好。' },
      { kind: 'caution', title: '小心', body: '烤箱很烫。' },
      // Obsidian's callouts, as a real Fuwari blog written in Obsidian opens each post (`> [!ai] qwen…`):
      // the title ends at its line's end, before the Chinese lines are joined.
      { kind: 'note', title: 'AI 摘要', body: '发酵需要时间。' },
      { kind: 'caution', title: '小心烫手', body: '戴手套。' },
    ]);
  });

  // A post with several asides (a moved Astro blog's has 8) made as many complementary landmarks
  // with no name, which a screen reader's landmark list showed as eight "complementary" entries
  // (html-validate: unique-landmark). An admonition is a note to the text (WAI-ARIA's role note),
  // no landmark.
  it('are notes, not landmarks: every aside carries role="note"', () => {
    for (const path of ['posts/2026/asides/index.html', 'posts/2026/asides-mdx/index.html', 'posts/2026/asides-zh/index.html']) {
      const tags = articleOf(path).match(/<aside\b[^>]*>/g) ?? [];
      expect(tags.length, path).toBeGreaterThan(1);
      for (const tag of tags) expect(tag, path).toContain('role="note"');
    }
  });

  it('keep no marker in the description taken from the text', () => {
    expect(text('posts/2026/asides/index.html')).toMatch(/<meta name="description" content="Directive note body/);
  });
});

describe('a post with colons in its prose and subsections (a new-user trial)', () => {
  it('keeps every word around a colon, on the page and in the feeds', () => {
    expect(text('posts/2026/sections/index.html')).toContain('At 9:30am, 时间:早上八点, a:b.');
    for (const feed of ['rss.xml', 'atom.xml', 'feed.json']) expect(text(feed), feed).toContain('9:30am, 时间:早上八点, a:b');
  });

  it('numbers the sections 1, 2, 3 in the table of contents, subsections nested, footnotes not a section', () => {
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(text('posts/2026/sections/index.html'))?.[0] ?? '';
    const top = /<ol>([\s\S]*)<\/ol>/.exec(toc)?.[1] ?? '';
    // The top-level items, with any nested list taken out.
    const outer = top.replace(/<ol>[\s\S]*?<\/ol>/g, '');
    expect([...outer.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(['one', 'two', 'three']);
    expect(top).toMatch(/href="#two">Two<\/a>\s*<ol><li class="toc-3"><a href="#two-a">Two a<\/a><\/li><li class="toc-3"><a href="#two-b">Two b<\/a><\/li><\/ol>/);
    expect(toc).not.toContain('footnote-label');
  });
});

describe('footnotes', () => {
  it('are labelled in the post\'s language: 脚注 and 返回引用 in a Chinese post, Sätteri\'s English in an English one', () => {
    const zh = text('posts/2026/zh-footnote/index.html');
    expect(zh).toMatch(/<h2 class="sr-only" id="footnote-label">脚注<\/h2>/);
    expect(zh).toContain('aria-label="返回引用 1"');
    expect(zh).not.toMatch(/Footnotes|Back to reference/);
    const en = text('posts/2026/en-footnote/index.html');
    expect(en).toMatch(/id="footnote-label">Footnotes<\/h2>/);
    expect(en).toContain('aria-label="Back to reference 1"');
  });
});

describe('pages without content of their own (search, 404, a pillar with no post yet)', () => {
  const locs = () => [...text('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const noindex = (path: string) => /<meta name="robots" content="noindex">/.test(text(path));

  it('are left out of the sitemap, which keeps the pages with content', () => {
    expect(locs()).not.toContain('https://example.com/search/');
    expect(locs()).not.toContain('https://example.com/pillars/pastry/');
    expect(locs().filter((u) => /404/.test(u))).toEqual([]);
    for (const path of ['/', '/archive/', '/about/', '/tags/', '/pillars/bread/', '/posts/2026/crust/']) expect(locs()).toContain(`https://example.com${path}`);
  });

  it('say robots noindex, and only they; the 404 page names no canonical address', () => {
    expect(text('pillars/pastry/index.html')).toBeTruthy();
    for (const path of ['search/index.html', '404.html', 'pillars/pastry/index.html']) expect(noindex(path), path).toBe(true);
    const indexed = [...files.keys()].filter((p) => p.endsWith('.html') && noindex(p));
    // The pages at a moved post's old addresses (crust.md's and mianbao.mdx's `aliases`) and at the old
    // site's tag and category pages (planner.json portfolio.taxonomyAliases) and at a renamed
    // pillar's old id (bread's formerIds) only send the reader on.
    expect(indexed.sort()).toEqual(['2026/09/21/crust.html', '404.html', 'categories/Bread/index.html', 'category/发酵/index.html', 'pillars/brot/index.html', 'pillars/pastry/index.html', 'posts/why-the-crust-crackles/index.html', 'posts/面包/index.html', 'search/index.html', 'tag/sour-dough/index.html']);
    expect(text('404.html')).not.toMatch(/rel="canonical"|og:url/);
  });
});

describe('two posts that map to one address', () => {
  it('stop check and the build with an error naming both files', async () => {
    const twins = await makeRoot('tl-trial-twins-');
    try {
      write(twins, '2026/same.md', post({ title: 'Same one', channel: 'blog', status: 'published', publishedAt: '2026-09-21' }, 'One.'));
      write(twins, '2026/same/index.mdx', post({ title: 'Same two', channel: 'blog', status: 'draft' }, 'Two.'));
      const both = /two post files would be published at the same address \/posts\/2026\/same\/: content\/posts\/2026\/same\.md and content\/posts\/2026\/same\/index\.mdx/;
      const run = spawnSync(process.execPath, [join(PROJECT, 'src/cli/main.ts'), 'check', '--root', twins], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(both);
      const refused = await buildPortfolio(twins).then(() => 'built', (error: Error) => error.message);
      expect(refused).toMatch(both);
      expect(existsSync(join(twins, 'dist'))).toBe(false);
    } finally {
      rmSync(twins, { recursive: true, force: true });
    }
  });
});

// Issue 18: one old address claimed twice would have one redirect page silently overwrite the other.
describe('two published posts with one alias', () => {
  it('stop the build with an error naming both files, and write nothing', async () => {
    const root = await makeRoot('tl-trial-alias-');
    try {
      write(root, '2026/moved-a.md', post({ title: 'Moved A', channel: 'blog', status: 'published', publishedAt: '2026-09-21', aliases: '[/posts/moved/]' }, 'A.'));
      write(root, '2026/moved-b.md', post({ title: 'Moved B', channel: 'blog', status: 'published', publishedAt: '2026-09-22', aliases: '[/posts/moved]' }, 'B.'));
      const refused = await buildPortfolio(root).then(() => 'built', (error: Error) => error.message);
      expect(refused).toMatch(/content\/posts\/2026\/moved-b\.md: aliases: \/posts\/moved is also an alias of content\/posts\/2026\/moved-a\.md/);
      expect(existsSync(join(root, 'dist'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
