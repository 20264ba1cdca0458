/** store/old-site.ts: what `import` reads of the Hexo or Jekyll site around a folder of posts. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findAstroSite, findOldSite } from '../../src/store/old-site.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh site folder holding `files` (path -> text). */
function siteOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'old-site-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const POST = '---\ntitle: A\n---\n\nText.\n';

describe('findOldSite', () => {
  test("gives a Jekyll site its permalink and category folders, and none of Hexo's :category settings", async () => {
    const site = siteOf({ '_config.yml': 'permalink: /:categories/:title/\n', 'blog/_posts/2024-01-02-a.md': POST });
    expect(await findOldSite(join(site, 'blog/_posts'))).toEqual({ generator: 'jekyll', permalink: '/:categories/:title/', categories: ['blog'] });
  });

  test("gives a Hexo site its permalink and :category settings, the defaults when the config sets none", async () => {
    const site = siteOf({ '_config.yml': 'permalink: :category/:title/\n', 'source/_posts/a.md': POST });
    expect(await findOldSite(join(site, 'source/_posts'))).toEqual({
      generator: 'hexo',
      permalink: ':category/:title/',
      hexoCategories: { fallback: 'uncategorized', map: {}, filenameCase: 0 },
    });
  });
});

describe('findOldSite: a site in a folder, and the paging of its tag and category lists', () => {
  test("gives a Hexo site with root: /blog/ that root, its address without it, its feeds under it, and its page sizes", async () => {
    const config = 'url: https://mei.dev/blog\nroot: /blog/\nper_page: 5\ntag_generator:\n  per_page: 3\npagination_dir: p\nfeed:\n  type: atom\n';
    const site = siteOf({ '_config.yml': config, 'package.json': '{"dependencies":{"hexo-generator-feed":"^3.0.0"}}', 'source/_posts/a.md': POST });
    expect((await findOldSite(join(site, 'source/_posts'))) as object).toMatchObject({
      root: '/blog',
      address: 'https://mei.dev',
      feeds: [{ path: '/blog/atom.xml', format: 'atom' }],
      hexoTaxonomies: { tagPerPage: 3, categoryPerPage: 5, paginationDir: 'p' },
    });
    const plain = siteOf({ '_config.yml': 'url: https://mei.dev\nroot: /\n', 'source/_posts/a.md': POST });
    expect(await findOldSite(join(plain, 'source/_posts'))).not.toHaveProperty('root');
    // Its root says where it was served, not the url's path: root: / served it at the host's root.
    const urlPathOnly = siteOf({ '_config.yml': 'url: https://mei.dev/blog\nroot: /\n', 'source/_posts/a.md': POST });
    expect((await findOldSite(join(urlPathOnly, 'source/_posts'))) as object).toMatchObject({ address: 'https://mei.dev/blog' });
    expect(await findOldSite(join(urlPathOnly, 'source/_posts'))).not.toHaveProperty('root');
  });

  test("gives a Jekyll site with baseurl: /blog that root (with or without url), its address without it, and its feeds under it", async () => {
    const config = 'url: "https://mei.github.io"\nbaseurl: "/blog"\nplugins: [jekyll-feed]\n';
    const site = siteOf({ '_config.yml': config, '_posts/2024-01-02-a.md': POST, '_notes/b.md': POST });
    const expected = { generator: 'jekyll', root: '/blog', address: 'https://mei.github.io', feeds: [{ path: '/blog/feed.xml', format: 'atom', ids: 'jekyll-id' }] };
    expect((await findOldSite(join(site, '_posts'))) as object).toMatchObject(expected);
    // A collection's documents were served under it too.
    expect((await findOldSite(join(site, '_notes'))) as object).toMatchObject(expected);
    // A GitHub project page often sets baseurl and leaves url to GitHub: its paths still start with it.
    const noUrl = siteOf({ '_config.yml': 'baseurl: /blog/\n', '_posts/2024-01-02-a.md': POST });
    expect(await findOldSite(join(noUrl, '_posts'))).toEqual({ generator: 'jekyll', root: '/blog' });
    const empty = siteOf({ '_config.yml': 'url: https://mei.dev\nbaseurl: ""\n', '_posts/2024-01-02-a.md': POST });
    expect(await findOldSite(join(empty, '_posts'))).toEqual({ generator: 'jekyll', address: 'https://mei.dev' });
  });

  test("gives a Hugo site whose baseURL has a path that path as its root, its address without it, and its feeds under it", async () => {
    const site = siteOf({ 'hugo.toml': 'baseURL = "https://mei.github.io/project/"\n', 'content/posts/a.md': POST });
    expect((await findOldSite(join(site, 'content/posts'))) as object).toMatchObject({
      generator: 'hugo',
      root: '/project',
      address: 'https://mei.github.io',
      feeds: [{ path: '/project/index.xml', format: 'rss' }, { path: '/project/posts/index.xml', format: 'rss' }],
    });
    const plain = siteOf({ 'hugo.toml': 'baseURL = "https://mei.dev/"\n', 'content/posts/a.md': POST });
    expect((await findOldSite(join(plain, 'content/posts'))) as object).toMatchObject({ address: 'https://mei.dev' });
    expect(await findOldSite(join(plain, 'content/posts'))).not.toHaveProperty('root');
  });

  test("gives a Hexo site the lists of every tag and category its source has a page for, or hexo-generator-tag's enable_index_page makes", async () => {
    const site = siteOf({ '_config.yml': 'category_dir: kategorie\n', 'source/kategorie/index.md': '---\ntype: categories\n---\n', 'source/_posts/a.md': POST });
    expect((await findOldSite(join(site, 'source/_posts'))) as object).toMatchObject({ hexoTaxonomies: { lists: ['/kategorie/'] } });
    const generated = siteOf({ '_config.yml': 'tag_dir: labels\ntag_generator:\n  enable_index_page: true\n', 'source/_posts/a.md': POST });
    expect((await findOldSite(join(generated, 'source/_posts'))) as object).toMatchObject({ hexoTaxonomies: { lists: ['/labels/'] } });
    const only = siteOf({ '_config.yml': 'title: x\n', 'source/categories/index.md': POST, 'source/_posts/a.md': POST });
    expect((await findOldSite(join(only, 'source/_posts'))) as object).toMatchObject({ hexoTaxonomies: { lists: ['/categories/'] } });
    const none = siteOf({ '_config.yml': 'title: x\n', 'source/_posts/a.md': POST });
    expect(await findOldSite(join(none, 'source/_posts'))).not.toHaveProperty('hexoTaxonomies');
  });

  test("gives a language of a multihost Hugo site (a baseURL of its own) that baseURL's path as its root, and no folder of its name", async () => {
    const config = 'baseURL = "https://mei.dev/"\ndefaultContentLanguage = "en"\n[languages.en]\ncontentDir = "content/en"\nbaseURL = "https://mei.dev/blog/"\n[languages.de]\ncontentDir = "content/de"\nbaseURL = "https://mei.de/"\n';
    const site = siteOf({ 'hugo.toml': config, 'content/en/posts/a.md': POST, 'content/de/posts/b.md': POST });
    expect((await findOldSite(join(site, 'content/en/posts'))) as object).toMatchObject({ root: '/blog', address: 'https://mei.dev', feeds: [{ path: '/blog/index.xml', format: 'rss' }, { path: '/blog/posts/index.xml', format: 'rss' }] });
    const de = (await findOldSite(join(site, 'content/de/posts'))) as object;
    expect(de).toMatchObject({ address: 'https://mei.de' });
    expect(de).not.toHaveProperty('languagePrefix');
    expect(de).not.toHaveProperty('root');
    // The whole content folder: its languages at different folders, which one root cannot hold.
    expect(await findOldSite(join(site, 'content'))).toBeUndefined();
  });

  test("gives a Hugo site its pagination.pagerSize, path and disableAliases, or the older paginate and paginatePath", async () => {
    const newer = siteOf({ 'hugo.toml': '[pagination]\npagerSize = 6\npath = "seite"\ndisableAliases = true\n', 'content/posts/a.md': POST });
    expect((await findOldSite(join(newer, 'content/posts'))) as object).toMatchObject({ hugoPaging: { perPage: 6, dir: 'seite', noFirst: true } });
    const older = siteOf({ 'config.toml': 'paginate = 8\n', 'content/posts/a.md': POST });
    expect((await findOldSite(join(older, 'content/posts'))) as object).toMatchObject({ hugoPaging: { perPage: 8 } });
  });

  test("gives an AstroPaper project its postPerPage", async () => {
    const site = siteOf({ 'astro.config.mjs': 'export default {}\n', 'src/config.ts': 'export const SITE = {\n  postPerPage: 6,\n};\n', 'src/data/blog/a.md': POST });
    expect((await findAstroSite(join(site, 'src/data/blog'))) as object).toMatchObject({ perPage: 6 });
  });

  // AstroPaper's astro.config.ts says `site: SITE.website`, the address being in src/config.ts (a
  // real blog's: mnaoumov.github.io); it was read as no address, so its posts got no guid of the
  // old feed's (each entry new again to its readers) and the import no word of SITE_URL.
  test("gives an AstroPaper project the address its config's SITE.website names, but not the theme's placeholder", async () => {
    const config = 'import { SITE } from "./src/config";\nexport default defineConfig({\n  site: SITE.website,\n});\n';
    const site = siteOf({ 'astro.config.ts': config, 'src/config.ts': 'export const SITE = {\n  website: "https://mnaoumov.dev/",\n};\n', 'src/data/blog/a.md': POST });
    expect((await findAstroSite(join(site, 'src/data/blog'))) as object).toMatchObject({ address: 'https://mnaoumov.dev' });
    const v5 = siteOf({ 'astro.config.ts': 'export default defineConfig({ site: config.site.website });\n', 'astro-paper.config.ts': 'export default defineAstroPaperConfig({\n  site: {\n    website: "https://priya.dev/",\n  },\n});\n', 'src/data/blog/a.md': POST });
    expect((await findAstroSite(join(v5, 'src/data/blog'))) as object).toMatchObject({ address: 'https://priya.dev' });
    const placeholder = siteOf({ 'astro.config.ts': config, 'src/config.ts': 'export const SITE = {\n  website: "https://astro-paper.pages.dev/", // replace this with your deployed domain\n};\n', 'src/data/blog/a.md': POST });
    expect(await findAstroSite(join(placeholder, 'src/data/blog'))).not.toHaveProperty('address');
  });

  test("gives an AstroPaper project the timezone its dates were shown in: v5's astro-paper.config.ts at the root, v4's src/config.ts", async () => {
    // As kingstar718/astro-paper-blog's: the site's zone, the theme's default (`?? "UTC"`) being no setting of its own.
    const v5 = siteOf({ 'astro.config.mjs': 'export default {}\n', 'astro-paper.config.ts': 'export default defineAstroPaperConfig({\n  site: {\n    // timezone: "UTC",\n    timezone: "Asia/Shanghai",\n  },\n});\n', 'src/config.ts': 'timezone: userConfig.site.timezone ?? "UTC",\n', 'src/data/blog/a.md': POST });
    expect((await findAstroSite(join(v5, 'src/data/blog'))) as object).toMatchObject({ timeZone: { zone: 'Asia/Shanghai', key: 'timezone', file: 'astro-paper.config.ts' } });
    const v4 = siteOf({ 'astro.config.mjs': 'export default {}\n', 'src/config.ts': 'export const SITE = {\n  timezone: "Asia/Bangkok",\n};\n', 'src/content/blog/a.md': POST });
    expect((await findAstroSite(join(v4, 'src/content/blog'))) as object).toMatchObject({ timeZone: { zone: 'Asia/Bangkok', file: 'src/config.ts' } });
    const none = siteOf({ 'astro.config.mjs': 'export default {}\n', 'src/content/blog/a.md': POST });
    expect(await findAstroSite(join(none, 'src/content/blog'))).not.toHaveProperty('timeZone');
  });
});

