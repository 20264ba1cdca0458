/** The distance and the nearest word behind every "did you mean" (core/near-words.ts). */
import { describe, expect, test } from 'vitest';
import { editDistance, nearestWord, typoEdits } from '../../src/core/near-words.ts';
import { prng } from '../bench/synthetic.ts';

describe('editDistance', () => {
  test.each([
    ['json', 'json', 0],
    ['jsn', 'json', 1], // a letter dropped
    ['jsoon', 'json', 1], // a letter doubled
    ['weaks', 'weeks', 1], // a letter changed
    ['jsno', 'json', 1], // two neighbours swapped
    ['plna', 'plan', 1],
    ['ca', 'abc', 3], // optimal string alignment: a swapped pair is not edited again
    ['', 'root', 4],
    ['kitten', 'sitting', 3],
    ['dryrun', 'dyrrun', 1],
  ])('%s to %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test('with a limit, is exact up to it and limit + 1 past it, swaps included', () => {
    const random = prng(11);
    const word = () => Array.from({ length: Math.floor(random() * 8) }, () => 'abcd'[Math.floor(random() * 4)]).join('');
    for (let i = 0; i < 2000; i++) {
      const [a, b, limit] = [word(), word(), Math.floor(random() * 4)];
      const exact = editDistance(a, b);
      expect(editDistance(a, b, limit), `${a} ${b} ${limit}`).toBe(exact <= limit ? exact : limit + 1);
    }
  });
});

describe('typoEdits', () => {
  test('takes no edit for one or two letters, one up to four, two from five', () => {
    expect([1, 2, 3, 4, 5, 6, 12].map(typoEdits)).toEqual([0, 0, 1, 1, 2, 2, 2]);
  });
});

describe('nearestWord', () => {
  const options = ['json', 'weeks', 'root', 'now', 'lang', 'help'];

  test('finds the word one typo away, even in a short word', () => {
    expect(['jsn', 'jsno', 'weaks', 'rot', 'nwo', 'lnag', 'hlep'].map((w) => nearestWord(w, options))).toEqual(['json', 'json', 'weeks', 'root', 'now', 'lang', 'help']);
  });

  test('suggests nothing for a word no typo away, or as near to two', () => {
    expect(['verbose', 'xyz', 'js', 'force', 'quiet', ''].map((w) => nearestWord(w, options))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(nearestWord('bat', ['bad', 'cat'])).toBeUndefined();
    expect(nearestWord('bat', ['bad', 'bad'])).toBe('bad');
  });

  test('takes another number of edits when asked', () => {
    expect(nearestWord('weakz', ['weeks'], 1)).toBeUndefined();
    expect(nearestWord('weakz', ['weeks'])).toBe('weeks');
  });
});
