import { describe, expect, test } from 'vitest';
import { errorOf } from './throughline-error.ts';
import { parsePostText, serializePost } from '../../src/core/post-file.ts';
import { PostFrontmatterSchema } from '../../src/core/schema/post.ts';
import { publishedEpoch, publishedLocalDate } from '../../src/core/published-at.ts';

const FILE = 'content/posts/2026/x.mdx';

describe('PostFrontmatterSchema', () => {
  test('reads a Date that YAML made of a plain date back as that date', () => {
    const fm = PostFrontmatterSchema.parse({ title: 't', channel: 'blog', status: 'published', publishedAt: new Date('2026-09-07T00:00:00Z') });
    expect(fm.publishedAt).toBe('2026-09-07');
  });

  test('reads any other Date as the instant it is', () => {
    const fm = PostFrontmatterSchema.parse({ title: 't', channel: 'blog', status: 'published', publishedAt: new Date('2026-09-07T08:30:00+08:00') });
    expect(fm.publishedAt).toBe('2026-09-07T00:30:00.000Z');
  });

  // A trial: a published post with `publishedAt: 2026-09-26t23:30:00` (RFC 3339 §5.6 allows a
  // lower-case t) passed validation, then stopped check, plan and export with a TypeError.
  test('reads a lower-case "t" and "z" of a date-time (RFC 3339) as "T" and "Z", so every reader of it finds the time', () => {
    const read = (publishedAt: string) => PostFrontmatterSchema.parse({ title: 't', channel: 'blog', status: 'published', publishedAt, updatedAt: publishedAt });
    expect(read('2026-09-26t23:30:00').publishedAt).toBe('2026-09-26T23:30:00');
    expect(read('2026-09-26t23:30:00z').updatedAt).toBe('2026-09-26T23:30:00Z');
    expect(publishedEpoch(read('2026-09-26t23:30:00').publishedAt!, 'Pacific/Chatham')).toBe(publishedEpoch('2026-09-26T23:30:00', 'Pacific/Chatham'));
    expect(publishedLocalDate(read('2026-09-26 23:30:00z').publishedAt!, 'Pacific/Chatham')).toBe('2026-09-27');
  });

  test('requires publishedAt once a post is published', () => {
    const result = PostFrontmatterSchema.safeParse({ title: 't', channel: 'blog', status: 'published' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['publishedAt']);
  });

  test.each([
    ['status', { status: 'done' }, /idea, draft, scheduled, published/],
    ['plannedFor', { plannedFor: '13/01/2026' }, /YYYY-MM-DD/],
    ['plannedFor', { plannedFor: '2026-13-01' }, /^2026-13-01 does not exist: a year has 12 months$/],
    ['publishedAt', { status: 'published', publishedAt: 'last tuesday' }, /ISO 8601/],
    ['url', { url: 'not a url' }, /full http\(s\) URL/],
    ['title', { title: '' }, /needs a title/],
  ])('rejects a bad %s with a message that says what is valid', (field, change, message) => {
    const result = PostFrontmatterSchema.safeParse({ title: 't', channel: 'blog', status: 'draft', ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual([field]);
    expect(result.error!.issues[0]!.message).toMatch(message);
  });
});

describe('the url field', () => {
  // Classic evasions: a scheme in any case, split by a tab, newline or control character, an
  // entity for the colon, a protocol-relative address, and other script-capable schemes.
  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'jav\nascript:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '//evil.example/x',
    'https://ok.example/"><script>alert(1)</script>',
    'file:///etc/passwd',
  ])('refuses %j and names the field', (url) => {
    const result = PostFrontmatterSchema.safeParse({ title: 't', channel: 'blog', status: 'draft', url });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path)).toEqual([['url']]);
    expect(result.error!.issues[0]!.message).toMatch(/http\(s\) URL/);
  });

  test.each(['https://example.org/a?b=1&c=2', 'http://example.org', 'https://例子.中国/路径'])('accepts the http(s) address %j', (url) => {
    expect(PostFrontmatterSchema.parse({ title: 't', channel: 'blog', status: 'draft', url }).url).toBe(url);
  });

  test('names the file and the field when a post file holds a script URL', () => {
    const error = errorOf(() => parsePostText('---\ntitle: A\nchannel: blog\nstatus: draft\nurl: "javascript:alert(1)"\n---\n', '2026/x', FILE));
    expect(error.format()).toMatch(/^content\/posts\/2026\/x.mdx: url: expected a full http\(s\) URL/);
  });
});

