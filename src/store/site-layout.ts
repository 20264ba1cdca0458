/**
 * A site's root folder given to `import` (the folder holding the generator's config), read as
 * the generator reads its posts rather than every Markdown file under it: a trial on a real
 * Jekyll blog brought its `_pages/*.md` (about, contact…) in as drafts beside the posts.
 * Jekyll: `_posts/` and `_drafts/` beside `_config.yml` (jekyllrb.com/docs/structure/); Hexo:
 * `source/_posts/` and `source/_drafts/` below `_config.yml` (hexo.io/docs/setup); Hugo:
 * `content/` less its single pages, beside `hugo.toml` or `config.toml`
 * (gohugo.io/getting-started/directory-structure/; hugoLayout); Pelican: `content/` beside `pelicanconf.py`;
 * Astro: its posts' collection folder beside `astro.config.*` (ASTRO_POSTS).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import { jekyllReadRulesOf, jekyllReadsFolder, type JekyllReadRules } from '../core/jekyll-folders.ts';
import type { SourceFile } from '../core/moved-posts/plan.ts';
import { MARKDOWN, readMarkdownFolder } from './markdown-folder.ts';
import { hugoLanguageFoldersOf, publishedCollections, readConfig } from './old-site.ts';
import { ASTRO_CONFIG_NAMES, CONFIGS } from './site-root.ts';

/** A site root's generator and its folders of posts and drafts, as paths from the root (`source/_posts`). */
export interface SiteLayout {
  generator: 'Jekyll' | 'Hexo' | 'Hugo' | 'Pelican' | 'Astro';
  posts: string;
  /** Present when the folder is there. */
  drafts?: string;
  /** Pages in the posts folder that are no posts, as paths from it (`about/`, a folder; `links.md`, a file): not read. */
  skip?: string[];
  /**
   * A Jekyll site's collections with `output: true` whose folder holds Markdown: the folder from
   * the root (`_notes`, `my_collections/_notes`) and its number of Markdown files. Not read with
   * the root: each is imported by its folder (store/old-site.ts gives its documents their addresses).
   */
  collections?: { folder: string; documents: number }[];
}

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json', 'config/_default'];
/**
 * Folders of a site root whose Markdown is no one's post, not named as unread: dependencies,
 * build output, themes, Hexo's scaffolds and Hugo's archetypes (templates). Which `_posts`
 * folders a Jekyll site publishes is Jekyll's rule (core/jekyll-folders.ts), not this list.
 */
const NOT_CONTENT = new Set(['node_modules', 'vendor', '_site', 'public', 'output', 'resources', 'themes', 'scaffolds', 'archetypes']);

/**
 * Where an Astro blog keeps its posts' collection, from the root holding `astro.config.*`, first
 * found wins: the blog template's and Fuwari's `src/content/blog` or `src/content/posts`,
 * AstroPaper v5's `src/data/blog`, and a `content/` folder some themes load from. A real Astro
 * blog's root (ChuYao233/MyBlog) was read whole: its docs/ and its about page came in as drafts.
 */
const ASTRO_POSTS = ['src/content/blog', 'src/content/posts', 'src/content/post', 'src/data/blog', 'content/posts', 'content/blog'];

const exists = (path: string) => stat(path).then(() => true, () => false);
const hasAstroConfig = async (dir: string) => {
  for (const name of ASTRO_CONFIG_NAMES) if (await exists(join(dir, name))) return true;
  return false;
};
const isDir = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);

