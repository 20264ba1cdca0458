/**
 * A site's root folder given to `import` (the folder holding the generator's config), read as
 * the generator reads its posts rather than every Markdown file under it: a trial on a real
 * Jekyll blog brought its `_pages/*.md` (about, contact…) in as drafts beside the posts.
 * Jekyll: `_posts/` and `_drafts/` beside `_config.yml` (jekyllrb.com/docs/structure/); Hexo:
 * `source/_posts/` and `source/_drafts/` below `_config.yml` (hexo.io/docs/setup); Hugo:
 * `content/` beside `hugo.toml` or `config.toml` (gohugo.io/getting-started/directory-structure/),
 * whose sections a site names as it likes; Pelican: `content/` beside `pelicanconf.py`.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import type { SourceFile } from '../core/moved-posts/plan.ts';
import { readMarkdownFolder } from './markdown-folder.ts';
import { CONFIGS } from './site-root.ts';

/** A site root's generator and its folders of posts and drafts, as paths from the root (`source/_posts`). */
export interface SiteLayout {
  generator: 'Jekyll' | 'Hexo' | 'Hugo' | 'Pelican';
  posts: string;
  /** Present when the folder is there. */
  drafts?: string;
}

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json', 'config/_default'];
/** Folders of a site root whose Markdown is no one's post: dependencies, build output, themes, Hexo's scaffolds and Hugo's archetypes (templates). */
const NOT_CONTENT = new Set(['node_modules', 'vendor', '_site', 'public', 'output', 'resources', 'themes', 'scaffolds', 'archetypes']);
const MARKDOWN = /\.(?:md|markdown|mdx)$/i;

const exists = (path: string) => stat(path).then(() => true, () => false);
const isDir = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);

/** The layout of `folder` (read from the current directory) when it is a site's root with its posts folder; else undefined (a plain folder, read whole). */
export async function siteLayoutOf(folder: string): Promise<SiteLayout | undefined> {
  const dir = resolve(process.cwd(), folder);
  const drafts = async (path: string) => ((await isDir(join(dir, path))) ? { drafts: path } : {});
  if ((await exists(join(dir, '_config.yml'))) && (await isDir(join(dir, 'source/_posts')))) return { generator: 'Hexo', posts: 'source/_posts', ...(await drafts('source/_drafts')) };
  for (const name of CONFIGS) if ((await exists(join(dir, name))) && (await isDir(join(dir, '_posts')))) return { generator: 'Jekyll', posts: '_posts', ...(await drafts('_drafts')) };
  if (!(await isDir(join(dir, 'content')))) return undefined;
  for (const name of HUGO_CONFIGS) if (await exists(join(dir, name))) return { generator: 'Hugo', posts: 'content' };
  return (await exists(join(dir, 'pelicanconf.py'))) ? { generator: 'Pelican', posts: 'content' } : undefined;
}

/**
 * The Markdown files of a site's posts and drafts folders (`folder` as given, then the layout's
 * paths), the drafts marked `draft`. An empty or missing drafts folder reads as none; throws
 * readMarkdownFolder's error (the posts folder named) when neither holds a file.
 */
export async function readSiteFolders(folder: string, layout: SiteLayout): Promise<SourceFile[]> {
  const base = folder.replace(/[\\/]+$/, '');
  const drafts = layout.drafts ? await readMarkdownFolder(`${base}/${layout.drafts}`).catch(none) : [];
  const posts = drafts.length > 0 ? await readMarkdownFolder(`${base}/${layout.posts}`).catch(none) : await readMarkdownFolder(`${base}/${layout.posts}`);
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
  const read = [layout.posts, ...(layout.drafts ? [layout.drafts] : [])];
  const folders: string[] = [];
  const files: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = (await readdir(join(root, rel), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.name.startsWith('.') || read.includes(path) || (rel === '' && NOT_CONTENT.has(e.name))) continue;
      if (e.isFile() && MARKDOWN.test(e.name)) files.push(path);
      else if (e.isDirectory() && read.some((r) => r.startsWith(`${path}/`))) await walk(path);
      else if (e.isDirectory() && (await holdsMarkdown(join(root, path)))) folders.push(`${path}/`);
    }
  };
  await walk('');
  return [...folders, ...files];
}

async function holdsMarkdown(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.some((e) => e.isFile() && MARKDOWN.test(e.name) && !e.parentPath.slice(dir.length).split(/[\\/]/).some((p) => p.startsWith('.')));
}
