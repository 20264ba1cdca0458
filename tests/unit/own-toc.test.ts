/**
 * A post moved from another blog often writes its own table of contents (daichangya/hexo-blog's
 * 23 个例子让你彻底搞定 Elasticsearch: a 目录 paragraph, then a list of links to its headings), and
 * its page showed the portfolio's contents box and then the author's list. A post with a list of
 * links to places of its page near its top, or after a contents label, has its own.
 */
import { describe, expect, it } from 'vitest';
import { hasOwnToc } from '../../src/pages/_lib/toc.ts';
import { isContentsLabel } from '../../src/core/own-toc.ts';

const own = (body: string, format: 'md' | 'mdx' = 'md') => hasOwnToc(body, format);

describe('hasOwnToc', () => {
  it('finds a 目录 paragraph followed by a list of links to the headings, percent-encoded as a pasted post has them', () => {
    expect(own('目录\n\n*   [例子](#%E4%BE%8B%E5%AD%90)\n*   [Query String](#Query%20String)\n*   [布尔查询](#布尔查询)\n\n原文 [dzone](https://dzone.com/a)\n\n## 例子\n\nx\n')).toBe(true);
  });

  it('finds a list under a ## Contents heading, a **目录** label with a rule after it, and a heading whose permalink follows its word (内容#)', () => {
    expect(own('Intro.\n\n## Contents\n\n- [Setup](#setup)\n  - [Soil](#soil)\n- [Water](#water)\n\n## Setup\n\n## Water\n')).toBe(true);
    expect(own('**目录**\n\n* [一、项目介绍](#_label0)\n* [二、概览](#_label1)\n\n* * *\n\n## 一、项目介绍\n')).toBe(true);
    expect(own('### 内容[#](#contents "Permalink")\n\n1.  [创建清单](#manifest)\n2.  [添加指令](#background)\n3.  [层逻辑](#logic)\n\n### 创建清单\n')).toBe(true);
  });

  it('finds an unlabelled list near the top: before the first section, or inside the first one', () => {
    expect(own('本节介绍缓存。\n\n*   [总览](#overview)\n*   [启用响应缓存](#enable)\n*   [限制或绕过缓存](#bypass)\n\n## 总览\n')).toBe(true);
    expect(own('## Lambda 表达式\n\n### 介绍\n\n快速列表：\n\n*   [Lambda作为对象](#Lambda作为对象)\n    *   [单方法接口匹配](#单方法接口匹配)\n*   [Implementation](#implementation)\n\n## Lambda作为对象\n')).toBe(true);
    expect(own('# A title the body repeats\n\n1. [One](#one)\n2. [Two](#two)\n\n## One\n\n## Two\n')).toBe(true);
  });

  it('finds a list of in-page links written as HTML, and reads an .mdx body', () => {
    expect(own('<ul>\n<li><a href="#a">A</a></li>\n<li><a href="#b">B</a></li>\n</ul>\n\n## A\n\n## B\n')).toBe(true);
    expect(own('import X from "./x";\n\n- [A](#a)\n- [B](#b)\n\n## A\n\n<X />\n\n## B\n', 'mdx')).toBe(true);
  });

  it('finds none in a list of steps that refer to a figure, a list of other sites, or a single in-page link', () => {
    expect(own('## 数据传输\n\n1.  `read()` 调用（参见 [图 2](#图-2) ）引发了一次切换。\n2.  数据被拷贝（参见 [图 1](#图-1)）。\n3.  返回。\n\n## 零拷贝\n')).toBe(false);
    expect(own('Links:\n\n- [Hugo](https://gohugo.io/#docs)\n- [Astro](https://astro.build/#start)\n- [x](#x)\n\n## A\n')).toBe(false);
    expect(own('- [Only](#only)\n- Text\n\n## Only\n')).toBe(false);
    expect(own('No link to a place of the page at all.\n\n## A\n\n## B\n')).toBe(false);
  });

  it('finds none in a list of in-page links further in, after the first section, without a label', () => {
    expect(own('## One\n\ntext\n\n## Two\n\n*   [简单查询](#simple)\n*   [基于分区的查询](#partition)\n\n### simple\n')).toBe(false);
    // The same list with a label is the author's contents, wherever it stands.
    expect(own('## One\n\ntext\n\n目录：\n\n*   [简单查询](#simple)\n*   [基于分区的查询](#partition)\n\n### simple\n')).toBe(true);
  });
});

describe('isContentsLabel', () => {
  it('reads the contents words with a colon or a permalink sign after them, and no longer text', () => {
    for (const label of ['目录', '目录：', 'Table of Contents', 'contents:', 'TOC', '内容#', '本文目录', '文章目录 ¶', '本文目錄', '內容：', '文章內容']) expect(isContentsLabel(label), label).toBe(true);
    for (const text of ['内容很多', '內容很多', 'The contents of the jar', '目录结构如下']) expect(isContentsLabel(text), text).toBe(false);
  });
});
