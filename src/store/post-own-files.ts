/**
 * The files a post shows from beside it (`![](茶园.png)`, `<img src="盖碗.png">`, `cover: cover.jpg`),
 * taken along when the post moves to another folder: publishing `drafts/x` to `wechat/x`, a plan's
 * move or **Rename / move**. Astro imports such a file from beside the post, so the moved post's
 * images were missing and `check` and the build stopped on it, naming a file that was still in
 * `drafts/`.
 */
import { copyFile, mkdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import { isLocalImage } from '../core/image-address.ts';
import type { Post } from '../core/schema/post.ts';
import { imagePath, localImages } from './body-images.ts';
import { POSTS_DIR } from './post-paths.ts';
import { postFileNaming } from './post-mentions.ts';

/** One file to take along: paths relative to the project root, `/`-separated. */
export interface OwnFile {
  from: string;
  to: string;
}

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);
const slashed = (path: string) => path.split(sep).join('/');

/** The relative addresses a post shows from disk: its body's images and a cover beside it. */
async function ownAddresses(post: Pick<Post, 'file' | 'body' | 'data'>): Promise<string[]> {
  const cover = typeof post.data.cover === 'string' && isLocalImage(post.data.cover) ? [post.data.cover] : [];
  return [...new Set([...(await localImages(post)), ...cover])];
}

/**
 * The files of `post` (its file relative to `root`) to take to the folder of `toFile`: each local
 * image and cover that exists beside the post, at the same relative place from the new file.
 * Each file once, however many ways the post names it. Left out: a file already there with the
 * same bytes, one that does not exist (check reports it), and one whose new place would leave
 * content/posts/. Throws ThroughlineError, naming the post
 * file, when another file is already at a new place: moving would show that file instead.
 */
export async function planOwnFiles(root: string, post: Pick<Post, 'file' | 'body' | 'data'>, toFile: string): Promise<OwnFile[]> {
  if (dirname(post.file) === dirname(toFile)) return [];
  const posts = join(root, POSTS_DIR);
  const files: OwnFile[] = [];
  for (const url of await ownAddresses(post)) {
    const from = join(root, dirname(post.file), imagePath(url));
    const to = join(root, dirname(toFile), imagePath(url));
    const inside = relative(posts, to);
    // One file named two ways (`pic.png` and `./pic.png`, `盖碗.png` and `%E7%9B%96%E7%A2%97.png`) is taken once.
    if (files.some((f) => f.to === slashed(relative(root, to)))) continue;
    if (inside.startsWith(`..${sep}`) || inside === '..' || !(await isFile(from))) continue;
    if (await isFile(to)) {
      if ((await readFile(to)).equals(await readFile(from))) continue;
      const shown = slashed(relative(root, to));
      throw new ThroughlineError(
        { en: `its image "${url}" cannot go with it: ${shown} is another file of that name; nothing was moved`, zh: `它的图片“${url}”没法跟着移过去：${shown} 已是另一个同名文件；没有移动任何东西` },
        { file: post.file, hint: { en: 'rename one of the two images (and the post\'s link to it), or move the post to another folder', zh: '把两张图片之一改名（并改文章里的链接），或把文章移到别的文件夹' } },
      );
    }
    files.push({ from: slashed(relative(root, from)), to: slashed(relative(root, to)) });
  }
  return files;
}

/**
 * Copies each planned file to its new place, then removes the old one unless `keep` or another
 * post in `others` (the posts left, files relative to `root`) shows it too, or a post file that
 * `unlisted` says is not among them (a listing leaves out frontmatter that fails and both files of
 * a shared id) writes its name (store/post-mentions.ts: by name, as such a file cannot be read for its images).
 */
export async function takeOwnFiles(root: string, files: OwnFile[], others: Pick<Post, 'file' | 'body' | 'data'>[], opts: { keep?: boolean; unlisted?: (file: string) => boolean } = {}): Promise<void> {
  for (const file of files) {
    await mkdir(dirname(join(root, file.to)), { recursive: true });
    await copyFile(join(root, file.from), join(root, file.to));
  }
  if (opts.keep || files.length === 0) return;
  // Compared as files (device and inode), not names: on a disk that ignores case or Unicode form
  // (macOS, Windows), another post's `Pic.png` is this post's `pic.png`.
  const shown = new Set<string>();
  for (const other of others)
    for (const url of await ownAddresses(other)) {
      const id = await fileId(join(root, dirname(other.file), imagePath(url)));
      if (id) shown.add(id);
    }
  for (const file of files) {
    if (shown.has((await fileId(join(root, file.from)))!)) continue;
    if (opts.unlisted && (await postFileNaming(root, [basename(file.from)], { only: opts.unlisted }))) continue;
    await unlink(join(root, file.from));
  }
}

const fileId = (path: string) => stat(path).then((s) => `${s.dev}:${s.ino}`, () => null);
