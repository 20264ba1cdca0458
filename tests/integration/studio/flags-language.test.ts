import { afterAll, describe, expect, test } from 'vitest';
import { loadStudioData, scoreDraft } from '../../../src/studio/shared/studio-data.ts';
import { tempRoot } from '../helpers.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const sample = tempRoot();
afterAll(() => sample.cleanup());

describe('flags in the studio', () => {
  test('come in the cookie language the page passes: every message and hint in Chinese for 中文', async () => {
    const { report } = await loadStudioData(sample.root, NOW, 'zh');
    expect(report.flags.length).toBeGreaterThan(0);
    for (const flag of report.flags) {
      expect(flag.message).toMatch(/\p{Script=Han}/u);
      expect(flag.message).not.toMatch(/has no published post|reads as|rather than/);
      expect(flag.hint ?? '').not.toMatch(/if that was a planned pause|Tie it to a pillar/);
    }
  });

  test('stay English by default', async () => {
    const { report } = await loadStudioData(sample.root, NOW);
    expect(report.flags.some((f) => /has no published post|reads as/.test(f.message))).toBe(true);
  });

  test('of a draft being edited follow the language too', async () => {
    const { planner, posts } = await loadStudioData(sample.root, NOW);
    const { flags } = scoreDraft(planner, posts, { id: 'x', title: 'Crypto', body: 'Why I rebalanced my crypto portfolio and tokens this quarter.', status: 'draft' }, 'zh');
    expect(flags[0]?.message).toMatch(/而不是品牌的支柱/);
  });
});
