/**
 * The Hexo or Jekyll site a folder of posts belongs to, for `import` to know each post's old
 * address (core/moved-posts/old-url.ts): Hexo keeps its posts in `source/_posts` with its
 * _config.yml two folders up (hexo.io/docs/setup), Jekyll in `_posts` beside its _config.yml
 * (jekyllrb.com/docs/structure/). The config is found as the site's roots are
 * (store/site-root.ts), so `_posts/2024` finds it too. Only its `permalink:` is read.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Text } from '../core/i18n/text.ts';
import { decodeUtf8, NotUtf8Error } from '../core/text-encoding.ts';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { parse } from 'yaml';
import { jekyllReadRulesOf, jekyllReadsEntry, jekyllReadsFolder, type JekyllReadRules } from '../core/jekyll-folders.ts';
import { jekyllDefaultsFor, jekyllDefaultsOf } from '../core/jekyll-defaults.ts';
import type { AstroSite, HexoSite, JekyllSite, OldSite } from '../core/moved-posts/old-url.ts';
import { ASTRO_CONFIG_NAMES, findAstroRoot, findSiteConfig } from './site-root.ts';
import { hexoFeeds, hugoFeeds, jekyllFeeds, type OldFeed } from '../core/old-feeds/generators.ts';
import type { HexoTaxonomySettings } from '../core/old-taxonomies/generators.ts';
import type { HexoPostLists, JekyllPaging } from '../core/old-taxonomies/post-lists.ts';
import { jekyllArchivesOf, jekyllTermPage, type JekyllArchives, type JekyllTermPage } from '../core/old-taxonomies/jekyll.ts';
import { FRONTMATTER } from '../core/post-split.ts';

/** A site config that is there but not YAML: its path (as found from the current directory), where and why. */
export interface UnreadableConfig {
  /**
   * `notUtf8`: the file is not UTF-8 text (GBK from a Chinese Windows editor): why, in both
   * languages, and how to save it as UTF-8 (core/text-encoding.ts); else it is not YAML, or not
   * TOML when `format` says so (Jekyll's `_config.toml`), for `reason`.
   */
  unreadable: { file: string; at: { line: number; column: number } | null; reason: string; format?: 'YAML' | 'TOML'; notUtf8?: { message: Text | string; hint: Text | string | undefined } };
}

/**
 * The site of `folder` (read from the current directory): `folder` is the site's posts folder
 * or lies in it (`site/_posts/2024`, its path there kept as `within`; Jekyll's `blog/_posts`, its
 * folders above `_posts` kept as `categories`); undefined when no site
 * config is found above it or it is no posts folder of the site holding that config. A config
 * that is there but does not parse is `unreadable`, for `import` to say that the posts' old
 * addresses are not known (before, they were dropped in silence).
 */
export async function findOldSite(folder: string): Promise<OldSite | UnreadableConfig | undefined> {
  const found = await findSiteConfig(folder);
  if (!found) return (await findHugoSite(folder)) ?? findAstroSite(folder);
  const parts = relative(found.dir, resolve(process.cwd(), folder)).split(sep);
  const read = await readConfig(found.file);
  // Jekyll's posts are in _posts, or in <collections_dir>/_posts when the config moves them.
  const collections = read && 'config' in read && typeof read.config.collections_dir === 'string' ? read.config.collections_dir.replace(/^\.?\/+|\/+$/g, '').split('/').filter(Boolean) : [];
  const base = collections.length > 0 && collections.every((c, i) => parts[i] === c) ? collections.length : 0;
  // Hexo reads only _config.yml; Jekyll the first of its names there.
  const hexo = parts[0] === 'source' && parts[1] === '_posts' && found.file.endsWith('_config.yml');
  // Jekyll reads a _posts folder in any folder of the site (`blog/_posts`), each folder above it a
  // category of its posts (Document#categories_from_path); folders it does not read (`_site`,
  // hidden ones, `node_modules`, `vendor/bundle`) hold no posts of it.
  const atPosts = hexo ? 1 : parts.indexOf('_posts', base);
  const folders = hexo ? [] : parts.slice(base, Math.max(atPosts, base));
  // A Jekyll collection's folder (`_notes`, or a folder in it), read before a `_posts` below it.
  if (!hexo && atPosts < 0 && read && 'config' in read && /^_./.test(parts[base] ?? '') && parts[base] !== '_posts' && parts[base] !== '_drafts') {
    const served = servedAt(read.config.url, read.config.baseurl);
    const within = parts.slice(base + 1).join('/');
    return { generator: 'jekyll', ...permalinkOf(read.config), ...jekyllDefaultsSite(read.config), ...markdownOf(read.config), collection: collectionOf(read.config.collections, parts[base]!.slice(1)), ...(within ? { within } : {}), ...served, ...zoneOf(read.config, 'timezone', basename(found.file)), ...feedsOf(await jekyllFeedsAt(found.dir, read.config), served.root) };
  }
  if (!hexo && (atPosts < 0 || !jekyllReadsFolder(folders, read && 'config' in read ? jekyllReadRulesOf(read.config) : undefined))) return undefined;
  const within = parts.slice(atPosts + 1).join('/');
  if (read && 'unreadable' in read) return read;
  if (!read) return undefined;
  // Jekyll serves under `url` + `baseurl` (jekyllrb.com/docs/configuration/options/); Hexo under
  // `url`, which holds its `root` (`https://x.dev/blog` with `root: /blog/`). Without a url, a
  // GitHub Pages site's CNAME names its host.
  const url = siteAddress(read.config.url) ?? (await cnameAddress(hexo ? join(found.dir, 'source') : found.dir));
  const served = servedAt(url, hexo ? read.config.root : read.config.baseurl);
  const common = { ...permalinkOf(read.config), ...(within ? { within } : {}), ...served, ...zoneOf(read.config, 'timezone', basename(found.file)) };
  return hexo
    ? { generator: 'hexo', ...common, ...((await hexoPackage(found.dir, 'hexo-renderer-kramed')) ? { kramed: true } : {}), hexoCategories: hexoCategoriesOf(read.config), ...hexoTaxonomiesOf(read.config, await hexoListsAt(found.dir, read.config)), ...(await hexoPostListsOf(found.dir, read.config)), ...feedsOf(hexoFeeds(read.config, { plugin: await hexoPackage(found.dir) }), served.root) }
    : { generator: 'jekyll', ...common, ...jekyllDefaultsSite(read.config), ...markdownOf(read.config), ...jekyllPagingOf(read.config), ...(folders.length ? { categories: folders } : {}), ...feedsOf(await jekyllFeedsAt(found.dir, read.config), served.root), ...(await jekyllTaxonomiesAt(found.dir, read.config)) };
}

