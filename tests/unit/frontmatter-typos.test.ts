/**
 * Frontmatter typos a writer with a Chinese input method makes: a full-width colon after a
 * field name (`title：`), and a title YAML reads as a number (`title: 2025`). Each is named with
 * its line and what to write instead, in English and Chinese, instead of a parser's reason
 * pointing at the next line or "a post needs a title" for a post that has one.
 */
import { describe, expect, test } from 'vitest';
import { errorOf } from './throughline-error.ts';
import { flowValueLines, parseFrontmatterYaml, parsePostText, quotedValueLines } from '../../src/core/post-file.ts';

const FILE = 'content/posts/2026/x.md';

describe('a full-width colon after a field name', () => {
  test('is named with its line and the colon to write, in English and Chinese', () => {
    const error = errorOf(() => parsePostText('---\ntitle： 分布式锁的坑\nchannel: blog\nstatus: draft\n---\n正文\n', '2026/x', FILE));
    expect(error.format('en')).toMatch(/^content\/posts\/2026\/x\.md: title: frontmatter is not valid YAML/);
    expect(error.format('en')).toContain('hint: line 2 has a full-width colon "：" after "title"; YAML needs a plain colon and a space: title: ');
    expect(error.format('zh')).toContain('建议：第 2 行的“title”后面是全角冒号“：”；YAML 要用半角冒号加空格：title: ');
  });

  test('is not also placed at the later line where YAML stopped reading (a trial read "at line 3, column 8" beside "line 2 has a full-width colon")', () => {
    const error = errorOf(() => parsePostText('---\ntitle： 坏掉的文章\nstatus: draft\nchannel: blog\n---\n正文。\n', '2026/x', FILE));
    expect(error.format('en')).not.toMatch(/line 3/);
    expect(error.format('zh')).not.toMatch(/第 3 行/);
    expect(error.format('en')).toContain('line 2 has a full-width colon');
  });

  test('inside a value it is text, as before', () => {
    const post = parsePostText('---\ntitle: 面试：如何准备\nchannel: blog\nstatus: draft\n---\n正文\n', '2026/x', FILE);
    expect(post.data.title).toBe('面试：如何准备');
  });
});

describe('a title that YAML reads as a number or a boolean', () => {
  test('is named as such with the quotes to add, in English and Chinese', () => {
    const error = errorOf(() => parsePostText('---\ntitle: 2025\nchannel: blog\nstatus: draft\n---\n回顾\n', '2026/x', FILE));
    expect(error.field).toBe('title');
    expect(error.format('en')).toContain('title: 2025 is read as a number, not text: put it in quotes, title: "2025"');
    expect(error.format('zh')).toContain('title: 2025 被读成了数字而不是文字：请加上引号，title: "2025"');
  });

  test.each([
    ['channel', 'number', '42', ['title: 回顾', 'channel: 42', 'status: draft']],
    ['pillar', 'number', '2024', ['title: 回顾', 'channel: blog', 'status: draft', 'pillar: 2024']],
    ['description', 'boolean', 'true', ['title: 回顾', 'channel: blog', 'status: draft', 'description: true']],
  ])('a %s YAML reads as a %s (an id may be digits) is named the same way', (field, kind, value, lines) => {
    const error = errorOf(() => parsePostText(['---', ...lines, '---', '正文'].join('\n'), '2026/x', FILE));
    expect(error.field).toBe(field);
    expect(error.format('en')).toContain(`${field}: ${value} is read as a ${kind}, not text: put it in quotes, ${field}: "${value}"`);
    expect(error.format('zh')).toContain(`${field}: ${value} 被读成了`);
  });

  test('a missing title still says a post needs one', () => {
    expect(errorOf(() => parsePostText('---\nchannel: blog\nstatus: draft\n---\n', '2026/x', FILE)).format('en')).toContain('title: a post needs a title');
  });
});

