/**
 * A post whose frontmatter YAML does not parse is refused with the field at fault named, as a
 * bad value is: a key written twice says so with both lines, and the parser's common reasons
 * are worded in Chinese too.
 */
import { describe, expect, test } from 'vitest';
import { parsePostText } from '../../src/core/post-file.ts';
import { errorOf } from './throughline-error.ts';

const file = 'content/posts/bad/x.md';
const post = (...frontmatter: string[]) => ['---', ...frontmatter, '---', '正文'].join('\n');
const refuse = (text: string) => errorOf(() => parsePostText(text, 'bad/x', file));

describe('a frontmatter that is not valid YAML', () => {
  test('names a key written twice, with the lines of both, in English and Chinese', () => {
    const error = refuse(post('title: 重复键', 'channel: wechat', 'title: 第二个标题', 'status: draft'));
    expect(error.field).toBe('title');
    expect(error.format('en')).toMatch(/^content\/posts\/bad\/x\.md: title: is written twice in the frontmatter \(lines 2 and 4\)/);
    expect(error.format('zh')).toMatch(/^content\/posts\/bad\/x\.md: title: 在 frontmatter 里写了两次（第 2 行和第 4 行）/);
  });

  // English got js-yaml's own words ("deficient indentation", "bad indentation of a mapping
  // entry"), which say nothing of the quote or colon at fault; Chinese got the reason.
  test.each([
    ['an unclosed quote', ['title: "Missing quote', 'channel: blog', 'status: draft'], 'deficient indentation at line 3, column 1: most likely a quote or bracket on the line above is not closed'],
    ['a colon inside a plain value', ['title: Why: APIs', 'channel: blog'], 'bad indentation of a mapping entry at line 2, column 11: most likely a ": " inside a value that is not quoted'],
    ['an apostrophe inside single quotes', ["title: 'Sam's API'", 'channel: blog'], `at line 2, column 13: most likely a ": " inside a value that is not quoted, or a quote inside a value that the same quote opened (write "Sam's", or 'Sam''s')`],
    ['a tab before a list item', ['title: x', 'tags:', '\t- api'], 'tab characters must not be used in indentation at line 4, column 1: indent with spaces, not tabs'],
    ['a list that runs to the end', ['title: x', 'tags: [api, sdk'], 'within a flow collection at line 3, column 16: a "[" or "{" is not closed'],
    ['an unclosed [', ['title: x', 'tags: [api, sdk', 'channel: blog'], 'deficient indentation at line 4, column 1: most likely a quote or bracket on the line above is not closed'],
  ])('explains in English the common reason of %s', (_, lines, words) => {
    expect(refuse(post(...lines)).format('en')).toContain(words);
  });

  // Chinese named only the unquoted ": ", so 'Sam's API' was told to add quotes it already had.
  test('explains in Chinese too a quote inside a value that the same quote opened', () => {
    const zh = refuse(post("title: '小明's 计划'", 'channel: wechat')).format('zh');
    expect(zh).toContain('第 2 行');
    expect(zh).toContain(`"Sam's" 或 'Sam''s'`);
  });

  test.each([
    ['an unclosed [ on the title line', ['title: [未闭合', 'channel: wechat', 'status: draft'], 'title', '引号或括号没有闭合'],
    ['an unclosed quote', ['channel: wechat', 'title: "半个引号', 'status: draft'], 'title', '引号或括号没有闭合'],
    ['a colon inside a plain value', ['title: 结论: 别跳槽', 'channel: wechat'], 'title', '加引号'],
    ['a tab before a field', ['title: x', '\tchannel: wechat'], 'channel', 'Tab'],
    ['a tab before a key of a field\'s own mapping', ['title: x', 'author:', '\tname: 林', '\turl: https://example.com'], 'author', 'Tab'],
    ['a list item indented less than the one before', ['title: x', 'tags:', '  - a', ' - b'], 'tags', undefined],
  ])('names the field of %s', (_, lines, field, zhWords) => {
    const error = refuse(post(...lines));
    expect(error.field).toBe(field);
    if (zhWords) expect(error.format('zh')).toContain(zhWords);
    expect(error.format('zh')).not.toMatch(/deficient|indentation|mapping/);
  });
});
