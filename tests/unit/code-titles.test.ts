/**
 * A code block's file name, as Fuwari (Expressive Code: ```js title="my-test-file.js"), Docusaurus
 * and Starlight write it, or AstroPaper v5 (```ts file="src/config.ts"): the portfolio showed
 * the code and dropped the name, which the prose often points to ("in the file below").
 * It now shows as the caption of a <figure> around the block.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { codeTitles } from '../../src/pages/_lib/code-titles.ts';
import { MARKDOWN_PLUGIN_MODULES } from '../../src/integration/render-key.ts';

const render = (source: string) => (markdownToHtml(source, { mdastPlugins: [codeTitles] }) as { html: string }).html;

describe('a code block with a title', () => {
  it('Expressive Code / Docusaurus title="…" and AstroPaper file="…" become the caption', () => {
    const html = render('```js title="my-test-file.js" {1, 4}\nconsole.log(1)\n```\n\n```ts file="src/config.ts"\nlet a\n```\n');
    expect(html).toMatch(/<figure class="code-figure">\s*<figcaption class="code-title">my-test-file\.js<\/figcaption>\s*<pre><code class="language-js">console\.log\(1\)/);
    expect(html).toMatch(/<figcaption class="code-title">src\/config\.ts<\/figcaption>\s*<pre><code class="language-ts">let a/);
  });

  it("single quotes, other keys around it, and a title with spaces and markup are text", () => {
    const html = render("```ps frame=\"code\" title='PowerShell Profile.ps1'\nx\n```\n\n```html title=\"<b>a & b</b>\"\ny\n```\n");
    expect(html).toContain('<figcaption class="code-title">PowerShell Profile.ps1</figcaption>');
    expect(html).toContain('<figcaption class="code-title">&lt;b&gt;a &amp; b&lt;/b&gt;</figcaption>');
  });

  it('leaves a block without one as it was', () => {
    expect(render('```js {1}\nx\n```\n').trim()).toBe('<pre><code class="language-js">x\n</code></pre>');
  });

  it('in MDX too, and is part of the render key', () => {
    const js = String((mdxToJs('```js title="a.js"\nx\n```\n', { mdastPlugins: [codeTitles] } as never) as { code?: string }).code ?? '');
    expect(js).toContain('"a.js"');
    expect(js).toContain('figcaption');
    expect(MARKDOWN_PLUGIN_MODULES.some((u) => u.pathname.endsWith('/code-titles.ts'))).toBe(true);
  });
});
