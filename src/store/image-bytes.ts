/**
 * Does an image file hold an image? A file named `loaf.png` may be empty, a Git LFS pointer (a
 * clone without git-lfs), or an HTML error page a download saved under its name: Astro stops on
 * it with NoImageMetadata (a body image), and a cover or site image is served broken.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

/** Git LFS's pointer file (github.com/git-lfs/git-lfs/blob/main/docs/spec.md): its first line. */
const LFS_POINTER = 'version https://git-lfs.github.com/spec/';

/**
 * The file types whose images Astro processes (astro:assets' VALID_INPUT_FORMATS): each is read
 * for its size when the page is built, and a file that is none stops the build.
 */
const PROCESSED = /\.(?:jpe?g|png|tiff?|webp|gif|svg|avif)$/i;

/**
 * Whether `head` (a file's first bytes, up to 1,024) begins as an image does: PNG, JPEG, GIF,
 * WebP (RIFF…WEBP), AVIF/HEIF (an ISO BMFF `ftyp` box), TIFF (II*, MM*), BMP, ICO, or SVG text
 * (an `<svg` within the first bytes, after an XML declaration or comments). The signatures are
 * each format's own (PNG §5.2, JPEG's SOI marker, the RIFF and ISO/IEC 14496-12 headers…).
 */
export function looksLikeImage(head: Buffer): boolean {
  const at = (offset: number, text: string) => head.toString('latin1', offset, offset + text.length) === text;
  if (head.length >= 8 && head.readUInt32BE(0) === 0x89504e47 && head.readUInt32BE(4) === 0x0d0a1a0a) return true;
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return true;
  if (at(0, 'GIF87a') || at(0, 'GIF89a')) return true;
  if (at(0, 'RIFF') && at(8, 'WEBP')) return true;
  if (at(4, 'ftyp')) return true;
  if (at(0, 'II*\0') || at(0, 'MM\0*') || at(0, 'BM')) return true;
  if (head.length >= 4 && head.readUInt32BE(0) === 0x00000100) return true;
  // SVG is text: an Illustrator file's XML declaration, comment and DOCTYPE with entities can
  // fill the first bytes before its <svg>, so XML that opens so is taken as it; an HTML page is not.
  const text = head.toString('utf8').replace(/^\uFEFF?\s*/, '');
  return /<svg[\s>]/i.test(text) || /^<(?:\?xml|!--|!doctype svg)/i.test(text);
}

/**
 * What makes an existing image file one no build can read, or null: empty, a Git LFS pointer
 * (a copy of a repository cloned without git-lfs holds these small text files instead of the
 * images), or, for a type Astro processes, bytes that are no image (an HTML error page saved as
 * `photo.png` by a download, a file cut short): Astro then stops with NoImageMetadata and a
 * stack trace, naming the image but no post.
 */
export function unreadableImage(file: string): 'empty' | 'lfs' | 'not-image' | null {
  const size = statSync(file).size;
  if (size === 0) return 'empty';
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, 1024));
    readSync(fd, head, 0, head.length, 0);
    if (head.toString('latin1', 0, LFS_POINTER.length) === LFS_POINTER) return 'lfs';
    return PROCESSED.test(file) && !looksLikeImage(head) ? 'not-image' : null;
  } finally {
    closeSync(fd);
  }
}

/** What a file that is no image holds, in a few words: an HTML page, text, or other bytes. */
export function describeBytes(file: string, lang: 'en' | 'zh' = 'en'): string {
  const head = readFileSync(file).subarray(0, 512).toString('utf8');
  if (/^\s*(?:<!doctype html|<html|<head|<body)/i.test(head)) return lang === 'zh' ? '一个 HTML 网页' : 'an HTML page';
  // Text: no control character but tab and line ends in its first bytes.
  if (!/[\u0000-\u0008\u000e-\u001f]/.test(head)) return lang === 'zh' ? '文字' : 'text';
  return lang === 'zh' ? '无法识别的内容' : 'bytes of no image format';
}
