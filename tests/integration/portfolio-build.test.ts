import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioValidator } from '../support/html-validate.ts';
import { buildPortfolio, buildPortfolioFixture, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const LEAK = /LEAKMARKER-[A-Z]+-\d/g;

/** The files of the fixture's aliases (`aliases:` of crust.md and mianbao.mdx), each a redirect page. */
const REDIRECTS: Record<string, string> = {
  'posts/why-the-crust-crackles/index.html': 'https://example.com/posts/2026/crust/',
  '2026/09/21/crust.html': 'https://example.com/posts/2026/crust/',
  'posts/面包/index.html': 'https://example.com/posts/2026/mianbao/',
  // The fixture's portfolio.taxonomyAliases: an old tag page to the tag's page here, an old category page to a pillar's.
  'tag/sour-dough/index.html': 'https://example.com/tags/sourdough/',
  'categories/Bread/index.html': 'https://example.com/pillars/bread/',
  'category/发酵/index.html': 'https://example.com/tags/%E5%8F%91%E9%85%B5/',
  // The old page of a renamed pillar (formerIds of bread).
  'pillars/brot/index.html': 'https://example.com/pillars/bread/',
};

interface BuiltFile {
  path: string;
  text: string;
}

async function readTree(dir: string): Promise<BuiltFile[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  return Promise.all(files.map(async (file) => ({ path: relative(dir, file).split('\\').join('/'), text: unzipped(await readFile(file)).toString('latin1') })));
}

/** Gzip-compressed files (the search index's fragments) are searched in their decompressed form. */
function unzipped(bytes: Buffer): Buffer {
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
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
    // The old site's feed addresses (portfolio.feedAliases of the fixture's planner.json).
    for (const old of ['index.xml', 'feed.xml', 'feed/index.xml']) expect(kinds(new RegExp(`^${old.replace('.', '\\.')}$`)), old).toBe(1);
    // The old feeds of a renamed pillar (formerIds of bread, which has drafts).
    for (const old of ['rss.xml', 'atom.xml', 'feed.json']) expect(kinds(new RegExp(`^pillars/brot/${old.replace('.', '\\.')}$`)), old).toBe(1);
    expect(kinds(/^sitemap.*\.xml$/)).toBeGreaterThan(0);
    expect(kinds(/\.ics$/)).toBeGreaterThan(1);
    // The image of a published post is an asset; those of drafts and ideas are not.
    expect(files.filter((f) => f.path.startsWith('_astro/')).map((f) => utf8(f.text)).join('\n')).toContain('PUBLISHEDMARKER-IMAGE');
  });

  it('never lets an unpublished post into the build at all: not in the content store, caches or a .prerender folder', async () => {
    const around = await readTree(root!);
    // The build check's own caches in .cache/throughline/ (THROUGHLINE_CACHE_DIR: frontmatter,
    // theme terms and results) hold drafts: the check reads every draft to flag it, as `check`
    // does. Nothing there is served and Astro never reads them. Everything else must hold none.
    const checkCache = /^\.cache\/throughline\/(frontmatter|theme-terms|theme-results)-/;
    const outside = around.filter((f) => !/^(dist|content|node_modules)\//.test(f.path) && !checkCache.test(f.path));
    expect(around.some((f) => checkCache.test(f.path))).toBe(true);
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

  it('writes the feed at each old feed address in the format the old one had, with the items of the main feed', () => {
    const links = (path: string) => {
      const parsed = parseFeed(file(path));
      return { format: parsed.format, items: (parsed.format === 'atom' ? parsed.feed.entries?.map((e) => e.links?.[0]?.href) : parsed.format === 'rss' ? parsed.feed.items?.map((i) => i.link) : []) ?? [] };
    };
    const main = links('rss.xml');
    expect(main.items.length).toBeGreaterThan(1);
    expect(links('index.xml')).toEqual(main);
    expect(links('feed/index.xml')).toEqual(main);
    expect(links('feed.xml')).toEqual({ format: 'atom', items: main.items });
    expect(links('atom.xml')).toEqual({ format: 'atom', items: main.items });
  });

  it('ships no executable script on any page but the search page (JSON-LD data aside)', () => {
    expect(html().length).toBeGreaterThan(8);
    const executable = /<script(?![^>]*type="application\/ld\+json")/i;
    for (const f of html().filter((f) => f.path !== 'search/index.html')) expect(f.text, f.path).not.toMatch(executable);
    expect(file('search/index.html')).toMatch(executable);
    // Pagefind's bundle and the search page's own module over it (src/pages/_lib/search-term.ts), which only the search page
    // loads, with the site's Simplified/Traditional table it imports for a query with a Han character.
    expect(files.filter((f) => /\.m?js$/.test(f.path) && !f.path.startsWith('pagefind/')).map((f) => f.path).sort()).toEqual(['search/pagefind.js', 'search/script-variants.js']);
    expect(file('search/script-variants.js')).toMatch(/^export default "[^"]*";\n$/);
    // The fixture's Chinese post writes 面包: a reader typing 麵包 reaches it; 麵 itself is on no page.
    expect(file('search/script-variants.js')).toMatch(/[" ]麵面[" ]/);
    expect(file('search/script-variants.js')).not.toMatch(/[" ]面麵/);
    expect(file('search/index.html')).toContain("bundlePath:'/search/'");
    // The built page searches: the dev preview's "no index here yet" note is not on it.
    expect(file('search/index.html')).toContain('id="search"');
    expect(file('search/index.html')).not.toContain('search-preview-note');
  });

  it('passes html-validate on every built page', async () => {
    // crust.md has an empty heading (`#####` alone, as real posts write), left out, and one of
    // punctuation alone (`### }`), whose slug is empty: given an id of the page's own, never id="".
    expect(file('posts/2026/crust/index.html')).not.toMatch(/<h5|id=""/);
    // Its one heading, `### }`, starts the outline: it is moved up to an h2 under the title.
    expect(file('posts/2026/crust/index.html')).toContain('<h2 id="tl-heading-1">}</h2>');
    // The fixture's 在家烤面包的第一步 has headings whose ids start with a digit and an aligned table.
    expect(file('posts/2026/mianbao/index.html')).toMatch(/<h2 id="2026-09-10">[\s\S]*<h3 id="1-和面水温与面粉">[\s\S]*<th style="text-align: ?center">/);
    const validator = portfolioValidator();
    const problems: string[] = [];
    for (const f of html()) {
      const report = await validator.validateString(utf8(f.text), f.path);
      for (const result of report.results) for (const m of result.messages) problems.push(`${f.path}:${m.line}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('never builds the studio', () => {
    expect(files.some((f) => f.path.startsWith('studio'))).toBe(false);
    for (const f of html()) expect(f.text, f.path).not.toContain('/studio');
  });

  it('builds a page per pillar, an archive, an about page, a 404 and a calendar per channel', () => {
    const paths = files.map((f) => f.path);
    for (const path of ['pillars/bread/index.html', 'pillars/science/index.html', 'archive/index.html', 'about/index.html', '404.html', 'calendar.ics', 'calendar/blog.ics', 'calendar/weibo.ics', 'sitemap.xml', 'robots.txt', 'tags/index.html', 'search/index.html'])
      expect(paths).toContain(path);
  });

  it('marks a Chinese post as zh-CN and an English one as en on the whole page', () => {
    expect(file('posts/2026/mianbao/index.html')).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
    expect(file('posts/2026/published-sourdough/index.html')).toMatch(/^<!DOCTYPE html><html lang="en"/i);
    // The English site's header on the Chinese page stays marked as English.
    expect(file('posts/2026/mianbao/index.html')).toContain('<header class="site-header" lang="en">');
  });

  it('joins a Chinese paragraph wrapped in the source without a space in the page and the feed, and keeps English line ends', () => {
    expect(file('posts/2026/mianbao/index.html')).toContain('决定了味道，冬天要等');
    expect(file('rss.xml')).toContain('决定了味道，冬天要等');
    expect(file('posts/2026/published-sourdough/index.html')).toMatch(/The dough rests overnight and the gluten\sdevelops/);
  });

  it('renders TeX math as MathML on the page and in the feed, keeps prices as prose and shows invalid TeX with a note', () => {
    const page = file('posts/2026/gluten/index.html');
    expect(page).toContain('the hydration is <math alttext="h = \\frac{m_w}{m_f}"><mrow><mi>h</mi><mo>=</mo><mfrac>');
    expect(page).toContain('<math display="block" alttext="W = \\sum_{i=1}^{n} h \\, m_{f,i}" tabindex="0"><mrow>');
    expect(page).toContain('A bag of flour costs $3, not $4; a typo stays visible: <span class="math-error"><code>\\frac{m_w</code> <small>TeX error: ');
    expect(page).not.toMatch(/\$h =|\$\$|<annotation|class="katex|language-math/);
    // The feeds carry the same render.
    expect(file('rss.xml')).toContain('<math alttext="h = \\frac{m_w}{m_f}"><mrow>');
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
    const own = (f: BuiltFile) => f.path !== '404.html' && f.path !== 'posts/2026/published-sourdough/index.html' && !(f.path in REDIRECTS);
    for (const f of html().filter(own)) {
      const url = new URL(f.path.replace(/index\.html$/, ''), 'https://example.com/').href;
      expect(f.text, f.path).toContain(`<link rel="canonical" href="${url}">`);
      expect(f.text, f.path).toContain(`<meta property="og:url" content="${url}">`);
    }
  });

  it('lists exactly the published post pages whose canonical address is this site in the sitemap', () => {
    const locs = [...file('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const urls = locs.filter((u) => u.includes('/posts/'));
    // published-sourdough says `canonical: original`: its canonical address is elsewhere.
    expect(urls.sort()).toEqual(['https://example.com/posts/2026/crust/', 'https://example.com/posts/2026/gluten/', 'https://example.com/posts/2026/mianbao/']);
    // Every page listed names itself as canonical.
    const canonicals = new Set(html().map((f) => /<link rel="canonical" href="([^"]+)">/.exec(f.text)?.[1]).filter(Boolean));
    expect(locs.filter((u) => !canonicals.has(u))).toEqual([]);
    // lastmod: modDatetime (AstroPaper's updatedAt) when set, else publishedAt.
    expect(file('sitemap.xml')).toContain('<loc>https://example.com/posts/2026/crust/</loc><lastmod>2026-09-25T10:00:00.000Z</lastmod>');
    expect(file('sitemap.xml')).toContain('<loc>https://example.com/posts/2026/gluten/</loc><lastmod>2026-09-13T22:00:00.000Z</lastmod>');
    expect(file('robots.txt')).toContain('Sitemap: https://example.com/sitemap.xml');
  });

  // An iPhone opened the https link as a one-time import of the events, which never updated.
  it('links each channel calendar on the about page by webcal:// to subscribe, and by its https address to paste into Google Calendar', () => {
    const about = file('about/index.html');
    expect(about).toMatch(/<a href="webcal:\/\/example\.com\/calendar\/blog\.ics">subscribe to the calendar/);
    expect(about).toMatch(/<a href="https:\/\/example\.com\/calendar\/blog\.ics" title="[^"]*From URL[^"]*">\.ics/);
  });

  it('describes each channel cadence in words on the about page', () => {
    // FREQ=WEEKLY;BYDAY=MO is the preset, named as the channel form's picker names it.
    expect(file('about/index.html')).toContain('Once a week (Monday)');
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

  it('carries the full text of each post in the RSS, Atom and JSON feeds, site-wide and per pillar', () => {
    for (const feed of ['rss.xml', 'atom.xml', 'feed.json', 'pillars/bread/rss.xml', 'pillars/bread/atom.xml', 'pillars/bread/feed.json'])
      expect(file(feed), feed).toContain('FULLCONTENTMARKER-LAST');
    for (const feed of ['pillars/science/rss.xml', 'pillars/science/atom.xml', 'pillars/science/feed.json']) {
      expect(file(feed), feed).not.toContain('FULLCONTENTMARKER-LAST');
      expect(file(feed), feed).toContain('What gluten does in a loaf');
    }
    expect(file('rss.xml')).toContain('<content:encoded>');
    expect(JSON.parse(file('feed.json')).version).toBe('https://jsonfeed.org/version/1.1');
    expect(file('atom.xml')).toContain('<link href="https://example.com/atom.xml" rel="self"');
    // A post moved with its old feed's id (guid) keeps it as its entry's id, at its new address.
    expect(file('rss.xml')).toContain('<guid isPermaLink="false">https://old-blog.example/2026/09/14/gluten/</guid>');
    expect(file('atom.xml')).toContain('<id>https://old-blog.example/2026/09/14/gluten/</id>');
    expect(JSON.parse(file('feed.json')).items.find((i: { url: string }) => i.url === 'https://example.com/posts/2026/gluten/')?.id).toBe('https://old-blog.example/2026/09/14/gluten/');
  });

  it("advertises a pillar page's own feeds, then the site's, in <link rel=\"alternate\">", () => {
    const alternates = [...file('pillars/bread/index.html').matchAll(/<link rel="alternate" type="[^"]+" title="[^"]+" href="([^"]+)">/g)].map((m) => m[1]);
    expect(alternates).toEqual(['/pillars/bread/rss.xml', '/pillars/bread/atom.xml', '/pillars/bread/feed.json', '/rss.xml', '/atom.xml', '/feed.json']);
  });

  it('builds a page per tag, Chinese tags included, and a tag index', () => {
    expect(file('tags/index.html')).toContain('href="/tags/sourdough/"');
    expect(file('tags/sourdough/index.html')).toContain('PUBLISHEDMARKER-TITLE');
    // "Bread" (a tag) and the bread pillar are different pages; tags match case-insensitively.
    expect(file('tags/bread/index.html')).toContain('PUBLISHEDMARKER-TITLE');
    const zh = file('tags/发酵/index.html');
    expect(zh).toContain('在家烤面包的第一步');
    expect(zh).toContain('What gluten does in a loaf');
  });

  it('uses the description for meta and lists, shows reading time, previous/next and a table of contents on a long post', () => {
    const gluten = file('posts/2026/gluten/index.html');
    expect(gluten).toContain('<meta name="description" content="How gluten traps gas, in one paragraph.">');
    expect(gluten).toContain('1 min read');
    expect(gluten).toMatch(/href="\/posts\/2026\/mianbao\/" rel="prev"/);
    expect(gluten).toMatch(/href="\/posts\/2026\/crust\/" rel="next"/);
    expect(gluten).not.toContain('class="toc"');
    const sourdough = file('posts/2026/published-sourdough/index.html');
    expect(sourdough).toContain('class="toc"');
    expect(sourdough).toContain('href="#shaping"');
    expect(file('index.html')).toContain('How gluten traps gas, in one paragraph.');
  });

  it('points the canonical link, og:url and the Article url of a syndicated post with canonical: original to its original', () => {
    const page = file('posts/2026/published-sourdough/index.html');
    expect(page).toContain('<link rel="canonical" href="https://example.org/sourdough">');
    expect(page).toContain('<meta property="og:url" content="https://example.org/sourdough">');
    expect(page).not.toContain('<meta property="og:url" content="https://example.com/');
    expect(JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!).url).toBe('https://example.org/sourdough');
  });

  it('describes the author as a Person with sameAs from channel profile URLs, and each post as an Article', () => {
    const ld = (path: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(file(path))![1]!);
    const person = ld('about/index.html');
    expect(person).toMatchObject({ '@type': 'Person', name: 'Ada Fixture', url: 'https://example.com/', sameAs: ['https://weibo.com/u/ada-fixture'] });
    const article = ld('posts/2026/crust/index.html');
    expect(article).toMatchObject({ '@type': 'Article', headline: 'Why the crust crackles', datePublished: '2026-09-21T09:00:00.000Z', dateModified: '2026-09-25T10:00:00.000Z' });
    expect(article.author.name).toBe('Ada Fixture');
  });

  it('reads AstroPaper field names: pubDatetime, modDatetime, draft: false and ogImage', () => {
    const crust = file('posts/2026/crust/index.html');
    expect(crust).toContain('<time datetime="2026-09-21">');
    expect(crust).toContain('<meta property="og:image" content="https://example.org/crust.jpg">');
    expect(crust).toContain('<meta name="twitter:card" content="summary_large_image">');
  });

  // Issue 18: a post moved from another site keeps its old addresses working (`aliases:`).
  it("serves each alias of a published post as a page that sends the reader to the post's new address", () => {
    for (const [path, to] of Object.entries(REDIRECTS)) {
      const page = file(path);
      // The refresh and the link by site path (a local preview follows them too), the canonical link absolute.
      const sitePath = decodeURI(new URL(to).pathname);
      expect(page, path).toContain(`<meta http-equiv="refresh" content="0; url=${sitePath}">`);
      expect(page, path).toContain(`<link rel="canonical" href="${to}">`);
      expect(page, path).toContain(`<a href="${sitePath}">`);
      expect(page, path).toContain('<meta name="robots" content="noindex">');
    }
    expect(file('posts/why-the-crust-crackles/index.html')).toMatch(/^<!DOCTYPE html>\s*<html lang="en">/);
    expect(file('posts/面包/index.html')).toMatch(/^<!DOCTYPE html>\s*<html lang="zh-CN">[\s\S]*这篇文章已移至 <a href="\/posts\/2026\/mianbao\/">在家烤面包的第一步<\/a>/);
  });

  // A host that reads _redirects (Cloudflare Pages, Netlify, GitLab Pages) answers the same addresses with a 301.
  it('writes _redirects: a 301 from each address a redirect page answers to that page\'s target, and /feed/ to its feed copy', () => {
    const rules = file('_redirects').split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(' '));
    const bySource = new Map(rules.map(([from, to, status]) => [decodeURI(from!), { to: decodeURI(to!), status }]));
    // Every redirect page's address, as the post or planner wrote it, with and without its last slash (a file's as is).
    const written = ['/posts/why-the-crust-crackles/', '/2026/09/21/crust.html', '/posts/面包/', '/tag/sour-dough/', '/categories/Bread/', '/category/发酵/', '/pillars/brot/'];
    for (const path of written) {
      const page = REDIRECTS[path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`]!;
      for (const form of path.endsWith('/') ? [path, path.slice(0, -1)] : [path]) expect(bySource.get(form), form).toEqual({ to: decodeURI(new URL(page).pathname), status: '301' });
    }
    expect(bySource.get('/feed/')).toEqual({ to: '/feed/index.xml', status: '200' });
    // Nothing else: no rule for a draft's alias or tag (the leak test reads this file too), the tag page's own address, or a file address.
    expect(rules.length).toBe(written.length * 2 - 1 + 2);
    // Every target is a page of the build.
    for (const { to } of bySource.values()) expect(files.some((f) => f.path === `${to.slice(1)}${to.endsWith('/') ? 'index.html' : ''}`), to).toBe(true);
  });

  // An old site's tag and category pages (portfolio.taxonomyAliases) lead to the tag's or pillar's page as built now.
  it("serves each old tag and category page address as a page that sends the reader to the tag's or pillar's page, never over a tag page and never for a draft's tag", () => {
    expect(file('tag/sour-dough/index.html')).toMatch(/<meta http-equiv="refresh" content="0; url=\/tags\/sourdough\/">[\s\S]*This page has moved to <a href="\/tags\/sourdough\/">sourdough<\/a>/);
    expect(file('categories/Bread/index.html')).toMatch(/<meta http-equiv="refresh" content="0; url=\/pillars\/bread\/">[\s\S]*<a href="\/pillars\/bread\/">Bread<\/a>/);
    expect(file('category/发酵/index.html')).toContain('<meta http-equiv="refresh" content="0; url=/tags/发酵/">');
    // /tags/Sourdough/ is the tag's own page on a case-insensitive disk: the tag page stays.
    expect(file('tags/sourdough/index.html')).not.toContain('http-equiv="refresh"');
    expect(file('tags/sourdough/index.html')).toContain('posts/2026/published-sourdough/');
    // /tag/proofing/ names a tag only a draft has: no page, which would name the draft's tag and lead to a 404.
    expect(files.map((f) => f.path).filter((p) => /^tag\/|^categor|proofing/i.test(p)).sort()).toEqual(['categories/Bread/index.html', 'category/发酵/index.html', 'tag/sour-dough/index.html']);
    expect(file('sitemap.xml')).not.toMatch(/\/tag\/|\/categor/);
  });

  it('writes no alias page for a draft or a post dated in the future, and lists no alias in the sitemap or the feeds', () => {
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => /ALIAS/i.test(p))).toEqual([]);
    expect(paths.filter((p) => p.startsWith('old/'))).toEqual([]);
    for (const path of ['sitemap.xml', 'rss.xml', 'atom.xml', 'feed.json']) expect(file(path), path).not.toMatch(/why-the-crust-crackles|crust\.html|posts\/%E9%9D%A2|posts\/面包/);
  });

  it('draws a social image for the home page and each published post without a cover, and links it', () => {
    const paths = files.map((f) => f.path);
    for (const path of ['og.png', 'og/2026/gluten.png', 'og/2026/mianbao.png', 'og/2026/published-sourdough.png']) {
      expect(paths, path).toContain(path);
      expect(files.find((f) => f.path === path)!.text.startsWith('\x89PNG'), path).toBe(true);
    }
    // The AstroPaper post has its own ogImage, so none is drawn for it.
    expect(paths).not.toContain('og/2026/crust.png');
    expect(paths.filter((p) => p.startsWith('og/')).length).toBe(3);
    const gluten = file('posts/2026/gluten/index.html');
    expect(gluten).toContain('<meta property="og:image" content="https://example.com/og/2026/gluten.png">');
    expect(gluten).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(file('index.html')).toContain('<meta property="og:image" content="https://example.com/og.png">');
  });

  it('serves /favicon.ico as an icon', () => {
    const ico = Buffer.from(files.find((f) => f.path === 'favicon.ico')!.text, 'latin1');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
  });

  it('indexes published posts for search in English and Chinese', () => {
    const entry = JSON.parse(file('pagefind/pagefind-entry.json'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(entry.languages.en.page_count).toBe(3);
    expect(entry.languages['zh-cn'].page_count).toBe(1);
  });

  it('shows published output on the heatmap without missed slots or consistency unless the author opts in', () => {
    const home = file('index.html');
    expect(home).not.toContain('tl-out-missed');
    expect(home).not.toMatch(/slots kept|streak/);
  });
});

describe('the built portfolio without SITE_URL', () => {
  let files: BuiltFile[];
  let root: string | undefined;
  const file = (path: string) => utf8(files.find((f) => f.path === path)?.text ?? '');

  beforeAll(async () => {
    root = await makeRoot('tl-portfolio-nosite-');
    files = await readTree((await buildPortfolio(root, { site: null })).outDir);
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('points nothing at a placeholder address and leaves out what needs an absolute one', () => {
    for (const f of files.filter((f) => /\.(html|xml|json|txt)$/.test(f.path))) expect(utf8(f.text), f.path).not.toContain('example.com');
    const home = file('index.html');
    expect(home).not.toContain('rel="canonical"');
    expect(home).not.toContain('og:url');
    expect(home).not.toContain('og:image');
    expect(files.some((f) => f.path === 'sitemap.xml')).toBe(false);
    expect(file('robots.txt')).not.toContain('Sitemap');
  });

  it('writes no feed (RSS <link> and Atom <id> must be absolute) and advertises none', () => {
    expect(files.filter((f) => /(rss\.xml|atom\.xml|feed\.json)$/.test(f.path)).map((f) => f.path)).toEqual([]);
    for (const f of files.filter((f) => f.path.endsWith('.html'))) expect(f.text, f.path).not.toMatch(/rss\.xml|atom\.xml|feed\.json/);
  });

  it('links each channel calendar on the about page by its path, with no webcal:// address it cannot know', () => {
    expect(file('about/index.html')).toMatch(/<a href="\/calendar\/blog\.ics">subscribe to the calendar/);
    expect(file('about/index.html')).not.toContain('webcal:');
  });

  it("still writes a renamed pillar's old page, its canonical link a site path", () => {
    expect(file('pillars/brot/index.html')).toContain('<link rel="canonical" href="/pillars/bread/">');
  });
});
