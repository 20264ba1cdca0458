/**
 * A Han word with a bridge line weighs no more than what its meaning weighs in English allows
 * (background-lookup.ts meaningWeight): jieba counts written text, so a word of everyday blog
 * writing (笔记 "note") weighed more than its meaning and carried a draft on its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backgroundSurprise, termWeight } from '../../src/core/theme/background-lookup.ts';
import { chineseLexicon } from '../../src/core/theme/chinese.ts';
import '../../src/store/theme-lexicon.ts';
import { DEFAULT_CORPUS, evaluateBrand, loadCorpus } from '../eval/theme-eval.ts';

/** The weight from jieba's count alone (background-lookup.ts's idf). */
const chineseWeight = (word: string) => Math.max(0, Math.min(backgroundSurprise(word), 14) - 6);
/** The bridge stems' English weights, each times its share of the line. */
function englishWeight(word: string): number {
  const entry = chineseLexicon()!.bridge(word)!;
  return entry.stems.reduce((sum, [stem, share]) => sum + share * termWeight(stem), 0);
}

describe('termWeight of a Han word with a bridge line', () => {
  it('draws 笔记 toward what "note" weighs in English, to the geometric mean of the two', () => {
    const [zh, en] = [chineseWeight('笔记'), englishWeight('笔记')];
    expect(en).toBeLessThan(zh / 2);
    expect(termWeight('笔记')).toBeLessThan(zh - 1);
    expect(termWeight('笔记')).toBeGreaterThan(en);
    expect(termWeight('笔记')).toBeCloseTo(Math.sqrt(zh * en), 6);
  });

  it('never weighs a word under half its Chinese weight, however everyday its English', () => {
    const lexicon = chineseLexicon()!;
    const floored = ['喜欢', '觉得', '时候', '东西', '朋友'].filter((w) => lexicon.bridge(w) && englishWeight(w) < chineseWeight(w) / 4);
    expect(floored.length).toBeGreaterThan(0);
    for (const word of floored) expect(termWeight(word), word).toBeCloseTo(chineseWeight(word) / 2, 6);
  });

  it('leaves a word whose English is heavier at its Chinese weight', () => {
    expect(englishWeight('看起来')).toBeGreaterThan(chineseWeight('看起来'));
    expect(termWeight('看起来')).toBe(chineseWeight('看起来'));
  });

  it('leaves a word with no bridge line at its Chinese weight', () => {
    for (const word of ['试试', '放入']) {
      expect(chineseLexicon()!.bridge(word), word).toBeUndefined();
      expect(chineseWeight(word), word).toBeGreaterThan(0);
      expect(termWeight(word), word).toBe(chineseWeight(word));
    }
  });
});

describe('an English PCB brand with Chinese posts (hard dev corpus, real prose)', () => {
  const corpus = loadCorpus(join(DEFAULT_CORPUS, '../theme-corpus-zh-dev-hard'));
  const pcb = corpus.find((c) => c.id === 'en-brand-zh-dev-pcb-vs-drawing')!;

  it('flags most Chinese drawing-software tutorials and no on-theme draft', () => {
    // Weighed by jieba's counts alone, 7 of 18 were flagged (recall 0.389): the written words of any
    // software manual (点击 "click", 选项 "option") weighed as much as the brand's own.
    const r = evaluateBrand(pcb, { split: 'dev', published: 6 });
    expect(r.recall).toBeGreaterThan(0.5);
    expect(r.flaggedOn).toBe(0);
  });
});
