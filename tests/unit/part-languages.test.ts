/**
 * The language of parts (WCAG 3.1.2): an English passage in a Chinese post (a LeetCode problem
 * quoted in darjun's `ARTS第四周`) had no `lang="en"`, so screen readers read it with the Chinese
 * voice, and a Chinese quote in an English post was read with the English one. Each text block
 * wholly in the other script now carries its own `lang` (pages/_lib/part-languages.ts).
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { MARKDOWN_PLUGIN_MODULES } from '../../src/integration/render-key.ts';
import { BODY_FIXES } from '../../src/pages/_lib/body-fixes.ts';
import { partLanguage, partLanguages } from '../../src/pages/_lib/part-languages.ts';

const render = (source: string) => (markdownToHtml(source, { features: { gfm: true }, hastPlugins: [partLanguages] }) as { html: string }).html;
const zhPost = (body: string) => render(`---\ntitle: ARTS第四周\n---\n\n本周完成了两个与栈相关的题目，下面是题目的描述和我的解法。\n\n${body}`);
const ENGLISH = 'I spent the weekend reading about the history of tea in the south of China, and these are my notes on what I found there.';
const enPost = (body: string) => render(`---\ntitle: Notes on tea\n---\n\n${ENGLISH}\n\n${body}`);

describe('partLanguage', () => {
  test.each([
    ['Evaluate the value of an arithmetic expression.', 'zh', 'en'],
    ['Go', 'zh', undefined],
    ['API', 'zh', undefined],
    ['Internationalization', 'zh', 'en'],
    ['这里用 Go 语言写。', 'zh', undefined],
    ['2019-04-02', 'zh', undefined],
    ['学而时习之，不亦说乎。', 'en', 'zh-CN'],
    ['這是臺灣的茶。', 'en', 'zh-Hant'],
    ['Chinese 中文 mixed', 'en', undefined],
    ['すしが好きです', 'en', undefined],
  ] as const)('%j in a %s post is %s', (text, post, lang) => {
    expect(partLanguage(text, post)).toBe(lang);
  });
});

describe('passages in the other script on the built page', () => {
  test('an English paragraph and quote in a Chinese post are lang="en"', () => {
    const html = zhPost('> Evaluate the value of an arithmetic expression in Reverse Polish Notation.\n\nThe given RPN expression is always valid.\n');
    expect(html).toContain('<p lang="en">Evaluate the value of an arithmetic expression in Reverse Polish Notation.</p>');
    expect(html).toContain('<p lang="en">The given RPN expression is always valid.</p>');
    expect(html).toContain('<p>本周完成了两个与栈相关的题目');
  });

  test('a Chinese sentence with an English word, and a short English heading, keep the post language', () => {
    const html = zhPost('Java 中的 Stack 是线程安全的。\n\n## 2 Algorithm\n\n> Note:\n');
    expect(html).toContain('<p>Java 中的 Stack 是线程安全的。</p>');
    expect(html).toContain('<h2>2 Algorithm</h2>');
    expect(html).toContain('<p>Note:</p>');
    expect(html).not.toContain('lang=');
  });

  test('code is never marked, and counts towards a sentence only beside English prose', () => {
    const html = zhPost('```\nreturn the value of an expression\n```\n\n`npm install satteri astro`\n\nRun `npm install` before the build.\n');
    expect(html).toContain('<pre><code>return the value');
    expect(html).toContain('<p><code>npm install satteri astro</code></p>');
    expect(html).toContain('<p lang="en">Run <code>npm install</code> before the build.</p>');
  });

  test('list items and table cells are marked each on its own; a loose item through its paragraph', () => {
    const html = zhPost('- Each operand may be an integer\n- 每个操作数\n\n1. Division between two integers\n\n2. 第二项\n\n| 字段 | 描述 |\n| - | - |\n| pubDatetime | The date and time of publication |\n');
    expect(html).toContain('<li lang="en">Each operand may be an integer</li>');
    expect(html).toContain('<li>每个操作数</li>');
    expect(html).toMatch(/<li>\s*<p lang="en">Division between two integers<\/p>/);
    expect(html).toContain('<td>pubDatetime</td>');
    expect(html).toContain('<td lang="en">The date and time of publication</td>');
  });

  test('a Chinese quote in an English post is zh-CN, a Traditional one zh-Hant; a mixed one is left alone', () => {
    const html = enPost('> 学而时习之，不亦说乎。\n\n這是臺灣的茶。\n\nThe word 茶 means tea.\n');
    expect(html).toContain('<p lang="zh-CN">学而时习之，不亦说乎。</p>');
    expect(html).toContain('<p lang="zh-Hant">這是臺灣的茶。</p>');
    expect(html).toContain('<p>The word 茶 means tea.</p>');
    expect(html).toContain(`<p>${ENGLISH}</p>`);
  });

  test('a lang the author wrote is kept', () => {
    expect(render('<p lang="fr">Bonjour à tous les amis</p>\n\n中文的段落，很长很长的一段话。\n')).toContain('<p lang="fr">');
  });

  test('runs on the page and in the preview through BODY_FIXES, and is part of the render key', () => {
    expect(BODY_FIXES).toContain(partLanguages);
    expect(MARKDOWN_PLUGIN_MODULES.some((u) => u.pathname.endsWith('/part-languages.ts'))).toBe(true);
  });
});