// Times written without an offset meant a wall time in the zone the config names (Jekyll's and
// Hexo's `timezone:`, Hugo's `timeZone` in any case): import reads them there (site-zone.ts).
describe('findOldSite: the time zone of times without an offset', () => {
  test("gives a Jekyll site its _config.yml timezone, with the key and file", async () => {
    const site = siteOf({ '_config.yml': 'timezone:    Asia/Shanghai\n', '_posts/2014-02-22-a.md': POST });
    expect(await findOldSite(join(site, '_posts'))).toEqual({ generator: 'jekyll', timeZone: { zone: 'Asia/Shanghai', key: 'timezone', file: '_config.yml' } });
  });

  test("gives a Hexo site its timezone, and none for the starter's empty timezone: ''", async () => {
    const named = siteOf({ '_config.yml': 'timezone: Japan\n', 'source/_posts/a.md': POST });
    expect((await findOldSite(join(named, 'source/_posts'))) as object).toMatchObject({ generator: 'hexo', timeZone: { zone: 'Japan', key: 'timezone', file: '_config.yml' } });
    const empty = siteOf({ '_config.yml': "timezone: ''\n", 'source/_posts/a.md': POST });
    expect((await findOldSite(join(empty, 'source/_posts'))) as object).not.toHaveProperty('timeZone');
  });

  test("gives a Hugo site its timeZone in any case, from config.toml or hugo.yaml", async () => {
    const toml = siteOf({ 'config.toml': 'baseURL = "https://blog.example.net/"\ntimezone = "Europe/Berlin"\n', 'content/posts/a.md': POST });
    expect((await findOldSite(join(toml, 'content/posts'))) as object).toMatchObject({ generator: 'hugo', timeZone: { zone: 'Europe/Berlin', key: 'timezone', file: 'config.toml' } });
    const yaml = siteOf({ 'hugo.yaml': 'timeZone: America/New_York\n', 'content/posts/a.md': POST });
    expect((await findOldSite(join(yaml, 'content/posts'))) as object).toMatchObject({ timeZone: { zone: 'America/New_York', key: 'timeZone', file: 'hugo.yaml' } });
    const none = siteOf({ 'hugo.toml': 'title = "A"\n', 'content/posts/a.md': POST });
    expect((await findOldSite(join(none, 'content/posts'))) as object).not.toHaveProperty('timeZone');
  });
});

