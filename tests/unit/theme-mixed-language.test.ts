/**
 * An English draft with Chinese in it is read for what its Chinese says, not only diluted by it:
 * the score is the better of the draft as written and its English reading (each Chinese word by
 * its glosses; score.ts). Real prose: drafts of the corpus's dev part, each with two Chinese
 * sentences on another subject (classical Chinese reading) appended, as a bilingual author's
 * aside would be.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import '../../src/store/theme-lexicon.ts';
import { DEFAULT_CORPUS, chineseAsides, evaluateBrand, loadCorpus } from '../eval/theme-eval.ts';

const hasCorpus = existsSync(join(DEFAULT_CORPUS, 'brands'));
// English brands on four subjects whose on-theme drafts the appended Chinese flagged before (dev: 1 -> 3, 0 -> 2, 0 -> 2, 1 -> 2 of 9).
const BRANDS = ['en-debian-sysadmin', 'en-bible-study', 'en-gimp-editing', 'en-astronomy'];

describe.skipIf(!hasCorpus)('English drafts with a Chinese aside', () => {
  const corpus = hasCorpus ? loadCorpus() : [];
  const asides = hasCorpus ? chineseAsides(corpus) : [];

  test.each(BRANDS)('%s: the aside flags no on-theme draft that was left alone without it, and ranks drafts as well', (id) => {
    const brand = corpus.find((c) => c.id === id)!;
    const plain = evaluateBrand(brand, { split: 'dev', published: 6 });
    const mixed = evaluateBrand(brand, { split: 'dev', published: 6, asides });
    mixed.on.forEach((r, i) => {
      if (plain.on[i]!.onTheme) expect(r.onTheme).toBe(true);
    });
    expect(mixed.flaggedOn).toBeLessThanOrEqual(plain.flaggedOn);
    expect(mixed.auc).toBeGreaterThanOrEqual(plain.auc - 0.02);
  });
});