/** The layout of `folder` (read from the current directory) when it is a site's root with its posts folder; else undefined (a plain folder, read whole). */
export async function siteLayoutOf(folder: string): Promise<SiteLayout | undefined> {
  const dir = resolve(process.cwd(), folder);
  const drafts = async (path: string) => ((await isDir(join(dir, path))) ? { drafts: path } : {});
  if ((await exists(join(dir, '_config.yml'))) && (await isDir(join(dir, 'source/_posts')))) return { generator: 'Hexo', posts: 'source/_posts', ...(await drafts('source/_drafts')) };
  for (const name of CONFIGS) {
    if (!(await exists(join(dir, name)))) continue;
    // `collections_dir` (jekyllrb.com/docs/collections/) moves _posts and _drafts under it.
    const base = await collectionsDirOf(join(dir, name));
    const collections = await collectionFolders(dir, base, await publishedCollections(join(dir, name)));
    const withCollections = collections.length > 0 ? { collections } : {};
    if (await isDir(join(dir, base, '_posts'))) return { generator: 'Jekyll', posts: join(base, '_posts').replace(/\\/g, '/'), ...(await drafts(join(base, '_drafts').replace(/\\/g, '/'))), ...withCollections };
    // Only category folders' posts (`blog/_posts`): the first of them, the others named by the
    // note with the command for each; before, the root was read whole, its pages as posts.
    const nested = await jekyllPostsFolders(join(dir, base), '', await jekyllReadRulesAt(dir));
    if (nested.length > 0) {
      const posts = join(base, nested[0]!).replace(/\\/g, '/');
      return { generator: 'Jekyll', posts, ...(await drafts(posts.replace(/_posts$/, '_drafts'))), ...withCollections };
    }
  }
  if (await hasAstroConfig(dir))
    for (const posts of ASTRO_POSTS) if (await isDir(join(dir, posts))) return { generator: 'Astro', posts };
  if (!(await isDir(join(dir, 'content')))) return undefined;
  for (const name of HUGO_CONFIGS) if (await exists(join(dir, name))) return hugoLayout(dir, name);
  return (await exists(join(dir, 'pelicanconf.py'))) ? { generator: 'Pelican', posts: 'content' } : undefined;
}

/** The folders (`<base>/_<label>`, from the site's root `dir`) of the collections `labels` that hold Markdown, with how many files each. */
async function collectionFolders(dir: string, base: string, labels: string[]): Promise<{ folder: string; documents: number }[]> {
  const found: { folder: string; documents: number }[] = [];
  for (const label of labels) {
    const folder = [base, `_${label}`].filter(Boolean).join('/');
    const entries = await readdir(join(dir, folder), { recursive: true, withFileTypes: true }).catch(() => []);
    const documents = entries.filter((e) => e.isFile() && MARKDOWN.test(e.name) && !e.parentPath.slice(join(dir, folder).length).split(/[\\/]/).some((p) => p.startsWith('.'))).length;
    if (documents > 0) found.push({ folder, documents });
  }
  return found;
}

