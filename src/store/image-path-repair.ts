/**
 * Image paths of a moved post that name their file in a way only Windows or macOS read: a
 * Windows separator (`![](../images/a\digest.png)`, which CommonMark keeps as a backslash) or
 * another case than the file's (`a.png` for `a.PNG`). Both worked where the old post was written
 * and not in a build on Linux: the import found no file and skipped the whole post (a real Jekyll
 * blog, hh54188/jekyll-blog: 3 posts). The path is written as the file on disk spells it, with a
 * note; one still found nowhere is named with the line it is on and, when a file of that name
 * is elsewhere in its folder's tree, "did you mean".
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Text } from '../core/i18n/text.ts';
import { splitFrontmatter } from '../core/post-file.ts';
import { withoutQuery } from '../core/image-address.ts';
import { renameImageUrls } from '../core/moved-posts/image-urls.ts';
import type { MovedPost } from '../core/moved-posts/plan.ts';
import type { MissingImage } from '../core/moved-posts/missing-images.ts';
import { imagePath, localImages, siteImages } from './body-images.ts';
import type { SiteRoot } from './site-root.ts';

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);

/**
 * `path` (`/`-separated, relative to `base`) as the disk spells it: each segment that is not
 * there as written matched by case (NFC) against its folder's entries, when exactly one matches.
 * Undefined when no such file is found.
 */
export async function findByCase(base: string, path: string): Promise<string | undefined> {
  let at = base;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') {
      at = join(at, segment);
      out.push(segment);
      continue;
    }
    const entries = await readdir(at).catch(() => [] as string[]);
    const key = segment.normalize('NFC').toLowerCase();
    const found = entries.includes(segment) ? [segment] : entries.filter((e) => e.normalize('NFC').toLowerCase() === key);
    if (found.length !== 1) return undefined;
    at = join(at, found[0]!);
    out.push(found[0]!);
  }
  return (await isFile(at)) ? out.join('/') : undefined;
}

/** The folders an image address of `move` is read from: its Hexo asset folder and its own for a relative one, the old site's roots for a site path. */
function basesOf(move: MovedPost, url: string, roots: readonly SiteRoot[]): string[] {
  if (url.startsWith('/')) return roots.map((r) => r.dir);
  const source = resolve(process.cwd(), move.from);
  return [source.replace(/\.(?:md|markdown|mdx)$/i, ''), dirname(source)];
}

/** `url` with its path written `path` (its `./` and its query or fragment kept), or undefined when a segment is percent-encoded (left as written). */
function rewritten(url: string, path: string): string | undefined {
  const bare = withoutQuery(url);
  if (bare.includes('%')) return undefined;
  const lead = /^(?:\.\/)*/.exec(bare)![0];
  const rest = path.startsWith('/') || lead === '' ? path : path.replace(/^(?:\.\/)*/, '');
  return `${lead}${rest}${url.slice(bare.length)}`;
}

/**
 * `move` with each local or site-path image of its body that is not found as written but is
 * found with `/` for `\` or in another case written as the file is spelled, one note each.
 * `roots`: the old site's roots (store/site-root.ts findSiteRoots), for site paths.
 */
export async function withRepairedImagePaths(move: MovedPost, roots: readonly SiteRoot[]): Promise<MovedPost> {
  const { body } = splitFrontmatter(move.text, move.from);
  const urls = [...(await localImages({ file: move.from, body })), ...(await siteImages({ file: move.from, body }))];
  const renamed = new Map<string, string>();
  const notes: Text[] = [];
  for (const url of urls) {
    const bases = basesOf(move, url, roots);
    const path = imagePath(url);
    if ((await Promise.all(bases.map((b) => isFile(join(b, path))))).some(Boolean)) continue;
    const windows = path.includes('\\');
    const rel = path.replaceAll('\\', '/').replace(/^\//, '');
    for (const base of bases) {
      const byCase = !(await isFile(join(base, rel)));
      const found = byCase ? await findByCase(base, rel) : rel;
      const to = found === undefined ? undefined : rewritten(url, `${url.startsWith('/') ? '/' : ''}${found}`);
      if (to === undefined || to === url) continue;
      renamed.set(url, to);
      notes.push(repairNote(url, to, windows && !byCase ? 'windows' : windows ? 'both' : 'case'));
      break;
    }
  }
  if (renamed.size === 0) return move;
  const text = move.text.slice(0, move.text.length - body.length) + renameImageUrls(body, move.ext === 'mdx', renamed);
  return { ...move, text, notes: [...move.notes, ...notes] };
}

function repairNote(url: string, to: string, why: 'windows' | 'case' | 'both'): Text {
  if (why === 'windows') return { en: `image ${url} is written with Windows separators (\\), which a build on Linux or macOS does not read: now ${to}`, zh: `图片 ${url} 使用了 Windows 的路径分隔符（\\），Linux 和 macOS 上的构建读不到：已改为 ${to}` };
  const also = why === 'both' ? { en: ' and Windows separators (\\)', zh: '和 Windows 的路径分隔符（\\）' } : { en: '', zh: '' };
  return { en: `image ${url} names its file in another case${also.en} than the disk (${to}), which a build on Linux does not find: now ${to}`, zh: `图片 ${url} 的大小写${also.zh}与磁盘上的文件（${to}）不同，Linux 上的构建找不到：已改为 ${to}` };
}

/**
 * Where each of `missing` (image addresses of the moved post `from`, found nowhere) is written in
 * the source file (line 0 when not found as written), and the file it may have meant: the first
 * of `near` (image files, absolute paths) with its name in any case, written as a path from the post.
 */
export async function missingImageLines(from: string, missing: readonly string[], near: readonly string[]): Promise<MissingImage[]> {
  const source = resolve(process.cwd(), from);
  const lines = (await readFile(source, 'utf8').catch(() => '')).split(/\r?\n/);
  return missing.map((url) => {
    const line = lines.findIndex((l) => l.includes(url)) + 1;
    const name = imagePath(url).replaceAll('\\', '/').split('/').pop()!.toLowerCase();
    const meant = near.find((file) => basename(file).toLowerCase() === name);
    return { url, line, ...(meant ? { meant: relative(dirname(source), meant).split(sep).join('/') } : {}) };
  });
}
