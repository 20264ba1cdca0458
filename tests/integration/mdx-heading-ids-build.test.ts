/**
 * A Docusaurus doc moved as an .mdx post: Docusaurus writes `## Title {#id}` after every heading
 * (`docusaurus write-heading-ids`), and MDX reads `{#id}` as a JavaScript expression, so `check`
 * failed with "the MDX does not compile" and the build stopped. The real page (an excerpt of
 * Docusaurus's cli.mdx, tests/fixtures/docusaurus/README.md) is imported with the real CLI,
 * checked and built with the project's config: each heading carries its id and no braces, and an
 * .mdx post's real expressions, comments and JSX still compile beside a heading id. And no heading
 * takes an id of the page itself (its <main>, its table of contents' title).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { runCli } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const DOCUSAURUS = fileURLToPath(new URL('../fixtures/docusaurus/cli.mdx', import.meta.url));

// Real MDX beside heading ids: an export read by an expression, a comment, JSX, an expression in a
// heading that also has an id, and a code block whose `{#…}` line must stay as written.
const OWN = [
  '---',
  'title: Own MDX',
  'date: 2026-03-02',
  '---',
  '',
  'export const answer = 42;',
  '',
  '## The answer is {answer} {#the-answer}',
  '',
  '{/* a comment the page leaves out */}',
  '',
  'Said <strong>{answer}</strong> times.',
  '',
  '```md',
  '## In code {#stays}',
  '```',
  '',
  // Headings whose ids the page itself used: the skip link's <main id="main"> and the table of
  // contents' title; and one written like the page's own ids now are.
  '## Main',
  '',
  '## Toc title',
  '',
  '## Contents {#main-2}',
  '',
  '### tl-Main',
  '',
  'See [Main](#main).',
  '',
].join('\n');

describe('an .mdx post with Docusaurus heading ids, imported and built', () => {
  let root: string | undefined;
  let out = '';
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    root = await makeRoot('tl-mdx-ids-');
    const src = join(root, 'old-site');
    mkdirSync(src, { recursive: true });
    copyFileSync(DOCUSAURUS, join(src, 'cli.mdx'));
    writeFileSync(join(src, 'own.mdx'), OWN);
    const imported = runCli(['import', src, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout.trim().split('\n').sort()).toEqual(['content/posts/2023/cli.mdx', 'content/posts/2026/own.mdx']);
    const check = runCli(['check', '--json', '--root', root, '--now', NOW]);
    expect(check.stderr).not.toContain('does not compile');
    // The fixture's own draft whose MDX does not compile (LEAKMARKER-SLUG-7) is warned of; the moved posts are not.
    const compileFlags = (JSON.parse(check.stdout) as { flags: { kind: string; post?: string }[] }).flags.filter((f) => f.kind === 'mdx-compile').map((f) => f.post);
    expect(compileFlags).toEqual(['drafts/LEAKMARKER-SLUG-7']);
    expect(check.code).toBe(0);
    out = (await buildPortfolio(root)).outDir;
  }, 600_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("gives each Docusaurus heading its own id and shows no braces", () => {
    const html = page('posts/2023/cli');
    // The doc's `# CLI` repeats its title (title: CLI), so import leaves it out: the page's title
    // is its one <h1>, shown once, and the headings keep the levels they were written at.
    expect(html).toMatch(/<h2 id="docusaurus-cli-commands">Docusaurus CLI commands<\/h2>/);
    expect(html).toMatch(/<h3 id="docusaurus-start-sitedir"><code>docusaurus start \[siteDir\]<\/code><\/h3>/);
    expect(html).toMatch(/<h4 id="options-1">Options<\/h4>/);
    expect(html).not.toMatch(/\{#|\\\{/);
    expect(html).toMatch(/<h3 id="docusaurus-write-heading-ids-sitedir"><code>docusaurus write-heading-ids \[siteDir\] \[files\]<\/code><\/h3>/);
    expect(html.match(/>CLI<\/h[1-6]>/g)).toEqual(['>CLI</h1>']);
  });

  it('keeps real MDX working: the heading expression, the comment, JSX and a code block as written', () => {
    const html = page('posts/2026/own');
    expect(html).toMatch(/<h2 id="the-answer">The answer is 42<\/h2>/);
    expect(html).toContain('Said <strong>42</strong> times.');
    const body = html.slice(html.indexOf('<div class="article-body">'));
    expect(body).not.toContain('a comment the page leaves out');
    expect(body).toMatch(/In code \{#stays\}/);
    // The automatic description reads the post as MDX too: no id, no comment (and, as for every
    // .mdx post, no {expression}).
    expect(html).toContain('<meta name="description" content="The answer is. Said times. Main. Toc title. Contents.');
  });

  it("lets no heading repeat an id of the page (a post's ## Main and the skip link's <main> were both #main)", () => {
    const html = page('posts/2026/own');
    // The table of contents' #main reaches the heading.
    const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(html).toContain('<h2 id="main">Main</h2>');
    expect(html).toMatch(/<nav class="toc"[^>]*>[\s\S]*href="#main"/);
    expect(html).toContain('<a class="skip-link" href="#tl-Main"');
  });
});
