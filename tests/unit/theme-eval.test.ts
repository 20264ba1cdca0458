import { describe, expect, it } from 'vitest';
import { computeAuc, computeF1, runThemeEval } from '../eval/theme-eval.ts';

describe('theme evaluation on labelled prose', () => {
  it.each(runThemeEval().map((r) => [r.subject, r] as const))(
    'detects off-theme drafts for the %s brand with AUC >= 0.90 and F1 >= 0.80',
    (_subject, result) => {
      expect(result.auc).toBeGreaterThanOrEqual(0.9);
      expect(result.f1).toBeGreaterThanOrEqual(0.8);
    },
  );

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
