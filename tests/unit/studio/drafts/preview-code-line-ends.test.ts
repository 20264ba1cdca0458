/**
 * A code block written with CRLF line ends (a file saved on Windows) previews as the built page
 * writes it: its line ends kept, its text ending in one `\n`. The preview ended it in `\r\n`, and
 * in a body with raw HTML turned every `\r\n` into `\n`.
 */
import { describe, expect, test } from 'vitest';
import { renderPreview } from '../../../../src/studio/drafts/markdown-preview.ts';
import { builtHtml, tight } from './built-page.ts';

const same = (source: string) => expect(tight(renderPreview(source))).toBe(tight(builtHtml(source)));

describe('the editor preview of code line ends', () => {
  test.each([
    ['```js\r\nconst a = 1;\r\n\r\nb\r\n```\r\n'],
    ['Text\r\n\r\n```\r\nx\r\n```\r\n'],
    ['~~~\r\na\r\n~~~\n'],
    ['    code\r\n    more\r\n'],
    ['```\r\na\r\nb'],
    ['> ```\r\n> a\r\n> ```\r\n'],
    ['- x\r\n\r\n  ```\r\n  a\r\n  ```\r\n'],
    ['```js title="a.js"\r\na\r\n```\r\n'],
    ['```\ra\rb\r```\r'],
    ['```\r\na\r\n\r\n```\r\n'],
    ['```\r\na\r\nb\r\n```\r\n\r\n<b>raw</b> HTML too\r\n'],
    ['<pre><code>x\r\ny\r\n</code></pre>\r\n\r\n```\r\na\r\nb\r\n```\r\n'],
    ['```\na\nb\n```\n'],
  ])('%j looks as on the built page', same);

  test('keeps a code line that spells the closing tags as text', () => {
    expect(renderPreview('```\r\n</code></pre>\r\n```\r\n')).toContain('<code>&lt;/code&gt;&lt;/pre&gt;\n</code>');
  });
});
