/**
 * The editor's Cover image upload. A writer starting in the studio had no way to give a post its
 * cover (the picture of its social card) but to copy a file beside the post and write `cover:` by
 * hand. The upload writes it beside the post, sets `cover`, and shows it; a file that is no image
 * the build can use is refused under the field, in the studio's language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const post = () => readFileSync(join(session.studio.root, 'content/posts/drafts/crypto-portfolio.mdx'), 'utf8');

test('an uploaded PNG is written beside the post, named in its cover and shown in the editor', async () => {
  const { page, studio } = session;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 40, height: 30 } });
  await page.setInputFiles('#cover', { name: 'IMG_0421.png', mimeType: 'image/png', buffer: png });
  await Promise.all([page.waitForURL(/[?&]cover=1/), page.click('button[value="cover"]')]);
  expect(post()).toMatch(/^cover: crypto-portfolio-cover\.png$/m);
  expect(readFileSync(join(studio.root, 'content/posts/drafts/crypto-portfolio-cover.png')).equals(png)).toBe(true);
  await expect.poll(() => page.$eval('img.cover-now', (img) => (img as HTMLImageElement).naturalWidth)).toBe(40);
  // Said once: the address that carried it is cleaned, and a reload does not say it again (flash-once).
  expect(await page.locator('.flash').count()).toBe(1);
  await page.waitForFunction(() => !location.search);
  await page.reload();
  expect(await page.locator('.flash').count()).toBe(0);
});

test('a HEIC photo or a file that is no image is refused under the field, in 中文, and nothing is written', async () => {
  const { page, studio } = session;
  await page.context().addCookies([{ name: 'throughline-lang', value: 'zh', url: studio.url }]);
  await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
  const before = post();
  const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(12)]);
  await page.setInputFiles('#cover', { name: 'IMG_0422.HEIC', mimeType: 'image/heic', buffer: heic });
  await page.click('button[value="cover"]');
  await page.waitForSelector('#cover[aria-invalid="true"]');
  expect(await page.textContent('#err-cover')).toContain('HEIC');
  expect(await page.textContent('#err-cover')).toContain('JPEG');
  await page.setInputFiles('#cover', { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('不是圖片') });
  await page.click('button[value="cover"]');
  await expect.poll(() => page.textContent('#err-cover')).toContain('不是图片');
  expect(post()).toBe(before);
  expect(existsSync(join(studio.root, 'content/posts/drafts/crypto-portfolio-cover-2.png'))).toBe(false);
});

test('words typed just before Upload cover are saved first, so the upload is not refused as changed on disk', async () => {
  const { page, studio } = session;
  await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
  await page.fill('#body', '今天用水彩畫了窗邊的光線。');
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 20, height: 20 } });
  await page.setInputFiles('#cover', { name: 'IMG_0423.png', mimeType: 'image/png', buffer: png });
  await Promise.all([page.waitForURL(/[?&]cover=1/), page.click('button[value="cover"]')]);
  expect(post()).toContain('今天用水彩畫了窗邊的光線。');
  expect(post()).toMatch(/^cover: crypto-portfolio-cover\.png$/m);
});

test('a JPEG uploaded over a PNG cover the upload wrote removes the PNG, which no post names any more', async () => {
  const { page, studio } = session;
  await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
  expect(post()).toMatch(/^cover: crypto-portfolio-cover\.png$/m);
  const jpeg = await page.screenshot({ type: 'jpeg', clip: { x: 0, y: 0, width: 30, height: 20 } });
  await page.setInputFiles('#cover', { name: 'IMG_0424.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await Promise.all([page.waitForURL(/[?&]cover=1/), page.click('button[value="cover"]')]);
  expect(post()).toMatch(/^cover: crypto-portfolio-cover\.jpg$/m);
  expect(existsSync(join(studio.root, 'content/posts/drafts/crypto-portfolio-cover.jpg'))).toBe(true);
  expect(existsSync(join(studio.root, 'content/posts/drafts/crypto-portfolio-cover.png'))).toBe(false);
});
