/**
 * Faults a new-user trial found in the studio, on one running studio (basic fixture): the first
 * visit follows the browser's Accept-Language until a language is chosen, and the toolbar finds a folder post (x/index.md) from its portfolio address /posts/x/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio(join(import.meta.dirname, '../../fixtures/roots/basic'));
});
afterAll(async () => {
  await studio?.stop();
});

const page = async (path: string, headers: Record<string, string> = {}) => (await fetch(`${studio.url}${path}`, { headers })).text();
const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];

describe('the studio language on a first visit', () => {
  it('follows a Chinese browser (zh-CN, zh, zh-TW) and an English or other one', async () => {
    for (const header of ['zh-CN,zh;q=0.9,en;q=0.8', 'zh', 'zh-TW', 'fr-FR,zh;q=0.5']) {
      const html = await page('/studio', { 'accept-language': header });
      expect(htmlLang(html), header).toMatch(/^zh/);
      expect(html, header).toContain('总览');
    }
    for (const header of ['en-US,en;q=0.9', 'de-DE', 'en-GB,zh-CN;q=0.5', 'zh-CN;q=0, en']) {
      const html = await page('/studio', { 'accept-language': header });
      expect(htmlLang(html), header).toMatch(/^en/);
      expect(html, header).toContain('Dashboard');
    }
    expect(htmlLang(await page('/studio'))).toMatch(/^en/);
  });

  it('gives way to the language chosen with the switch, both ways', async () => {
    expect(htmlLang(await page('/studio', { 'accept-language': 'zh-CN', cookie: 'throughline-lang=en' }))).toMatch(/^en/);
    expect(htmlLang(await page('/studio', { 'accept-language': 'en-US', cookie: 'throughline-lang=zh' }))).toMatch(/^zh/);
  });

  it('answers API messages in the browser language too', async () => {
    const answer = (await (await fetch(`${studio.url}/studio/api/flags?path=${encodeURIComponent('/studio/drafts/a')}`, { headers: { 'accept-language': 'zh-CN' } })).json()) as { text: { title: string } };
    expect(answer.text.title).toBe('Throughline 提示');
  });
});

describe('the toolbar on a portfolio page', () => {
  it('finds a folder post (content/posts/x/index.md) from its address /posts/x/', async () => {
    mkdirSync(join(studio.root, 'content/posts/2026/stew'), { recursive: true });
    writeFileSync(join(studio.root, 'content/posts/2026/stew/index.md'), '---\ntitle: Stew\nchannel: blog\nstatus: published\npublishedAt: 2026-10-06\n---\nA stew of soy sauce and pork, braised slowly.\n');
    const answer = (await (await fetch(`${studio.url}/studio/api/flags?path=${encodeURIComponent('/posts/2026/stew/')}`)).json()) as { post: string | null };
    expect(answer.post).toBe('2026/stew/index');
  });
});
