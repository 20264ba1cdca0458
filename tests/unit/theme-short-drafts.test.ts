/**
 * Short posts (an X post, a Weibo post) are judged at their own length: the calibration
 * measures general language and the brand's own posts at a length as short as theirs
 * (calibrate.ts LENGTHS), instead of reading a 25-word draft on what a 60-word chunk scores.
 * Real prose: drafts of the corpus's dev part (what the constants are tuned on), cut short.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LENGTHS } from '../../src/core/theme/calibrate.ts';
import { readPostTerms } from '../../src/core/theme/post-terms.ts';
import '../../src/store/theme-lexicon.ts';
import { DEFAULT_CORPUS, SHORT, evaluateBrand, loadCorpus, shortDraft } from '../eval/theme-eval.ts';

const hasCorpus = existsSync(join(DEFAULT_CORPUS, 'brands'));
// English, Chinese-brand-English-posts and mixed-pillar brands, the kinds whose short drafts fared worst.
const BRANDS = ['en-world-briefings', 'en-debian-sysadmin', 'en-bible-study', 'en-mixed-faith-and-code', 'zh-brand-en-python', 'zh-brand-en-finance'];

describe('shortDraft', () => {
  test('keeps the first words of English and the first characters of Chinese', () => {
    const english = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' \n ');
    expect(shortDraft(english).split(' ')).toHaveLength(SHORT.words);
    expect(shortDraft(english).startsWith('word0 word1 ')).toBe(true);
    const chinese = '冬至吃饺子，'.repeat(30);
    expect([...shortDraft(chinese)]).toHaveLength(SHORT.chars);
  });
});

describe.skipIf(!hasCorpus)('short on-theme drafts', () => {
  const corpus = hasCorpus ? loadCorpus().filter((c) => BRANDS.includes(c.id)) : [];
  const runs = corpus.map((c) => evaluateBrand(c, { split: 'dev', published: 6, short: true }));

  test('are read on a calibration measured at a length as short as theirs', () => {
    const lengths = corpus.flatMap((c) => c.onTheme.filter((d) => d.split === 'dev').map((d) => readPostTerms({ body: shortDraft(d.text) }).sequence.length));
    const median = lengths.sort((a, b) => a - b)[lengths.length >> 1];
    expect(LENGTHS[0]).toBeLessThanOrEqual(median);
  });

  test('are flagged at most one time in three, while short off-theme drafts still are', () => {
    expect(corpus.map((c) => c.id).sort()).toEqual([...BRANDS].sort());
    const on = runs.flatMap((r) => r.on);
    const off = runs.flatMap((r) => r.off);
    // Read on the 30-term calibration, 33 of these 54 were flagged.
    expect(on.filter((r) => !r.onTheme).length / on.length).toBeLessThanOrEqual(1 / 3);
    expect(off.filter((r) => !r.onTheme).length / off.length).toBeGreaterThanOrEqual(0.8);
  });
});
