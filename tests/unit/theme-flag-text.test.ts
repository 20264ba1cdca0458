/**
 * The off-theme flag's text: the score it shows is cut to two decimals, never rounded up to the
 * threshold (a trial saw "0.45 < 0.45" for 0.449), and the Chinese hint has no space after 。.
 */
import { describe, expect, it } from 'vitest';
import { flagTheme, type ThemeResult } from '../../src/core/theme/index.ts';

const result = (score: number): ThemeResult => ({
  score, onTheme: false, threshold: 0.45, pillar: null, terms: [], offTerms: ['crypto'], pillarScores: { stories: 0.1 },
  language: 'en', confidence: 'high', calibrationPosts: 5,
});

describe('the off-theme flag text', () => {
  it('shows a score just under the threshold under it: 0.449 reads 0.44 < 0.45', () => {
    const [flag] = flagTheme({ id: 'd', file: 'content/posts/d.md', status: 'draft' }, result(0.449), { stories: 'Stories' });
    expect(flag!.message).toContain('(score 0.44 < 0.45)');
    const [low] = flagTheme({ id: 'd', file: 'content/posts/d.md', status: 'draft' }, result(0.1), { stories: 'Stories' });
    expect(low!.message).toContain('(score 0.10 < 0.45)');
  });

  it('puts no space after 。 before the hint on a pillar named as a form', () => {
    const [flag] = flagTheme({ id: 'd', file: 'content/posts/d.md', status: 'draft', pillar: 'stories' }, result(0.2), { stories: '小说' }, 'zh');
    expect(flag!.hint).toContain('中。如果“小说”是一种体裁');
    expect(flag!.hint).not.toMatch(/。 /);
  });
});