/** The Astro blog template's post page (examples/blog/src/pages/blog/[...slug].astro). */
const TEMPLATE_PAGE = `---
import { type CollectionEntry, getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	const posts = await getCollection('blog');
	return posts.map((post) => ({
		params: { slug: post.id },
		props: post,
	}));
}
---
`;

describe('findAstroSite', () => {
  // baoduy/hbd.astro-paper (AstroPaper 5.5) kept v3's postSlug in 5 posts: its schema, src/content.config.ts, names no postSlug.
  test('says whether the content schema reads postSlug: AstroPaper v3 does, v4 and v5 do not, a project without a content config is not known', async () => {
    const v5 = siteOf({ 'astro.config.ts': 'export default {};\n', 'src/content.config.ts': 'const blog = defineCollection({\n  schema: z.object({\n    title: z.string(),\n    // postSlug: z.string(),\n    slug: z.string().optional(),\n  }),\n});\n', 'src/data/blog/a.md': POST });
    expect((await findAstroSite(join(v5, 'src/data/blog'))) as object).toMatchObject({ postSlug: false });
    const v3 = siteOf({ 'astro.config.mjs': 'export default {};\n', 'src/content/config.ts': 'const blog = defineCollection({\n  schema: z.object({\n    postSlug: z.string().optional(),\n  }),\n});\n', 'src/content/blog/a.md': POST });
    expect((await findAstroSite(join(v3, 'src/content/blog'))) as object).toMatchObject({ postSlug: true });
    // AstroPaper v2 kept its schema in src/content/_schemas.ts, which src/content/config.ts imports.
    const v2 = siteOf({ 'astro.config.mjs': 'export default {};\n', 'src/content/config.ts': 'import { blogSchema } from "./_schemas";\n', 'src/content/_schemas.ts': 'export const blogSchema = z.object({ postSlug: z.string().optional() });\n', 'src/content/blog/a.md': POST });
    expect((await findAstroSite(join(v2, 'src/content/blog'))) as object).toMatchObject({ postSlug: true });
    const none = siteOf({ 'astro.config.mjs': 'export default {};\n', 'src/content/blog/a.md': POST });
    expect(await findAstroSite(join(none, 'src/content/blog'))).not.toHaveProperty('postSlug');
  });

  test("reads the route that serves a collection by its entries' ids, and the collection of the imported folder", async () => {
    const site = siteOf({
      // As a real blog's config reads: the comment's example is no setting; `base` is part of the old address.
      'astro.config.mjs': "export default defineConfig({\n  // e.g. site: 'https://username.github.io', base: '/'\n  site: 'https://okwon.dev/',\n  base: '/blog/',\n  integrations: [mdx()],\n});\n",
      'src/pages/post/[...slug].astro': TEMPLATE_PAGE.replace('post.id', 'post.slug'),
      'src/pages/index.astro': "---\nconst posts = await getCollection('blog');\n---\n",
      'src/content/blog/2024/a.md': POST,
    });
    expect(await findAstroSite(join(site, 'src/content/blog/2024'))).toEqual({ generator: 'astro', routes: { blog: '/post' }, collection: 'blog', address: 'https://okwon.dev', root: '/blog' });
    // The whole project: no collection of its own; findOldSite finds it when no Hexo, Jekyll or Hugo site holds the folder.
    expect(await findOldSite(site)).toEqual({ generator: 'astro', routes: { blog: '/post' }, address: 'https://okwon.dev', root: '/blog' });
  });

  test('reads no route from a page whose parameter is built otherwise, a paginated list or a route with another parameter above it', async () => {
    const site = siteOf({
      'astro.config.ts': 'export default {};\n',
      // AstroPaper's: params built by getPath, not the entry's id.
      'src/pages/posts/[...slug]/index.astro': "---\nconst posts = await getCollection('blog');\nreturn posts.map((post) => ({ params: { slug: getPath(post.id, post.filePath, false) } }));\n---\n",
      'src/pages/notes/[...page].astro': "---\nexport async function getStaticPaths({ paginate }) { return paginate(await getCollection('notes'), { pageSize: 10 }); }\n---\n",
      'src/pages/[lang]/essays/[slug].astro': "---\nconst posts = await getCollection('essays');\nreturn posts.map((e) => ({ params: { lang: 'en', slug: e.id } }));\n---\n",
      'src/pages/docs/[id].astro': "---\nconst docs = await getCollection(\"docs\");\nreturn docs.map((d) => ({ params: { id: d.id.replace('/', '-') } }));\n---\n",
    });
    expect(await findAstroSite(site)).toEqual({ generator: 'astro', routes: {} });
  });

  test('a folder in no Astro project is none', async () => {
    const site = siteOf({ 'posts/a.md': POST });
    expect(await findAstroSite(join(site, 'posts'))).toBeUndefined();
  });
});

