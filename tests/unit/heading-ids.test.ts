/**
 * `## Title {#id}`, a heading's own anchor as Hugo, VitePress, Pandoc and kramdown write it (the
 * Chinese Vue docs put one on every heading): the portfolio and the editor's preview showed the
 * braces as part of the title, and the heading's id was a slug of title and braces together, so
 * the post's own `[…](#id)` links went nowhere. Now the heading gets the id and shows no braces;
 * any other `{…}` at the end of a heading stays text.
 */
import { readFileSync } from 'node:fs';
import { createSatteriMarkdownProcessor, satteri } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { sanitizeHtml } from '../../src/integration/sanitize.ts';
import { admonitions } from '../../src/pages/_lib/admonitions.ts';
import { cjkLineBreaks } from '../../src/pages/_lib/cjk-line-breaks.ts';
import { footnoteLabels } from '../../src/pages/_lib/footnote-labels.ts';
import { escapeMdxHeadingIds, headingIds, splitHeadingId, withMdxHeadingIds } from '../../src/pages/_lib/heading-ids.ts';
import { excerptOf } from '../../src/pages/_lib/excerpt.ts';
import { findMdxSyntaxErrors } from '../../src/store/mdx-syntax.ts';
import type { Post } from '../../src/core/schema/post.ts';
import { htmlImages } from '../../src/pages/_lib/html-images.ts';
import { localImageUrls } from '../../src/pages/_lib/local-image-urls.ts';
import { renderPreview } from '../../src/studio/drafts/markdown-preview.ts';

// Real headings from vuejs-translations/docs-zh-cn src/about/faq.md, plus edge cases.
const BODY = [
  '## 谁在维护 Vue？ {#who-maintains-vue}',
  '见[上文](#who-maintains-vue)。',
  '### Is Vue fast? { #is-vue-fast }',
  '## Price {per kg}',
  '## Use `{#not-an-id}`',
  '## 段落 {#段落-一}',
].join('\n\n');

/** As astro.config.mjs sets up the processor. */
async function renderOnSite(markdown: string) {
  const processor = await createSatteriMarkdownProcessor({
    features: { directive: true },
    mdastPlugins: [cjkLineBreaks, admonitions, localImageUrls],
    hastPlugins: [sanitizeHtml, headingIds, footnoteLabels, htmlImages],
  } as never);
  return (processor as unknown as { render(s: string, o: object): Promise<{ code: string; metadata: { headings: { slug: string; text: string }[] } }> }).render(markdown, { frontmatter: {} });
}

describe('a heading written with its own {#id}', () => {
  test('on the portfolio it gets that id, shows no braces, and the table of contents uses it', async () => {
    const { code, metadata } = await renderOnSite(BODY);
    expect(code).toContain('<h2 id="who-maintains-vue">谁在维护 Vue？</h2>');
    expect(code).toContain('<h3 id="is-vue-fast">Is Vue fast?</h3>');
    expect(code).toContain('<h2 id="段落-一">段落</h2>');
    expect(code).toContain('Price {per kg}</h2>');
    expect(code).toContain('<code>{#not-an-id}</code>');
    expect(code).not.toContain('{#who-maintains-vue}');
    expect(metadata.headings.slice(0, 2)).toEqual([
      expect.objectContaining({ slug: 'who-maintains-vue', text: '谁在维护 Vue？' }),
      expect.objectContaining({ slug: 'is-vue-fast', text: 'Is Vue fast?' }),
    ]);
  });

  test("the editor's preview reads it the same way (its ids scoped inside the editor page)", () => {
    const html = renderPreview(BODY);
    expect(html).toContain('<h2 id="user-content-who-maintains-vue">谁在维护 Vue？</h2>');
    // An English heading in this Chinese text carries its own lang, as on the page (part-languages.ts).
    expect(html).toContain('<h3 id="user-content-is-vue-fast" lang="en">Is Vue fast?</h3>');
    expect(html).toContain('<h2 id="user-content-段落-一">段落</h2>');
    expect(html).toContain('<a href="#user-content-who-maintains-vue">上文</a>');
    expect(html).toContain('<h2 lang="en">Price {per kg}</h2>');
    expect(html).toContain('<h2 lang="en">Use <code>{#not-an-id}</code></h2>');
  });

  test("Docusaurus's MDX-comment form {/* #id */} is one too, in .md and in the preview", async () => {
    expect(splitHeadingId('Title {/* #a-b */}')).toEqual({ text: 'Title', id: 'a-b' });
    expect(splitHeadingId('Title {/* a note */}')).toBeNull();
    expect((await renderOnSite('## Title {/* #from-comment */}')).code).toContain('<h2 id="from-comment">Title</h2>');
    expect(renderPreview('## Title {/* #from-comment */}')).toContain('<h2 id="user-content-from-comment">Title</h2>');
  });

  test('only a trailing {#id} of letters, digits, - and _ is one', () => {
    expect(splitHeadingId('Title {#a-b_1}')).toEqual({ text: 'Title', id: 'a-b_1' });
    expect(splitHeadingId('Title {#a"><script>}')).toBeNull();
    expect(splitHeadingId('Title{#glued}')).toBeNull();
    expect(splitHeadingId('{#a} in front')).toBeNull();
  });
});

