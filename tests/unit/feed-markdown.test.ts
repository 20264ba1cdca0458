import { describe, expect, test } from 'vitest';
import { convertHtmlToMarkdown, convertTextToMarkdown } from '../../src/core/feed/html-to-markdown.ts';

describe('convertHtmlToMarkdown', () => {
  test('keeps a code block fenced, with its language and its text untouched', () => {
    const md = convertHtmlToMarkdown('<pre><code class="language-js">if (a < b) { run("*x*"); }\n</code></pre>');
    expect(md).toBe('```js\nif (a < b) { run("*x*"); }\n```');
  });

  test('fences a <pre> that has no <code> inside', () => {
    expect(convertHtmlToMarkdown('<pre>a &lt; b\n  indented</pre>')).toBe('```\na < b\n  indented\n```');
  });

  test('keeps inline code as it is', () => {
    expect(convertHtmlToMarkdown('<p>Use <code>a &lt; b</code> here</p>')).toBe('Use `a < b` here');
  });

  test('keeps images and resolves a relative source against the entry address', () => {
    expect(convertHtmlToMarkdown('<img src="/img/a b.jpg" alt="A [dish]">', 'https://x.example/2025/post')).toBe(
      '![A \\[dish\\]](https://x.example/img/a%20b.jpg)',
    );
    expect(convertHtmlToMarkdown('<img src="pic.png" alt="">')).toBe('![](pic.png)');
  });

  test('resolves relative links and drops javascript: links but keeps their text', () => {
    expect(convertHtmlToMarkdown('<a href="../about">About</a>', 'https://x.example/blog/post')).toBe('[About](https://x.example/about)');
    expect(convertHtmlToMarkdown('<a href="javascript:alert(1)">click</a>')).toBe('click');
  });

  test('escapes text that would otherwise become HTML or an entity', () => {
    const md = convertHtmlToMarkdown('<p>&lt;script&gt;alert(1)&lt;/script&gt; and &amp;amp; and a &lt; b</p>');
    expect(md).toBe('&lt;script>alert(1)&lt;/script> and &amp;amp; and a &lt; b');
  });

  test('removes scripts and styles entirely', () => {
    expect(convertHtmlToMarkdown('<p>Hi</p><script>alert(1)</script><style>p{}</style>')).toBe('Hi');
  });

  test('turns headings, emphasis and lists into Markdown', () => {
    expect(convertHtmlToMarkdown('<h2>Grip</h2><p><strong>Hold</strong> <em>lightly</em></p><ul><li>one</li><li>two</li></ul>')).toBe(
      '## Grip\n\n**Hold** *lightly*\n\n-   one\n-   two',
    );
  });
});

describe('convertTextToMarkdown', () => {
  test('keeps paragraphs and escapes Markdown and HTML characters', () => {
    expect(convertTextToMarkdown('First *not bold* <b>\n\n  Second  ')).toBe('First \\*not bold\\* &lt;b>\n\nSecond');
  });
});
