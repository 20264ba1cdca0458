/**
 * Which pages the search index reads as Chinese or Japanese: every tag isUnspacedLanguage accepts
 * (zh-Hant, zh-TW, yue, ja-JP, not ko) ends its blocks with 。; only a `zh` or `ja` language subtag
 * gets the zero-width-space breaks that Pagefind's own segmenter keeps (pagefind/src/fossick/mod.rs).
 */
import { describe, expect, it } from 'vitest';
import { withCharacterBreaks, withSentenceEnds } from '../../src/integration/search-index.ts';

const page = (lang: string, body: string) => `<html lang="${lang}"><article data-pagefind-body><p>${body}</p></article></html>`;

describe('withSentenceEnds by the page\'s language tag', () => {
  it.each(['zh-Hant', 'zh-TW', 'yue', 'yue-HK', 'ja-JP'])('ends the blocks of a page whose <html lang> is %j with 。', (lang) => {
    expect(withSentenceEnds(page(lang, '粵語'))).toBe(page(lang, '粵語。'));
  });

  it.each(['ko', 'ko-KR', 'jam', 'en-US'])('changes nothing on a page whose <html lang> is %j', (lang) => {
    expect(withSentenceEnds(page(lang, '한국어 문장'))).toBe(page(lang, '한국어 문장'));
  });
});

describe('withCharacterBreaks by the page\'s language tag', () => {
  it.each(['zh-Hant', 'zh-TW', 'ja-JP'])('breaks a %j page\'s characters with a zero-width space', (lang) => {
    expect(withCharacterBreaks(page(lang, '茶葉'))).toBe(page(lang, '茶\u200B葉'));
  });

  it('breaks a Cantonese (yue) page with a word joiner and a space: Pagefind splits that index at whitespace', () => {
    expect(withCharacterBreaks(page('yue', '飲茶'))).toBe(page('yue', '飲\u2060 茶'));
  });
});