// Docusaurus writes `{#id}` after every heading of an .mdx doc; MDX reads `{` as an expression.
const MDX_BODY = [
  'export const n = 3;',
  '',
  '## Docusaurus CLI commands {#docusaurus-cli-commands}',
  '',
  '### `docusaurus start [siteDir]` {#docusaurus-start-sitedir}',
  '',
  '## Total {n} {#total}',
  '',
  "## Docusaurus's comment form {/* #comment-form */}",
  '',
  '## A plain comment {/* not an id */}',
  '',
  'Setext heading { #setext }',
  '---',
  '',
  '> ## Quoted {#quoted}',
  '',
  '## Escaped already \\{#escaped\\}',
  '',
  '{/* a comment */}',
  '',
  '<Note>{n} items</Note>',
  '',
  '```md',
  '## In code {#in-code}',
  '```',
  '',
  '~~~',
  '```',
  '## Still code {#still}',
  '~~~',
].join('\n');

/** The .mdx renderer as astro.config.mjs sets it up (Astro's Sätteri MDX pipeline). */
async function renderMdx(source: string): Promise<string> {
  const processor = withMdxHeadingIds(satteri({ features: { directive: true }, hastPlugins: [sanitizeHtml, headingIds] }));
  const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false } as never, { optimize: false } as never);
  const result = (await renderer.process(source, '/tmp/post.mdx', {})) as { code: string };
  return result.code;
}

