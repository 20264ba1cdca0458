/**
 * Does a post's `cover` site path name a file the site serves? A cover such as `/images/pork.jpg`
 * is served from `public/` as is (Astro copies public/ into the build unchanged), so a file
 * missing there becomes an `og:image` that answers 404: every shared link then shows no picture,
 * and nothing in the build says so. `check` and the build check refuse it instead, with the file
 * and the field, for the posts a build publishes (drafts are not built, so not checked).
 * http(s) covers are another site's, and are not fetched.
 */
import { statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import { addressPath, isLocalImage, withoutQuery } from '../core/image-address.ts';
import type { Post } from '../core/schema/post.ts';
import { imageVerdictHint, imageVerdictText } from '../core/image-verdict-text.ts';
import { imageKindOf, unreadableImage } from './image-bytes.ts';
import { socialCover } from '../core/social-cover.ts';
import { POSTS_DIR } from './post-paths.ts';

/**
 * The file in `publicDir` that a site-path cover names, or null when the cover is an
 * http(s) URL. The query and fragment are not part of the file's name (`/og.png?v=2`), and the
 * path is percent-decoded as a server would (`/images/caf%C3%A9.png` is `café.png`). A path
 * that leaves public/ (`/../secret.png`) names no served file: the result is then outside
 * public/, which `isServedFile` refuses.
 */
export function coverFileOf(publicDir: string, cover: string): string | null {
  if (!cover.startsWith('/')) return null;
  return join(publicDir, addressPath(cover));
}

/**
 * The file a cover relative to its post names (`cover.jpg` beside `content/posts/2026/a/index.md`
 * is `<root>/content/posts/2026/a/cover.jpg`; query and fragment dropped, percent-decoded), or
 * null for a site path or URL. `file` is the post file, relative to `root`. The build serves it
 * only from inside content/posts/: `isServedFile(join(root, POSTS_DIR), …)` tells.
 */
export function localCoverFileOf(root: string, file: string, cover: string): string | null {
  if (!isLocalImage(cover)) return null;
  return join(root, dirname(file), addressPath(cover));
}

/** True when `file` is a regular file inside `publicDir`. */
export function isServedFile(publicDir: string, file: string): boolean {
  const inPublic = relative(publicDir, file);
  if (inPublic === '' || inPublic.startsWith(`..${sep}`) || inPublic === '..') return false;
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * One error per post whose `cover` names no file the build can serve, or one that holds no image
 * of its kind (store/image-bytes.ts unreadableImage: empty, a Git LFS pointer, an HTML page a
 * download saved as `cover.jpg`, an MP4; a TIFF or AVIF under a .jpg name, which link previews do
 * not show: served as it is, it would be a broken social image, and nothing said so): a site path with no file
 * in `publicDir` (Astro's `publicDir`, `<root>/public` unless the config moves it; shown as
 * `public/...`), or a path relative to the post with no file beside it inside content/posts/
 * (shown from the root). Each names the post file and the field written (`cover`, or the
 * `ogImage`/`image` it was read from), in English and Chinese, in the order of `posts`.
 */
export function findMissingCovers(publicDir: string, posts: Post[], root: string): ThroughlineError[] {
  const errors: ThroughlineError[] = [];
  for (const post of posts) {
    const cover = post.data.cover;
    if (cover === undefined) continue;
    const local = localCoverFileOf(root, post.file, cover);
    const file = local ?? coverFileOf(publicDir, cover);
    if (file === null) continue;
    const shown = local ? relative(root, local).split(sep).join('/') : `public${withoutQuery(cover)}`;
    // A cover read from AstroPaper's ogImage or Fuwari's image: name the field the author wrote.
    const raw = post.data as Record<string, unknown>;
    const field = ['ogImage', 'image', 'heroImage'].find((key) => typeof raw[key] === 'string' && (raw[key] as string).trim() === cover) ?? 'cover';
    if (isServedFile(local ? join(root, POSTS_DIR) : publicDir, file)) {
      // Served as it is (pages/covers, public/): no size is read, so an SVG need give none.
      // A TIFF or AVIF named .jpg got past the generated card that stands in for a .tiff or .avif cover (social-cover.ts).
      const unreadable = unreadableImage(file, { processed: false, previewed: socialCover(cover) !== undefined });
      if (unreadable) {
        const text = imageVerdictText(unreadable, shown, imageKindOf(file));
        const broken = { en: `"${cover}" would be a broken social image`, zh: `"${cover}" 会成为打不开的分享图片` };
        errors.push(new ThroughlineError({ en: `${text.en}: ${broken.en}`, zh: `${text.zh}：${broken.zh}` }, { file: post.file, field, hint: imageVerdictHint(unreadable, 'cover') }));
      }
      continue;
    }
    const where = local ? { en: 'put the image beside the post at that path', zh: '把图片放到文章旁边的这个路径' } : { en: 'put the image under public/ at that path', zh: '把图片放到 public/ 下的这个路径' };
    errors.push(
      new ThroughlineError(
        { en: `no file ${shown}: "${cover}" would be a broken social image`, zh: `找不到文件 ${shown}："${cover}" 会成为打不开的分享图片` },
        {
          file: post.file,
          field,
          hint: {
            en: `${where.en}, use a full https:// URL, or remove the field to use the generated card`,
            zh: `${where.zh}，或改用完整的 https:// 地址，或删掉这个字段以使用自动生成的分享卡片`,
          },
        },
      ),
    );
  }
  return errors;
}
