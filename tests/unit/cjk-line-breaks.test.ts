import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { cjkLineBreaks, joinCjkLines } from '../../src/pages/_lib/cjk-line-breaks.ts';

const context = (source: string) => ({ source, fileURL: undefined, sourceFormat: 'markdown', data: {} }) as Parameters<typeof cjkLineBreaks>[0];

describe('the CJK line break plugin', () => {
  test('joins a Chinese paragraph wrapped in the source and keeps English line ends, in Markdown and MDX', async () => {
    const source = '外婆的红烧肉要小火慢炖，\n酱汁才会发亮。\n\nThe braise simmers\nslowly.\n';
    const { html } = await markdownToHtml(source, { mdastPlugins: [cjkLineBreaks] });
    expect(html).toContain('外婆的红烧肉要小火慢炖，酱汁才会发亮。');
    expect(html).toContain('The braise simmers\nslowly.');
    const { code } = await mdxToJs(source, { jsxImportSource: 'astro', mdastPlugins: [cjkLineBreaks] });
    expect(code).toContain('外婆的红烧肉要小火慢炖，酱汁才会发亮。');
  });

  test('leaves itself out of a document with no line break between two CJK characters', () => {
    expect(cjkLineBreaks(context('外婆的红烧肉要小火慢炖，酱汁才会发亮。\n\nThe braise simmers\nslowly.\n'))).toBeNull();
    expect(cjkLineBreaks(context('红烧 and\n面条'))).toBeNull();
    expect(cjkLineBreaks(context('红烧\n面条'))).not.toBeNull();
    // The same answer however often it is asked (the pattern is global: no state may leak between calls).
    expect(cjkLineBreaks(context('红烧\n面条'))).not.toBeNull();
  });
});

// The plugin was handed only a body whose next line starts with the CJK text itself: in a blockquote
// each line starts with `>`, and the quote's paragraph kept a space at each line end.
describe('a line break in a blockquote', () => {
  test.each([
    ['a quote', '> 外婆的红烧肉\n> 要小火慢炖\n', '外婆的红烧肉要小火慢炖'],
    ['a nested quote, CRLF', '> > 外婆的红烧肉\r\n> > 要小火慢炖\r\n', '外婆的红烧肉要小火慢炖'],
    ['a quote in a list item', '- 菜谱\n\n  > 外婆的红烧肉\n  >\t要小火慢炖\n', '外婆的红烧肉要小火慢炖'],
    ['a quote whose next line starts with punctuation', '> The braise\n> 「慢炖」 now\n', 'The braise「慢炖」'],
  ])('is joined in %s', async (_, source, joined) => {
    const { html } = await markdownToHtml(source, { mdastPlugins: [cjkLineBreaks] });
    expect(html).toContain(joined);
  });
});

describe('a line break beside full-width punctuation', () => {
  // TheJiahao.github.io (an Astro blog moved over) wraps its Chinese paragraphs after 。 and ，
  // with the next line starting in Latin ("……软件。\nTypst 语法……"): the page showed
  // "软件。 Typst", a space after a full-width stop, which already holds its own space. The
  // blog's own rehypeRemoveSpaceAfterSeparator plugin removed exactly that (W3C clreq: no extra
  // space between Western text and full-width punctuation).
  test('joins a line that ends or starts with full-width punctuation, whatever is on the other side', async () => {
    expect(joinCjkLines('排版软件。\nTypst 语法比 LaTeX 简单')).toBe('排版软件。Typst 语法比 LaTeX 简单');
    expect(joinCjkLines('例如，\nVS Code 的插件')).toBe('例如，VS Code 的插件');
    expect(joinCjkLines('用 Typst\n（一种排版软件）写作')).toBe('用 Typst（一种排版软件）写作');
    expect(joinCjkLines('它说：  \n  42 是答案')).toBe('它说：42 是答案');
    // Latin punctuation and Latin words keep their space, as before.
    expect(joinCjkLines('It ends.\nTypst is next')).toBe('It ends.\nTypst is next');
    expect(joinCjkLines('安装 Scoop\nand then')).toBe('安装 Scoop\nand then');
    expect(cjkLineBreaks(context('排版软件。\nTypst 语法'))).not.toBeNull();
    const { html } = await markdownToHtml('排版软件 [^a]。\nTypst 语法比 LaTeX 简单，\n`code` 也行。\n\n[^a]: 注。\n', { mdastPlugins: [cjkLineBreaks] });
    expect(html).toContain('。Typst 语法比 LaTeX 简单，<code>code</code> 也行。');
  });
});
