/**
 * The editor preview shows a code block's name, AstroPaper's contents marker and Latin emphasis in
 * a Chinese post as the built page does (code-titles.ts, toc-placeholder.ts, latin-emphasis.ts,
 * cjk-line-breaks.ts, and Sätteri's pairing of emphasis): each body is rendered both ways.
 * Before, the preview dropped the name, showed the empty "Table of contents" heading, dotted
 * Latin emphasis in a Chinese post, left `**_word_**` after a Chinese character as text and
 * showed a space where a Chinese paragraph wraps in the source.
 */
import { describe, expect, test } from 'vitest';
import { renderPreview } from '../../../../src/studio/drafts/markdown-preview.ts';
import { builtHtml, tight } from './built-page.ts';

const same = (source: string) => expect(tight(renderPreview(source))).toBe(tight(builtHtml(source)));

describe('the editor preview of a code block name', () => {
  test.each([
    ['```js title="src/main.js"\nlet a = 1;\n```\n'],
    ["```ts file=src/config.ts {1,3}\nconst a = '<b>';\n```\n"],
    ["~~~py title='q.py'\np = 1\n~~~\n"],
    ['```title="no-language.txt"\nx\n```\n'],
    ['```title="a.txt" {1}\nx\n```\n'],
    ['```{1,3} title="b.txt"\nx\n```\n'],
    ['```{1,3}\nno name, no language\n```\n'],
    ['```js title="a&amp;b <c>.js"\nx\n```\n'],
    ['```js {1,4} frame="none"\nno name\n```\n'],
    ['- ```sh title="run.sh"\n  npm test\n  ```\n'],
    // Meta for the first word in an ordered list item: the preview showed it as the language.
    ['1. ```{1,3}\n   no name, no language\n   ```\n'],
    ['2) ~~~{1}\n   x\n   ~~~\n'],
  ])('%j looks as on the built page', same);

  test('stays safe: a name is text', () => {
    const html = renderPreview('```js title="<img src=x onerror=alert(1)>"\nx\n```\n');
    expect(html).toContain('<figcaption class="code-title">&lt;img src=x onerror=alert(1)&gt;</figcaption>');
    expect(html).not.toMatch(/<img/);
  });
});

describe("the editor preview of AstroPaper's contents marker", () => {
  test.each([
    ['Intro.\n\n## Table of contents\n\n## Creating a Blog Post\n\nText.\n'],
    ['Intro\n\n## 目录\n\n## 第一章\n\n正文\n'],
    ['Intro.\n\n## TOC\n'],
    [':::note\n## Contents\n:::\n\n- ## Contents\n- b\n'],
    ['## Table of contents\n\nThe list below.\n\n## Next\n'],
    ['## Contents\n\n### Part one\n\nx\n'],
    ['## Table of contents of the book\n\n## Next\n'],
    ['### Contents\n\n## Next\n'],
    ['Intro.\n\n[TOC]\n\n## One\n\nText.\n'],
    ['@[TOC](文章目录)\n\n## 第一章\n\n正文\n'],
    ['[[_TOC_]]\n\nSee [TOC] below.\n'],
    ['`[TOC]`\n\n**[TOC]**\n'],
  ])('%j looks as on the built page', same);
});

describe('the editor preview of emphasis in a Chinese post', () => {
  test.each([
    ['这是中文文章，里面有*Latin words*和*中文强调*，以及*mixed 中文*。\n'],
    ['这是中文文章。*外层 *inner* 外层*，*outer *内层* outer*。\n'],
    ['**重点**文字，这是**“引用”**的，还有 **_pubDatetime_** 字段。\n'],
    ['An English post keeps its *emphasis* as it is.\n'],
    // Asterisks written as literal stay text (an LCTT translation escapes them in code only).
    ['**目标：**本文提供一些内容。\n\n    grep --include=\\*.conf bash /etc/*\n'],
    ['**1、你在 \\*nix 服务器上登录后键入的命令是什么？**然后，还有&#42;星号&#42;和&ast;。\n'],
    ['- **粗\\*体。**后，**“引号”**的\n'],
  ])('%j looks as on the built page', same);

  // Sätteri lets an `_` beside an asterisk run (and an `*` beside an underscore run) loosen the
  // run's rule, where CommonMark (micromark) counts it as punctuation.
  test.each([
    ['这是中文文章，还有**_pubDatetime_**，以及**_title_**字段。\n'],
    ['a**_b_**c, a**_b**c, a**b_**c, a*_b_*c and x*_b*.\n'],
    ['*__b__*, _**b**_, foo_**bar**_baz, __init__ and **__init__**.\n'],
    ['snake_case_name and *a_b* and _x_ and a***_b_***c.\n'],
    ['x _*(.*“ y, x 文*b)*_.* y and \\***a** and ~~_a_~~.\n'],
  ])('%j is emphasised as on the built page', same);

  test.each([
    ['中文段落在源文件里\n换行了，*强调*\n也是，English\nwords 和中文\n相接。\n\n```\n代码\n里的\n换行\n```\n\n`行内\n代码` 和硬换行中\\\n文。\n'],
  ])('%j joins lines between Chinese characters as on the built page', same);

  // Neither the page nor the preview joined them: the test that hands them the body looked for a CJK character right after the line break, not after `>`.
  test.each([['> 外婆的红烧肉\n> 要小火慢炖\n'], ['- 菜谱\n\n  > > 外婆的红烧肉\r\n  > > 要小火慢炖\n'], ['> The braise\n> 「慢炖」 now\n']])('%j joins lines in a blockquote as on the built page', (source) => {
    same(source);
    expect(renderPreview(source)).toMatch(/红烧肉要小火|braise「慢炖」/);
  });

  test('follows the post language, its lang field or its text', () => {
    expect(renderPreview('Words *here*.', { lang: 'zh-CN' })).toContain('<em lang="en">here</em>');
    expect(renderPreview('Words *here*.', { lang: 'en' })).toContain('<em>here</em>');
  });
});