/**
 * The tag and category pages of the Jekyll site at `dir` (core/old-taxonomies/jekyll.ts):
 * jekyll-archives's settings when its Gemfile or config loads the plugin, and the pages it wrote
 * by hand among the files Jekyll reads (jekyllReadsFolder; at most 2,000 Markdown or HTML files,
 * four folders deep).
 */
async function jekyllTaxonomiesAt(dir: string, config: Record<string, unknown>): Promise<{ archives?: JekyllArchives; termPages?: JekyllTermPage[] }> {
  const gemfile = await readFile(join(dir, 'Gemfile'), 'utf8').catch(() => '');
  const listed = [config.plugins, config.gems].flat().includes('jekyll-archives');
  const archives = jekyllArchivesOf(config, listed || /^\s*gem\s+["']jekyll-archives["']/m.test(gemfile));
  const permalink = typeof config.permalink === 'string' ? config.permalink.trim() : undefined;
  const termPages: JekyllTermPage[] = [];
  const defaults = jekyllDefaultsOf(config);
  for (const file of await jekyllPagesAt(dir, jekyllReadRulesOf(config))) {
    const text = await readFile(join(dir, file), 'utf8').catch(() => '');
    const yaml = FRONTMATTER.exec(text)?.[1];
    let front: unknown;
    try {
      front = yaml === undefined ? undefined : parse(yaml);
    } catch {
      continue;
    }
    // A page's layout or permalink may come from the config's defaults: its own front matter wins.
    const page = front && typeof front === 'object' ? jekyllTermPage(file, { ...jekyllDefaultsFor(defaults, file, 'pages'), ...(front as Record<string, unknown>) }, permalink) : undefined;
    if (page) termPages.push(page);
  }
  return { ...(archives ? { archives } : {}), ...(termPages.length > 0 ? { termPages } : {}) };
}

/** The Markdown and HTML files Jekyll reads as pages under `dir` (paths from it, `/`-separated; its `exclude:` and `include:` as `rules`), as jekyllTaxonomiesAt bounds them. */
async function jekyllPagesAt(dir: string, rules: JekyllReadRules, folders: string[] = [], found: string[] = []): Promise<string[]> {
  if (folders.length > 4 || found.length >= 2000) return found;
  for (const entry of await readdir(join(dir, ...folders), { withFileTypes: true }).catch(() => [])) {
    const path = [...folders, entry.name];
    if (entry.isDirectory() && jekyllReadsEntry(path.join('/'), rules, true)) await jekyllPagesAt(dir, rules, path, found);
    else if (entry.isFile() && /\.(?:md|markdown|mkdn?|mkd|html?)$/i.test(entry.name) && jekyllReadsEntry(path.join('/'), rules) && found.length < 2000) found.push(path.join('/'));
  }
  return found;
}

/** The config's `defaults:` that change a post's address or terms (core/jekyll-defaults.ts), when it has any. */
function jekyllDefaultsSite(config: Record<string, unknown>): { defaults?: ReturnType<typeof jekyllDefaultsOf> } {
  const defaults = jekyllDefaultsOf(config);
  return defaults.length > 0 ? { defaults } : {};
}

/**
 * Where a site was served from (SiteBase `address` and `root`): `url` its address (Jekyll's and
 * Hexo's `url`, Hugo's `baseURL`, Astro's `site`), `folder` the folder in it (Hexo's `root`,
 * Jekyll's `baseurl`, Astro's `base`; for Hugo, `url`'s own path: urlPath). The root is each old
 * path's first part (`/blog`; none for `/`), so the address is the url without it
 * (`https://x.dev/blog` with `root: /blog/` is `https://x.dev`). A site without a url still has its root.
 */
export function servedAt(url: unknown, folder: unknown): { address?: string; root?: string } {
  const full = siteAddress(url);
  const path = full === undefined ? '' : new URL(full).pathname.replace(/\/+$/, '');
  const root = sitePath(folder);
  const address = root && path.toLowerCase().endsWith(root.toLowerCase()) ? full!.slice(0, -root.length) : full;
  return { ...(address ? { address } : {}), ...(root ? { root } : {}) };
}

/** The path of a site's address (`/project/` of Hugo's `baseURL = "https://x.github.io/project/"`), undefined when it is no http(s) address. */
function urlPath(url: unknown): string | undefined {
  const full = siteAddress(url);
  return full === undefined ? undefined : new URL(full).pathname;
}

/** A site's folder (`/blog/`, `blog`) without its last `/` (`/blog`), undefined for `/` or anything that is no plain path. */
function sitePath(path: unknown): string | undefined {
  if (typeof path !== 'string') return undefined;
  const trimmed = `/${path.trim().replace(/^\/+|\/+$/g, '')}`;
  return trimmed === '/' || /[?#\s:]/.test(trimmed) ? undefined : trimmed;
}

/** The feeds a site served, under its root (servedAt), when it served any. */
const feedsOf = (feeds: OldFeed[], root?: string) => (feeds.length > 0 ? { feeds: root ? feeds.map((f) => ({ ...f, path: `${root}${f.path}` })) : feeds } : {});

/** Jekyll's `markdown:` engine when the config names one other than kramdown, its default (jekyllrb.com/docs/configuration/markdown/). */
function markdownOf(config: Record<string, unknown>): { markdown?: string } {
  const engine = typeof config.markdown === 'string' ? config.markdown.trim() : '';
  return engine && engine.toLowerCase() !== 'kramdown' ? { markdown: engine } : {};
}

/** Whether the Hexo site at `dir` installs `plugin` (hexo-generator-feed unless named) by its package.json, undefined when it has no package.json to say. */
async function hexoPackage(dir: string, plugin = 'hexo-generator-feed'): Promise<boolean | undefined> {
  const text = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const pkg = JSON.parse(text) as { dependencies?: object; devDependencies?: object };
    return [pkg.dependencies, pkg.devDependencies].some((deps) => !!deps && plugin in deps);
  } catch {
    return undefined;
  }
}

/** The feeds of the Jekyll site at `dir`: its own feed templates at its root, and jekyll-feed when its Gemfile or config loads it. */
async function jekyllFeedsAt(dir: string, config: Record<string, unknown>): Promise<OldFeed[]> {
  const gemfile = await readFile(join(dir, 'Gemfile'), 'utf8').catch(() => '');
  const names = [...(await readdir(dir).catch(() => [] as string[])).filter((n) => /\.(?:xml|atom|rss)$/i.test(n) && !/^sitemap/i.test(n)), 'feed/index.xml'];
  const templates = (await Promise.all(names.map(async (path) => ({ path, text: await readFile(join(dir, path), 'utf8').catch(() => '') })))).filter((t) => t.text !== '');
  return jekyllFeeds(config, { plugin: /^\s*gem\s+["']jekyll-feed["']/m.test(gemfile), templates });
}

/**
 * The collections of the Jekyll site configured by `configFile` that Jekyll writes pages of
 * (`output: true`, jekyllrb.com/docs/collections/), `posts` left out, in the config's order; none
 * when the config does not parse.
 */
export async function publishedCollections(configFile: string): Promise<string[]> {
  const read = await readConfig(configFile);
  const collections = read && 'config' in read ? read.config.collections : undefined;
  if (!collections || typeof collections !== 'object' || Array.isArray(collections)) return [];
  return Object.keys(collections).filter((label) => label !== 'posts' && collectionOf(collections, label).output);
}

/**
 * A Hugo config's paging of its lists (gohugo.io/configuration/pagination/): `pagination.pagerSize`
 * and `pagination.path` (0.128+), else the older `paginate` and `paginatePath`, and
 * `pagination.disableAliases` (no redirect at `/page/1/`); keys in any case.
 */
function hugoPagingOf(c: Record<string, unknown>): { hugoPaging?: { perPage?: number; dir?: string; noFirst?: true } } {
  const table = key(c, 'pagination');
  const newer = table && typeof table === 'object' && !Array.isArray(table) ? (table as Record<string, unknown>) : {};
  const size = [key(newer, 'pagerSize'), key(c, 'paginate')].find((v) => typeof v === 'number' && Number.isInteger(v) && v > 0) as number | undefined;
  const dir = [key(newer, 'path'), key(c, 'paginatePath')].find((v) => typeof v === 'string' && v.trim().replace(/^\/+|\/+$/g, '') !== '') as string | undefined;
  const noFirst = key(newer, 'disableAliases') === true;
  if (size === undefined && dir === undefined && !noFirst) return {};
  return { hugoPaging: { ...(size !== undefined ? { perPage: size } : {}), ...(dir !== undefined ? { dir: dir.trim().replace(/^\/+|\/+$/g, '') } : {}), ...(noFirst ? { noFirst: true as const } : {}) } };
}

/**
 * `https://<host>` of the GitHub Pages `CNAME` file in `dir` (its first line, a host name:
 * docs.github.com, "Managing a custom domain for your GitHub Pages site"), undefined when there is
 * none or it names no host. GitHub Pages builds a Jekyll site whose `_config.yml` has no `url` with
 * that host as `site.url` (jekyll-github-metadata), so its feeds and canonical links named it; a
 * Hexo site deploys `source/CNAME` the same way.
 */
async function cnameAddress(dir: string): Promise<string | undefined> {
  const text = await readFile(join(dir, 'CNAME'), 'utf8').catch(() => undefined);
  const host = text?.split(/\r?\n/)[0]?.trim().replace(/^https?:\/\//i, '').replace(/\/+$/, '');
  if (!host || !/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i.test(host)) return undefined;
  return `https://${host.toLowerCase()}`;
}

/**
 * The old site's own address (`https://devblog.example.com/blog`, no trailing slash) from its
 * config's `url` (Jekyll, Hexo; Hugo's `baseURL`) and a path prefix (Jekyll's `baseurl`), or
 * undefined when the config gives no http(s) address (`http://example.com`, the placeholder the
 * generators ship, counts as none).
 */
function siteAddress(url: unknown): string | undefined {
  if (typeof url !== 'string' || !/^https?:\/\/[^/\s]+/i.test(url.trim())) return undefined;
  const root = url.trim().replace(/\/+$/, '');
  if (/^https?:\/\/(?:www\.)?example\.(?:com|org)$/i.test(root)) return undefined;
  try {
    new URL(root);
  } catch {
    return undefined;
  }
  return root;
}

/**
 * The site config at `path` (YAML, or TOML for a `.toml` name: Jekyll's `_config.toml`) as an
 * object; `unreadable` when it is there but not UTF-8 or does not parse, undefined when it is not
 * there or holds no mapping. A key given twice is read as Jekyll and Hexo read it (the last wins).
 */
export async function readConfig(path: string): Promise<{ config: Record<string, unknown> } | UnreadableConfig | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return undefined;
  }
  let text: string;
  try {
    text = decodeUtf8(bytes, path);
  } catch (error) {
    // Read leniently, a GBK permalink: would turn into U+FFFD and every alias with it.
    if (!(error instanceof NotUtf8Error)) throw error;
    return { unreadable: { file: path, at: null, reason: error.message, notUtf8: error.text } };
  }
  try {
    // A key given twice is read as Jekyll (Ruby's Psych) and Hexo (js-yaml with `json: true`) read
    // it, the last one winning: a real Jekyll blog's config repeats `background:` and `paginate:`,
    // which stopped the read, and its 134 posts came in without their old addresses.
    const data: unknown = path.endsWith('.toml') ? parseToml(text) : parse(text, { uniqueKeys: false });
    // An empty _config.yml is a config with every default.
    if (data === null) return { config: {} };
    return typeof data === 'object' && !Array.isArray(data) ? { config: data as Record<string, unknown> } : undefined;
  } catch (error) {
    if (error instanceof TomlError) return { unreadable: { file: path, at: { line: error.line, column: error.column }, reason: error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, ''), format: 'TOML' } };
    const { linePos, message } = error as { linePos?: { line: number; col: number }[]; message: string };
    const at = linePos?.[0] ? { line: linePos[0].line, column: linePos[0].col } : null;
    return { unreadable: { file: path, at, reason: message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') } };
  }
}

/** Hugo's config files at a site's root, in the order Hugo reads them (gohugo.io/configuration/introduction/). */
const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json', 'config/_default/hugo.toml', 'config/_default/hugo.yaml', 'config/_default/config.toml', 'config/_default/config.yaml'];

/**
 * The Hugo site `folder` lies in: a `content` folder at or above it (up to three levels) whose
 * parent holds a Hugo config. Read: `permalinks`, `uglyURLs`, `disablePathToLower`. A site with
 * more than one language is not read unless each keeps its content in its own folder of
 * `content/` (translations by file name, `x.zh.md`, depend on settings not read here), nor one
 * whose config sets `contentDir` elsewhere than `content/` or a folder in it: undefined, the posts
 * keep no old address. A language whose `contentDir` is a folder of `content/` (`content/en`, set in
 * `config/_default/languages.toml` too) names its sections from that folder, the default language
 * at the root and any other under its name: `content/en/posts/x/index.md` was served at
 * `/posts/x/`, `content/zh-cn/posts/x/index.md` at `/zh-cn/posts/x/` (the default one under its
 * name too with `defaultContentLanguageInSubdir`); before, a real blog's 246 posts got `/en/posts/…`
 * aliases.
 */
async function findHugoSite(folder: string): Promise<OldSite | UnreadableConfig | undefined> {
  let at = resolve(process.cwd(), folder);
  for (let i = 0; i <= 3; i++, at = dirname(at)) {
    if (basename(at) !== 'content') continue;
    const root = dirname(at);
    for (const name of HUGO_CONFIGS) {
      const read = await readConfig(join(root, name));
      if (read === undefined) continue;
      if ('unreadable' in read) return read;
      const c = read.config;
      const langs = await hugoLanguagesOf(root, c);
      // Several languages are read only when each keeps its content in its own folder of content/.
      if (langs.unread || (langs.languages > 1 && langs.dirs.length !== langs.languages)) return undefined;
      // A content folder elsewhere than content/ or one folder in it: its paths are not read.
      if (langs.dirs.length === 0 && typeof key(c, 'contentDir') === 'string' && String(key(c, 'contentDir')).replace(/\/+$/, '') !== 'content') return undefined;
      const defaultLanguage = langs.languages === 1 ? langs.names[0]!.toLowerCase() : String(key(c, 'defaultContentLanguage') ?? 'en').toLowerCase();
      // gohugo.io/content-management/multilingual/: the default language at the root, unless
      // defaultContentLanguageInSubdir; every other language under its own folder.
      // Multihost (a language with a baseURL of its own): each language at its own baseURL, no folder of its name.
      const multihost = Object.keys(langs.baseURLs).length > 0;
      const prefixOf = (lang: string) => (multihost || (lang.toLowerCase() === defaultLanguage && !langs.inSubdir) ? '' : lang.toLowerCase());
      const inside = relative(at, resolve(process.cwd(), folder)).split(sep).filter(Boolean);
      let within = inside.join('/');
      let languages: { languageDirs?: Record<string, string>; languagePrefix?: string } = {};
      let baseURL = key(c, 'baseURL');
      if (langs.dirs.length > 0 && inside.length > 0) {
        // A folder in one language's folder (content/en/posts): its sections are named from that folder.
        const language = langs.dirs.find((d) => d.dir === inside[0]);
        if (language === undefined) return undefined;
        within = inside.slice(1).join('/');
        languages = prefixOf(language.lang) ? { languagePrefix: prefixOf(language.lang) } : {};
        baseURL = langs.baseURLs[language.lang.toLowerCase()] ?? baseURL;
      } else if (langs.dirs.length > 0) {
        languages = { languageDirs: Object.fromEntries(langs.dirs.map((d) => [d.dir, prefixOf(d.lang)])) };
        // Languages at different baseURL paths: one root cannot hold them all; import each language's folder.
        if (multihost && new Set(langs.dirs.map((d) => urlPath(langs.baseURLs[d.lang.toLowerCase()] ?? baseURL)?.replace(/\/+$/, ''))).size > 1) return undefined;
        if (multihost) baseURL = langs.baseURLs[langs.dirs[0]!.lang.toLowerCase()] ?? baseURL;
      }
      const permalinks = hugoPermalinks(c.permalinks);
      // A baseURL with a path (`https://x.github.io/project/`) served every page under that path.
      const served = servedAt(baseURL, urlPath(baseURL));
      return {
        generator: 'hugo',
        ...(within ? { within } : {}),
        ...languages,
        ...(permalinks ? { permalinks } : {}),
        ...(c.uglyURLs === true || c.uglyurls === true ? { ugly: true } : {}),
        ...(c.disablePathToLower === true || c.disablepathtolower === true ? { keepCase: true } : {}),
        ...served,
        ...(key(c, 'taxonomies') !== undefined || key(c, 'disableKinds') !== undefined ? { hugoTaxonomies: { taxonomies: key(c, 'taxonomies'), disableKinds: key(c, 'disableKinds') } } : {}),
        ...hugoPagingOf(c),
        ...zoneOf(c, 'timeZone', name),
        ...feedsOf(hugoFeeds(c, { sections: languages.languageDirs ? [] : await hugoSectionsOf(folder, within), prefix: languages.languagePrefix, keepCase: c.disablePathToLower === true || c.disablepathtolower === true }), served.root),
      };
    }
    return undefined;
  }
  return undefined;
}

/**
 * The sections of a Hugo site whose posts `import folder` reads, for their feeds: the one
 * `within` names (`posts` of content/posts), else the folders of the content folder `folder` that
 * hold Markdown, less the pages the import leaves out (site-layout.ts hugoContentPages: `page/`).
 */
async function hugoSectionsOf(folder: string, within: string): Promise<string[]> {
  if (within) return [within.split('/')[0]!];
  // Imported here, not at the top: site-layout.ts reads this module's helpers too.
  const { hugoContentPages } = await import('./site-layout.ts');
  const skipped = new Set(await hugoContentPages(folder));
  const dir = resolve(process.cwd(), folder);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const sections: string[] = [];
  for (const e of entries.filter((e) => e.isDirectory() && !/^[._]/.test(e.name) && !skipped.has(`${e.name}/`)).sort((a, b) => a.name.localeCompare(b.name))) {
    const files = await readdir(join(dir, e.name), { recursive: true }).catch(() => [] as string[]);
    if (files.some((f) => /\.(?:md|markdown|mdx)$/i.test(f) && !/(^|[\\/])_index\./.test(f))) sections.push(e.name);
  }
  return sections;
}

/**
 * The time zone a site's config names for times written without an offset: Jekyll's `timezone`
 * (jekyllrb.com/docs/configuration/options/: it sets TZ for the build; else the machine's zone),
 * Hexo's `timezone` (hexo.io/docs/configuration: else the computer's zone), Hugo's `timeZone`, in
 * any case (gohugo.io/functions/time/astime: else Etc/UTC). Nothing when the key is absent
 * or empty (Hexo's starter writes `timezone: ''`); a value that is no zone is kept, for the
 * import to name it.
 */
function zoneOf(config: Record<string, unknown>, name: string, file: string): { timeZone?: { zone: string; key: string; file: string } } {
  // Hugo reads its keys in any case; Jekyll and Hexo only as written.
  const written = name === 'timeZone' ? keyName(config, name) : name in config ? name : undefined;
  const value = written === undefined ? undefined : config[written];
  if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') return {};
  return { timeZone: { zone: String(value).trim(), key: written!, file } };
}

/** The key of `config` that Hugo reads as `name`, in any case (`contentdir` is `contentDir`). */
function keyName(config: Record<string, unknown>, name: string): string | undefined {
  return Object.keys(config).find((k) => k.toLowerCase() === name.toLowerCase());
}

/** `config[name]` read as Hugo reads its keys, in any case. */
function key(config: Record<string, unknown>, name: string): unknown {
  const found = keyName(config, name);
  return found === undefined ? undefined : config[found];
}

/**
 * A Hugo site's languages (gohugo.io/configuration/languages/), from the config `config` read at
 * the site's root `root` and, when there, `config/_default/languages.{toml,yaml,yml,json}` (whose
 * top-level tables are the languages): how many (`languages`, 0 when none is set), their names,
 * the folders of `content/` their `contentDir`s name (`content/en` -> `en`; a language's own
 * content folder, Hugo's multilingual "by content directory"; `dirs`: each with its language), whether the default language is
 * served under its own folder too (`defaultContentLanguageInSubdir`), and `unread` when a
 * languages file is there but cannot be read. Keys are read in any case, as Hugo reads them.
 */
export async function hugoLanguagesOf(root: string, config: Record<string, unknown>): Promise<{ languages: number; names: string[]; contentDirs: string[]; dirs: { lang: string; dir: string }[]; inSubdir: boolean; baseURLs: Record<string, unknown>; unread?: true }> {
  let table = key(config, 'languages');
  for (const name of ['languages.toml', 'languages.yaml', 'languages.yml', 'languages.json']) {
    const read = await readConfig(join(root, 'config/_default', name));
    if (read === undefined) continue;
    if ('unreadable' in read) return { languages: 0, names: [], contentDirs: [], dirs: [], inSubdir: false, baseURLs: {}, unread: true };
    table = read.config;
    break;
  }
  const entries = table && typeof table === 'object' && !Array.isArray(table) ? Object.entries(table as Record<string, unknown>).filter((e) => e[1] && typeof e[1] === 'object') : [];
  const dirOf = (value: unknown) => (typeof value === 'string' ? /^(?:\.\/)?content\/([^/]+)\/*$/.exec(value.trim())?.[1] : undefined);
  const own = entries.flatMap(([lang, v]) => {
    const dir = dirOf(key(v as Record<string, unknown>, 'contentDir'));
    return dir === undefined ? [] : [{ lang, dir }];
  });
  const single = dirOf(key(config, 'contentDir'));
  const dirs = own.length > 0 ? own : single !== undefined && entries.length <= 1 ? [{ lang: entries[0]?.[0] ?? String(key(config, 'defaultContentLanguage') ?? 'en'), dir: single }] : [];
  return {
    languages: entries.length,
    names: entries.map(([k]) => k),
    contentDirs: dirs.map((d) => d.dir),
    dirs,
    inSubdir: key(config, 'defaultContentLanguageInSubdir') === true,
    // A language's own baseURL (gohugo.io/content-management/multilingual/#configure-multilingual-multihost).
    baseURLs: Object.fromEntries(entries.flatMap(([lang, v]) => (key(v as Record<string, unknown>, 'baseURL') === undefined ? [] : [[lang.toLowerCase(), key(v as Record<string, unknown>, 'baseURL')]]))),
  };
}

/** The folders of `content/` a Hugo site at `root` keeps its languages' content in (hugoLanguagesOf; `["en"]`), none when its config names none or cannot be read. */
export async function hugoLanguageFoldersOf(root: string): Promise<string[]> {
  for (const name of HUGO_CONFIGS) {
    const read = await readConfig(join(root, name));
    if (read === undefined) continue;
    return 'unreadable' in read ? [] : (await hugoLanguagesOf(root, read.config)).contentDirs;
  }
  return [];
}

/** Hugo's `permalinks` as section -> pattern: `posts = "/:year/:slug/"`, or Hugo 0.120+'s `[permalinks.page]` table. */
function hugoPermalinks(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const table = value as Record<string, unknown>;
  const pages = table.page && typeof table.page === 'object' ? (table.page as Record<string, unknown>) : table;
  const out = Object.fromEntries(Object.entries(pages).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return Object.keys(out).length ? out : undefined;
}

/**
 * The Jekyll collection `label` as `collections:` sets it (jekyllrb.com/docs/collections/): a
 * mapping of labels to their settings, or a list of labels (each then without `output`). A
 * label it does not name is no collection: Jekyll reads no file of its `_` folder.
 */
export function collectionOf(collections: unknown, label: string): NonNullable<JekyllSite['collection']> {
  const listed = Array.isArray(collections) ? collections.map(String).includes(label) : !!collections && typeof collections === 'object' && label in collections;
  const settings = listed && !Array.isArray(collections) ? (collections as Record<string, unknown>)[label] : undefined;
  const own = settings && typeof settings === 'object' ? (settings as Record<string, unknown>) : {};
  const permalink = typeof own.permalink === 'string' && own.permalink.trim() ? own.permalink.trim() : undefined;
  return { label, listed, output: own.output === true, ...(permalink ? { permalink } : {}) };
}

/** `permalink:` of a Hexo or Jekyll config, when it sets one. */
function permalinkOf(config: Record<string, unknown>): { permalink?: string } {
  return typeof config.permalink === 'string' && config.permalink.trim() ? { permalink: config.permalink.trim() } : {};
}

/** Hexo's settings of `:category` (hexo.io/docs/configuration#Category-amp-Tag): its default, map and case. */
/** The settings of a Hexo _config.yml that place its tag and category pages (hexo.io/docs/configuration), when it sets any. */
function hexoTaxonomiesOf(config: Record<string, unknown>, lists: string[]): { hexoTaxonomies?: HexoTaxonomySettings } {
  if (lists.length > 0 && !['tag_dir', 'category_dir', 'tag_map', 'category_map', 'filename_case', 'per_page', 'pagination_dir', 'tag_generator', 'category_generator'].some((k) => k in config)) return { hexoTaxonomies: { lists } };
  if (!['tag_dir', 'category_dir', 'tag_map', 'category_map', 'filename_case', 'per_page', 'pagination_dir', 'tag_generator', 'category_generator'].some((k) => k in config)) return {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const map = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string')) : undefined);
  const filenameCase = config.filename_case === 1 || config.filename_case === 2 ? config.filename_case : 0;
  // hexo-generator-tag and -category: their own per_page, else the site's (index.js of each).
  const size = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
  const own = (v: unknown) => (v && typeof v === 'object' ? size((v as Record<string, unknown>).per_page) : undefined);
  const perPage = size(config.per_page);
  const paging = { tagPerPage: own(config.tag_generator) ?? perPage, categoryPerPage: own(config.category_generator) ?? perPage, paginationDir: text(config.pagination_dir) };
  return { hexoTaxonomies: { tagDir: text(config.tag_dir), categoryDir: text(config.category_dir), tagMap: map(config.tag_map), categoryMap: map(config.category_map), filenameCase, ...paging, ...(lists.length > 0 ? { lists } : {}) } };
}

/**
 * The lists of every tag or category the Hexo site at `dir` served (HexoTaxonomySettings
 * `lists`): `/<tag_dir>/` and `/<category_dir>/` when its source has a page there
 * (`source/tags/index.md`, the page NexT and Butterfly have one add), the tag list also with
 * hexo-generator-tag's `tag_generator.enable_index_page`.
 */
async function hexoListsAt(dir: string, config: Record<string, unknown>): Promise<string[]> {
  const folder = (given: unknown, fallback: string) => (typeof given === 'string' ? given.trim().replace(/^\/+|\/+$/g, '') : '') || fallback;
  const tagGenerator = config.tag_generator && typeof config.tag_generator === 'object' ? (config.tag_generator as Record<string, unknown>) : {};
  const lists: string[] = [];
  for (const [name, generated] of [[folder(config.tag_dir, 'tags'), tagGenerator.enable_index_page === true], [folder(config.category_dir, 'categories'), false]] as const) {
    const names = await readdir(join(dir, 'source', name)).catch(() => [] as string[]);
    if (generated || names.some((n) => /^index\.(?:md|markdown|html?)$/i.test(n))) lists.push(`/${name}/`);
  }
  return lists;
}

/**
 * The settings of a Hexo site's home and archive lists (old-taxonomies/post-lists.ts
 * HexoPostLists): hexo-generator-index's `index_generator.path` and `.per_page`,
 * hexo-generator-archive's `archive_dir`, `archive_generator.per_page` (each else the site's
 * `per_page`), `.yearly` and `.monthly`, `pagination_dir`; a generator its package.json does not install wrote no list.
 */
async function hexoPostListsOf(dir: string, config: Record<string, unknown>): Promise<{ hexoPostLists?: HexoPostLists }> {
  const text = (v: unknown) => (typeof v === 'string' && v.trim().replace(/^\/+|\/+$/g, '') ? v.trim().replace(/^\/+|\/+$/g, '') : undefined);
  const size = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
  const own = (v: unknown, key: string) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined);
  const site = size(config.per_page);
  const lists: HexoPostLists = {
    ...((await hexoPackage(dir, 'hexo-generator-index')) === false ? { index: false as const } : {}),
    ...(text(own(config.index_generator, 'path')) ? { indexPath: text(own(config.index_generator, 'path')) } : {}),
    ...((size(own(config.index_generator, 'per_page')) ?? site) !== undefined ? { indexPerPage: (size(own(config.index_generator, 'per_page')) ?? site)! } : {}),
    ...((await hexoPackage(dir, 'hexo-generator-archive')) === false ? { archive: false as const } : {}),
    ...(text(config.archive_dir) ? { archiveDir: text(config.archive_dir) } : {}),
    ...(own(config.archive_generator, 'yearly') === false ? { yearly: false as const } : {}),
    ...(own(config.archive_generator, 'monthly') === false ? { monthly: false as const } : {}),
    ...((size(own(config.archive_generator, 'per_page')) ?? site) !== undefined ? { archivePerPage: (size(own(config.archive_generator, 'per_page')) ?? site)! } : {}),
    ...(text(config.pagination_dir) ? { paginationDir: text(config.pagination_dir) } : {}),
  };
  return Object.keys(lists).length > 0 ? { hexoPostLists: lists } : {};
}

/** jekyll-paginate's `paginate` (a page size > 0) and `paginate_path` (jekyllrb.com/docs/pagination/), when the config sets `paginate`. */
function jekyllPagingOf(config: Record<string, unknown>): { jekyllPaging?: JekyllPaging } {
  const perPage = config.paginate;
  if (typeof perPage !== 'number' || !Number.isInteger(perPage) || perPage < 1) return {};
  const path = typeof config.paginate_path === 'string' && config.paginate_path.includes(':num') ? config.paginate_path.trim() : '/page:num/';
  return { jekyllPaging: { perPage, path } };
}

function hexoCategoriesOf(config: Record<string, unknown>): NonNullable<HexoSite['hexoCategories']> {
  const map = config.category_map && typeof config.category_map === 'object' ? Object.fromEntries(Object.entries(config.category_map).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
  const fallback = typeof config.default_category === 'string' ? config.default_category : 'uncategorized';
  const filenameCase = config.filename_case === 1 || config.filename_case === 2 ? config.filename_case : 0;
  return { fallback, map, filenameCase };
}

/** An Astro theme's own config files (AstroPaper v5's at the root or in src/, v4's src/config.ts). */
const THEME_CONFIGS = ['astro-paper.config.ts', 'src/astro-paper.config.ts', 'src/config.ts'];

/** The address AstroPaper's config file ships with, which a blog that never set its own still names. */
const ASTRO_PAPER_PLACEHOLDER = /^https?:\/\/astro-paper\.pages\.dev\/?$/i;

/**
 * The `site` of an Astro config: its string, else, when it names a value of the theme's config
 * (AstroPaper's `site: SITE.website`, the address being `website: "https://…"` in src/config.ts or
 * astro-paper.config.ts), that `website`; undefined when neither is an http(s) address or the
 * website is still AstroPaper's own placeholder (the blog's address is then unknown).
 */
function configuredSite(config: string, theme: string): string | undefined {
  const literal = /\bsite\s*:\s*(['"`])(https?:\/\/[^'"`\s]+)\1/.exec(config)?.[2];
  if (literal !== undefined || !/\bsite\s*:\s*[A-Za-z_$][\w$.]*\bwebsite\b/.test(config)) return literal;
  const website = /\bwebsite\s*:\s*(['"`])(https?:\/\/[^'"`\s]+)\1/.exec(theme)?.[2];
  return website !== undefined && !ASTRO_PAPER_PLACEHOLDER.test(website) ? website : undefined;
}

/**
 * The Astro project `folder` (read from the current directory) belongs to, with the routes of its
 * `src/pages/` that serve a content collection's entries (AstroSite): each dynamic page
 * (`[...slug].astro`, `[id].astro`, any parameter name) that calls `getCollection('<name>')` and
 * fills its parameter with an entry's `id` or `slug` (`params: { slug: post.id }`, as the Astro
 * blog template and most blogs built on it do: docs.astro.build/en/guides/content-collections/,
 * "Generating routes from content"). A page that builds its parameter otherwise (AstroPaper's
 * `getPath(post.id, …)`, a paginated list) serves no route read here; a collection served by two
 * routes gets the first in path order. Undefined when no `astro.config.*` is found above `folder`.
 */
export async function findAstroSite(folder: string): Promise<AstroSite | undefined> {
  const root = await findAstroRoot(folder);
  if (root === undefined) return undefined;
  const pages = join(root, 'src', 'pages');
  const files = await readdir(pages, { recursive: true }).catch(() => [] as string[]);
  const routes: Record<string, string> = {};
  for (const file of files.map((f) => f.split(sep).join('/')).sort()) {
    const page = /^(?:(.*)\/)?\[(?:\.\.\.)?([A-Za-z_$][\w$]*)\]\.astro$/.exec(file);
    if (!page) continue;
    const [, dir = '', param] = page;
    // A route with another parameter in its folders (`[lang]/posts/[slug].astro`) needs values not read here.
    if (dir.includes('[')) continue;
    const text = await readFile(join(pages, file), 'utf8').catch(() => '');
    const collection = /\bgetCollection\(\s*(['"])([\w-]+)\1/.exec(text)?.[2];
    if (collection === undefined || Object.hasOwn(routes, collection)) continue;
    if (!new RegExp(`\\b${param!.replace(/\$/g, '\\$')}\\s*:\\s*[A-Za-z_$][\\w$]*\\.(?:id|slug)\\b(?!\\s*[(.])`).test(text)) continue;
    routes[collection] = dir === '' ? '' : `/${dir}`;
  }
  // The collection whose folder is imported, or holds it: src/content/<name>/ (src/data/<name>/ with a glob loader).
  const inside = relative(root, resolve(process.cwd(), folder)).split(sep);
  const collection = inside[0] === 'src' && (inside[1] === 'content' || inside[1] === 'data') && inside[2] ? inside[2] : undefined;
  // defineConfig({ site: 'https://…' }) (docs.astro.build/en/reference/configuration-reference/#site): links to it are links
  // to the posts. Comments left out: the config's own examples (`// site: 'https://username.github.io'`) are no setting.
  const config = await Promise.all(ASTRO_CONFIG_NAMES.map((name) => readFile(join(root, name), 'utf8').catch(() => ''))).then((texts) => texts.join('\n').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, ''));
  // AstroPaper's page size of a tag's list: `postPerPage` (src/config.ts, v4) or `posts.perPage` (src/astro-paper.config.ts, v5).
  const themes = await Promise.all(THEME_CONFIGS.map(async (name) => ({ name, text: (await readFile(join(root, name), 'utf8').catch(() => '')).replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '') })));
  const theme = themes.map((t) => t.text).join('\n');
  // Its `base` (docs.astro.build/en/reference/configuration-reference/#base): every page was served under it.
  const served = servedAt(configuredSite(config, theme), config.match(/\bbase\s*:\s*(['"`])(\/[^'"`\s]*)\1/)?.[2]);
  const perPage = Number(/\b(?:postPerPage|perPage)\s*:\s*(\d+)\b/.exec(theme)?.[1] ?? NaN);
  // The zone its theme showed dates in (AstroPaper's `timezone: "Asia/Shanghai"`), the first config that names one.
  const zoned = themes.map((t) => ({ file: t.name, zone: /\btimezone\s*:\s*(['"`])([\w/+-]+)\1/.exec(t.text)?.[2] })).find((t) => t.zone);
  const postSlug = await readsPostSlug(root);
  return { generator: 'astro', routes, ...(collection ? { collection } : {}), ...served, ...(perPage > 0 ? { perPage } : {}), ...(zoned ? { timeZone: { zone: zoned.zone!, key: 'timezone', file: zoned.file } } : {}), ...(postSlug !== undefined ? { postSlug } : {}) };
}

/** An Astro project's content collection configs: Astro 5's, Astro 2-4's, and AstroPaper v2's schema file, which its config imports. */
const CONTENT_CONFIGS = ['src/content.config', 'src/content/config'].flatMap((name) => ['ts', 'mts', 'js', 'mjs'].map((ext) => `${name}.${ext}`)).concat('src/content/_schemas.ts');

/**
 * Whether the content schema of the Astro project at `root` reads `postSlug` (AstroSite.postSlug):
 * its config files name it outside comments; undefined when the project has none of them. A key
 * its schema does not name is dropped from the entry's data (zod's z.object strips it), so no
 * page could have read it.
 */
async function readsPostSlug(root: string): Promise<boolean | undefined> {
  const texts = await Promise.all(CONTENT_CONFIGS.map((name) => readFile(join(root, name), 'utf8').catch(() => undefined)));
  const read = texts.filter((text) => text !== undefined);
  return read.length === 0 ? undefined : read.some((text) => /\bpostSlug\b/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
}
