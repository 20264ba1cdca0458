/**
 * What a file named as an image holds, by its first bytes, and whether Astro can read it. Astro
 * reads a body image's size with its vendored image-size (astro/dist/assets/utils/vendor/
 * image-size: each format by its signature, an SVG by an `<svg …>` tag within its first 1,000
 * bytes, sized by width and height or a viewBox) and processes only the formats of its
 * VALID_SUPPORTED_FORMATS (JPEG, PNG, TIFF, WebP, GIF, SVG, AVIF): anything else stops the build
 * with NoImageMetadata or UnsupportedImageFormat and a stack trace that names no post.
 */
/** An image format found by its signature. */
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'heic' | 'tiff' | 'bmp' | 'ico' | 'svg';

/** Other contents a download or a copy can leave under an image's name. */
export type NotImage = 'html' | 'xml' | 'video' | 'text' | 'bytes';

/** Astro's VALID_SUPPORTED_FORMATS (astro/dist/assets/consts.js), by the format found. */
export const ASTRO_READS: ReadonlySet<ImageFormat> = new Set<ImageFormat>(['png', 'jpeg', 'gif', 'webp', 'avif', 'tiff', 'svg']);

/**
 * The formats link previews show (og:image, twitter:image): X's cards take JPG, PNG, WEBP and GIF
 * (developer.x.com, Cards markup reference), Facebook's and LinkedIn's previews the same kinds
 * (core/social-cover.ts, which picks covers by their names).
 */
export const PREVIEWED: ReadonlySet<ImageFormat> = new Set<ImageFormat>(['png', 'jpeg', 'gif', 'webp']);

/** ISO BMFF `ftyp` brands of images, as Astro's image-size reads them (types/heif.ts): any other is a video (isom, mp42, qt…). */
const IMAGE_BRANDS: Record<string, 'avif' | 'heic'> = { avif: 'avif', avis: 'avif', mif1: 'heic', msf1: 'heic', heic: 'heic', heix: 'heic', hevc: 'heic', hevx: 'heic' };

