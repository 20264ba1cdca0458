/**
 * How many words Pagefind puts in a result's excerpt, by the language of the index it comes from
 * (a page's `<html lang>`, lower-cased: `en`, `zh-cn`, `ja`). Pagefind counts words between the
 * breaks it writes into the text, and Chinese and Japanese text breaks into words of one or two
 * characters: its default of 30 words (pagefind.js `excerptLength`) gave a Chinese result about
 * 45 characters, one short line beside an English result's two. 60 such words are about as long.
 */
export function excerptLengthFor(language: string | undefined): number {
  return /^(?:zh|ja)(?:-|$)/i.test(language ?? '') ? SEGMENTED_WORDS : SPACED_WORDS;
}

/** Pagefind's own default. */
const SPACED_WORDS = 30;
const SEGMENTED_WORDS = 60;
