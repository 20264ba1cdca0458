import { isUnspacedLanguage } from '../../core/language.ts';

/**
 * How many words Pagefind puts in a result's excerpt, by the language of the index it comes from
 * (a page's `<html lang>`, lower-cased: `en`, `zh-cn`, `ja`; isUnspacedLanguage). Pagefind counts the words of its
 * index, and the build indexes Chinese and Japanese text a character a word (withCharacterBreaks
 * in src/integration/search-index.ts): its default of 30 words (pagefind.js `excerptLength`)
 * would give a Chinese result 30 characters, one short line beside an English result's two
 * (30 English words, ~180 letters, take the width of ~90 Chinese characters).
 */
export function excerptLengthFor(language: string | undefined): number {
  return isUnspacedLanguage(language ?? '') ? SEGMENTED_WORDS : SPACED_WORDS;
}

/** Pagefind's own default. */
const SPACED_WORDS = 30;
const SEGMENTED_WORDS = 90;
