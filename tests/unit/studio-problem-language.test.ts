/**
 * The studio's problem list (dashboard, drafts, plan) shows a core error in the studio's
 * language with the error's own Chinese, as `check` prints it: the parser's English reason
 * must not leak into the 中文 studio through the studio's pattern table.
 */
import { describe, expect, test } from 'vitest';
import { parsePostText } from '../../src/core/post-file.ts';
import { describeProblem } from '../../src/studio/shared/error-strings.ts';
import { errorOf } from './throughline-error.ts';

describe('describeProblem', () => {
  const file = 'content/posts/bad/dupkey.md';
  const text = ['---', 'title: 重复键', 'title: 第二个标题', 'channel: wechat', 'status: draft', '---', '正文'].join('\n');
  const error = errorOf(() => parsePostText(text, 'bad/dupkey', file));

  test('shows a post whose frontmatter does not parse in Chinese, as check prints it', () => {
    const zh = describeProblem(error, 'zh');
    expect(zh.message).not.toMatch(/duplicated|mapping|line \d/);
    expect(error.format('zh')).toContain(zh.message);
  });

  test('shows a file without frontmatter with the words check uses', () => {
    const none = errorOf(() => parsePostText('正文没有 frontmatter\n', 'bad/none', 'content/posts/bad/none.md'));
    expect(none.format('zh')).toContain(describeProblem(none, 'zh').message);
  });
});
