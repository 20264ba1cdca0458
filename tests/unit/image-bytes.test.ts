/**
 * Which files check takes for images by their first bytes (store/body-images.ts looksLikeImage):
 * Astro stops the build on an image file it cannot read, naming no post.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { looksLikeImage } from '../../src/store/image-bytes.ts';

const ROOT = join(import.meta.dirname, '../..');
const head = (bytes: Buffer | string) => (typeof bytes === 'string' ? Buffer.from(bytes) : bytes).subarray(0, 1024);

describe('looksLikeImage', () => {
  test('takes every image file of the project (real PNG, JPEG, SVG … of the fixtures and public/)', () => {
    const files = execFileSync('git', ['ls-files', '*.png', '*.jpg', '*.jpeg', '*.gif', '*.webp', '*.svg', '*.avif'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => !looksLikeImage(head(readFileSync(join(ROOT, f)))))).toEqual([]);
  });

  test('takes each format by its signature, and an SVG whose <svg> comes after a long DOCTYPE', () => {
    expect(looksLikeImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe(true);
    expect(looksLikeImage(head('GIF89a\x01\x00'))).toBe(true);
    expect(looksLikeImage(head('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe(true);
    expect(looksLikeImage(head('\x00\x00\x00\x1cftypavif'))).toBe(true);
    expect(looksLikeImage(head('II*\x00\x08\x00'))).toBe(true);
    const illustrator = `<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n${'  <!ENTITY ns_x "http://ns.adobe.com/x/1.0/">\n'.repeat(40)}]>\n<svg version="1.1"></svg>`;
    expect(looksLikeImage(head(illustrator))).toBe(true);
  });

  test('refuses an HTML page, text, and a PNG signature cut short', () => {
    expect(looksLikeImage(head('<!DOCTYPE html>\n<html><body>404 Not Found</body></html>'))).toBe(false);
    expect(looksLikeImage(head('\n  <html lang="en"><head></head></html>'))).toBe(false);
    expect(looksLikeImage(head('not a picture\n'))).toBe(false);
    expect(looksLikeImage(Buffer.from([0x89, 0x50, 0x4e]))).toBe(false);
  });
});