// The feeds the old site served (core/old-feeds/generators.ts), for import to keep their addresses.
describe('findOldSite: the old feeds', () => {
  test("gives a Jekyll site jekyll-feed's Atom when its Gemfile loads it, and its own feed template", async () => {
    const site = siteOf({
      '_config.yml': 'title: x\n',
      Gemfile: 'source "https://rubygems.org"\ngroup :jekyll_plugins do\n  gem "jekyll-feed", "~> 0.12"\nend\n',
      'rss.xml': '---\nlayout: none\n---\n<rss version="2.0"><channel></channel></rss>\n',
      'sitemap.xml': '---\n---\n<urlset></urlset>\n',
      '_posts/2024-01-02-a.md': POST,
    });
    expect(((await findOldSite(join(site, '_posts'))) as { feeds?: unknown }).feeds).toEqual([
      { path: '/rss.xml', format: 'rss' },
      { path: '/feed.xml', format: 'atom', ids: 'jekyll-id' },
    ]);
  });

  test('gives a Hexo site the feeds of hexo-generator-feed only when its package.json installs it', async () => {
    const installed = siteOf({ '_config.yml': 'feed:\n  type: rss2\n', 'package.json': '{"dependencies":{"hexo-generator-feed":"^3.0.0"}}', 'source/_posts/a.md': POST });
    expect(((await findOldSite(join(installed, 'source/_posts'))) as { feeds?: unknown }).feeds).toEqual([{ path: '/rss2.xml', format: 'rss' }]);
    const not = siteOf({ '_config.yml': 'feed:\n  type: rss2\n', 'package.json': '{"dependencies":{"hexo":"^7.0.0"}}', 'source/_posts/a.md': POST });
    expect(await findOldSite(join(not, 'source/_posts'))).not.toHaveProperty('feeds');
  });

  test("gives a Hugo site its home feed and the imported section's, and the sections of content/ without its pages", async () => {
    const site = siteOf({ 'hugo.toml': 'title = "x"\n', 'content/posts/a.md': POST, 'content/posts/c.md': POST, 'content/page/about.md': POST, 'content/Notes/b.md': POST, 'content/posts/_index.md': POST });
    expect(((await findOldSite(join(site, 'content/posts'))) as { feeds?: unknown }).feeds).toEqual([
      { path: '/index.xml', format: 'rss' },
      { path: '/posts/index.xml', format: 'rss' },
    ]);
    expect(((await findOldSite(join(site, 'content'))) as { feeds?: unknown }).feeds).toEqual([
      { path: '/index.xml', format: 'rss' },
      { path: '/notes/index.xml', format: 'rss' },
      { path: '/posts/index.xml', format: 'rss' },
    ]);
  });
});

