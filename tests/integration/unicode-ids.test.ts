import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { occurrences, parse, seriesOf } from '../unit/calendar-client.ts';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** The portfolio fixture with pillar "bread" renamed 家常菜 and channel "weibo" renamed 微博 everywhere. */
async function chineseIdRoot(): Promise<string> {
  const root = await makeRoot('tl-unicode-ids-');
  roots.push(root);
  const files = readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(json|mdx?)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
      .replace(/"bread"/g, '"家常菜"').replace(/^pillar: bread$/m, 'pillar: 家常菜')
      .replace(/"id": "weibo"/g, '"id": "微博"').replace(/^channel: weibo$/m, 'channel: 微博');
    writeFileSync(file, text);
  }
  return root;
}

describe('a portfolio whose pillar and channel ids are Chinese', () => {
  test('builds /pillars/家常菜/ with its posts and its own feeds, and a valid 微博 calendar', async () => {
    const { outDir } = await buildPortfolio(await chineseIdRoot());
    const page = readFileSync(join(outDir, 'pillars/家常菜/index.html'), 'utf8');
    expect(page).toContain('Bread');
    for (const feed of ['rss.xml', 'atom.xml', 'feed.json']) {
      const text = readFileSync(join(outDir, 'pillars/家常菜', feed), 'utf8');
      expect(text.length).toBeGreaterThan(100);
    }
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/href="\/pillars\/(家常菜|%E5%AE%B6%E5%B8%B8%E8%8F%9C)\/"/);
    const ics = readFileSync(join(outDir, 'calendar/微博.ics'), 'utf8');
    const series = seriesOf(parse(ics), '%E5%BE%AE%E5%8D%9A-');
    expect(series.length).toBeGreaterThan(0);
    // Percent-encoded, as a published post's UID (published.<id>@throughline) is.
    expect(series.every((e) => /^%E5%BE%AE%E5%8D%9A-\d{8}@throughline$/.test(e.uid))).toBe(true);
    expect(occurrences(ics, '微博', Date.UTC(2026, 8, 1), Date.UTC(2026, 11, 1)).length).toBeGreaterThan(5);
    // RFC 5545 §3.1: no physical line over 75 octets, CRLF line ends.
    expect(ics.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
  }, 240_000);
});
