/**
 * `aliases`: the paths a moved post had on the old site (issue 18). A bad one is refused with
 * the file and the field, in English and Chinese; a good one gives the file the build writes.
 */
import { describe, expect, test } from 'vitest';
import { errorOf } from './throughline-error.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { PostFrontmatterSchema } from '../../src/core/schema/post.ts';
import { aliasFile } from '../../src/core/redirects/alias-path.ts';

const FILE = 'content/posts/2022/moved.md';
const post = (aliases: string) => ['---', 'title: Moved', 'channel: blog', 'status: draft', `aliases: ${aliases}`, '---', '', 'Text.', ''].join('\n');

describe('the aliases field', () => {
  test.each([
    ['[/posts/moved/]', ['/posts/moved/']],
    ['[/2022/05/01/moved.html, /posts/%E6%90%AC%E5%AE%B6/]', ['/2022/05/01/moved.html', '/posts/%E6%90%AC%E5%AE%B6/']],
    ['/posts/moved/', ['/posts/moved/']],
  ])('accepts aliases: %s', (yaml, expected) => {
    expect(parsePostText(post(yaml), '2022/moved', FILE).data.aliases).toEqual(expected);
  });

  test('reads an empty aliases key as no aliases', () => {
    expect(parsePostText(post(''), '2022/moved', FILE).data.aliases).toBeUndefined();
  });

  test.each([
    ['https://old.example/posts/moved/', /is a full address/, /是完整网址/],
    ['//old.example/posts/moved/', /is a full address/, /是完整网址/],
    ['posts/moved/', /does not start with "\/"/, /没有以 "\/" 开头/],
    ['/posts/moved/?page=2', /query or fragment/, /查询或片段/],
    ['/posts/moved/#top', /query or fragment/, /查询或片段/],
    ['/posts/../../etc/', /"\." or "\.\." part/, /"\." 或 "\.\." 段/],
    ['/posts/%2e%2e/x/', /"\." or "\.\." part/, /"\." 或 "\.\." 段/],
    ['/posts/a%2Fb/', /not a path a static host can serve/, /不是静态网站能提供的路径/],
    ['/posts/100%/', /not a path a static host can serve/, /不是静态网站能提供的路径/],
  ])('refuses %s with the file and the field, in English and Chinese', (alias, en, zh) => {
    const error = errorOf(() => parsePostText(post(JSON.stringify([alias])), '2022/moved', FILE));
    expect(error.file).toBe(FILE);
    expect(error.field).toBe('aliases[0]');
    expect(error.format('en')).toMatch(en);
    expect(error.format('en')).toContain(FILE);
    expect(error.format('zh')).toMatch(zh);
  });

  test('refuses a number in place of a path, naming the entry', () => {
    const result = PostFrontmatterSchema.safeParse({ title: 'T', channel: 'blog', status: 'draft', aliases: ['/a/', 5] });
    expect(result.error?.issues[0]?.path).toEqual(['aliases', 1]);
  });
});

describe('aliasFile', () => {
  test.each([
    ['/posts/moved/', 'posts/moved/index.html'],
    ['/posts/moved', 'posts/moved/index.html'],
    ['/2022/05/01/moved.html', '2022/05/01/moved.html'],
    ['/moved.htm', 'moved.htm'],
    ['/posts/%E6%90%AC%E5%AE%B6/', 'posts/搬家/index.html'],
    ['/', 'index.html'],
    // A Hexo file name with a space (import keeps its old address so): the file a host serves there.
    ['/2022/04/01/spark/Spark%20AQE/', '2022/04/01/spark/Spark AQE/index.html'],
  ])('serves %s from %s', (alias, file) => {
    expect(aliasFile(alias)).toBe(file);
  });
});
