/**
 * A post file whose name makes an id the studio refuses ("blog/bad id.md", "2026/🎉.md") is
 * flagged by check with the studio's own words, the character named and the id to rename it to.
 */
import { describe, expect, test } from 'vitest';
import { flagPostIds } from '../../src/core/post-id-flag.ts';
import type { Post } from '../../src/core/schema/post.ts';
import { checkPostId } from '../../src/store/post-paths.ts';

const post = (id: string, title = 'A title', status: 'published' | 'draft' = 'published', ext = '.md'): Post =>
  ({ id, file: `content/posts/${id}${ext}`, data: { title, channel: 'blog', status }, body: 'text' }) as unknown as Post;

describe('flagPostIds', () => {
  test('warns on a file name with a space, naming the file, the space as ␣ and the suggested id, in English and Chinese', () => {
    const [en] = flagPostIds([post('blog/bad id')], 'en');
    expect(en).toMatchObject({ kind: 'post-id', severity: 'warning', post: 'blog/bad id', file: 'content/posts/blog/bad id.md', suggested: 'blog/bad-id' });
    expect(en!.message).toBe(
      'its file name makes an id the studio refuses (it cannot edit or plan the post until it is renamed): a post id may hold letters, digits, "-" and "_" in "/"-separated parts: "blog/bad␣id" has a space (shown as ␣); try "blog/bad-id"',
    );
    expect(en!.hint).toBe('rename the file to content/posts/blog/bad-id.md; if its link is already out, list /posts/blog/bad%20id/ in its aliases so the old address keeps working');
    const [zh] = flagPostIds([post('blog/bad id')], 'zh');
    expect(zh!.message).toContain('“blog/bad␣id”含有空格（显示为 ␣）；可以改成 "blog/bad-id"');
    expect(zh!.hint).toMatch(/^把文件重命名为 content\/posts\/blog\/bad-id\.md；/);
  });

  test('the message is the one the studio refuses the id with', () => {
    const [flag] = flagPostIds([post('blog/bad id')], 'en');
    expect(flag!.message).toContain(checkPostId('blog/bad id')!);
  });

  test('names an emoji and, with nothing left of the name, suggests an id from the title in the same folder, keeping the extension', () => {
    const [flag] = flagPostIds([post('2026/🎉', 'Party time', 'published', '.mdx')], 'en');
    expect(flag!.message).toMatch(/"2026\/🎉" has "🎉"; try "2026\/party-time"$/);
    expect(flagPostIds([post('2026/🎉', 'Party time')], 'zh')[0]!.message).toMatch(/“2026\/🎉”含有"🎉"；可以改成 "2026\/party-time"$/);
    expect(flag!.suggested).toBe('2026/party-time');
    expect(flag!.hint).toMatch(/^rename the file to content\/posts\/2026\/party-time\.mdx;/);
  });

  test('numbers a suggestion another post has, and gives two flagged posts two ids', () => {
    const flags = flagPostIds([post('blog/bad-id'), post('blog/bad id'), post('blog/bad?id')], 'en');
    expect(flags.map((f) => f.suggested)).toEqual(['blog/bad-id-2', 'blog/bad-id-3']);
    expect(flags[0]!.message).toMatch(/; try "blog\/bad-id-2"$/);
  });

  test('leaves Chinese, accented (NFC and NFD) and ordinary ids alone', () => {
    const ids = ['2026/红烧肉', 'wechat/外婆的菜', 'blog/café', 'blog/cafe\u0301', '2026/braised-pork', 'x/index', 'a_b/2026-01-01-post'];
    expect(flagPostIds(ids.map((id) => post(id)), 'en')).toEqual([]);
  });

  test('flags a draft too (the studio cannot open it), without the aliases advice a published post gets', () => {
    const [flag] = flagPostIds([post('drafts/my.post', 'x', 'draft')], 'en');
    expect(flag!.suggested).toBe('drafts/my-post');
    expect(flag!.hint).toBe('rename the file to content/posts/drafts/my-post.md');
  });
});
