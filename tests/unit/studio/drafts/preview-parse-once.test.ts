/**
 * The editor's preview of a body with raw HTML parsed the HTML twice: once to sanitize it as the
 * page does, once more for the page's own plugins (pages/_lib/body-fixes.ts), about half the time
 * of a 38 KB HTML post's preview. The plugins now run over the sanitized tree: one parse, the same
 * HTML. (Its time is the bench's; here, what is parsed and what comes out.)
 */
import { raw } from 'hast-util-raw';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { texToHtml } from '../../../../src/pages/_lib/tex-katex.ts';
import { renderPreview } from '../../../../src/studio/drafts/markdown-preview.ts';

vi.mock('hast-util-raw', async (original) => {
  const actual = await original<typeof import('hast-util-raw')>();
  return { raw: vi.fn(actual.raw) };
});

/** The raw HTML of each hast-util-raw call (the sanitizer's and the preview's parses). */
const parsed = () =>
  vi.mocked(raw).mock.calls.map(([tree]) => {
    const texts: string[] = [];
    const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.type === 'raw') texts.push(node.value ?? '');
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree as never);
    return texts.join('');
  });

// A heading the page's plugins give an id and a link they remove, formulas (one in a heading), a table, code, a handler.
const BODY =
  '<section style="margin:0 8px"><h2>第一步 <span>Step one</span></h2><p>Tom &amp; Jerry say "hi" &gt; <a href="#step"></a><a href="https://example.com/">link</a></p></section>\n\n## The area $\\pi r^2$ {#main}\n\n## $x$\n\n<table><tr><td>1 &lt; 2</td></tr></table>\n\n<pre><code class="language-js">a &lt; b</code></pre>\n\n$$\n\\frac{a<b}{2}\n$$\n\n[](#main) and <img src="pic.png" onerror="alert(1)">\n';

describe('renderPreview of a body with raw HTML', () => {
  // A braced body: a function beforeEach returns is run as its cleanup.
  beforeEach(() => {
    vi.mocked(raw).mockClear();
  });

  test('parses the body once, the page plugins running over the sanitized tree', () => {
    renderPreview(BODY, {}, texToHtml);
    const ofBody = parsed().filter((html) => html.includes('Tom &amp; Jerry'));
    expect(ofBody).toHaveLength(1);
  });

  test('writes the HTML it wrote when it parsed twice (taken from that version)', () => {
    expect(renderPreview(BODY, {}, texToHtml)).toBe(
      '<section><h2>第一步 <span>Step one</span></h2><p>Tom &amp; Jerry say "hi" > <a href="https://example.com/">link</a></p></section>\n<h2 id="user-content-main">The area <math alttext="\\pi r^2"><mrow><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></mrow></math></h2>\n<h2><math alttext="x"><mrow><mi>x</mi></mrow></math></h2>\n<table tabindex="0"><tbody><tr><td>1 &lt; 2</td></tr></tbody></table>\n<pre tabindex="0"><code class="language-js">a &lt; b</code></pre>\n<math display="block" alttext="\\frac{a<b}{2}" tabindex="0"><mrow><mfrac><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow><mn>2</mn></mfrac></mrow></math>\n<p> and <img src="pic.png" /></p>\n',
    );
  });
});
