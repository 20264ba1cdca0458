import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { cjkEmphasis, literalAsterisks, partsText } from '../../src/core/cjk-emphasis.ts';
import { cjkEmphasisMarks } from '../../src/pages/_lib/cjk-emphasis.ts';
import { cjkLineBreaks } from '../../src/pages/_lib/cjk-line-breaks.ts';
import { excerptOf } from '../../src/pages/_lib/excerpt.ts';
import { renderPreview } from '../../src/studio/drafts/markdown-preview.ts';
import { builtHtml } from './studio/drafts/built-page.ts';

const context = (source: string) => ({ source, fileURL: undefined, sourceFormat: 'markdown', data: {} }) as Parameters<typeof cjkEmphasisMarks>[0];
const html = async (source: string) => (await markdownToHtml(source, { mdastPlugins: [cjkEmphasisMarks, cjkLineBreaks] })).html;

// Sentences of real posts (a docsify wiki, LCTT translations) whose bold showed its asterisks.
const REAL = [
  ['- **太阳能供电。**自给自足', '<strong>太阳能供电。</strong>自给自足'],
  ['**做信息的主人，而不是奴隶。**RSS 是一种公开的协议。', '<strong>做信息的主人，而不是奴隶。</strong>RSS 是一种公开的协议。'],
  ['Wiki 的形式像 **档案库。**侧边栏目录分出不同的类别。', 'Wiki 的形式像 <strong>档案库。</strong>侧边栏目录分出不同的类别。'],
  ['这是**“引号”**的例子。', '这是<strong>“引号”</strong>的例子。'],
  ['请按**「确定」**按钮。', '请按<strong>「确定」</strong>按钮。'],
  // CommonMark pairs the ** after ” with the one before 「 (bold on 的例子，请按): read again as a whole.
  ['这是**“引号”**的例子，请按**「确定」**按钮。', '这是<strong>“引号”</strong>的例子，请按<strong>「确定」</strong>按钮。'],
  ['## 标题里**“重点”**的，和**「这个」**一样', '标题里<strong>“重点”</strong>的，和<strong>「这个」</strong>一样'],
] as const;

// Documents that write an asterisk as literal text (`\\*`, a character reference): that one stays text.
const ESCAPED = [
  ['**目标：**本文提供一些关于如何搜索出指定目录的文件。\n\n    # grep -Ril --include=\\*.conf bash /etc/*\n', '<strong>目标：</strong>本文提供'],
  ['**1、你在 \\*nix 服务器上登录后键入的前五个命令是什么？**然后', '<strong>1、你在 *nix 服务器上登录后键入的前五个命令是什么？</strong>然后'],
  ['这是\\*不是粗体。\\*后面 **粗体。**后', '这是*不是粗体。*后面 <strong>粗体。</strong>后'],
  ['&#42;不是。&#42;后 **粗体。**后', '*不是。*后 <strong>粗体。</strong>后'],
  ['\\***粗体。**后', '*<strong>粗体。</strong>后'],
  ['- **粗\\*体。**后，**“引号”**的', '<strong>粗*体。</strong>后，<strong>“引号”</strong>的'],
  ['在命令中添加**--chunk=desired_chunk_size**。选项**-name \'file??\'**指定了 \\*.conf', '添加<strong>--chunk=desired_chunk_size</strong>。选项<strong>-name \'file??\'</strong>指定了 *.conf'],
] as const;

