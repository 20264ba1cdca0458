/**
 * The hostile-input corpus imported with the real CLI, then the portfolio built from it: nothing
 * in dist/ may run (no script element or text, no on* handler, no javascript:/vbscript:/
 * data:text/html address), whatever the feed entries held.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { decodeXML } from 'entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { findLiveHtml } from '../support/live-markup.ts';
import { PROJECT, runCli } from './helpers.ts';

const CORPUS = ['rss-hostile.xml', 'atom-hostile.xml', 'json-hostile.json'].map((f) => join(PROJECT, 'tests/fixtures/feeds/hostile', f));

describe('the portfolio built from the hostile-input corpus', () => {
  let root: string | undefined;
  let files: { path: string; text: string }[] = [];

  beforeAll(async () => {
    root = await makeRoot('tl-hostile-');
    for (const feed of CORPUS) expect(runCli(['import', feed, '--channel', 'blog', '--root', root]).code).toBe(0);
    const { outDir } = await buildPortfolio(root);
    const names = await readdir(outDir, { recursive: true, withFileTypes: true });
    const paths = names.filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
    files = await Promise.all(paths.map(async (p) => ({ path: relative(outDir, p), text: await readFile(p, 'utf8') })));
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('has the imported posts (so the checks below look at them)', () => {
    const pages = files.filter((f) => f.path.startsWith('posts/2025/'));
    expect(pages.length).toBeGreaterThanOrEqual(7);
    expect(files.find((f) => f.path === 'rss.xml')!.text).toContain('Script in a CDATA title');
  });

  it('holds no <script anywhere but structured data and the search page', () => {
    // JSON-LD is data (its checks are below); the search page and Pagefind's own files run search.
    const runsScript = (f: { path: string; text: string }) =>
      !f.path.startsWith('pagefind/') && f.path !== 'search/index.html' && /<script(?![^>]*type="application\/ld\+json")/i.test(f.text);
    expect(files.filter(runsScript).map((f) => f.path)).toEqual([]);
  });

  it('holds no handler attribute, script element or script address in any page, feed or sitemap', () => {
    const problems = files.flatMap((f) => {
      // The search page runs Pagefind's own script (and nothing from the posts: checked above).
      if (f.path.endsWith('.html'))
        return findLiveHtml(f.text)
          .filter((p) => !(f.path === 'search/index.html' && p === '<script> element'))
          .map((p) => `${f.path}: ${p}`);
      // XML: the HTML a feed reader would render is the decoded text of each element.
      if (f.path.endsWith('.xml')) return findLiveHtml(xmlText(f.text)).map((p) => `${f.path}: ${p}`);
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('gives no script address to a calendar', () => {
    for (const f of files.filter((x) => x.path.endsWith('.ics'))) expect(f.text, f.path).not.toMatch(/^URL[^:\r\n]*:\s*(?!https?:)/im);
  });
});

/** The text an XML parser hands a feed reader: entities decoded once, CDATA sections as written. */
function xmlText(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXML(part)))
    .join('');
}
