import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolioFixture } from '../fixtures/roots/portfolio/build-fixture.ts';

const LEAK = /LEAKMARKER-[A-Z]+-\d/g;

interface BuiltFile {
  path: string;
  text: string;
}

async function readTree(dir: string): Promise<BuiltFile[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  return Promise.all(files.map(async (file) => ({ path: relative(dir, file).split('\\').join('/'), text: (await readFile(file)).toString('latin1') })));
}

/** Bytes read as latin1 so that binary files are searched too; a UTF-8 marker stays ASCII. */
function utf8(text: string): string {
  return Buffer.from(text, 'latin1').toString('utf8');
}

describe('the built portfolio', () => {
  let files: BuiltFile[];
  const html = () => files.filter((f) => f.path.endsWith('.html'));
  const file = (path: string) => utf8(files.find((f) => f.path === path)?.text ?? '');

  let root: string | undefined;

  beforeAll(async () => {
    const built = await buildPortfolioFixture();
    root = built.root;
    files = await readTree(built.outDir);
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('contains no marker of an idea, draft, scheduled or future-dated post in any file, text or binary', () => {
    const leaks = files.flatMap((f) => [...f.text.matchAll(LEAK)].map((m) => `${f.path}: ${m[0]}`));
    expect(leaks).toEqual([]);
    expect(files.some((f) => /leakmarker/i.test(f.path))).toBe(false);
  });

  it('scanned every kind of output: pages, feed, sitemap, calendars and _astro assets', () => {
    const kinds = (re: RegExp) => files.filter((f) => re.test(f.path)).length;
    expect(kinds(/\.html$/)).toBeGreaterThan(8);
    expect(kinds(/^rss\.xml$/)).toBe(1);
    expect(kinds(/^sitemap-.*\.xml$/)).toBeGreaterThan(0);
    expect(kinds(/\.ics$/)).toBeGreaterThan(1);
    // The image of a published post is an asset; those of drafts and ideas are not.
    expect(files.filter((f) => f.path.startsWith('_astro/')).map((f) => utf8(f.text)).join('\n')).toContain('PUBLISHEDMARKER-IMAGE');
  });

  it('never lets an unpublished post into the build at all: not in the content store, caches or a .prerender folder', async () => {
    const around = await readTree(root!);
    const outside = around.filter((f) => !f.path.startsWith('dist/') && !f.path.startsWith('content/') && !f.path.startsWith('node_modules'));
    expect(outside.some((f) => f.path.includes('data-store'))).toBe(true);
    const leaks = outside.flatMap((f) => [...f.text.matchAll(LEAK)].map((m) => `${f.path}: ${m[0]}`));
    expect(leaks).toEqual([]);
    expect(around.some((f) => f.path.includes('.prerender') || /(^|\/)\.dist-building-/.test(f.path))).toBe(false);
  });

  it('contains the published posts in their pages, the home page, the archive and the feed', () => {
    expect(file('posts/2026/published-sourdough/index.html')).toContain('PUBLISHEDMARKER-BODY');
    expect(file('posts/2026/mianbao/index.html')).toContain('PUBLISHEDMARKER-ZH');
    for (const path of ['index.html', 'archive/index.html', 'rss.xml']) expect(file(path)).toContain('PUBLISHEDMARKER-TITLE');
  });

  it('ships no script on any page', () => {
    expect(html().length).toBeGreaterThan(8);
    for (const f of html()) expect(f.text, f.path).not.toMatch(/<script/i);
    expect(files.some((f) => f.path.endsWith('.js') || f.path.endsWith('.mjs'))).toBe(false);
  });

  it('never builds the studio', () => {
    expect(files.some((f) => f.path.startsWith('studio'))).toBe(false);
    for (const f of html()) expect(f.text, f.path).not.toContain('/studio');
  });

  it('builds a page per pillar, an archive, an about page, a 404 and a calendar per channel', () => {
    const paths = files.map((f) => f.path);
    for (const path of ['pillars/bread/index.html', 'pillars/science/index.html', 'archive/index.html', 'about/index.html', '404.html', 'calendar.ics', 'calendar/blog.ics', 'calendar/weibo.ics', 'sitemap-index.xml'])
      expect(paths).toContain(path);
  });

  it('marks a Chinese post as zh and an English one as en on its article', () => {
    expect(file('posts/2026/mianbao/index.html')).toContain('<article lang="zh-CN">');
    expect(file('posts/2026/published-sourdough/index.html')).toContain('<article lang="en">');
  });

  it('joins a Chinese paragraph wrapped in the source without a space in the page and the feed, and keeps English line ends', () => {
    expect(file('posts/2026/mianbao/index.html')).toContain('决定了味道，冬天要等');
    expect(file('rss.xml')).toContain('决定了味道，冬天要等');
    expect(file('posts/2026/published-sourdough/index.html')).toMatch(/The dough rests overnight and the gluten\sdevelops/);
  });

  it('shows pillar, channel, local date and the original link on a post page', () => {
    const page = file('posts/2026/published-sourdough/index.html');
    expect(page).toContain('href="/pillars/bread/"');
    expect(page).toContain('<li>Blog</li>');
    // 09:30 without an offset is read in the channel's zone (Europe/Berlin), not as UTC.
    expect(page).toContain('<time datetime="2026-09-07">');
    expect(page).toContain('content="2026-09-07T07:30:00.000Z"');
    expect(page).toContain('href="https://example.org/sourdough"');
  });

  it('gives every page a canonical link and Open Graph tags on the configured site', () => {
    for (const f of html().filter((f) => f.path !== '404.html')) {
      const path = f.path === 'index.html' ? '' : f.path.replace(/index\.html$/, '');
      expect(f.text, f.path).toContain(`<link rel="canonical" href="https://example.com/${path}">`);
      expect(f.text, f.path).toContain(`<meta property="og:url" content="https://example.com/${path}">`);
    }
  });

  it('lists exactly the published post pages in the sitemap', () => {
    const urls = [...file('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).filter((u) => u.includes('/posts/'));
    expect(urls.sort()).toEqual(['https://example.com/posts/2026/gluten/', 'https://example.com/posts/2026/mianbao/', 'https://example.com/posts/2026/published-sourdough/']);
  });

  it('describes each channel cadence in words on the about page', () => {
    expect(file('about/index.html')).toMatch(/every week on Monday/i);
  });

  it('draws the output heatmap of published posts on the home page', () => {
    const home = file('index.html');
    expect(home).toContain('<svg');
    expect(home).toMatch(/data-date="2026-09-07" data-posts="1"/);
    // The draft with an old publishedAt (2026-09-17 on weibo) is not counted.
    expect(home).toMatch(/data-date="2026-09-17" data-posts="0"/);
  });

  it('serves public calendars that show slots without any word of an unpublished post', () => {
    const ics = file('calendar/blog.ics');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO');
    expect(ics).not.toMatch(/rye|crumb shots/i);
  });
});