// A real Hugo blog (darjun/hugo-blog) wrote `categories: [\n  "Go"\n]` in all its 126 posts: Hugo
// read them; import skipped every one as "deficient indentation".
describe('a flow list whose closing bracket starts a line (Hugo reads it, YAML does not)', () => {
  test('is mended by indenting its lines under the field: YAML then reads the list Hugo read', () => {
    const yaml = 'title: "A"\ncategories: [\n  "Go", "C]"\n]\nextra: {\na: 1}\ndate: 2021-07-25';
    expect(() => parseFrontmatterYaml(yaml, FILE)).toThrow();
    const mended = flowValueLines(yaml);
    expect(mended).toEqual({ yaml: 'title: "A"\ncategories: [\n  "Go", "C]"\n ]\nextra: {\n a: 1}\ndate: 2021-07-25', keys: ['categories', 'extra'], lines: [1, 4] });
    expect(parseFrontmatterYaml(mended!.yaml, FILE)).toMatchObject({ categories: ['Go', 'C]'], extra: { a: 1 } });
    // A tab is no indentation in YAML (the blog's other posts wrote `categories: [ \n\t"Go"\n]`).
    expect(parseFrontmatterYaml(flowValueLines('categories: [ \n\t"Go"\n]')!.yaml, FILE)).toEqual({ categories: ['Go'] });
  });

  test('is left alone when nothing needs mending or a bracket never closes', () => {
    expect(flowValueLines('tags: [a, b]\ncategories: [\n  Go\n  ]')).toBeNull();
    expect(flowValueLines('tags: [\na')).toBeNull();
  });
});

describe('a quoted value running onto an unindented line (Jekyll reads it, YAML does not)', () => {
  test('is mended by indenting its lines under the field: the value YAML then reads is the one Jekyll shows', () => {
    const mended = quotedValueLines('layout: post\ntitle: "Why I moved\nmy blog \\" here"\ndate: 2020-01-01');
    expect(mended).toEqual({ yaml: 'layout: post\ntitle: "Why I moved\n my blog \\" here"\ndate: 2020-01-01', keys: ['title'], lines: [1] });
    expect(parseFrontmatterYaml(mended!.yaml, FILE).title).toBe('Why I moved my blog " here');
    // Single quotes, '' inside; a nested field needs its lines deeper than itself.
    expect(parseFrontmatterYaml(quotedValueLines("title: 'It''s\nlong'")!.yaml, FILE).title).toBe("It's long");
    expect(parseFrontmatterYaml(quotedValueLines('seo:\n  title: "a\n  b"')!.yaml, FILE)).toEqual({ seo: { title: 'a b' } });
  });

  test('is left alone when nothing needs mending or a quote never closes', () => {
    expect(quotedValueLines('title: "one line"\ntags: [a]')).toBeNull();
    expect(quotedValueLines('title: "two\n  lines, indented"')).toBeNull();
    expect(quotedValueLines('title: "never closed\nchannel: blog')).toBeNull();
  });
});

// A Chinese writer trying the studio then a text editor wrote the status as the studio shows it
// (`status: 草稿`) and was told only "应为以下之一：idea, draft, scheduled, published".
describe('a status written as the studio names it', () => {
  test.each([
    ['草稿', 'draft'],
    ['已发布', 'published'],
    ['已排期', 'scheduled'],
    ['想法', 'idea'],
    ['Draft', 'draft'],
  ])('%s is told the status to write, in English and Chinese', (written, status) => {
    const error = errorOf(() => parsePostText(`---\ntitle: 桌面温湿度计\nchannel: blog\nstatus: ${written}\n---\n正文\n`, '2026/x', FILE));
    expect(error.field).toBe('status');
    expect(error.format('en')).toContain(`status: "${written}" is how the studio shows ${status}: write status: ${status}`);
    expect(error.format('zh')).toContain(`status: “${written}”是工作室里 ${status} 的显示名：请写 status: ${status}`);
  });

  // dev.to's editor front matter says `published: true` and gives no date (dev.to keeps it apart);
  // such a file, or one with no status at all, was told "status: expected one of …" of a key it never wrote.
  test.each(['published: true\n', 'draft: false\n', ''])('a file with no status and no date (%j) is told the key is missing and what gives it', (flag) => {
    const error = errorOf(() => parsePostText(`---\ntitle: Onde eu começo?\nchannel: blog\n${flag}tags: web development, personal,\n---\n正文\n`, '2026/x', FILE));
    expect(error.field).toBe('status');
    expect(error.format('en')).toContain("status: missing: write status: (idea, draft, scheduled, published), or the post's date (date: or publishedAt:), which makes it published");
    expect(error.format('zh')).toContain('status: 缺少：请写 status:（idea、draft、scheduled、published），或写上文章的日期（date: 或 publishedAt:），有日期即为已发布');
  });

  test('another word still lists the four, with 、 between them in Chinese', () => {
    const error = errorOf(() => parsePostText('---\ntitle: 桌面温湿度计\nchannel: blog\nstatus: 完成\n---\n正文\n', '2026/x', FILE));
    expect(error.format('en')).toContain('status: expected one of idea, draft, scheduled, published');
    expect(error.format('zh')).toContain('status: 应为以下之一：idea、draft、scheduled、published');
  });
});