describe('an .mdx heading with its own {#id} (Docusaurus)', () => {
  test('is escaped on heading lines only, never in code or an expression, never twice', () => {
    const out = escapeMdxHeadingIds(MDX_BODY);
    expect(out).toContain('## Docusaurus CLI commands \\{#docusaurus-cli-commands}');
    expect(out).toContain('### `docusaurus start [siteDir]` \\{#docusaurus-start-sitedir}');
    expect(out).toContain('## Total {n} \\{#total}');
    expect(out).toContain('Setext heading \\{ #setext }');
    expect(out).toContain('> ## Quoted \\{#quoted}');
    expect(out).toContain('## Escaped already \\{#escaped\\}');
    expect(out).toContain('{/* a comment */}');
    expect(out).toContain('## In code {#in-code}');
    expect(out).toContain('## Still code {#still}');
    expect(escapeMdxHeadingIds('Text {#not-a-heading}')).toBe('Text {#not-a-heading}');
  });

  test('compiles, and each heading gets its id; real expressions, comments and JSX still work', async () => {
    const code = await renderMdx(MDX_BODY);
    for (const id of ['docusaurus-cli-commands', 'docusaurus-start-sitedir', 'total', 'setext', 'quoted', 'escaped', 'comment-form']) expect(code).toContain(`id: "${id}"`);
    expect(code).toMatch(/children: "Docusaurus.s comment form"/);
    expect(code).not.toContain('#comment-form */');
    expect(code).not.toMatch(/\{#(?!in-code|still)/);
    // {n} in a heading and in JSX is still the expression, not text.
    expect(code).toMatch(/"Total ", n/);
    expect(code).not.toContain('a comment');
  });

  // Escaped at the start of a line or after `>` with one space only: the post stopped the build ("Could not parse expression").
  test.each([
    ['a list item', '- ## In a list {#in-list}\n- two\n', 'in-list'],
    ['a quote with spaces after its mark', '>  ## Quoted {#quoted-wide}\n', 'quoted-wide'],
    ['a nested list item', '- a\n  - b\n\n    ### Nested {#nested}\n', 'nested'],
    ['a quoted list item with a tab', '> -\t## Tabbed {#tabbed}\n', 'tabbed'],
  ])('in %s compiles and gets its id', async (_, body, id) => {
    expect(await renderMdx(body)).toContain(`id: "${id}"`);
  });

  test('is not escaped in a fence inside a quoted list item', () => {
    const body = '> - ```md\n>   ## Code {#code}\n>   ```\n\n## After {#after}\n';
    expect(escapeMdxHeadingIds(body)).toBe(body.replace('## After {', '## After \\{'));
  });

  test('check compiles it as the build does: no "does not compile" error', async () => {
    const post = { file: 'content/posts/2023/cli.mdx', body: MDX_BODY } as Post;
    expect(await findMdxSyntaxErrors([post])).toEqual([]);
    const broken = { file: 'content/posts/2023/broken.mdx', body: '## Title {oops(}' } as Post;
    expect((await findMdxSyntaxErrors([broken])).map((e) => e.message)).toEqual([expect.stringContaining('does not compile')]);
  });

  test("the editor's preview of the real Docusaurus page gives its headings their ids", () => {
    const source = readFileSync(new URL('../fixtures/docusaurus/cli.mdx', import.meta.url), 'utf8');
    const html = renderPreview(source.slice(source.indexOf('\n---\n', 4) + 5));
    // The doc's body starts with `# CLI`: the page shows a body that uses `#` one level down, and so
    // does the preview now (preview-heading-levels.ts); import leaves that `# CLI` out (integration mdx-heading-ids-build).
    expect(html).toContain('<h2>CLI</h2>');
    expect(html).toContain('<h3 id="user-content-docusaurus-cli-commands">Docusaurus CLI commands</h3>');
    expect(html).toContain('<h5 id="user-content-options-1">Options</h5>');
    expect(html).not.toMatch(/\{#/);
  });

  test('the automatic description shows no {#id}, in .md and .mdx alike', () => {
    expect(excerptOf('## Who maintains Vue? {#who-maintains-vue}\n\nEvan.')).toBe('Who maintains Vue? Evan.');
    expect(excerptOf(MDX_BODY)).not.toContain('{#');
  });
});

describe('an .mdx heading whose braces still cannot compile', () => {
  test.each([
    ['Pandoc attributes', '## Title {#title .wide}'],
    ['kramdown attributes', 'Text\n\n## Title {: #title}'],
  ])('(%s): check names the line and says what to write, in English and Chinese', async (_name, body) => {
    const [error] = await findMdxSyntaxErrors([{ file: 'content/posts/2026/moved.mdx', body } as Post]);
    const line = body.split('\n').length;
    expect(error?.format('en')).toContain(`content/posts/2026/moved.mdx`);
    expect(error?.format('en')).toContain(`line ${line} is a heading with "{"`);
    expect(error?.format('en')).toContain('{#id}');
    expect(error?.format('zh')).toContain(`MDX 无法编译`);
    expect(error?.format('zh')).toContain(`第 ${line} 行是含“{”的标题`);
  });

  test('another syntax error keeps the general hint', async () => {
    const [error] = await findMdxSyntaxErrors([{ file: 'content/posts/2026/x.mdx', body: 'Text {oops(}' } as Post]);
    expect(error?.format('en')).toContain('line:column count from the first line after the frontmatter');
    expect(error?.format('zh')).toContain('行:列 从 frontmatter 之后的第一行算起');
  });
});
