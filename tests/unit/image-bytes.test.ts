/**
 * Which files check takes for images Astro can read, by their first bytes (core/image-format.ts,
 * store/image-bytes.ts): Astro stops the build on an image file it cannot read, naming no post.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { describe, expect, test } from 'vitest';
import { imageFormat, imageProblem, type ImageKind } from '../../src/core/image-format.ts';
import { imageVerdictHint, imageVerdictText } from '../../src/core/image-verdict-text.ts';
import { imageKindOf, unreadableImage } from '../../src/store/image-bytes.ts';

const ROOT = join(import.meta.dirname, '../..');
const head = (bytes: Buffer | string) => (typeof bytes === 'string' ? Buffer.from(bytes) : bytes).subarray(0, 1024);
/** Astro's VALID_SUPPORTED_FORMATS (astro/dist/assets/consts.js): what getImage processes. */
const ASTRO_PROCESSES = ['jpeg', 'jpg', 'png', 'tiff', 'webp', 'gif', 'svg', 'avif'];

/** An ISO BMFF file's start: an `ftyp` box with `major` and `compatible` brands. */
const ftyp = (major: string, ...compatible: string[]) => {
  const box = Buffer.concat([Buffer.alloc(4), Buffer.from(`ftyp${major}`), Buffer.alloc(4), ...compatible.map((b) => Buffer.from(b))]);
  box.writeUInt32BE(box.length, 0);
  return Buffer.concat([box, Buffer.alloc(64)]);
};
const ILLUSTRATOR = `<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n${'  <!ENTITY ns_x "http://ns.adobe.com/x/1.0/">\n'.repeat(40)}]>\n<svg version="1.1" width="40" height="40"></svg>`;

// A draw.io export (daya0576.github.io's blockingqueue.svg): sized at the top, but its <svg …> tag goes on past
// the first 1,000 bytes with the diagram's copy in content="…", so Astro finds no <svg> tag at all.
const DRAWIO = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1172px" height="677px" viewBox="-0.5 -0.5 1172 677" content="${'3cU2FsdYGVkX1M8h7Fk'.repeat(80)}"><rect/></svg>`;