describe('CJK-friendly emphasis (core/cjk-emphasis.ts)', () => {
  test('pairs the marks CommonMark leaves around CJK punctuation, as the amendments read them', () => {
    expect(cjkEmphasis('**为了学习规则，必须首先相信它。**一个人')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: '为了学习规则，必须首先相信它。' }] },
      { type: 'text', value: '一个人' },
    ]);
    expect(cjkEmphasis('*斜体。*接着')).toEqual([{ type: 'emphasis', children: [{ type: 'text', value: '斜体。' }] }, { type: 'text', value: '接着' }]);
    // CommonMark's nesting: *** is emphasis around strong, and a * inside ** pairs inside it.
    expect(cjkEmphasis('***重要。***然后')?.[0]).toEqual({ type: 'emphasis', children: [{ type: 'strong', children: [{ type: 'text', value: '重要。' }] }] });
    expect(partsText(cjkEmphasis('**外面*里面。*外面。**后')!)).toBe('外面里面。外面。后');
  });

  test('tells the asterisks a source writes as literal (escapes, character references) by their offsets in the text', () => {
    expect(literalAsterisks('a\\*b*c', 'a*b*c')).toEqual(new Set([1]));
    expect(literalAsterisks('&#42;&#x2A;&ast;&amp;*', '***&*')).toEqual(new Set([0, 1, 2]));
    // An escaped backslash before a real mark; a line's indent the parser dropped; astral characters before.
    expect(literalAsterisks('\\\\*x', '\\*x')).toEqual(new Set());
    expect(literalAsterisks('𠮷\\*一\n   二', '𠮷*一\n二')).toEqual(new Set([2]));
    expect(literalAsterisks('abc', 'xyz')).toBeNull();
    // Smart punctuation, as the page's parser applies it (an LCTT post: **--chunk=size**。 in a post escaping * in code).
    expect(literalAsterisks("\\*x --a ---b ...'c' \"d\"", "*x –a —b …‘c’ “d”")).toEqual(new Set([0]));
    // Not a delimiter: a literal run beside a real one pairs without it.
    expect(cjkEmphasis('***粗体。**后', new Set([0]))).toEqual([{ type: 'text', value: '*' }, { type: 'strong', children: [{ type: 'text', value: '粗体。' }] }, { type: 'text', value: '后' }]);
    expect(cjkEmphasis('*不是。*后', new Set([0, 4]))).toBeNull();
  });

  test('leaves alone what is no emphasis by either rule, and text with no CJK near a mark', () => {
    expect(cjkEmphasis('5 * 3 = 15 和 2 * 4')).toBeNull();
    // A space just inside the mark: not emphasis under the amendments either.
    expect(cjkEmphasis('** 一些服务器的优点：**')).toBeNull();
    expect(cjkEmphasis('加载 tinyScreen.css 文件**：')).toBeNull();
    expect(cjkEmphasis('no CJK here: **"quoted."**and on')).toBeNull();
  });
});

describe('the CJK emphasis plugin on the page', () => {
  test.each(REAL)('%s', async (source, expected) => {
    expect(await html(source)).toContain(expected);
  });

  test('works with the line break plugin, in Markdown and MDX, and leaves code as written', async () => {
    const out = await html('- **两行\n的粗体。**之后\n\n`**代码。**里`和**粗。**体 [**链接。**里](x)');
    expect(out).toContain('<strong>两行的粗体。</strong>之后');
    expect(out).toContain('<code>**代码。**里</code>和<strong>粗。</strong>体 <a href="x"><strong>链接。</strong>里</a>');
    const { code } = await mdxToJs('**做信息的主人。**RSS 协议。', { jsxImportSource: 'astro', mdastPlugins: [cjkEmphasisMarks] });
    expect(code).toMatch(/strong/);
    expect(code).not.toContain('**');
  });

  // hh54188's Jekyll blog: CommonMark pairs the ** after （how） with the one before 只, bold on the
  // words between; with inline code elsewhere in the paragraph each text was read on its own and
  // the page showed **如何（how） and （just call）** (markdown-it-cjk-friendly and
  // remark-cjk-friendly bold both, and **`MyComponent`**).
  test('reads a paragraph with inline code, links or images among its text as a whole, each of those as punctuation', async () => {
    const angular = '我们不在组件中直接使用 API provider (比如 `CashflowCategoryApi`) 因为它们存在于核心层中。表现层不应该关心工作是**如何（how）**完成的，组件在必要的时候**只需要调用（just call）**抽象层的方法即可（委托）。';
    expect(await html(angular)).toContain('因为它们存在于核心层中。表现层不应该关心工作是<strong>如何（how）</strong>完成的，组件在必要的时候<strong>只需要调用（just call）</strong>抽象层');
    expect(await html('下面的例子展示了构造函数。在这个场景里**`MyComponent`**可以在应用里做任何事情。')).toContain('在这个场景里<strong><code>MyComponent</code></strong>可以');
    expect(await html('见**[链接](https://e.com "t")**后，**粗体。**然后 ![图](a.png) `c`')).toContain('见<strong><a href="https://e.com" title="t">链接</a></strong>后，<strong>粗体。</strong>然后 <img src="a.png" alt="图"> <code>c</code>');
    // A pair CommonMark made stays, and so does emphasis inside a link.
    expect(await html('普通 `code` 和 **粗体** 文字，见 [**链接。**后](u)和**粗。**后')).toContain('普通 <code>code</code> 和 <strong>粗体</strong> 文字，见 <a href="u"><strong>链接。</strong>后</a>和<strong>粗。</strong>后');
    // The description reads the same.
    expect(excerptOf(angular, 500)).toContain('工作是如何（how）完成的，组件在必要的时候只需要调用（just call）抽象层');
    expect(excerptOf('在这个场景里**`MyComponent`**可以。')).toBe('在这个场景里MyComponent可以。');
  });

  test('reads four asterisks between two words as one bold ending and the next starting (no asterisks shown)', async () => {
    // The same blog: CommonMark (GitHub) shows **，再到** and the CJK-friendly plugins BackboneJS****，再到 in bold.
    const source = '从裸写** **JavaScript** **的年代，到** **BackboneJS****，再到** **React****，你看到团队中能把代码写好的人真的是越来越多的吗？**';
    const out = await html(`你仔细回想就不难发现，**工具的好坏和你代码的好坏没有关系，${source}`);
    expect(out).not.toContain('*');
    expect(out).toContain('<strong>BackboneJS</strong><strong>，再到</strong> <strong>React</strong><strong>，你看到团队中能把代码写好的人真的是越来越多的吗？</strong>');
    expect(await html('BackboneJS****，中文')).toBe('<p>BackboneJS****，中文</p>\n');
  });

  test('tells literal asterisks through smart punctuation, as the built page parses', () => {
    // Two real LCTT posts (RAID 10, xargs) escape * in code and bold an option before Chinese text.
    expect(builtHtml('在命令中添加**--chunk=desired_chunk_size**。选项**-name \'file??\'**指定了 \\*.conf')).toContain('添加<strong>–chunk=desired_chunk_size</strong>。选项<strong>-name ‘file??’</strong>指定了 *.conf');
  });

  test('leaves itself out of a document with no asterisk near CJK text', () => {
    expect(cjkEmphasisMarks(context('**Bold.**and on\n\n中文段落。'))).toBeNull();
    expect(cjkEmphasisMarks(context('**粗体。**后'))).not.toBeNull();
  });

  // An LCTT translation (20171130 "How to find all files with a specific text using Linux shell")
  // escapes asterisks in its code only; the whole post was left to CommonMark, its bold shown as **.
  test.each(ESCAPED)('pairs a document that writes asterisks as literal, and keeps those: %s', async (source, expected) => {
    expect(await html(source)).toContain(expected);
  });
});