/** Astro's image-size SVG root (types/svg.ts), looked for in the first 1,000 bytes as it looks. */
const SVG_ROOT = /<svg\s(?:[^>"']|"[^"]*"|'[^']*')*>/;
const SVG_BYTES = 1000;

/**
 * The format `head` (a file's first bytes, up to 1,024) begins as, by each format's own
 * signature (PNG §5.2, JPEG's SOI marker, GIF87a/89a, RIFF…WEBP, an ISO/IEC 14496-12 `ftyp` box
 * whose major brand is an image's, TIFF's II* and MM*, BMP, ICO), or `svg` for text holding an
 * `<svg` tag or an SVG DOCTYPE that is no HTML page; null for anything else (an HTML page, even
 * one showing an inline `<svg>`, which Astro would take for an SVG; other XML; an MP4; text).
 */
export function imageFormat(head: Uint8Array): ImageFormat | null {
  const at = (offset: number, text: string) => ascii(head, offset, offset + text.length) === text;
  if (at(0, '\x89PNG\r\n\x1a\n')) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (at(0, 'GIF87a') || at(0, 'GIF89a')) return 'gif';
  if (at(0, 'RIFF') && at(8, 'WEBP')) return 'webp';
  if (at(4, 'ftyp')) return ftypImage(head);
  if (at(0, 'II*\0') || at(0, 'MM\0*')) return 'tiff';
  if (at(0, 'BM')) return 'bmp';
  if (at(0, '\0\0\x01\0')) return 'ico';
  // An HTML page may show an inline <svg> icon in its first bytes: it is still a page.
  const text = utf8(head);
  // An Illustrator file's DOCTYPE with entities can fill the first bytes before its <svg>.
  return !HTML_START.test(text) && /<svg[\s>]|<!doctype svg[\s>]/i.test(text) ? 'svg' : null;
}

/**
 * The start of an HTML page, an XHTML one too: an XML declaration and comments may come before
 * its DOCTYPE or `<html>` (a server's XHTML error page saved as `photo.png` was called "an XML document").
 */
const HTML_START = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html|<head|<body)/i;

/** Bytes `from` to `to` of `head`, one character each (a signature's bytes). */
const ascii = (head: Uint8Array, from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
const utf8 = (head: Uint8Array, to = head.length) => new TextDecoder().decode(head.subarray(0, to));

/** AVIF or HEIC by the `ftyp` box's major brand, and AVIF when a compatible brand says so (Astro's rule); null for a video. */
function ftypImage(head: Uint8Array): 'avif' | 'heic' | null {
  const major = IMAGE_BRANDS[ascii(head, 8, 12)];
  if (major === undefined) return null;
  const size = head.length >= 4 ? new DataView(head.buffer, head.byteOffset, 4).getUint32(0) : 0;
  for (let i = 16; i + 4 <= Math.min(head.length, size); i += 4) if (IMAGE_BRANDS[ascii(head, i, i + 4)] === 'avif') return 'avif';
  return major;
}

/** What an image file's name says it is: `svg` for `.svg`, `raster` for the other types Astro processes. */
export type ImageKind = 'raster' | 'svg';

/**
 * What is wrong with bytes `head` of a file named as an image of `kind`, or null when nothing is:
 * `not-image` (no image format: `holds` says what it is), `format` (`format` is the one found: one
 * Astro cannot read; raster bytes under a `.svg` name, which Astro parses as SVG text and stops
 * on; or, for a file served as it is, `processed` false, SVG bytes under a raster name, which
 * browsers do not draw from an image/png answer), `svg` (with `processed`, for an image Astro
 * reads the size of, as a body image: an SVG whose `<svg …>` tag does not end within its first
 * 1,000 bytes, or gives no size). Astro names an image it emits by its bytes (an SVG named `.png` is
 * written as `.svg`), so raster bytes under another raster name, or a processed SVG under a
 * raster name, are no problem. With `previewed` (a cover whose name link previews show, .jpg,
 * .png, .webp, .gif), `preview`: raster bytes of a format they do not (a TIFF, AVIF, HEIC, BMP or
 * ICO named .jpg), which the name got past the generated card that stands in for such a cover.
 */
export function imageProblem(head: Uint8Array, kind: ImageKind, processed: boolean, previewed = false): ImageProblem | null {
  const format = imageFormat(head);
  if (format === null) return { kind: 'not-image', holds: notImage(head) };
  if (previewed && format !== 'svg' && !PREVIEWED.has(format)) return { kind: 'preview', format };
  if (!ASTRO_READS.has(format) || (kind === 'svg' && format !== 'svg') || (!processed && kind === 'raster' && format === 'svg')) return { kind: 'format', format };
  const unsized = format === 'svg' && processed ? svgUnsized(head) : null;
  return unsized ? { kind: 'svg', reason: unsized } : null;
}

/**
 * imageProblem's answer. An `svg` problem's `reason`: `late`, no whole `<svg …>` tag within the
 * first 1,000 bytes (a long DOCTYPE before it, a draw.io diagram's copy in its `content`
 * attribute), `unsized`, a tag there with no width and height nor viewBox.
 */
export type ImageProblem = { kind: 'not-image'; holds: NotImage } | { kind: 'format'; format: ImageFormat } | { kind: 'preview'; format: ImageFormat } | { kind: 'svg'; reason: 'late' | 'unsized' };

/** Why Astro's image-size cannot size the SVG (its root tag not where it looks, or no size on it), or null when it can. */
function svgUnsized(head: Uint8Array): 'late' | 'unsized' | null {
  const root = SVG_ROOT.exec(utf8(head, SVG_BYTES))?.[0];
  if (root === undefined) return 'late';
  return (/\swidth=(['"])[^%]+?\1/.test(root) && /\sheight=(['"])[^%]+?\1/.test(root)) || /\sviewBox=(['"]).+?\1/i.test(root) ? null : 'unsized';
}

/** What bytes of no image format are: an HTML page, other XML, an MP4 or QuickTime video, text, or other bytes. */
function notImage(head: Uint8Array): NotImage {
  const text = utf8(head, 512);
  if (HTML_START.test(text)) return 'html';
  if (/^\uFEFF?\s*<(?:\?xml|[a-z][\w:.-]*[\s>/])/i.test(text)) return 'xml';
  if (text.slice(4, 8) === 'ftyp') return 'video';
  // Text: no control character but tab and line ends in its first bytes.
  if (!/[\u0000-\u0008\u000e-\u001f]/.test(text)) return 'text';
  return 'bytes';
}

/** What an unreadable image file is, for its problem's message (empty, a Git LFS pointer, or what imageProblem found). */
export type ImageVerdict = { kind: 'empty' } | { kind: 'lfs' } | ImageProblem;
