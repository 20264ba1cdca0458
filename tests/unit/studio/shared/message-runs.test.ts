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

describe('messageRuns: names in the other script', () => {
  test('marks a Latin channel name in a 中文 sentence lang="en" (LinkedIn, devto, dev.to)', () => {
    const runs = messageRuns('LinkedIn 在 2026-11-24 的排期还没有文章；devto 和 dev.to 也是', [], 'zh');
    expect(runs).toEqual([
      { text: 'LinkedIn', lang: 'en' }, { text: ' 在 ' }, { text: '2026-11-24', date: true }, { text: ' 的排期还没有文章；' },
      { text: 'devto', lang: 'en' }, { text: ' 和 ' }, { text: 'dev.to', lang: 'en' }, { text: ' 也是' },
    ]);
  });

  test('keeps a name of several words whole and leaves the sentence punctuation out of it', () => {
    expect(messageRuns('“Food photography”支柱，见 content/posts/a.md。', [], 'zh').filter((r) => r.lang)).toEqual([
      { text: 'Food photography', lang: 'en' }, { text: 'content/posts/a.md', lang: 'en' },
    ]);
  });

  test('keeps a Latin name with accented letters whole (Café Crème, naïve, Zoë), composed or not, rather than cutting it at each accent', () => {
    expect(messageRuns('Café Crème 在 2026-11-24 的排期还没有文章；naïve 和 Zoe\u0308 也是', [], 'zh').filter((r) => r.lang)).toEqual([
      { text: 'Café Crème', lang: 'en' }, { text: 'naïve', lang: 'en' }, { text: 'Zoe\u0308', lang: 'en' },
    ]);
  });

  test('marks a Chinese channel name in an English sentence, and nothing in a sentence all in the page\'s script', () => {
    expect(messageRuns('知乎 has no post for its 2026-11-24 slot', [], 'en')[0]).toEqual({ text: '知乎', lang: 'zh-CN' });
    expect(messageRuns('博客在 2026-11-24 的排期还没有文章', [], 'zh').filter((r) => r.lang)).toEqual([]);
    expect(messageRuns('Blog has no post for its 2026-11-24 slot', [], 'en').filter((r) => r.lang)).toEqual([]);
  });
});
