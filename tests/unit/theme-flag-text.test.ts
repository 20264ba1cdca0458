/**
 * The off-theme flag's text: the score it shows is cut to two decimals, never rounded up to the
 * threshold (a trial saw "0.45 < 0.45" for 0.449), and the Chinese hint has no space after 。.
 */
import { describe, expect, it } from 'vitest';
import { flagTheme, type ThemeResult } from '../../src/core/theme/index.ts';
import { translateMessage } from '../../src/studio/shared/error-strings.ts';
import { scoreText } from '../../src/core/theme/score-text.ts';

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

  it('cuts a score that is a binary fraction to its own two decimals: 0.29 reads 0.29, not 0.28', () => {
    // 0.29 * 100 is 28.999999999999996 in binary floating point.
    for (const [score, shown] of [[0.29, '0.29'], [0.57, '0.57'], [0.1, '0.10'], [0.0899, '0.08'], [0, '0.00']] as const) {
      expect(scoreText(score)).toBe(shown);
      const [flag] = flagTheme({ id: 'd', file: 'content/posts/d.md', status: 'draft' }, result(score), { stories: 'Stories' });
      expect(flag!.message).toContain(`(score ${shown} < 0.45)`);
    }
  });

  it('puts no space after 。 before the hint on a pillar named as a form', () => {
    const [flag] = flagTheme({ id: 'd', file: 'content/posts/d.md', status: 'draft', pillar: 'stories' }, result(0.2), { stories: '小说' }, 'zh');
    expect(flag!.hint).toContain('中。如果“小说”是一种体裁');
    expect(flag!.hint).not.toMatch(/。 /);
  });

  it('names the words it does share when no word pulls the draft away: a flag always names a word', () => {
    // A real Netty note (English, mostly code) on a Chinese Java brand: 0.08, and the flag named none.
    const weak = { ...result(0.08), terms: ['reference', 'encoders', 'decoders'], offTerms: [] };
    const [en] = flagTheme({ id: 'd', file: 'content/posts/d.md', status: 'draft' }, weak, { stories: 'Stories' });
    expect(en!.message).toBe('shares only "reference, encoders, decoders" with the brand\'s pillars, and little of them (score 0.08 < 0.45)');
    const [zh] = flagTheme({ id: 'd', file: 'content/posts/d.md', status: 'draft' }, weak, { stories: '小说' }, 'zh');
    expect(zh!.message).toBe('和品牌的支柱只有“reference、encoders、decoders”相通，而且不多（得分 0.08 < 0.45）');
    // The studio in Chinese shows the English report's flag in Chinese.
    expect(translateMessage(en!.message, 'zh')).toBe('和品牌的内容支柱只有“reference, encoders, decoders”相通，而且不多（主题分 0.08 < 0.45）');
    // With no word either way, the plain sentence.
    const [none] = flagTheme({ id: 'd', file: 'content/posts/d.md', status: 'draft' }, { ...weak, terms: [] }, { stories: 'Stories' });
    expect(none!.message).toBe("has little in common with the brand's pillars (score 0.08 < 0.45)");
  });

  it('names the studio\'s button, not the file, in a hint read in the studio', () => {
    const post = { id: 'drafts/d', file: 'content/posts/drafts/d.md', status: 'draft' as const };
    const [cli] = flagTheme(post, result(0.2), { stories: 'Stories' });
    expect(cli!.hint).toContain('add "drafts/d" to theme.acceptedOnTheme in content/planner.json');
    const [studio] = flagTheme(post, result(0.2), { stories: 'Stories' }, 'en', { inStudio: true });
    expect(studio!.hint).toBe('Tie it to a pillar ("Stories"), or if it belongs, press "On theme after all" in its editor.');
    const [zh] = flagTheme(post, result(0.2), { stories: '小说' }, 'zh', { inStudio: true });
    expect(zh!.hint).toContain('如果它确实属于你的主题，在它的编辑页点“其实切题”。');
    expect(zh!.hint).not.toContain('planner.json');
    expect(translateMessage(studio!.hint!, 'zh')).toBe('把它和某个支柱（"Stories"）联系起来；如果它确实切题，在它的编辑页点“其实切题”。');
  });
});
