/**
 * A flag's sentence quoting a post title marks the title's language when it is not the page's, so
 * a screen reader reads 冬至的饺子 in Chinese inside an English sentence (it read the whole
 * sentence with the English voice, which spells or skips Han), and keeps its dates on one line.
 */
import { describe, expect, test } from 'vitest';
import { messageRuns } from '../../../../src/studio/shared/message-runs.ts';

describe('messageRuns', () => {
  test('marks a Chinese title in an English sentence, and its dates', () => {
    expect(messageRuns('"冬至的饺子" is planned for 2026-12-23, which is not a slot day of Blog', ['冬至的饺子'], 'en')).toEqual([
      { text: '"' }, { text: '冬至的饺子', lang: 'zh-CN' }, { text: '" is planned for ' }, { text: '2026-12-23', date: true }, { text: ', which is not a slot day of Blog' },
    ]);
  });

  test('marks an English title on the 中文 page, and leaves one in the page\'s language unmarked', () => {
    expect(messageRuns('“Winter soup”计划在 2026-12-23', ['Winter soup'], 'zh')).toContainEqual({ text: 'Winter soup', lang: 'en' });
    expect(messageRuns('“冬至的饺子”计划在 2026-12-23', ['冬至的饺子'], 'zh')).toContainEqual({ text: '冬至的饺子' });
  });

  test('finds each of several titles, the longer first where one holds the other', () => {
    const runs = messageRuns('"饺子" is held by "饺子 (2)"', ['饺子', '饺子 (2)', undefined], 'en');
    expect(runs.filter((r) => r.lang)).toEqual([{ text: '饺子', lang: 'zh-CN' }, { text: '饺子 (2)', lang: 'zh-CN' }]);
    expect(runs.map((r) => r.text).join('')).toBe('"饺子" is held by "饺子 (2)"');
  });

  test('gives the sentence as it is when it quotes no title given', () => {
    expect(messageRuns('Blog has no post for its 2026-11-24 slot', [], 'en').map((r) => r.text).join('')).toBe('Blog has no post for its 2026-11-24 slot');
  });
});
