import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readPost } from '../../../../src/store/posts.ts';
import { coverFileName, coverProblem, isUploadedCover, uploadCover } from '../../../../src/studio/drafts/cover-upload.ts';

const png: Uint8Array<ArrayBuffer> = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const jpeg: Uint8Array<ArrayBuffer> = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

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

describe('isUploadedCover', () => {
  test.each([
    ['content/posts/2026/x.md', 'x-cover.png', true],
    ['content/posts/2026/x.md', 'x-cover-3.jpg', true],
    ['content/posts/2026/速寫.mdx', '速寫-cover.webp', true],
    ['content/posts/2026/loaf/index.md', 'cover.avif', true],
    ['content/posts/2026/loaf/index.md', 'cover-12.gif', true],
    ['content/posts/2026/x.md', 'x-cover-1.png', false],
    ['content/posts/2026/x.md', 'x-cover-final.png', false],
    ['content/posts/2026/x.md', 'x-cover.svg', false],
    ['content/posts/2026/x.md', 'y-cover.png', false],
    ['content/posts/2026/x.md', 'img/x-cover.png', false],
    ['content/posts/2026/x.md', 'cover.png', false],
    ['content/posts/2026/loaf/index.md', 'photo.jpg', false],
  ])('%s with cover %s: %s', (postFile, cover, expected) => {
    expect(isUploadedCover(postFile, cover)).toBe(expected);
  });
});

describe('uploadCover', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

  function project(posts: Record<string, string>, files: Record<string, Uint8Array> = {}): string {
    const root = mkdtempSync(join(tmpdir(), 'tl-cover-upload-'));
    roots.push(root);
    mkdirSync(join(root, 'content/posts/2026'), { recursive: true });
    writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
      version: 1,
      brand: { name: 'Lin', label: 'Writer', timezone: 'Asia/Shanghai', pillars: [{ id: 'notes', name: 'Notes' }] },
      channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-09-05' }],
      breaks: [],
    }));
    for (const [name, text] of Object.entries(posts)) writeFileSync(join(root, 'content/posts/2026', name), text);
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, 'content/posts/2026', name), bytes);
    return root;
  }
  const post = (cover: string, body = 'Text.') => `---\ntitle: X\nchannel: blog\nstatus: draft\ncover: ${cover}\n---\n${body}\n`;

  async function upload(root: string, bytes: Uint8Array<ArrayBuffer>) {
    const form = new FormData();
    form.set('cover', new File([bytes], 'IMG_1.jpg'));
    form.set('revision', (await readPost(root, '2026/x')).revision);
    return uploadCover(root, '2026/x', form, 'en');
  }
  const at = (root: string, name: string) => join(root, 'content/posts/2026', name);

  test('a JPEG replacing an earlier uploaded PNG removes the PNG, which nothing names any more', async () => {
    const root = project({ 'x.md': post('x-cover.png') }, { 'x-cover.png': png });
    expect(await upload(root, jpeg)).toBeInstanceOf(Response);
    expect(readFileSync(at(root, 'x.md'), 'utf8')).toMatch(/^cover: x-cover\.jpg$/m);
    expect(existsSync(at(root, 'x-cover.jpg'))).toBe(true);
    expect(existsSync(at(root, 'x-cover.png'))).toBe(false);
  });

  test('keeps the replaced cover that the post’s body or another post names, or that the upload did not write', async () => {
    const inBody = project({ 'x.md': post('./x-cover.png', '![](x-cover.png)') }, { 'x-cover.png': png });
    await upload(inBody, jpeg);
    expect(existsSync(at(inBody, 'x-cover.png'))).toBe(true);
    const other = project({ 'x.md': post('x-cover.png'), 'y.md': post('x-cover.png') }, { 'x-cover.png': png });
    await upload(other, jpeg);
    expect(existsSync(at(other, 'x-cover.png'))).toBe(true);
    const own = project({ 'x.md': post('photo.png') }, { 'photo.png': png });
    await upload(own, jpeg);
    expect(readFileSync(at(own, 'x.md'), 'utf8')).toMatch(/^cover: x-cover\.jpg$/m);
    expect(existsSync(at(own, 'photo.png'))).toBe(true);
  });

  test('keeps the replaced cover that a post failing validation names, in its frontmatter or body', async () => {
    const broken = `---\ntitle: Y\nchannel: blog\nstatus: someday\ncover: x-cover.png\n---\nText.\n`;
    const root = project({ 'x.md': post('x-cover.png'), 'y.md': broken }, { 'x-cover.png': png });
    await upload(root, jpeg);
    expect(existsSync(at(root, 'x-cover.png'))).toBe(true);
    const unclosed = project({ 'x.md': post('x-cover.png'), 'y.md': '---\ntitle: Y\n\n![](x-cover.png)\n' }, { 'x-cover.png': png });
    await upload(unclosed, jpeg);
    expect(existsSync(at(unclosed, 'x-cover.png'))).toBe(true);
  });

  /**
   * x.md beside x.mdx share the id 2026/x: the listing refuses both (twin ids) and read neither,
   * so the PNG the other file still names was removed when the editor's file got a new cover.
   */
  test('keeps the replaced cover that the other file of a shared id names, and removes it when neither does', async () => {
    const twins = project({ 'x.mdx': post('x-cover.png'), 'x.md': post('x-cover.png') }, { 'x-cover.png': png });
    await upload(twins, jpeg);
    expect(readFileSync(at(twins, 'x.mdx'), 'utf8')).toMatch(/^cover: x-cover\.jpg$/m);
    expect(existsSync(at(twins, 'x-cover.png'))).toBe(true);
    const apart = project({ 'x.mdx': post('x-cover.png'), 'x.md': post('y.png') }, { 'x-cover.png': png });
    await upload(apart, jpeg);
    expect(existsSync(at(apart, 'x-cover.png'))).toBe(false);
  });

  test('keeps the replaced cover that a post in another folder names by a path, as written or URL-encoded', async () => {
    const root = project({ 'x.md': post('x-cover.png') }, { 'x-cover.png': png });
    mkdirSync(join(root, 'content/posts/drafts/deep'), { recursive: true });
    writeFileSync(join(root, 'content/posts/drafts/deep/z.mdx'), post('../../2026/x-cover.png'));
    await upload(root, jpeg);
    expect(existsSync(at(root, 'x-cover.png'))).toBe(true);
  });

  test('a cover of the same format is replaced in place, and a refused upload removes nothing', async () => {
    const root = project({ 'x.md': post('x-cover.png') }, { 'x-cover.png': png });
    await upload(root, png);
    expect(existsSync(at(root, 'x-cover.png'))).toBe(true);
    const form = new FormData();
    form.set('cover', new File([jpeg], 'IMG_1.jpg'));
    form.set('revision', 'stale');
    expect(await uploadCover(root, '2026/x', form, 'en')).toHaveProperty('cover');
    expect(existsSync(at(root, 'x-cover.png'))).toBe(true);
  });
});

describe('coverProblem', () => {
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
