/**
 * The local images of a post moved from another generator (`![x](pic.png)`), which Astro
 * imports from beside the post when it builds the page: found in the source folder, beside the
 * file or in Hexo's post asset folder (`source/_posts/<name>/pic.png`,
 * hexo.io/docs/asset-folders), and copied to the same relative place beside the new post file.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { MovedPost } from '../core/moved-posts/plan.ts';
import { imagePath, localImages } from './body-images.ts';
import { POSTS_DIR } from './post-paths.ts';

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);

/**
 * Copies (unless `dryRun`) each local image of `move` (whose `body` is given) found in its source folder to its place
 * beside `content/posts/<id>.md`; an image there already is left as it is. Returns the images
 * copied (paths from the root) and the addresses found nowhere, or whose place would lie outside
 * content/posts.
 */
export async function placeMovedImages(root: string, move: MovedPost, body: string, opts: { dryRun: boolean }): Promise<{ copied: string[]; missing: string[] }> {
  const source = resolve(process.cwd(), move.from);
  const posts = join(root, POSTS_DIR);
  const targetDir = dirname(join(posts, move.id));
  const result = { copied: [] as string[], missing: [] as string[] };
  for (const url of await localImages({ file: move.from, body })) {
    const path = imagePath(url);
    const to = join(targetDir, path);
    if (relative(posts, to).startsWith('..')) {
      result.missing.push(url);
      continue;
    }
    if (await isFile(to)) continue;
    const candidates = [join(dirname(source), path), join(source.replace(/\.(?:md|markdown|mdx)$/i, ''), path)];
    const from = (await Promise.all(candidates.map(isFile))).findIndex(Boolean);
    if (from < 0) {
      result.missing.push(url);
      continue;
    }
    if (!opts.dryRun) {
      await mkdir(dirname(to), { recursive: true });
      await copyFile(candidates[from]!, to, constants.COPYFILE_EXCL);
    }
    result.copied.push(relative(root, to).split('\\').join('/'));
  }
  return result;
}