describe('the same emphasis in the editor preview and in excerpts', () => {
  test.each(REAL)('preview: %s', (source, expected) => {
    expect(renderPreview(source, { lang: 'zh' })).toContain(expected);
  });

  test.each(ESCAPED)('preview of a document that writes asterisks as literal: %s', (source, expected) => {
    expect(renderPreview(source, { lang: 'zh' })).toContain(expected);
  });

  // The page reads a paragraph with code or links as a whole (ATOM); the preview reads it the same.
  const WITH_CODE = [
    ['公有方法 `load()` 封装了细节。表现层不应该关心工作是**如何（how）**完成的，组件在必要的时候**只需要调用（just call）**抽象层', '工作是<strong>如何（how）</strong>完成的，组件在必要的时候<strong>只需要调用（just call）</strong>抽象层'],
    ['在这个场景里**`MyComponent`**可以', '在这个场景里<strong><code>MyComponent</code></strong>可以'],
    ['见**[链接](https://e.com)**后，**粗体。**然后 `c`', '见<strong><a href="https://e.com">链接</a></strong>后，<strong>粗体。</strong>然后 <code>c</code>'],
    ['见 [**链接。**后](u)和**粗。**后 `c`', '见 <a href="u"><strong>链接。</strong>后</a>和<strong>粗。</strong>后 <code>c</code>'],
  ] as const;
  test.each(WITH_CODE)('preview of a paragraph with code or a link, as the page: %s', async (source, expected) => {
    expect(await html(source)).toContain(expected);
    expect(renderPreview(source, { lang: 'zh' })).toContain(expected);
  });

  test('an excerpt keeps literal asterisks and leaves the marks out', () => {
    expect(excerptOf('这是\\*不是粗体。\\*后面 **粗体。**后')).toBe('这是*不是粗体。*后面粗体。后。');
    expect(excerptOf('**1、你在 \\*nix 服务器上登录后键入的前五个命令是什么？**然后')).toBe('1、你在 *nix 服务器上登录后键入的前五个命令是什么？然后。');
  });

  test('an excerpt leaves the marks out', () => {
    expect(excerptOf('这是**“引号”**的例子，请按**「确定」**按钮。')).toBe('这是“引号”的例子，请按「确定」按钮。');
    expect(excerptOf('**做信息的主人，而不是奴隶。**RSS 是一种公开的协议，可自由更换平台与客户端。')).toBe('做信息的主人，而不是奴隶。RSS 是一种公开的协议，可自由更换平台与客户端。');
  });
});
