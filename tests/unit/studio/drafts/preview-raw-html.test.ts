/**
 * A body's raw HTML (a WeChat 公众号 article pasted as `<section><p>…</p></section>`) shows in the
 * editor preview as the built page renders it: through the page's own sanitizer
 * (src/integration/sanitize.ts). Before, the preview showed the tags as text. Nothing that runs
 * reaches the preview: what the sanitizer removes from the page never reaches the studio's DOM.
 */
import { describe, expect, test } from 'vitest';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { texToHtml } from '../../../../src/pages/_lib/tex-katex.ts';
import { renderPreview } from '../../../../src/studio/drafts/markdown-preview.ts';
import { builtHtml, tight } from './built-page.ts';

const noIds = (html: string) => html.replace(/ id="[^"]*"/g, '').replaceAll(' />', '>');
const same = (source: string) => expect(noIds(tight(renderPreview(source)))).toBe(noIds(tight(builtHtml(source))));

type Node = DefaultTreeAdapterMap['childNode'];
type Element = { tag: string; attrs: Record<string, string> };

/** Every element of the preview's HTML as a browser's innerHTML parses it (parse5, the HTML spec's parser). */
function previewElements(source: string): Element[] {
  const found: Element[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      found.push({ tag: node.tagName, attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])) });
      walk(node.childNodes);
      if (node.tagName === 'template') walk((node as unknown as { content: { childNodes: Node[] } }).content.childNodes);
    }
  };
  walk(parseFragment(renderPreview(source)).childNodes);
  return found;
}
const tags = (elements: Element[]) => elements.map((e) => e.tag);
const withAttr = (elements: Element[], test: (name: string, value: string) => boolean) => elements.filter((e) => Object.entries(e.attrs).some(([n, v]) => test(n, v)));

describe('raw HTML in the editor preview', () => {
  test.each([
    ['<section><p>微信公众号的<strong>正文</strong></p><p>第二段</p></section>\n'],
    ['Text with <b>bold</b> and <kbd>Ctrl</kbd> inline.\n'],
    ['<details>\n<summary>More</summary>\n\nHidden *text*.\n\n</details>\n'],
    ['<figure><img src="a.png" alt="A"><figcaption>A dish</figcaption></figure>\n'],
    ['<div class="note">\n\n**Markdown** inside.\n\n</div>\n'],
    ['Text <!-- a comment --> <b>after</b>\n'],
    ['<iframe src="https://www.youtube.com/embed/x" title="YouTube video player"></iframe>\n'],
    ['<script>alert(1)</script>\n\n> <style>p { color: red }</style> quoted\n'],
  ])('%j looks as on the built page', same);

  test('renders a pasted WeChat article as elements, not as escaped tags', () => {
    const source = '<section style="color:red"><p>第一段</p><p>第二段</p></section>\n';
    expect(tags(previewElements(source))).toEqual(['section', 'p', 'p']);
    expect(renderPreview(source)).not.toContain('&lt;p&gt;');
  });

  const hostile: [string, string, (elements: Element[]) => void][] = [
    ['a script', '<script>alert(1)</script>\n\n<p>after</p>\n', (e) => expect(tags(e)).not.toContain('script')],
    ['an event handler', '<img src="x.png" onerror="alert(2)">\n\n<p onclick="alert(3)">tap</p>\n', (e) => expect(withAttr(e, (n) => n.startsWith('on'))).toEqual([])],
    ['a javascript: URL', '<a href="javascript:alert(4)">go</a> <a href="jav&#x09;ascript:alert(5)">go</a> <img src="javascript:alert(6)">\n', (e) => expect(withAttr(e, (n) => n === 'href' || n === 'src')).toEqual([])],
    ['an iframe', '<iframe src="https://evil.example/x"></iframe>\n\n<iframe srcdoc="<script>alert(6)</script>"></iframe>\n', (e) => expect(tags(e)).not.toContain('iframe')],
    ['a <style>', '<style>body { display: none }</style>\n\n<p style="position:fixed">x</p>\n', (e) => expect([...tags(e).filter((t) => t === 'style'), ...withAttr(e, (n) => n === 'style')]).toEqual([])],
    ['an SVG with script', '<svg onload="alert(7)"><script>alert(8)</script><a href="javascript:alert(9)"><text>x</text></a></svg>\n', (e) => expect(tags(e).filter((t) => ['svg', 'script', 'a'].includes(t))).toEqual([])],
  ];
  test.each(hostile)('never puts %s into the preview', (_, source, check) => {
    const elements = previewElements(source);
    check(elements);
    expect(renderPreview(source)).not.toMatch(/<[a-z][^>]*alert\(|<script|<style|<iframe|<svg/i);
  });

  test('scopes the ids of raw HTML as every preview id, and its # links with them', () => {
    const html = renderPreview('<h2 id="main">Main</h2>\n\n<a href="#main">up</a> <span id="user-content-x">x</span>\n');
    expect([...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1])).toEqual(['user-content-main', 'user-content-x']);
    expect(html).toContain('href="#user-content-main"');
  });

  test('keeps every # link and aria-describedby of a body with raw HTML pointing at its scoped element', () => {
    const html = renderPreview('## Main {#main}\n\n<b>Bold</b> [up](#main) a note[^1].\n\n[^1]: A note.\n');
    const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);
    const targets = [...html.matchAll(/ (?:href="#|aria-describedby=")([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id) => !id!.startsWith('user-content-'))).toEqual([]);
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const target of targets) expect(ids).toContain(target);
  });

  test('keeps the MathML of a formula beside raw HTML, but not <math> written as HTML, as on the page', () => {
    const source = '面积 $x^2$ 和 <b>粗</b>\n\n```math\ny\n```\n\n<math><mi>z</mi></math>\n';
    const math = (html: string) => [...html.matchAll(/<math[^>]*alttext="([^"]*)"/g)].map((m) => m[1]);
    const html = renderPreview(source, {}, texToHtml);
    expect(math(html)).toEqual(['x^2', 'y']);
    expect(math(html)).toEqual(math(builtHtml(source)));
    expect(html).toContain('<b>粗</b>');
    expect(html).not.toContain('<mi>z</mi>');
  });
});