// The same writer dated posts as Chinese and many blogs write dates (2026年12月12日, 2026/12/01 20:00)
// and was told only the format, with no word of what to write for the date meant.
describe('a date written in another common form', () => {
  const post = (field: string, value: string) => `---\ntitle: 桌面温湿度计\nchannel: blog\nstatus: ${field === 'publishedAt' ? 'published' : 'draft'}\n${field}: ${value}\n---\n正文\n`;
  test.each([
    ['plannedFor', '2026年12月12日', '2026-12-12', '2026年12月12日：请把日期写成 YYYY-MM-DD，即 2026-12-12'],
    ['plannedFor', '2026/12/1', '2026-12-01', '2026/12/1：请把日期写成 YYYY-MM-DD，即 2026-12-01'],
    ['publishedAt', '2026/12/01 20:00', '2026-12-01T20:00', '2026/12/01 20:00：请把日期写成 YYYY-MM-DD，即 2026-12-01T20:00'],
    ['publishedAt', '2026年12月1日 8:05', '2026-12-01T08:05', '2026年12月1日 8:05：请把日期写成 YYYY-MM-DD，即 2026-12-01T08:05'],
    ['publishedAt', '2026.12.01', '2026-12-01', '2026.12.01：请把日期写成 YYYY-MM-DD，即 2026-12-01'],
  ])('%s: %s is told the date to write, in English and Chinese', (field, written, fixed, zh) => {
    const error = errorOf(() => parsePostText(post(field, written), '2026/x', FILE));
    expect(error.field).toBe(field);
    expect(error.format('en')).toContain(`${field}: ${written}: write the date as YYYY-MM-DD, ${fixed}`);
    expect(error.format('zh')).toContain(`${field}: ${zh}`);
  });
});

// The same writer pasted a Zhihu address as the app shows it, without https:// (zhuanlan.zhihu.com/p/…).
describe('an address written without its scheme', () => {
  test.each([
    ['zhuanlan.zhihu.com/p/123', 'https://zhuanlan.zhihu.com/p/123'],
    ['www.example.com', 'https://www.example.com'],
    ['mp.weixin.qq.com/s/AbC-1_x', 'https://mp.weixin.qq.com/s/AbC-1_x'],
  ])('%s is told the address to write, in English and Chinese', (written, fixed) => {
    const error = errorOf(() => parsePostText(`---\ntitle: 桌面温湿度计\nchannel: blog\nstatus: draft\nurl: ${written}\n---\n正文\n`, '2026/x', FILE));
    expect(error.field).toBe('url');
    expect(error.format('en')).toContain(`url: ${written} has no https:// in front: write url: ${fixed}`);
    expect(error.format('zh')).toContain(`url: ${written} 前面少了 https://：请写 url: ${fixed}`);
  });

  test('a scheme that is not http(s) is still refused as before', () => {
    const error = errorOf(() => parsePostText('---\ntitle: x\nchannel: blog\nstatus: draft\nurl: javascript:alert(1)\n---\n正文\n', '2026/x', FILE));
    expect(error.format('en')).toContain('javascript:, data: and other schemes are refused');
  });
});