describe('findOldSite: the Markdown that read its posts ($$ inside a sentence)', () => {
  test('gives a Jekyll site the engine its markdown: names, none for kramdown, its default', async () => {
    const gfm = siteOf({ '_config.yml': 'markdown: GFM\n', '_posts/2024-01-02-a.md': POST });
    expect(await findOldSite(join(gfm, '_posts'))).toMatchObject({ generator: 'jekyll', markdown: 'GFM' });
    const kramdown = siteOf({ '_config.yml': 'markdown: kramdown\n', '_posts/2024-01-02-a.md': POST });
    expect(await findOldSite(join(kramdown, '_posts'))).not.toHaveProperty('markdown');
  });

  test('marks a Hexo site kramed only when its package.json installs hexo-renderer-kramed', async () => {
    const kramed = siteOf({ '_config.yml': 'title: x\n', 'package.json': '{"dependencies":{"hexo-renderer-kramed":"^0.1.4"}}', 'source/_posts/a.md': POST });
    expect(await findOldSite(join(kramed, 'source/_posts'))).toMatchObject({ generator: 'hexo', kramed: true });
    const marked = siteOf({ '_config.yml': 'title: x\n', 'package.json': '{"dependencies":{"hexo-renderer-marked":"^6.0.0"}}', 'source/_posts/a.md': POST });
    expect(await findOldSite(join(marked, 'source/_posts'))).not.toHaveProperty('kramed');
  });
});