const XHTML = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>404 - Not Found</title></head><body><h1>404 - Not Found</h1></body></html>\n`;

const SAMPLES: [name: string, bytes: Buffer, kind: ImageKind][] = [
  ['an MP4 named .png', ftyp('isom', 'isom', 'mp42'), 'raster'],
  ['a QuickTime movie named .jpg', ftyp('qt  ', 'qt  '), 'raster'],
  ['an RSS feed named .png', Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>x</title></channel></rss>\n'), 'raster'],
  ['an XML document named .svg', Buffer.from('<?xml version="1.0"?>\n<!-- a comment -->\n<note><to>Tove</to></note>\n'), 'svg'],
  ['a BMP named .png', Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]), 'raster'],
  ['an SVG named .png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>'), 'raster'],
  ['a PNG named .svg', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), 'svg'],
  ['an SVG with no size', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'), 'svg'],
  ["an SVG whose <svg> comes after a long DOCTYPE (Illustrator's)", Buffer.from(ILLUSTRATOR), 'svg'],
  ["a draw.io SVG whose <svg …> tag holds the diagram's copy", Buffer.from(DRAWIO), 'svg'],
  ['a sized SVG', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"/>\n'), 'svg'],
];

describe('imageProblem', () => {
  test('takes every image file of the project (real PNG, JPEG, SVG … of the fixtures and public/)', () => {
    const files = execFileSync('git', ['ls-files', '*.png', '*.jpg', '*.jpeg', '*.gif', '*.webp', '*.svg', '*.avif'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => imageProblem(head(readFileSync(join(ROOT, f))), imageKindOf(f), true) !== null)).toEqual([]);
  });

  test('finds each format by its signature, an MP4 and other XML being none', () => {
    expect(imageFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(imageFormat(head('GIF89a\x01\x00'))).toBe('gif');
    expect(imageFormat(head('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe('webp');
    expect(imageFormat(ftyp('avif', 'avif', 'mif1'))).toBe('avif');
    expect(imageFormat(ftyp('mif1', 'mif1', 'avif'))).toBe('avif');
    expect(imageFormat(ftyp('heic', 'mif1', 'heic'))).toBe('heic');
    expect(imageFormat(ftyp('isom', 'isom', 'avc1'))).toBeNull();
    expect(imageFormat(head('II*\x00\x08\x00'))).toBe('tiff');
    expect(imageFormat(head(ILLUSTRATOR))).toBe('svg');
    expect(imageFormat(head('<?xml version="1.0"?><rss/>'))).toBeNull();
    expect(imageFormat(Buffer.from([0x89, 0x50, 0x4e]))).toBeNull();
  });

  // The rule is Astro's own: what its image-size reads, in a format its image service processes;
  // and a `.svg` it parses as SVG text, so raster bytes there stop the build too ("SVG file does
  // not contain an <svg> element", astro/dist/assets/svg/utils.js), while an SVG named .png is
  // emitted as .svg and shows.
  test.each(SAMPLES)('refuses exactly what Astro cannot read as a body image: %s', async (_, bytes, kind) => {
    const astro = await imageMetadata(bytes, 'sample').then(
      (meta) => ASTRO_PROCESSES.includes(meta.format) && (kind !== 'svg' || meta.format === 'svg'),
      () => false,
    );
    expect(imageProblem(head(bytes), kind, true) === null).toBe(astro);
  });

  test('says what the bytes are instead, in English and Chinese', () => {
    const say = (bytes: Buffer, kind: ImageKind, processed = true) => {
      const problem = imageProblem(head(bytes), kind, processed);
      return problem && imageVerdictText(problem, 'a.png', kind);
    };
    expect(say(ftyp('isom', 'mp42'), 'raster')).toEqual({ en: 'a.png holds a video (MP4 or QuickTime), not an image', zh: 'a.png 里是一段视频（MP4 或 QuickTime），不是图片' });
    expect(say(SAMPLES[2]![1], 'raster')?.en).toBe('a.png holds an XML document, not an image');
    // Astro's image-size would read this page as an SVG (an <svg …> in its first bytes), and the page would show it as a broken image.
    expect(say(Buffer.from('<!DOCTYPE html><html><body><svg width="1" height="1"></svg> Not Found</body></html>'), 'svg')?.en).toBe('a.png holds an HTML page, not an image');
    expect(say(SAMPLES[4]![1], 'raster')?.en).toMatch(/^a\.png holds a BMP image, which Astro cannot read/);
    // Served as it is (a cover), an SVG named .png answers as image/png, which browsers do not draw.
    expect(say(SAMPLES[5]![1], 'raster', false)?.en).toMatch(/^a\.png holds an SVG image, not a raster image/);
    expect(say(SAMPLES[5]![1], 'raster', false)?.zh).toMatch(/^a\.png 里是 SVG 图片，不是文件名所说的位图/);
    expect(say(SAMPLES[6]![1], 'svg')?.en).toMatch(/^a\.png holds a PNG image, not an SVG image as its name says/);
    expect(say(Buffer.from(ILLUSTRATOR), 'svg')?.en).toMatch(/SVG image whose <svg …> tag does not end within its first 1,000 bytes/);
    const drawio = Buffer.from(DRAWIO);
    expect(imageProblem(head(drawio), 'svg', true)).toEqual({ kind: 'svg', reason: 'late' });
    expect(say(drawio, 'svg')).toEqual({
      en: 'a.png is an SVG image whose <svg …> tag does not end within its first 1,000 bytes, where Astro reads its size (a long DOCTYPE before it, or a draw.io copy of the diagram in it)',
      zh: 'a.png 是 SVG 图片，但它的 <svg …> 标签没有在前 1,000 字节内结束，Astro 在那里读取尺寸（前面有很长的 DOCTYPE，或标签里带着 draw.io 的图表副本）',
    });
    expect(imageVerdictHint(imageProblem(head(drawio), 'svg', true)!, 'body').en).toMatch(/^export it again without "Include a copy of my diagram" \(draw\.io\), or move the <svg> tag to the top of the file/);
    expect(imageProblem(head(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')), 'svg', true)).toEqual({ kind: 'svg', reason: 'unsized' });
    // Served as it is (a cover), an SVG need not be sized, and a JPEG named .png is read by its bytes.
    expect(say(Buffer.from(ILLUSTRATOR), 'svg', false)).toBeNull();
    expect(say(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'raster')).toBeNull();
    expect(say(Buffer.from('not a picture\n'), 'raster')?.en).toBe('a.png holds text, not an image');
  });

  // A server's XHTML error page (an XML declaration, then its DOCTYPE or <html>) saved under an image's name.
  test.each([
    ['a DOCTYPE', XHTML],
    ['<html> alone', '<?xml version="1.0" encoding="utf-8"?>\n<!-- nginx -->\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>403 Forbidden</title></head><body><svg width="1" height="1"/></body></html>'],
  ])('calls an XHTML error page with %s an HTML page, not an XML document nor an SVG', (_, page) => {
    expect(imageProblem(head(page), 'raster', true)).toEqual({ kind: 'not-image', holds: 'html' });
    expect(imageProblem(head(page), 'svg', false)).toEqual({ kind: 'not-image', holds: 'html' });
    expect(imageVerdictText(imageProblem(head(page), 'raster', true)!, 'public/og.png', 'raster')).toEqual({ en: 'public/og.png holds an HTML page, not an image', zh: 'public/og.png 里是一个 HTML 网页，不是图片' });
  });

  test('refuses a TIFF, AVIF or HEIC under a name link previews show, given as one (a cover named .jpg), and only then', () => {
    for (const [bytes, format] of [[head('II*\x00\x08\x00'), 'tiff'], [ftyp('avif', 'avif', 'mif1'), 'avif'], [ftyp('heic', 'mif1', 'heic'), 'heic']] as const)
      expect(imageProblem(head(bytes), 'raster', false, true)).toEqual({ kind: 'preview', format });
    // A body image is converted by Astro, and a cover named .tiff or .avif gets the generated card (social-cover.ts).
    expect(imageProblem(head('II*\x00\x08\x00'), 'raster', true)).toBeNull();
    expect(imageProblem(ftyp('avif', 'avif'), 'raster', false)).toBeNull();
    // A JPEG, PNG, WebP or GIF shows, whatever raster name it has.
    expect(imageProblem(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'raster', false, true)).toBeNull();
    expect(imageProblem(head('RIFF\x24\x00\x00\x00WEBPVP8 '), 'raster', false, true)).toBeNull();
    const tiff = imageProblem(head('II*\x00\x08\x00'), 'raster', false, true)!;
    expect(imageVerdictText(tiff, 'public/covers/pork.jpg', 'raster')).toEqual({
      en: 'public/covers/pork.jpg holds a TIFF image, which link previews (X, Facebook, LinkedIn) do not show: they show JPEG, PNG, WebP and GIF',
      zh: 'public/covers/pork.jpg 里是 TIFF 图片，链接预览（X、Facebook、领英）不显示它：它们只显示 JPEG、PNG、WebP 和 GIF',
    });
    expect(imageVerdictHint(tiff, 'cover').en).toBe('save it again as JPEG, PNG or WebP (as SVG for a .svg name), use a full https:// URL, or remove the field to use the generated card');
  });
});

describe('unreadableImage', () => {
  test('reads a file once, its first bytes, and hands back what they hold with the verdict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-image-bytes-'));
    const file = (name: string, bytes: Buffer | string) => (writeFileSync(join(dir, name), bytes), join(dir, name));
    expect(unreadableImage(file('empty.png', ''), { processed: true })).toEqual({ kind: 'empty' });
    expect(unreadableImage(file('lfs.png', 'version https://git-lfs.github.com/spec/v1\noid sha256:4d\nsize 1\n'), { processed: true })).toEqual({ kind: 'lfs' });
    // An HTML page past the first 1,024 bytes of text: what was read decides.
    expect(unreadableImage(file('long.png', `${'plain words '.repeat(200)}<html>`), { processed: true })).toEqual({ kind: 'not-image', holds: 'text' });
    expect(unreadableImage(file('clip.png', ftyp('mp42', 'isom')), { processed: true })).toEqual({ kind: 'not-image', holds: 'video' });
    expect(unreadableImage(file('logo.svg', ILLUSTRATOR), { processed: true })).toEqual({ kind: 'svg', reason: 'late' });
    expect(unreadableImage(file('logo2.svg', ILLUSTRATOR), { processed: false })).toBeNull();
    // A type Astro does not process is not looked into.
    expect(unreadableImage(file('clip.mp4', ftyp('mp42', 'isom')), { processed: true })).toBeNull();
  });
});
