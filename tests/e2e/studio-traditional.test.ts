/**
 * The studio in Traditional characters (the `zh-Hant` locale: shared/locale.ts, traditional.ts)
 * over the sample project with every word of its content/ written in Traditional characters, so
 * that any Simplified-only character a page shows is the studio's own: each page is
 * `<html lang="zh-Hant">`, speaks Taiwan's words (總覽, 儲存) and shows no character that OpenCC
 * would convert (设, 发, 频 …) outside text marked as another language (the switch's 简体).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleRoot } from '../support/sample.ts';
import { launchBrowser } from './browser.ts';
import { startStudio, type Studio } from './studio-server.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const PAGES = ['/studio', '/studio/brand', '/studio/channels', '/studio/channels?edit=blog', '/studio/plan', '/studio/plan?month=2027-01', '/studio/drafts/2026/red-braised-pork', '/studio/drafts', '/studio/drafts/new', '/studio/drafts/drafts/crypto-portfolio', '/studio/publish/drafts/wechat/dongzhi-jiaozi'];

let browser: Browser;
let studio: Studio;
let fixture: string;

/** The sample's content/ with every text file in Traditional characters (OpenCC cn → tw). */
function traditionalSample(): string {
  const root = mkdtempSync(join(tmpdir(), 'throughline-hant-'));
  cpSync(join(sampleRoot(), 'content'), join(root, 'content'), { recursive: true });
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|md|mdx)$/.test(name)) writeFileSync(path, toTraditional(readFileSync(path, 'utf8')));
    }
  };
  walk(join(root, 'content'));
  return root;
}

beforeAll(async () => {
  fixture = traditionalSample();
  [browser, studio] = await Promise.all([launchBrowser(), startStudio(fixture)]);
});
afterAll(async () => {
  await browser?.close();
  await studio?.stop();
  rmSync(fixture, { recursive: true, force: true });
});

/** The page's UI text (text, placeholders, titles, labels) outside code, fields and text marked as another language. */
async function uiText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skip = (el: Element | null) => !!el?.closest('script, style, code, pre, textarea, [lang]:not(html):not([lang="zh-Hant"])');
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!skip(node.parentElement)) parts.push(node.textContent ?? '');
    for (const el of document.querySelectorAll('[placeholder], [title], [aria-label], [data-confirm]'))
      if (!skip(el)) for (const name of ['placeholder', 'title', 'aria-label', 'data-confirm']) parts.push(el.getAttribute(name) ?? '');
    parts.push(document.title);
    return parts.join('\n');
  });
}

/** Characters OpenCC converts alone that Traditional text writes too (里 a village, 台 a stand): a post's 餡里 stays 里. */
const BOTH_SCRIPTS = new Set(['里', '台', '后', '干', '面', '只', '于', '系', '松', '咸', '姜', '范', '卷']);

/** The lines of `text` holding a character OpenCC converts to Traditional (a Simplified-only one), each with those characters. */
function simplifiedLines(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const chars = [...new Set(line.match(/\p{Script=Han}/gu) ?? [])].filter((c) => toTraditional(c) !== c && !BOTH_SCRIPTS.has(c));
    return chars.length ? [`${chars.join('')}: ${line.trim().slice(0, 120)}`] : [];
  });
}

describe('the studio with the zh-Hant cookie', () => {
  test.each(PAGES)('%s is zh-Hant, in Traditional words only', async (path) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: 'throughline-lang', value: 'zh-Hant', url: studio.url }]);
    const page = await context.newPage();
    const response = await page.goto(`${studio.url}${path}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    const text = await uiText(page);
    expect(simplifiedLines(text)).toEqual([]);
    expect(text).toContain('總覽');
    await context.close();
  });

  test('the editor says Save and its fields in Taiwan words, and the switch offers 简体 and EN', async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'throughline-lang', value: 'zh-Hant', url: studio.url }]);
    const page = await context.newPage();
    await page.goto(`${studio.url}/studio/drafts/drafts/crypto-portfolio`);
    expect(await page.textContent('main')).toContain('儲存');
    const switches = await page.$$eval('.lang-switches a', (links) => links.map((a) => [a.textContent, a.getAttribute('lang'), a.getAttribute('href')]));
    expect(switches.map(([name, lang]) => [name, lang])).toEqual([['EN', 'en'], ['简体', 'zh-CN']]);
    await Promise.all([page.waitForURL(/\/studio\/drafts\//), page.click('.script-switch')]);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('.studio-header nav')).toContain('总览');
    await context.close();
  });

  test('the page for a post that is not there is zh-Hant too', async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'throughline-lang', value: 'zh-Hant', url: studio.url }]);
    const page = await context.newPage();
    const response = await page.goto(`${studio.url}/studio/drafts/2026/no-such-post`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(simplifiedLines(await uiText(page))).toEqual([]);
    expect(await page.textContent('pre')).toContain('2026/no-such-post');
    await context.close();
  });

  test('the rename page of a post whose file name is no id is zh-Hant too', async () => {
    writeFileSync(join(studio.root, 'content/posts/2026/bad id.md'), '---\ntitle: 醬油滷蛋\nchannel: blog\nstatus: draft\n---\n\n滷蛋。\n');
    const context = await browser.newContext();
    await context.addCookies([{ name: 'throughline-lang', value: 'zh-Hant', url: studio.url }]);
    const page = await context.newPage();
    expect((await page.goto(`${studio.url}/studio/drafts/2026/bad%20id`))?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(simplifiedLines(await uiText(page))).toEqual([]);
    expect(await page.textContent('pre')).toContain('content/posts/2026/bad id.md');
    rmSync(join(studio.root, 'content/posts/2026/bad id.md'));
    await context.close();
  });

  test("a save refused by the form's check says why in Traditional characters", async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'throughline-lang', value: 'zh-Hant', url: studio.url }]);
    const page = await context.newPage();
    await page.goto(`${studio.url}/studio/brand`);
    await page.fill('#name', '');
    await page.click('#save-brand');
    await expect.poll(() => page.textContent('#name-error')).toMatch(/\p{Script=Han}/u);
    const error = (await page.textContent('#name-error')) ?? '';
    expect(simplifiedLines(error)).toEqual([]);
    expect(error).toBe(toTraditional(error));
    await context.close();
  });
});

test('a browser asking for zh-TW gets the studio in Traditional characters before any choice', async () => {
  const context = await browser.newContext({ locale: 'zh-TW', extraHTTPHeaders: { 'accept-language': 'zh-TW,zh;q=0.9,en;q=0.8' } });
  const page = await context.newPage();
  await page.goto(`${studio.url}/studio`);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
  expect(await page.textContent('.studio-header nav')).toContain('總覽');
  await context.close();
});

test('a browser asking for zh alone gets the script the brand writes in', async () => {
  const file = join(studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...planner, brand: { ...planner.brand, name: '林家廚房', label: '會拍照的家常菜廚師', audience: '想把晚餐做得好看又好吃的上班族' } }, null, 2));
  for (const [header, lang] of [['zh', 'zh-Hant'], ['zh-CN,zh;q=0.9', 'zh-CN'], ['en', 'en']]) {
    const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': header } });
    const page = await context.newPage();
    await page.goto(`${studio.url}/studio/channels`);
    expect(await page.getAttribute('html', 'lang'), header).toBe(lang);
    await context.close();
  }
});
