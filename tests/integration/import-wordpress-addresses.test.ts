/**
 * A self-hosted WordPress blog moved here with `import export.xml` kept its feed and tag pages
 * but not its posts' own addresses: every old link (/blog/2024/03/面条/) answered 404. Each
 * published post now gets its permalink's path as `aliases:` (and no `url:`, which named this
 * site once moved), the summary counts them, and the build answers each with a redirect page and
 * a `_redirects` 301.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { PROJECT, runCli } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const SITE = 'https://meikitchen.example.com';
let root: string | undefined;
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

test("a WordPress blog under /blog keeps each published post's old address: aliases written, counted, and answered by the build", async () => {
  root = await makeRoot('tl-wp-addresses-');
  // The fixture's blog moved under /blog, its published post's slug in Chinese as WordPress writes it.
  const wxr = readFileSync(join(PROJECT, 'tests/fixtures/feeds/wordpress-export.xml'), 'utf8')
    .replace(`<wp:base_blog_url>${SITE}</wp:base_blog_url>`, `<wp:base_blog_url>${SITE}/blog</wp:base_blog_url>`)
    .replace(`<link>${SITE}/2024/03/grandmas-noodles/</link>`, `<link>${SITE}/blog/2024/03/%e9%9d%a2%e6%9d%a1/</link>`);
  const file = join(root, 'export.xml');
  await writeFile(file, wxr);
  const { code, stdout, stderr } = runCli(['import', file, '--channel', 'blog', '--root', root, '--now', NOW]);
  expect(code, stderr).toBe(0);
  expect(stderr).toContain("throughline: the old site's post addresses: 1 old address is kept as aliases: (written into the posts), so old links lead to the posts\n");
  const text = await readFile(join(root, 'content/posts/2024/grandmas-noodles-and-broth.md'), 'utf8');
  expect(text).toMatch(/^aliases:\n {2}- \/blog\/2024\/03\/面条\/$/m);
  expect(text).not.toMatch(/^url:/m);
  // The scheduled, draft, pending and private posts were never served at their address: none kept.
  const written = stdout.trim().split('\n');
  expect(written).toHaveLength(5);
  const withAliases = await Promise.all(written.map(async (f) => (await readFile(join(root!, f), 'utf8')).includes('aliases:')));
  expect(withAliases).toEqual([true, false, false, false, false]);
  // A re-run finds the post by its guid, with no url to match.
  const again = runCli(['import', file, '--channel', 'blog', '--root', root, '--now', NOW]);
  expect(again.stderr).toContain('5 already imported');
  const { outDir } = await buildPortfolio(root);
  expect(await readFile(join(outDir, 'blog/2024/03/面条/index.html'), 'utf8')).toContain('<meta http-equiv="refresh" content="0; url=/posts/2024/grandmas-noodles-and-broth/">');
  expect(await readFile(join(outDir, '_redirects'), 'utf8')).toMatch(/^\/blog\/2024\/03\/(?:面条|%E9%9D%A2%E6%9D%A1)\/ \/posts\/2024\/grandmas-noodles-and-broth\/ 301$/m);
}, 240_000);
