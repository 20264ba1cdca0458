/**
 * The editor's **Cover image** upload: the picture is written beside the post
 * (`content/posts/2026/x.md` -> `content/posts/2026/x-cover.jpg`; a folder post's `index.md` ->
 * `cover.jpg` in its folder) and the post's `cover` names it, the "file beside the post" the schema
 * reads (core/schema/post.ts CoverSchema), which a move takes along and the build serves. Only the
 * formats Astro reads and a browser shows (PNG, JPEG, GIF, WebP, AVIF), found by their bytes, up
 * to 10 MB: an iPhone's HEIC is refused with what to do, as the build would refuse it. A cover it
 * replaces that an earlier upload wrote under another extension (`x-cover.png` -> `x-cover.jpg`) is
 * removed once no post names it, so no orphan is moved with the post or served by the build.
 */
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ThroughlineError } from '../../core/errors.ts';
import { imageFormat, type ImageFormat } from '../../core/image-format.ts';
import { postFileNaming } from '../../store/post-mentions.ts';
import { readPost, savePost } from '../../store/posts.ts';
import type { FieldErrors } from '../shared/form-errors.ts';
import type { Lang } from '../shared/i18n.ts';
import { draftHref, seeOther } from '../shared/urls.ts';

const STALE = {
  en: 'Not uploaded: this post changed on disk since you opened it. Reload, then choose the picture again.',
  zh: '没有上传：自你打开以来，这篇内容已在磁盘上被修改。请重新加载，再选一次图片。',
} as const;

/** The largest cover taken, in bytes. */
export const COVER_MAX_BYTES = 10 * 1024 * 1024;

/** Formats a cover may be, with the extension its file gets. */
const COVER_EXTENSIONS: Partial<Record<ImageFormat, string>> = { png: 'png', jpeg: 'jpg', gif: 'gif', webp: 'webp', avif: 'avif' };

const TEXT = {
  none: { en: 'Choose an image file for the cover.', zh: '请为封面选一个图片文件。' },
  large: { en: 'The cover is {mb} MB; at most 10 MB is taken: save it smaller.', zh: '封面有 {mb} MB，最多 10 MB：请存成小一些的文件。' },
  heic: { en: 'The cover is a HEIC photo, which browsers and the build cannot show: export it as JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible).', zh: '封面是 HEIC 照片，浏览器和构建都无法显示：请导出为 JPEG（iPhone：设置 → 相机 → 格式 → 兼容性最佳）。' },
  format: { en: 'The cover must be a PNG, JPEG, GIF, WebP or AVIF image; this file is {what}.', zh: '封面须是 PNG、JPEG、GIF、WebP 或 AVIF 图片；这个文件是 {what}。' },
  notImage: { en: 'not an image', zh: '不是图片' },
} as const;

/**
 * The file name (beside the post) a cover of extension `ext` gets for the post file `postFile`
 * (`2026/速寫日記.mdx` -> `速寫日記-cover.jpg`, a folder post's `index.md` -> `cover.jpg`), numbered
 * (`-cover-2.jpg` …) past names `taken` says are used, unless it is the post's `current` cover.
 */
export function coverFileName(postFile: string, ext: string, taken: (name: string) => boolean, current?: string): string {
  const stem = basename(postFile).replace(/\.mdx?$/i, '');
  const base = stem === 'index' ? 'cover' : `${stem}-cover`;
  for (let n = 1; ; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}.${ext}`;
    if (name === current || !taken(name)) return name;
  }
}

/**
 * Whether `cover` (a post's `cover`, `./` removed) is a name the upload itself writes for the post
 * file `postFile`: `<stem>-cover(-N).<ext>`, or `cover(-N).<ext>` for a folder post's `index.md`,
 * with an extension of COVER_EXTENSIONS, beside the post (no folder). Any other file beside the
 * post may be there for another reason and is never removed.
 */
export function isUploadedCover(postFile: string, cover: string): boolean {
  const stem = basename(postFile).replace(/\.mdx?$/i, '');
  const base = stem === 'index' ? 'cover' : `${stem}-cover`;
  if (!cover.startsWith(base)) return false;
  const exts = Object.values(COVER_EXTENSIONS).join('|');
  return new RegExp(`^(?:-[2-9]|-[1-9]\\d+)?\\.(?:${exts})$`).test(cover.slice(base.length));
}

/** Why `bytes` (the whole upload) cannot be a cover, in `lang`, or the extension its file gets. */
export function coverProblem(bytes: Uint8Array, lang: Lang): { error: string } | { ext: string } {
  if (bytes.length === 0) return { error: TEXT.none[lang] };
  if (bytes.length > COVER_MAX_BYTES) return { error: TEXT.large[lang].replace('{mb}', (bytes.length / 1024 / 1024).toFixed(1)) };
  const format = imageFormat(bytes.subarray(0, 1024));
  const ext = format && COVER_EXTENSIONS[format];
  if (ext) return { ext };
  if (format === 'heic') return { error: TEXT.heic[lang] };
  return { error: TEXT.format[lang].replace('{what}', format ? format.toUpperCase() : TEXT.notImage[lang]) };
}

/**
 * Writes the uploaded `file` beside post `id` and sets its `cover`, over the revision the editor
 * loaded: the 303 back to the editor (`?cover=1`), or `{ cover: why }` with nothing kept. A post
 * changed on disk meanwhile is refused (its file is not written, the image removed again).
 */
export async function uploadCover(root: string, id: string, form: FormData, lang: Lang): Promise<Response | FieldErrors> {
  const upload = form.get('cover');
  const bytes = upload instanceof File ? new Uint8Array(await upload.arrayBuffer()) : new Uint8Array();
  const checked = coverProblem(bytes, lang);
  if ('error' in checked) return { cover: checked.error };
  const { post, revision } = await readPost(root, id);
  const folder = join(root, dirname(post.file));
  const current = typeof post.data.cover === 'string' ? post.data.cover.replace(/^\.\//, '') : undefined;
  const name = coverFileName(post.file, checked.ext, (n) => existsSync(join(folder, n)), current);
  const expected = String(form.get('revision') ?? '') || revision;
  // Changed on disk since the editor loaded it: refused before any image (the current cover too) is written.
  if (expected !== revision) return { cover: STALE[lang] };
  await writeFile(join(folder, name), bytes);
  try {
    await savePost(root, id, { frontmatter: { ...post.data, cover: name }, body: post.body }, { expectedRevision: expected });
  } catch (error) {
    if (name !== current) await rm(join(folder, name), { force: true });
    if (error instanceof ThroughlineError) return { cover: error.message };
    throw error;
  }
  if (current && current !== name && isUploadedCover(post.file, current)) await removeOrphan(root, join(folder, current), current);
  return seeOther(draftHref(id, '?cover=1'));
}

/**
 * Removes the replaced cover at `path` (file name `name`) unless a post file still writes its name:
 * this post's body, or another post's `cover` or body (any folder: `../drafts/x-cover.png`),
 * a post that fails validation and both files of a shared id included (store/post-mentions.ts).
 */
async function removeOrphan(root: string, path: string, name: string): Promise<void> {
  if ((await postFileNaming(root, [name])) === undefined) await rm(path, { force: true });
}
