/**
 * itemsLanguage: the language of a feed as a whole, from its posts' tags. A real blog moved in
 * (124 posts, every one zh-CN, on a site framed in English by its one-word label "Go") had
 * <language>en</language> in its RSS feed, which says no language per item.
 */
import { describe, expect, test } from 'vitest';
import { itemsLanguage } from '../../src/core/language.ts';

const of = (counts: Record<string, number>) => Object.entries(counts).flatMap(([tag, n]) => Array<string>(n).fill(tag));

describe('itemsLanguage', () => {
  test.each([
    ['all Chinese on an English site', of({ 'zh-CN': 50 }), 'en', 'zh-CN'],
    ['mostly Chinese on an English site', of({ 'zh-CN': 30, en: 20 }), 'en', 'zh-CN'],
    ['all Traditional on an English site', of({ 'zh-Hant': 7, 'zh-CN': 1 }), 'en', 'zh-Hant'],
    ['Chinese split between scripts', of({ 'zh-Hant': 3, 'zh-CN': 3 }), 'en', 'zh-CN'],
    ['all English on a Chinese site', of({ en: 9 }), 'zh', 'en'],
    ['mostly English on an English site', of({ en: 6, 'zh-CN': 2 }), 'en', 'en'],
    ['mostly Korean on a Chinese site', of({ ko: 5, 'zh-CN': 1 }), 'zh', 'ko'],
    ['half and half: the site\'s', of({ en: 4, 'zh-CN': 4 }), 'zh', 'zh-CN'],
    ['no posts: the site\'s', [], 'en', 'en'],
    ['a Traditional blog on a Chinese site', of({ 'zh-TW': 4 }), 'zh', 'zh-TW'],
  ] as const)('%s', (_name, tags, lang, expected) => {
    expect(itemsLanguage(tags, lang)).toBe(expected);
  });
});
