import { describe, expect, test } from 'vitest';
import { excerptLengthFor } from '../../src/pages/_lib/search-excerpt.ts';

describe('excerptLengthFor', () => {
  test.each([
    ['zh-cn', 90],
    ['zh-tw', 90],
    ['zh', 90],
    ['ja', 90],
    ['ja-jp', 90],
    ['zh-hant', 90],
    ['yue', 90],
    ['yue-hk', 90],
    ['ko-kr', 30],
    ['en', 30],
    ['ko', 30],
    ['zhuang', 30],
    [undefined, 30],
  ])('gives the index of %j excerpts of %i words', (language, words) => {
    expect(excerptLengthFor(language)).toBe(words);
  });
});
