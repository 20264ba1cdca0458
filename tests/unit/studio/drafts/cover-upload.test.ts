import { describe, expect, test } from 'vitest';
import { coverFileName, coverProblem } from '../../../../src/studio/drafts/cover-upload.ts';

describe('coverFileName', () => {
  test('names the cover after the post file, or cover for a folder post', () => {
    expect(coverFileName('content/posts/速寫日記-第一集.mdx', 'jpg', () => false)).toBe('速寫日記-第一集-cover.jpg');
    expect(coverFileName('content/posts/2026/loaf/index.md', 'png', () => false)).toBe('cover.png');
  });

  test('numbers past names in use, unless the name is the post’s own cover, which is replaced', () => {
    const taken = new Set(['x-cover.png', 'x-cover-2.png']);
    expect(coverFileName('content/posts/x.md', 'png', (n) => taken.has(n))).toBe('x-cover-3.png');
    expect(coverFileName('content/posts/x.md', 'png', (n) => taken.has(n), 'x-cover.png')).toBe('x-cover.png');
  });
});

describe('coverProblem', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const heic = Uint8Array.from([0, 0, 0, 24, ...Buffer.from('ftypheic'), ...new Array(12).fill(0)]);

  test('takes a PNG by its bytes whatever it is called, with its extension', () => {
    expect(coverProblem(png, 'en')).toEqual({ ext: 'png' });
  });

  test('refuses a HEIC photo with what to do, no file, and text, in the language asked', () => {
    expect(coverProblem(heic, 'zh')).toMatchObject({ error: expect.stringContaining('JPEG') });
    expect(coverProblem(new Uint8Array(), 'zh')).toEqual({ error: '请为封面选一个图片文件。' });
    expect(coverProblem(new TextEncoder().encode('hello'), 'en')).toEqual({ error: 'The cover must be a PNG, JPEG, GIF, WebP or AVIF image; this file is not an image.' });
  });

  test('refuses more than 10 MB, saying how large it is', () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(png);
    expect(coverProblem(big, 'en')).toEqual({ error: 'The cover is 10.0 MB; at most 10 MB is taken: save it smaller.' });
  });
});