/** A Jekyll config's `collections_dir` (YAML `collections_dir: my_collections`, TOML `collections_dir = "…"`), else '' (the site's root). */
export async function collectionsDirOf(config: string): Promise<string> {
  const text = await readFile(config, 'utf8').catch(() => '');
  const value = /^collections_dir[ \t]*[:=][ \t]*["']?([^"'#\r\n]*?)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1]?.trim() ?? '';
  // A path that climbs out of the site, or an absolute one, is not Jekyll's either.
  return value === '' || value.startsWith('/') || value.split('/').includes('..') ? '' : value.replace(/\/+$/, '');
}

/**
 * Where a Hugo site's posts are, from its root `dir` with the config `config` (a file, or
 * config/_default): in `content/`, less its pages. A section the config names in
 * `params.mainSections` (gohugo.io/methods/site/mainsections/) is read alone when it is the one
 * named; else every section, less a top-level one that is a single page (`content/about/index.md`,
 * a leaf bundle) and the pages at the top of `content/` (`content/links.md`) when sections hold
 * the posts: a trial on a real Hugo blog brought its About page in as a published post. Sections
 * are not chosen by their number of pages (Hugo's default main section): that blog's home page
 * lists its 33 newest posts from a smaller section than its 235 notes. A site whose languages keep
 * their content in folders of `content/` (`contentDir = "content/en"`) has its sections and pages
 * in each of them: `content/en/about/index.md` is left out as `content/about/index.md` is (before,
 * a real blog's About, Contact, Friends and Notes pages came in as posts).
 */
async function hugoLayout(dir: string, config: string): Promise<SiteLayout> {
  const named = await mainSectionsOf(join(dir, config));
  // A language's own content folder (`contentDir = "content/en"`): its sections are the site's.
  const languages = (await Promise.all((await hugoLanguageFoldersOf(dir)).map(async (l) => ((await isDir(join(dir, 'content', l))) ? l : undefined)))).filter((l): l is string => l !== undefined);
  const roots = languages.length > 0 ? languages.map((l) => `${l}/`) : [''];
  if (named.length === 1 && roots.length === 1 && (await isDir(join(dir, 'content', roots[0]!, named[0]!)))) return { generator: 'Hugo', posts: `content/${roots[0]}${named[0]}` };
  const skip: string[] = [];
  for (const base of roots) {
    const sections: { name: string; files: string[] }[] = [];
    const top: string[] = [];
    for (const e of (await readdir(join(dir, 'content', base), { withFileTypes: true }).catch(() => [])).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      if (e.isFile() && MARKDOWN.test(e.name) && !/^_index\./i.test(e.name)) top.push(`${base}${e.name}`);
      if (!e.isDirectory()) continue;
      const files = await readdir(join(dir, 'content', base, e.name), { recursive: true, withFileTypes: true });
      sections.push({ name: e.name, files: files.filter((f) => f.isFile() && MARKDOWN.test(f.name) && !/^_index\./i.test(f.name)).map((f) => f.name) });
    }
    const single = (files: string[]) => files.length === 1 && /^index\./i.test(files[0]!);
    // Beautiful Hugo's and many themes' section of site pages (`content/page/about.md`, books,
    // training): pages of the site, not posts, when a larger section holds the posts and the config
    // names neither as a main section (Hugo's own default main section is the largest).
    const most = Math.max(0, ...sections.map((x) => x.files.length));
    const pages = (x: { name: string; files: string[] }) => /^pages?$/i.test(x.name) && !named.includes(x.name) && x.files.length > 0 && x.files.length < most;
    skip.push(
      ...(named.length > 1
        ? [...sections.filter((x) => !named.includes(x.name) && x.files.length > 0).map((x) => `${base}${x.name}/`), ...top]
        : [...sections.filter((x) => single(x.files) || pages(x)).map((x) => `${base}${x.name}/`), ...(sections.some((x) => x.files.length > 0 && !single(x.files)) ? top : [])]),
    );
  }
  return { generator: 'Hugo', posts: 'content', ...(skip.length > 0 ? { skip } : {}) };
}

/**
 * The single pages of a Hugo site's `content/` folder (or of a language's folder in it,
 * `content/en`) given to `import` itself rather than the site's root, as paths from that folder
 * (`about.md`, `about/`): the pages hugoLayout leaves out of the root's import, and with one
 * `params.mainSections` named, everything but that section. None when `folder` is no such
 * folder. A trial on a real Hugo blog (coderzh-hugo-blog): `import site/content` brought its
 * `content/about.md` in as a published post, which `import site` leaves out.
 */
export async function hugoContentPages(folder: string): Promise<string[]> {
  const dir = resolve(process.cwd(), folder).replace(/[\\/]+$/, '');
  const [root, lang] = basename(dir) === 'content' ? [dirname(dir), ''] : basename(dirname(dir)) === 'content' ? [dirname(dirname(dir)), `${basename(dir)}/`] : [undefined, ''];
  if (root === undefined) return [];
  const config = (await Promise.all(HUGO_CONFIGS.map(async (name) => ((await exists(join(root, name))) ? name : undefined)))).find((n) => n !== undefined);
  if (!config) return [];
  const layout = await hugoLayout(root, config);
  if (layout.posts !== 'content') {
    // One main section read alone: the rest of content/ is not the posts.
    const section = layout.posts.slice('content/'.length);
    if (lang !== '' || section.includes('/')) return [];
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    return entries
      .filter((e) => !e.name.startsWith('.') && e.name !== section && (e.isDirectory() || (MARKDOWN.test(e.name) && !/^_index\./i.test(e.name))))
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort();
  }
  return (layout.skip ?? []).filter((s) => s.startsWith(lang)).map((s) => s.slice(lang.length));
}

/** The names of `params.mainSections` in a Hugo config (TOML `mainSections = ["posts"]`, YAML `mainSections: [posts]` or a `- posts` list); none when it names none. */
async function mainSectionsOf(config: string): Promise<string[]> {
  const files = (await isDir(config)) ? (await readdir(config)).filter((f) => /\.(?:toml|ya?ml|json)$/.test(f)).map((f) => join(config, f)) : [config];
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => '');
    const inline = /["']?mainSections["']?\s*[=:]\s*\[([^\]]*)\]/.exec(text);
    if (inline) return [...inline[1]!.matchAll(/["']?([\w.-]+)["']?/g)].map((m) => m[1]!);
    const block = /mainSections:[ \t]*\r?\n((?:[ \t]*-[ \t]*\S+[ \t]*\r?\n?)+)/.exec(text);
    if (block) return [...block[1]!.matchAll(/-[ \t]*["']?([\w.-]+)["']?/g)].map((m) => m[1]!);
  }
  return [];
}

/**
 * The Markdown files of a site's posts and drafts folders (`folder` as given, then the layout's
 * paths), the drafts marked `draft`. An empty or missing drafts folder reads as none; throws
 * readMarkdownFolder's error (the posts folder named) when neither holds a file.
 */
export async function readSiteFolders(folder: string, layout: SiteLayout): Promise<SourceFile[]> {
  const base = folder.replace(/[\\/]+$/, '');
  const drafts = layout.drafts ? await readMarkdownFolder(`${base}/${layout.drafts}`).catch(none) : [];
  const all = drafts.length > 0 ? await readMarkdownFolder(`${base}/${layout.posts}`).catch(none) : await readMarkdownFolder(`${base}/${layout.posts}`);
  const within = (f: SourceFile) => f.path.slice(base.length + layout.posts.length + 2);
  const posts = layout.skip ? all.filter((f) => !layout.skip!.some((s) => (s.endsWith('/') ? within(f).startsWith(s) : within(f) === s))) : all;
  return [...posts, ...drafts.map((f) => ({ ...f, draft: true as const }))];
}

function none(error: unknown): SourceFile[] {
  if (error instanceof ThroughlineError) return [];
  throw error;
}

/**
 * What under a site root holds Markdown that the layout does not read, as paths from the root:
 * folders first (`_pages/`, `source/about/`), then files (`README.md`), each sorted; hidden
 * entries and {@link NOT_CONTENT} folders at the root passed over.
 */
export async function unreadMarkdown(folder: string, layout: SiteLayout): Promise<string[]> {
  const root = resolve(process.cwd(), folder);
  // A collection is named by the note on its own (siteRootNote), with its command.
  const read = [layout.posts, ...(layout.drafts ? [layout.drafts] : []), ...(layout.collections ?? []).map((c) => c.folder)];
  const jekyll = layout.generator === 'Jekyll';
  const rules = jekyll ? await jekyllReadRulesAt(root) : undefined;
  const folders: string[] = [];
  const files: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = (await readdir(join(root, rel), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.name.startsWith('.') || read.includes(path)) continue;
      if (e.isFile() && MARKDOWN.test(e.name)) files.push(path);
      else if (e.isDirectory() && read.some((r) => r.startsWith(`${path}/`))) await walk(path);
      // Jekyll publishes the posts of `blog/_posts` too (its folders their categories): named as
      // such, for the note's command to import them, rather than hidden in "blog/".
      else if (jekyll && e.isDirectory() && e.name === '_posts' && rel !== '') folders.push(`${path}/`);
      else if (jekyll && e.isDirectory() && (await jekyllPostsFolders(root, path, rules)).length > 0) await walk(path);
      else if (e.isDirectory() && !(rel === '' && NOT_CONTENT.has(e.name)) && (await holdsMarkdown(join(root, path)))) folders.push(`${path}/`);
    }
  };
  await walk('');
  // The pages of the posts folder left out (Hugo's About page), named from the root.
  for (const s of layout.skip ?? []) (s.endsWith('/') ? folders : files).push(`${layout.posts}/${s}`);
  return [...folders, ...files];
}

/**
 * The `_posts` folders Jekyll reads in the site `dir`, in its folder `under` when given
 * (`_posts`, `blog/_posts`, from `dir`, `/`-separated, sorted): Jekyll reads every folder on the
 * way (core/jekyll-folders.ts; Document#categories_from_path makes those folders categories).
 */
async function jekyllPostsFolders(dir: string, under = '', rules?: JekyllReadRules): Promise<string[]> {
  const found: string[] = [];
  // Folder by folder, never into one Jekyll leaves unread: a site's `vendor/bundle` or
  // `node_modules` holds tens of thousands of files and no post of it.
  const walk = async (folders: string[]): Promise<void> => {
    if (!jekyllReadsFolder(folders, rules)) return;
    const entries = await readdir(join(dir, ...folders), { withFileTypes: true }).catch(() => []);
    for (const e of entries.filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name === '_posts') found.push([...folders, '_posts'].join('/'));
      else await walk([...folders, e.name]);
    }
  };
  await walk(under.split('/').filter(Boolean));
  return found.sort();
}

/**
 * `exclude:` and `include:` of the Jekyll config in the site root `dir`, the first of its names
 * there (`_config.yml`, `_config.yaml`, `_config.toml`), read as old-site.ts reads it; none when
 * it has none or does not parse (old-site.ts says so).
 */
async function jekyllReadRulesAt(dir: string): Promise<JekyllReadRules | undefined> {
  for (const name of CONFIGS) {
    if (!(await exists(join(dir, name)))) continue;
    const read = await readConfig(join(dir, name));
    return read && 'config' in read ? jekyllReadRulesOf(read.config) : undefined;
  }
  return undefined;
}

async function holdsMarkdown(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.some((e) => e.isFile() && MARKDOWN.test(e.name) && !e.parentPath.slice(dir.length).split(/[\\/]/).some((p) => p.startsWith('.')));
}
