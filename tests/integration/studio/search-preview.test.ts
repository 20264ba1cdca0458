/**
 * The portfolio's search page in the studio's preview (astro dev): Pagefind's index exists only
 * in a build, so the page says how to get one and where to browse meanwhile, in the site's
 * language, and loads no Pagefind script (before: a heading, a count and an empty box, and two
 * requests that 404).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';
import { sampleRoot } from '../../support/sample.ts';

let studio: Studio;
let zhStudio: Studio;
let zhFixture: string;
beforeAll(async () => {
  studio = await startStudio();
  // The sample as a brand written in Chinese: the site's language is the planner's `lang`.
  zhFixture = mkdtempSync(join(tmpdir(), 'search-preview-zh-'));
  cpSync(join(sampleRoot(), 'content'), join(zhFixture, 'content'), { recursive: true });
  const planner = JSON.parse(readFileSync(join(zhFixture, 'content/planner.json'), 'utf8'));
  planner.brand.language = 'zh';
  writeFileSync(join(zhFixture, 'content/planner.json'), JSON.stringify(planner, null, 2));
  zhStudio = await startStudio(zhFixture);
});
afterAll(async () => {
  await studio?.stop();
  await zhStudio?.stop();
  if (zhFixture) rmSync(zhFixture, { recursive: true, force: true });
});

describe('the search page in the preview', () => {
  it('says the index comes with a build, links the archive, and loads no Pagefind script', async () => {
    const html = await (await fetch(`${studio.url}/search/`)).text();
    expect(html).toContain('id="search-preview-note"');
    expect(html).toContain('npm run build');
    expect(html).toContain('href="/archive/"');
    expect(html).not.toContain('pagefind-ui.js');
    expect(html).not.toContain('new PagefindUI');
  });

  it('says so in Chinese on a Chinese site', async () => {
    const html = await (await fetch(`${zhStudio.url}/search/`)).text();
    const note = html.slice(html.indexOf('id="search-preview-note"'));
    expect(note).toContain('搜索索引在构建网站时生成');
    expect(note.slice(0, note.indexOf('</p>'))).not.toMatch(/The search index/);
  });
});
