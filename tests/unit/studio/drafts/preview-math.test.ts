/**
 * The editor preview shows TeX math as the built page does (pages/_lib/tex-math.ts): the same
 * runs are math (Pandoc's dollar rule: a price stays text), and each formula is the same MathML,
 * from the page's own KaTeX call (tex-katex.ts). Each case is rendered both ways.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { texToHtml } from '../../../../src/pages/_lib/tex-katex.ts';
import { renderPreview } from '../../../../src/studio/drafts/markdown-preview.ts';
import { mathJaxToDollars, texInHtml } from '../../../../src/core/tex-math.ts';
import { builtHtml, HAST_PLUGINS, MDAST_PLUGINS, tight } from './built-page.ts';

const preview = (source: string) => renderPreview(source, {}, texToHtml);

describe('the editor preview of TeX math', () => {
  test.each([
    ['Price $5 and $10, or costs $3, not $4.\n'],
    ['Between $5 and *$10*, a $5 and $x$ b.\n'],
    ['Inline $n \\leq 10^5$, $\\{1,2\\}$, $x_1$ and $y_2$.\n'],
    ['Display in a paragraph: $$\\sum_{i=1}^n i$$ and $x$$ and $$y$.\n'],
    ['$$\n\\frac{a}{b}\n$$\n'],
    ['$$ words after the fence\na^2\n\n+ b\n$$\n'],
    ['$$$\na\n$$\n$$$\n'],
    ['Text\n$$\nb\n$$\nafter\n'],
    ['$$\nnot closed\n'],
    ['  $$\n   a\n  b\n  $$\n'],
    ['> $$\n> a\n> $$\n\n> $a\n> b$\n'],
    ['- $$\n  a+b\n  $$\n- $c$\n'],
    ['```math\na^2 + b^2\n```\n'],
    // A body with no dollar and its ```math fence in a quote or a list item: the page showed code.
    ['\\$x$ and `$y$` and $a < b$ and $\\text{中文}$\n'],
    ['$\\notacommand$ and $\\href{https://example.com}{b}$\n'],
    ['$$\n\\frac{a}{\n$$\n'],
    ['The Gaussian integral:\n\n$$ \\int_{-\\infty}^{\\infty} e^{-x^2} dx = \\sqrt{\\pi} $$\n'],
  ])('%j looks as on the built page', (source) => {
    expect(tight(preview(source))).toBe(tight(builtHtml(source)));
  });

  // A body with no dollar and its ```math fence in a quote or a list item: page and preview showed code.
  test.each([['> ```math\n> a^2 + b^2\n> ```\n'], ['- a\n  - b\n\n    ~~~math\n    a^2 + b^2\n    ~~~\n'], ['1. ```math\r\n   a^2 + b^2\r\n   ```\r\n']])('%j previews a formula, as on the built page', (source) => {
    const html = preview(source);
    expect(html).toContain('<math display="block" alttext="a^2 + b^2"');
    expect(tight(html)).toBe(tight(builtHtml(source)));
  });

  test('$$ … $$ on a line with spaces inside the dollars, as AstroPaper writes it, previews as one display formula', () => {
    expect(preview('$$ \\int_0^1 x\\,dx $$\n').match(/<math display="block"/g)).toHaveLength(1);
  });

  test("MathJax's \\(…\\) and \\[…\\] show as math in the preview and on the built page alike", () => {
    const source = 'Force \\(\\mathbf{F} = q\\mathbf{E}\\), kramdown \\\\(x_1\\\\).\n\n\\[\n\\nabla \\cdot E\n\\]\n\nSee \\[1\\] and `\\(code\\)`.\n';
    const html = preview(source);
    expect(tight(html)).toBe(tight(builtHtml(mathJaxToDollars(source))));
    expect(html.match(/<math/g)).toHaveLength(3);
    expect(html).toContain('display="block"');
    // Escaped brackets of prose and code stay as written.
    expect(html).toContain('See [1] and <code>\\(code\\)</code>');
  });

  // Hand-written `<pre><code class="language-math">` was always math in the preview; the page
  // renders it so only in a body its texMath plugin runs over (a dollar, a ```math fence or a
  // formula from raw HTML), and `<code class="language-math math-inline">` the other way round.
  // The page is the truth: `page` is the body through the published loader (MathJax in HTML as
  // texInHtml writes it) and the built page's plugins.
  test.each([
    ['<pre><code class="language-math">x^2</code></pre>\n', false],
    ['Costs $5.\n\n<pre><code class="language-math">x^2</code></pre>\n', true],
    ['```math\ny\n```\n\n<pre class="wide">\n<code class="language-math">x &lt; 2</code>\n</pre>\n', true],
    ['Text <code class="language-math math-inline">x^2</code> more, and <code class="language-math math-inline math-display">y</code>\n', true],
    ['<pre><code class="language-math math-inline">x^2</code></pre>\n', true],
    ['<p>The area \\(\\pi r^2\\) and</p>\n<div>$$\\sum_i x_i$$</div>\n', true],
    // A ```math fence in a quote is a formula, as at the start of a line (it was code on both).
    ['> ```math\n> x^2\n> ```\n', true],
  ])('math written as HTML, %j, is math in the preview exactly when on the page (%s)', (source, isMath) => {
    const page = builtHtml(mathJaxToDollars(source, texInHtml));
    const html = preview(source);
    expect(page.includes('<math')).toBe(isMath);
    expect(html.includes('<math')).toBe(isMath);
    expect(tight(html.replace(/ id="[^"]*"/g, ''))).toBe(tight(page.replace(/ id="[^"]*"/g, '')));
  });

  test('a formula error is written in the post language', () => {
    expect(renderPreview('$\\nope$', { lang: 'zh-CN' }, texToHtml)).toContain('<small>TeX 公式有误：');
  });

  test('stays safe: TeX and prose between dollars cannot write HTML', () => {
    const html = preview('$<img src=x onerror=alert(1)>$ and $\\href{javascript:alert(1)}{x}$\n\n$$\n</math><script>alert(2)</script>\n$$\n\n$5 <iframe src=x> $6\n');
    expect(html).not.toMatch(/<img|<script|<iframe|<a /i);
    expect(html).toContain('&lt;script&gt;');
  });

  test('before KaTeX is loaded, a formula shows as its TeX in code', () => {
    expect(renderPreview('Inline $x<1$ and\n\n$$\na\n$$\n').trim()).toBe('<p>Inline <code>x&lt;1</code> and</p>\n<pre tabindex="0"><code>a</code></pre>');
  });
});

describe('built-page.ts', () => {
  test('renders with the plugins astro.config.mjs lists, in its order', () => {
    const config = readFileSync(new URL('../../../../astro.config.mjs', import.meta.url), 'utf8');
    expect(config).toContain(`mdastPlugins: [${Object.keys(MDAST_PLUGINS).join(', ')}]`);
    expect(config).toContain(`hastPlugins: [${Object.keys(HAST_PLUGINS).join(', ')}]`);
  });
});
