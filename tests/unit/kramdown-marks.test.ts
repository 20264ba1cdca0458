/**
 * kramdown's marks in moved Jekyll posts: `{: .class}`, `{: #id}` and `{:toc}` lines, span
 * attribute lists after images and links, `{::comment}` blocks. Jekyll's Markdown turns them into
 * attributes or removes them; the portfolio renders plain Markdown and showed each as text (a
 * trial on real Jekyll blogs). Import removes them as Jekyll would, keeping what a reader saw.
 */
import { describe, expect, test } from 'vitest';
import { stripKramdownMarks } from '../../src/core/moved-posts/kramdown.ts';
import { planMove } from '../../src/core/moved-posts/plan.ts';

describe('stripKramdownMarks', () => {
  test.each([
    ['a block attribute list under a paragraph', 'A paragraph.\n{: .lead}\n\nNext.\n', 'A paragraph.\n\nNext.\n'],
    ['one before a paragraph (kramdown applies it to the block after)', '{: class="surface-block"}\n武大郎途中相遇郓哥。\n', '武大郎途中相遇郓哥。\n'],
    ['one between two lines, which it ends as two paragraphs', 'First.\n{: .a}\nSecond.\n', 'First.\n\nSecond.\n'],
    ['one under a list item, with its line', '* Item\n    {: .note}\n* Next\n', '* Item\n* Next\n'],
    ['an attribute list definition', '{:ref: .big #x}\nText.\n', 'Text.\n'],
    ["a heading's id, which stays the heading's", '## Intro\n{: #intro .lead}\n\nText.\n', '## Intro {#intro}\n\nText.\n'],
    ["a heading's no_toc class", '## Skip me\n{:.no_toc}\n', '## Skip me\n'],
    ['the table of contents marker and its list', 'Intro.\n\n* TOC\n{:toc}\n\n## One\n', 'Intro.\n\n## One\n'],
    ['a numbered one', '1. this line is replaced\n{:toc}\n\nText.\n', 'Text.\n'],
    ['span attribute lists after an image, a link and emphasis', '![](a.jpg){: loading="lazy" class="clickable" }\n\n[《初见浙昆》](/a.html){: target="_blank" }。*so*{:.red}\n', '![](a.jpg)\n\n[《初见浙昆》](/a.html)。*so*\n'],
    ["an image's alt given by its attribute list, which a reader was shown", '![](https://oss.example.com/a.jpg){: loading="lazy" alt="游街" }\n', '![游街](https://oss.example.com/a.jpg)\n'],
    ['a comment block, never shown', 'Text.\n\n{::comment}\n草稿\n{:/comment}\n\nMore.\n', 'Text.\n\nMore.\n'],
    ["nomarkdown and options marks, whose text between stays", '{::options parse_block_html="true" /}\n{::nomarkdown}\n<div>x</div>\n{:/nomarkdown}\n', '<div>x</div>\n'],
    ['one between two items of a list, which stays tight (trial: a blank line there made it loose)', '- one\n{: .a}\n- two\n\n1. 第一步\n{: .step}\n2. 第二步\n', '- one\n- two\n\n1. 第一步\n2. 第二步\n'],
    ["a heading's id on its own line, which stays the heading's", '## Race day {: #custom-id}\n\nText.\n', '## Race day {#custom-id}\n\nText.\n'],
    ["a heading's class on its own line", '## Race day {:.no_toc}\n', '## Race day\n'],
    ['nomarkdown within a line, whose text stays', 'Text with {::nomarkdown}<b>x</b>{:/nomarkdown} inline.\n', 'Text with <b>x</b> inline.\n'],
    ['an attribute list in a file with CRLF line endings, which stay', 'A.\r\n{: .lead}\r\n\r\nB.\r\n', 'A.\r\n\r\nB.\r\n'],
  ])('removes %s', (_what, body, expected) => {
    expect(stripKramdownMarks(body).body).toBe(expected);
  });

  test.each([
    ['code blocks and inline code', 'Write `{: .lead}` under it:\n\n```markdown\nA.\n{: .lead}\n{:toc}\n```\n\n    {::comment}\n'],
    ['prose with braces and a Hugo heading id', 'A set {a, b} and {:not closed\n\n## Title {#title}\n'],
  ])('leaves alone %s', (_what, body) => {
    expect(stripKramdownMarks(body)).toEqual({ body, counts: { lists: 0, toc: 0, comments: 0, extensions: 0, headingIds: 0, alts: 0 } });
  });

  test('counts what it removed', () => {
    const { counts } = stripKramdownMarks('## A\n{: #a}\n\n* TOC\n{:toc}\n\nx{:.b}\n\n![](a.png){: alt="A" }\n\n{::comment}\nx\n{:/comment}\n');
    expect(counts).toEqual({ lists: 3, toc: 1, comments: 1, extensions: 0, headingIds: 1, alts: 1 });
  });
});

describe('planMove of a Jekyll post with kramdown marks', () => {
  test('writes it without them, with one note that says what went, in English and Chinese', () => {
    const text = '---\ntitle: 昆曲\n---\n\n* TOC\n{:toc}\n\n## 开场\n{: #start}\n\n![](a.jpg){: class="clickable" alt="游街" }\n{: .surface}\n\n{::comment}\n草稿\n{:/comment}\n';
    const move = planMove([{ path: '_posts/2024-05-01-kunqu.md', text }], [], { channel: 'blog', status: 'published' }).moves[0]!;
    expect(move.text).toBe('---\ntitle: 昆曲\nchannel: blog\nstatus: published\ndate: 2024-05-01\n---\n\n## 开场 {#start}\n\n![游街](a.jpg)\n\n');
    expect(move.notes).toContainEqual({
      en: 'its kramdown marks, which the portfolio would show as text, are removed as Jekyll removes them: 3 attribute lists ({: …}; a heading\'s {: #id} is now {#id}, an image\'s alt="…" its alt text), the table of contents marker (* TOC / {:toc}: the portfolio makes its own), 1 {::comment} block',
      zh: '它的 kramdown 标记（作品集网站会把它们显示为文字）已像 Jekyll 那样去掉：3 个属性列表（{: …}；标题的 {: #id} 已改为 {#id}，图片的 alt="…" 已改为它的说明文字）、目录标记（* TOC / {:toc}：作品集网站会自己生成目录）、1 个 {::comment} 注释块',
    });
  });
});