describe('parsePostText', () => {
  test('keeps dates as the text they were written as', () => {
    const post = parsePostText('---\ntitle: A\nchannel: blog\nstatus: published\npublishedAt: 2026-09-07\n---\nBody\n', '2026/x', FILE);
    expect(post.data.publishedAt).toBe('2026-09-07');
    expect(post.body).toBe('Body\n');
  });

  test('names the file and field of bad frontmatter', () => {
    const error = errorOf(() => parsePostText('---\ntitle: A\nchannel: blog\nstatus: posted\n---\n', '2026/x', FILE));
    expect(error.format()).toMatch(/^content\/posts\/2026\/x.mdx: status: expected one of idea/);
  });

  test('says so when the frontmatter block is missing', () => {
    expect(errorOf(() => parsePostText('# Just a heading\n', '2026/x', FILE)).message).toMatch(/no frontmatter/);
  });

  test('says so when the YAML is broken, with the line of the file it broke on', () => {
    expect(errorOf(() => parsePostText('---\ntitle: [unclosed\n---\n', '2026/x', FILE)).message).toMatch(/not valid YAML/);
    // Line 3 of the file: the opening --- is line 1, the frontmatter starts on line 2.
    const error = errorOf(() => parsePostText('---\ntitle: A\ntitle: B\nchannel: blog\n---\n', '2026/x', FILE));
    expect(error.field).toBe('title');
    expect(error.message).toMatch(/is written twice in the frontmatter \(lines 2 and 3\)/);
  });

  test('reads an empty or comment-only frontmatter block as no fields (then names the missing ones)', () => {
    for (const text of ['---\n\n---\nBody\n', '---\n# just a note\n---\nBody\n'])
      expect(errorOf(() => parsePostText(text, '2026/x', FILE)).field).toBe('title');
  });

  test('follows YAML aliases, but refuses an alias bomb instead of expanding it', () => {
    const post = parsePostText('---\ntitle: A\nchannel: blog\nstatus: draft\ntags: &t [soy, ginger]\nalso: *t\n---\n', '2026/x', FILE);
    expect((post.data as Record<string, unknown>).also).toEqual(['soy', 'ginger']);
    const levels = Array.from({ length: 8 }, (_, i) => `l${i}: &l${i} [${Array(9).fill(i === 0 ? '"lol"' : `*l${i - 1}`).join(', ')}]`);
    const error = errorOf(() => parsePostText(`---\ntitle: A\nchannel: blog\nstatus: draft\n${levels.join('\n')}\n---\n`, '2026/x', FILE));
    expect(error.message).toMatch(/aliases expand to more than/);
    expect(error.file).toBe(FILE);
  });

  test('keeps tags it does not know out (no custom types from a post file)', () => {
    expect(errorOf(() => parsePostText('---\ntitle: !!js/function x\nchannel: blog\nstatus: draft\n---\n', '2026/x', FILE)).message).toMatch(/unknown scalar tag/);
  });
});

describe('serializePost', () => {
  test('writes the contract fields first and keeps the others', () => {
    const text = serializePost({ guid: 'abc', status: 'draft', title: '红烧肉: a recipe', channel: 'wechat' }, 'Body');
    expect(text.split('\n').slice(0, 5)).toEqual(['---', 'title: "红烧肉: a recipe"', 'channel: wechat', 'status: draft', 'guid: abc']);
    const back = parsePostText(text, 'x', FILE);
    expect(back.data).toMatchObject({ title: '红烧肉: a recipe', guid: 'abc' });
    expect(back.body.trim()).toBe('Body');
  });

  test('gives back the same bytes for a post with no body, ending at the closing ---', () => {
    const file = '---\ntitle: Market morning\nchannel: wechat\nstatus: idea\n---\n';
    const read = parsePostText(file, 'ideas/market-morning', FILE);
    expect(read.body).toBe('');
    expect(serializePost(read.data, read.body)).toBe(file);
  });
});