// The tag and category pages of a Jekyll site (core/old-taxonomies/jekyll.ts), for import to keep their addresses.
describe("findOldSite: a Jekyll site's tag pages", () => {
  test("reads jekyll-archives's settings when its Gemfile loads it and its config enables some kind, none without that config", async () => {
    const gem = 'source "https://rubygems.org"\ngroup :jekyll_plugins do\n  gem "jekyll-archives"\nend\n';
    const site = siteOf({ '_config.yml': 'jekyll-archives:\n  enabled: [tags]\n  slug_mode: pretty\n', Gemfile: gem, '_posts/2024-01-02-a.md': POST });
    expect(await findOldSite(join(site, '_posts'))).toMatchObject({ archives: { enabled: ['tags'], slugMode: 'pretty', permalinks: { tag: '/tag/:name/' } } });
    const listed = siteOf({ '_config.yml': 'plugins: [jekyll-archives]\n', '_posts/2024-01-02-a.md': POST });
    expect(await findOldSite(join(listed, '_posts'))).not.toHaveProperty('archives');
    const unloaded = siteOf({ '_config.yml': 'jekyll-archives:\n  enabled: all\n', '_posts/2024-01-02-a.md': POST });
    expect(await findOldSite(join(unloaded, '_posts'))).not.toHaveProperty('archives');
  });

  test('finds the pages it wrote by hand for one tag, among the files Jekyll reads', async () => {
    const tagPage = (tag: string) => `---\nlayout: tagpage\ntitle: "Tag: ${tag}"\ntag: ${tag}\n---\n`;
    const site = siteOf({
      '_config.yml': 'baseurl: /lil-log\n',
      'tag/attention.md': tagPage('attention'),
      'tag/robotics.md': '',
      'tags.html': '---\nlayout: page\ntitle: Tags\n---\n',
      '_site/tag/attention.html': tagPage('attention'),
      'node_modules/x/tag/go.md': tagPage('go'),
      '_posts/2024-01-02-a.md': POST,
    });
    expect(await findOldSite(join(site, '_posts'))).toMatchObject({ root: '/lil-log', termPages: [{ path: '/tag/attention.html', tag: 'attention', kind: 'tag' }] });
  });
});
