/**
 * A reader trial with a screen reader (2026-12-07): the LeetCode problem darjun quotes in English
 * in his Chinese post `ARTS第四周` (the excerpt below) was read with the Chinese voice, since nothing
 * but the page said what language it was in, and a Chinese quote in an English post with the
 * English voice (WCAG 3.1.2, Language of Parts). The built page and the feeds' full text carry
 * the passage's own `lang` (pages/_lib/part-languages.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

function write(root: string, file: string, text: string): void {
  const path = join(root, 'content/posts', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const ARTS = `---
title: "ARTS第四周"
channel: blog
pillar: bread
status: published
publishedAt: 2026-09-21
---

本周完成了2个与栈相关的题目。

### 2.1 Evaluate Reverse Polish Notation
**问题描述：**

> Evaluate the value of an arithmetic expression in Reverse Polish Notation.

> Note:

* Java 中\`java.util.Stack\`是线程安全的，推荐使用\`java.util.ArrayDeque\`类。

\`\`\`java
class Solution { public int evalRPN(String[] tokens) { return 0; } }
\`\`\`
`;

const TEA = `---
title: "What Confucius said about learning"
channel: blog
pillar: bread
status: published
publishedAt: 2026-09-22
---

The first line of the Analects is one of the best known sentences in Chinese, and I keep coming back to it when I teach my weekend classes.

> 学而时习之，不亦说乎？

It says that learning, and going over what you learned, is a joy.
`;

const MDX = `---
title: "栈的题目"
channel: blog
pillar: bread
status: published
publishedAt: 2026-09-23
---

本周完成了两个与栈相关的题目，这是第二个。

> Given a string containing just the characters of brackets, determine if the input string is valid.
`;

let root: string;
let outDir: string;
const read = (path: string) => readFile(join(outDir, path), 'utf8');

beforeAll(async () => {
  root = await makeRoot('tl-part-languages-');
  write(root, '2026/arts-week4.md', ARTS);
  write(root, '2026/analects.md', TEA);
  write(root, '2026/brackets.mdx', MDX);
  ({ outDir } = await buildPortfolio(root));
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('passages in the other language on the built page', () => {
  it('marks the English problem statement of a Chinese post lang="en", its Chinese sentences, a short "Note:" and the code left alone', async () => {
    const html = await read('posts/2026/arts-week4/index.html');
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html).toMatch(/<h[23] lang="en"[^>]*>2\.1 Evaluate Reverse Polish Notation/);
    expect(html).toContain('<p lang="en">Evaluate the value of an arithmetic expression in Reverse Polish Notation.</p>');
    expect(html).toContain('<p>Note:</p>');
    expect(html).toContain('<li>Java 中<code>java.util.Stack</code>');
    expect(html).not.toMatch(/<(?:pre|code)\b[^>]*\blang=/);
  });

  it('marks an English passage in a Chinese MDX post as in a Markdown one', async () => {
    expect(await read('posts/2026/brackets/index.html')).toContain('<p lang="en">Given a string containing just the characters of brackets');
  });

  it('marks a Chinese quote in an English post with its Chinese tag', async () => {
    const html = await read('posts/2026/analects/index.html');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<p lang="zh-CN">学而时习之，不亦说乎？</p>');
    expect(html).toContain('<p>It says that learning');
  });

  it('gives the feeds\' full text the same marks as the page', async () => {
    const rss = await read('rss.xml');
    expect(rss).toContain('<p lang="en">Evaluate the value of an arithmetic expression');
    expect(rss).toContain('<p lang="zh-CN">学而时习之');
  });
});
