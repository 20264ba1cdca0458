/**
 * The editor preview shows admonitions as the built page does: each case is rendered by the
 * preview (micromark) and by Sätteri with the portfolio's own plugin and options
 * (astro.config.mjs), and the two must give the same HTML, whitespace between tags and the
 * escaping of `"` aside.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { admonitions } from '../../../../src/pages/_lib/admonitions.ts';
import { renderPreview } from '../../../../src/studio/drafts/markdown-preview.ts';
import { builtHtml, tight as pageTight } from './built-page.ts';

const built = (source: string) => (markdownToHtml(source, { features: { directive: true }, mdastPlugins: [admonitions] }) as { html: string }).html;
// micromark writes a `"` of text as &quot;, Sätteri as is: the same text on screen.
const tight = (html: string) => html.replace(/>\s+</g, '><').replaceAll('&quot;', '"').trim();

describe('the editor preview of admonitions', () => {
  test.each([
    [':::note\nText with **bold**.\n:::\n'],
    [':::tip[Your *own* title]\nText.\n:::\n'],
    [':::WARNING\nUpper-case name.\n:::\n'],
    [':::caution\nFirst.\n\nSecond.\n:::\n'],
    [':::spoiler\nAnother theme\'s kind keeps its content.\n:::\n'],
    ['> [!NOTE]\n> Text.\n'],
    ['> [!tip]\n>\n> A paragraph of its own.\n'],
    ['> [!IMPORTANT]\n> One.\n>\n> Two.\n'],
    ['> [!WARNING]\n> Outer.\n>\n> > A quote inside.\n'],
    ['> [!NOTE] text after it on that line is its title (Obsidian)\n'],
    ['> [!ai] AI 摘要\n> 准备部署Fuwari博客需：脑力并行思考、Git与Node.js环境。\n'],
    ['> [!info]- Folded in Obsidian\n> Shown open.\n'],
    ['> [!danger]\n> Red.\n'],
    ['> [!tip] Use `npm ci` here\n> Text.\n'],
    ['> [!summary]+\n> Text.\n'],
    ['> [!TIP/合并 set 命令]\n> 以上两个 `set` 命令可以合并。\n'],
    ['> [!IMPORTANT/标题结构]\n>\n> 正文。\n'],
    ['> [!note/]\n> Text.\n'],
    ['> [!WARNING/Salt & pepper]\n> Text.\n'],
    ['> An ordinary quote.\n'],
    ['Open at 9:30am, note:this, 时间:早上.\n'],
    ['::github{repo="a/b"}\n'],
  ])('%j looks as on the built page', (source) => {
    expect(tight(renderPreview(source))).toBe(tight(built(source)));
  });

  // With the page's whole pipeline: Chinese lines are joined after the callout's title is taken
  // (before, the title ran on into the text: <p class="admonition-title">AI 摘要发酵需要时间。</p>).
  test('an Obsidian callout\'s title ends at its line in a Chinese post, in the preview as on the page', () => {
    const source = '> [!ai] AI 摘要\n> 发酵需要时间，\n> 面团要盖好。\n';
    expect(pageTight(builtHtml(source))).toContain('<p class="admonition-title">AI 摘要</p><p>发酵需要时间，面团要盖好。</p>');
    expect(pageTight(renderPreview(source))).toBe(pageTight(builtHtml(source)));
  });

  test('titles follow the post language, its lang field or its text', () => {
    const source = ':::note\nText.\n:::\n\n> [!TIP]\n> Text.\n';
    expect(renderPreview(source, { lang: 'zh-CN' })).toMatch(/<p class="admonition-title">备注<\/p>[\s\S]*<p class="admonition-title">提示<\/p>/);
    expect(renderPreview(':::warning\n小火慢炖两个小时，中途不要开盖。\n:::\n')).toContain('<p class="admonition-title">警告</p>');
    expect(renderPreview(source, { title: 'Braised pork' })).toContain('<p class="admonition-title">Note</p>');
  });

  test('stays safe: raw HTML in an admonition or its title is sanitized as on the page', () => {
    const html = renderPreview(':::note[<img src=x onerror=alert(1)>]\n<script>alert(2)</script>\n:::\n\n> [!NOTE]\n> <iframe src="https://evil.example">\n');
    expect(html).not.toMatch(/onerror|<script|<iframe|alert/i);
    expect(html).toContain('<p class="admonition-title"><img src="x" /></p>');
  });
});
