/**
 * Reading time that counts Chinese by characters and other text by words: a Latin-script word
 * and about 1.6 Han characters take the same time to read (roughly 230 words or 370 characters
 * a minute for adults reading on screen). It counts the words a reader sees, the text the
 * descriptions are cut from (excerpt.ts, parsed once per post): code, tables, HTML tags and
 * the content of script and style elements, link addresses and MDX import/export are not read.
 */
import { plainTextOf } from './excerpt.ts';

const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 370;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Whole minutes (at least 1) to read a Markdown/MDX body; `format`: the post's file type (plainTextOf). */
export function readingMinutes(markdown: string, format: 'md' | 'mdx' = 'md'): number {
  return minutesToRead(plainTextOf(markdown, format));
}

/** Whole minutes (at least 1) to read text already made plain by `plainTextOf`. */
export function minutesToRead(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
}
