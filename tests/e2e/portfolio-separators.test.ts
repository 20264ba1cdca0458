/**
 * The "·" between the parts of a line (a post's meta line: date · updated · reading time ·
 * channel · original · "Also in 中文"; the feed links; the about page's channels; the footer)
 * must never start a line when the line wraps on a 390 px phone: it stays at the end of the line
 * it follows. Checked by the glyphs' boxes in a real browser, on an English and a Chinese site,
 * light and dark, at 390 and 1280 px.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { launchBrowser } from './browser.ts';
import { separatorsStartingLines } from './separators.ts';
import { openBuiltSite, type BuiltSite } from './static-server.ts';

const POSTS = {
  '2026/long-meta.md':
    '---\ntitle: Why the crumb of a long-fermented loaf stays open\nchannel: blog\npillar: bread\nstatus: published\npublishedAt: 2026-09-24\nupdatedAt: 2026-09-28\nurl: https://example.org/original\ntranslationKey: crumb\ntags: [fermentation, crumb]\n---\n\nLong fermentation keeps the crumb open and the loaf light.\n',
  '2026/long-meta-zh.md':
    '---\ntitle: 为什么长时间发酵的面包组织更松软\nchannel: blog\npillar: bread\nstatus: published\npublishedAt: 2026-09-25\nupdatedAt: 2026-09-29\nurl: https://example.org/zh\ntranslationKey: crumb\n---\n\n长时间发酵让面包组织更松软，面包也更轻盈。\n',
};

/** The portfolio fixture with the posts above, its site speaking `language`. */
async function buildSite(language: 'en' | 'zh') {
  const root = await makeRoot(`tl-e2e-sep-${language}-`);
  for (const [path, text] of Object.entries(POSTS)) {
    mkdirSync(join(root, 'content/posts', path, '..'), { recursive: true });
    writeFileSync(join(root, 'content/posts', path), text);
  }
  const planner = JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8'));
  planner.brand.language = language;
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify(planner, null, 2));
  return buildPortfolio(root);
}

const sites: Partial<Record<'en' | 'zh', BuiltSite>> = {};
beforeAll(async () => {
  sites.en = await openBuiltSite(() => buildSite('en'), launchBrowser);
  sites.zh = await openBuiltSite(() => buildSite('zh'), launchBrowser);
}, 400_000);
afterAll(async () => {
  await sites.en?.close();
  await sites.zh?.close();
});

const PAGES = ['/posts/2026/long-meta/', '/posts/2026/long-meta-zh/', '/', '/archive/', '/about/', '/pillars/bread/', '/tags/fermentation/'];

describe('a "·" between the parts of a line never starts a line', () => {
  for (const language of ['en', 'zh'] as const)
    for (const scheme of ['light', 'dark'] as const)
      for (const width of [390, 1280])
        it(`on the ${language} site's pages at ${width} px (${scheme})`, async () => {
          const site = sites[language]!;
          const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: false });
          try {
            const bad: string[] = [];
            for (const path of PAGES) {
              const response = await page.goto(`${site.base}${path}`);
              expect(response?.status(), path).toBe(200);
              for (const line of await separatorsStartingLines(page)) bad.push(`${path}: ${line}`);
            }
            // The post page's meta line does wrap at 390 px: the case this guards is there.
            await page.goto(`${site.base}/posts/2026/long-meta/`);
            const rows = await page.$$eval('.post-header .meta > li', (items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size);
            if (width === 390) expect(rows).toBeGreaterThan(1);
            if (process.env.TL_SEPARATOR_SHOTS) await page.screenshot({ path: `${process.env.TL_SEPARATOR_SHOTS}/meta-${language}-${scheme}-${width}.png`, fullPage: false });
            expect(bad).toEqual([]);
          } finally {
            await page.close();
          }
        });
});

// A new user's trial: the Chinese about page wrote "20:00 (Asia/Shanghai)" with ASCII brackets.
describe('the about page brackets each channel\'s zone as its language writes brackets', () => {
  for (const [language, open, close] of [['en', ' (', ')'], ['zh', '（', '）']] as const)
    it(`on the ${language} site`, async () => {
      const site = sites[language]!;
      const page = await site.browser.newPage({ javaScriptEnabled: false });
      try {
        await page.goto(`${site.base}/about/`);
        const lines = await page.$$eval('p.muted', (ps) => ps.map((p) => p.textContent ?? '').filter((t) => /\d\d:\d\d/.test(t)));
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(line).toMatch(new RegExp(`\\d\\d:\\d\\d${open.replace('(', '\\(')}[A-Za-z_]+/[A-Za-z_]+${close.replace(')', '\\)')}`));
      } finally {
        await page.close();
      }
    });
});
