/**
 * The Markdown files of a folder another generator keeps its posts in (Hexo `source/_posts`,
 * Hugo `content/posts`, Jekyll `_posts`), read for `import` (core/moved-posts/plan.ts). Relative
 * paths are read from the current directory.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import { NotUtf8Error } from '../core/text-encoding.ts';
import type { SourceFile } from '../core/moved-posts/plan.ts';
import { EMBEDDED_IMAGE } from '../core/moved-posts/wikilinks.ts';
import { readUserFile } from './read-file.ts';

/** The names of the Markdown files `import` reads as posts (site-layout.ts reads a site's folders by it too). */
export const MARKDOWN = /\.(?:md|markdown|mdx)$/i;

/**
 * Post formats the generators read besides Markdown, which import does not: reStructuredText
 * (Pelican), AsciiDoc and Org (Hugo), Textile (Jekyll). Such a file is named, never passed over in silence.
 */
const OTHER_MARKUP: Record<string, string> = { rst: 'reStructuredText', adoc: 'AsciiDoc', asciidoc: 'AsciiDoc', org: 'Org', textile: 'Textile' };

/** The files under `folder` in another markup than Markdown (`content/a.rst`), with its name; hidden ones passed over. */
export async function otherMarkupFiles(folder: string): Promise<{ path: string; format: string }[]> {
  const dir = resolve(process.cwd(), folder);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const prefix = folder.replace(/[\\/]+$/, '').split('\\').join('/');
  return entries
    .filter((e) => e.isFile() && e.name.includes('.') && Object.hasOwn(OTHER_MARKUP, e.name.split('.').pop()!.toLowerCase()))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')))
    .sort()
    .map((name) => ({ path: `${prefix}/${name}`, format: OTHER_MARKUP[name.split('.').pop()!.toLowerCase()]! }));
}

/** True when `source` (a path, not an address) is a folder. */
export async function isFolder(source: string): Promise<boolean> {
  if (/^https?:\/\//i.test(source)) return false;
  return (await stat(resolve(process.cwd(), source)).catch(() => null))?.isDirectory() ?? false;
}

/** A site generator's feed files, as Hexo, Hugo, Jekyll, Astro and Eleventy name them. */
const FEED_FILE = /^(?:atom|rss|feed|index|rss2)\.(?:xml|json)$/i;

/**
 * What to pass instead of a folder without Markdown: a built site's (HTML pages) own feed file
 * or the Markdown folder it was made from; else the posts' folder of each generator.
 */
function builtSiteHint(files: readonly string[]): { en: string; zh: string } {
  const pages = files.filter((f) => /\.html?$/i.test(f)).length;
  if (pages === 0) return { en: "pass the folder of the posts, e.g. Hexo's source/_posts, Hugo's content/posts or Jekyll's _posts", zh: '请给出存放文章的文件夹，例如 Hexo 的 source/_posts、Hugo 的 content/posts 或 Jekyll 的 _posts' };
  const feed = files.find((f) => FEED_FILE.test(f.split('/').at(-1)!) && f.split('/').length <= 2);
  return {
    en: `it holds ${pages} HTML ${pages === 1 ? 'page' : 'pages'}, a site already built: import the folder of Markdown it was built from (Hexo: source/_posts, Hugo: content/posts, Jekyll: _posts)${feed ? `, or its feed, ${feed}` : ''}`,
    zh: `里面有 ${pages} 个 HTML 页面，是已经生成好的网站：请导入生成它的 Markdown 文件夹（Hexo 的 source/_posts、Hugo 的 content/posts、Jekyll 的 _posts）${feed ? `，或者它的 feed：${feed}` : ''}`,
  };
}

/**
 * Every `.md`, `.markdown` and `.mdx` file under `folder`, with its path as `folder` names it
 * (`source/_posts/a.md`, `/`-separated); files and folders whose name starts with `.` are passed over. Throws a
 * ThroughlineError naming the folder when it holds none.
 */
export async function readMarkdownFolder(folder: string): Promise<SourceFile[]> {
  const dir = resolve(process.cwd(), folder);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const names = entries
    .filter((e) => e.isFile() && MARKDOWN.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')))
    .sort();
  if (names.length === 0)
    throw new ThroughlineError(
      { en: 'this folder holds no Markdown files (.md, .markdown, .mdx)', zh: '这个文件夹里没有 Markdown 文件（.md、.markdown、.mdx）' },
      { file: folder, hint: builtSiteHint(entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))) },
    );
  const prefix = folder.replace(/[\\/]+$/, '').split('\\').join('/');
  const files: SourceFile[] = [];
  for (const name of names) {
    const path = `${prefix}/${name}`;
    // A file in another encoding (GBK) is skipped with the reason; the others are imported.
    const text = await readUserFile(join(dir, name), path).catch((error: unknown) => {
      if (error instanceof NotUtf8Error) return error;
      throw error;
    });
    files.push(text instanceof NotUtf8Error ? { path, text: '', unreadable: { en: text.messageIn('en'), zh: text.messageIn('zh') } } : { path, text: text! });
  }
  return files;
}

/**
 * The image files under `folder` (paths as readMarkdownFolder gives its files', `folder/…`),
 * hidden folders (`.obsidian`, `.git`) and node_modules left out: where an Obsidian vault keeps
 * the attachments its notes embed (`![[photo.png]]`). Empty when the folder cannot be listed.
 */
export async function listImageFiles(folder: string): Promise<string[]> {
  const dir = resolve(process.cwd(), folder);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const prefix = folder.replace(/[\\/]+$/, '').split('\\').join('/');
  return entries
    .filter((e) => e.isFile() && EMBEDDED_IMAGE.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort()
    .map((name) => `${prefix}/${name}`);
}
