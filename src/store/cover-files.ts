/**
 * Does a post's `cover` site path name a file the site serves? A cover such as `/images/pork.jpg`
 * is served from `public/` as is (Astro copies public/ into the build unchanged), so a file
 * missing there becomes an `og:image` that answers 404: every shared link then shows no picture,
 * and nothing in the build says so. `check` and the build check refuse it instead, with the file
 * and the field, for the posts a build publishes (drafts are not built, so not checked).
 * http(s) covers are another site's, and are not fetched.
 */
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import { withoutQuery } from '../core/image-address.ts';
import type { Post } from '../core/schema/post.ts';

/**
 * The file in `publicDir` that a site-path cover names, or null when the cover is an
 * http(s) URL. The query and fragment are not part of the file's name (`/og.png?v=2`), and the
 * path is percent-decoded as a server would (`/images/caf%C3%A9.png` is `café.png`). A path
 * that leaves public/ (`/../secret.png`) names no served file: the result is then outside
 * public/, which `isServedFile` refuses.
 */
export function coverFileOf(publicDir: string, cover: string): string | null {
  if (!cover.startsWith('/')) return null;
  const path = withoutQuery(cover);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  return join(publicDir, decoded);
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
 * One error per post whose `cover` is a site path with no file in `publicDir` (Astro's
 * `publicDir`, `<root>/public` unless the config moves it; shown as `public/...`), naming
 * the post file and the field written (`cover`, or the `ogImage`/`image` it was read from),
 * in English and Chinese, in the order of `posts`.
 */
export function findMissingCovers(publicDir: string, posts: Post[]): ThroughlineError[] {
  const errors: ThroughlineError[] = [];
  for (const post of posts) {
    const cover = post.data.cover;
    const file = cover === undefined ? null : coverFileOf(publicDir, cover);
    if (file === null || isServedFile(publicDir, file)) continue;
    const shown = `public${withoutQuery(cover!)}`;
    // A cover read from AstroPaper's ogImage or Fuwari's image: name the field the author wrote.
    const raw = post.data as Record<string, unknown>;
    const field = ['ogImage', 'image'].find((key) => typeof raw[key] === 'string' && (raw[key] as string).trim() === cover) ?? 'cover';
    errors.push(
      new ThroughlineError(
        { en: `no file ${shown}: "${cover}" would be a broken social image`, zh: `找不到文件 ${shown}："${cover}" 会成为打不开的分享图片` },
        {
          file: post.file,
          field,
          hint: {
            en: 'put the image under public/ at that path, use a full https:// URL, or remove the field to use the generated card',
            zh: '把图片放到 public/ 下的这个路径，或改用完整的 https:// 地址，或删掉这个字段以使用自动生成的分享卡片',
          },
        },
      ),
    );
  }
  return errors;
}
