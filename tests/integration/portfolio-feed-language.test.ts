/**
 * The language a feed declares for itself, on a site framed in English whose posts are mostly
 * Chinese (a real blog moved in: 124 posts, all zh-CN, its label the one word "Go"). RSS 2.0 has
 * no language per item, so its channel's <language>en</language> told a feed reader that every
 * Chinese title and text was English; Atom's feed xml:lang and JSON Feed's language said the same.
 * The site's pages keep their English frame.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const ZH = ['发酵', '烤箱', '面粉', '酵母', '盐'].map((word, i) => [
  `2026/zh-${i}.md`,
  `---\ntitle: 关于${word}的笔记\nchannel: blog\npillar: bread\nstatus: published\npublishedAt: 2026-10-0${i + 1}\n---\n\n这是一篇关于${word}的中文文章，讲面包为什么会这样，以及在家里怎样做得更好。\n`,
]);

let root: string;
let outDir: string;
beforeAll(async () => {
  root = await makeRoot('tl-feed-language-');
  for (const [file, text] of ZH) {
    mkdirSync(join(root, 'content/posts/2026'), { recursive: true });
    writeFileSync(join(root, 'content/posts', file!), text!);
  }
  const plannerFile = join(root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(plannerFile, 'utf8'));
  planner.brand.language = 'en';
  writeFileSync(plannerFile, JSON.stringify(planner, null, 2));
  ({ outDir } = await buildPortfolio(root));
}, 180_000);
afterAll(() => rm(root, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

describe('a feed of mostly Chinese posts on an English site', () => {
  it('declares zh-CN in RSS, Atom and JSON Feed, site-wide and for the pillar', () => {
    for (const base of ['', 'pillars/bread/']) {
      expect(read(`${base}rss.xml`)).toContain('<language>zh-CN</language>');
      expect(read(`${base}atom.xml`)).toMatch(/<feed [^>]*xml:lang="zh-CN"/);
      expect(JSON.parse(read(`${base}feed.json`)).language).toBe('zh-CN');
    }
  });

  it('keeps English for a feed whose posts are mostly English, and the English frame of the pages', () => {
    expect(read('pillars/science/rss.xml')).toContain('<language>en</language>');
    expect(read('en/rss.xml')).toContain('<language>en</language>');
    expect(read('index.html')).toMatch(/^<!DOCTYPE html><html lang="en">/);
  });
});
