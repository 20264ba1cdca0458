/**
 * The words of a title or name, for the slugs of posts (import, studio) and the ids of pillars
 * and channels. One rule for all of them, so that a name gives the same words everywhere.
 */

/**
 * Symbols that carry the meaning of a name or number, spelled as words instead of dropped, so
 * that "C", "C++" and "C#" stay three names. Tested on the lower-cased NFKD text: full-width
 * `＋＃＆％` are their ASCII forms by then. `\p{Ll}` after lower-casing is a letter of a cased,
 * space-separated alphabet (Latin, Greek, Cyrillic…); `\p{Lo}` a caseless one (Chinese, Japanese,
 * Korean…), where these symbols need no word of their own and a neighbour is not a word break.
 *
 * - `+` and `#` ending a word: "plus", "sharp", the spelling of these names in prose and in
 *   address-safe names (Wikipedia "C Sharp", the GitHub topic notepad-plus-plus): "C++20" ->
 *   c-plus-plus-20, "C#" -> c-sharp, "F#" -> f-sharp, "C++入门" -> c-plus-plus-入门. Before a
 *   letter of a cased alphabet ("a+b") or at the start of a word (a hashtag) it is a break.
 * - `&` between two words or numbers of a cased alphabet: "and" ("R&D" -> r-and-d), as
 *   @sindresorhus/slugify and simov/slugify spell it; between Chinese words it is a break.
 * - `%` after a number, unless a caseless word follows: "percent" (simov/slugify's char map).
 * - `'` and `’` inside a word join it ("don't" -> dont), as github-slugger, WordPress
 *   (sanitize_title) and Django's slugify do: no "don-t", "mei-s".
 */
const SPELLED: ReadonlyArray<[RegExp, (match: string) => string]> = [
  [/(?<=[\p{Ll}\p{N}])[+#]+(?!\p{Ll})/gu, (run) => ` ${[...run].map((c) => (c === '+' ? 'plus' : 'sharp')).join(' ')} `],
  [/(?<=[\p{Ll}\p{N}]\s*)&(?=\s*[\p{Ll}\p{N}])/gu, () => ' and '],
  [/(?<=\p{N})\s*%(?!\s*\p{Lo})/gu, () => ' percent '],
  [/(?<=\p{L}\p{M}*)['’](?=\p{L})/gu, () => ''],
];

/**
 * Latin letters with no accent for NFKD to take off, written as the ASCII letters that spell them
 * (WordPress's remove_accents, Django's and @sindresorhus/slugify's maps agree): `ß` -> ss, `æ`
 * -> ae, `ø` -> o, `ł` -> l. Before, they were kept while every accent went, so a German title
 * gave the mixed slug `warum-fuhrung-zuhoren-heißt`.
 */
const LETTER_FOLDS: Record<string, string> = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h', 'ŧ': 't', 'ŀ': 'l' };
const UNDECOMPOSED = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/**
 * `text` -> its words, lower-case, in NFC: letters of every script with their combining marks
 * (Devanagari vowel signs stay), digits, and the symbols of SPELLED as words; accents on Latin
 * letters dropped ("Café" -> cafe) and the letters of LETTER_FOLDS spelled in ASCII ("Straße" -> strasse;
`foldLetters: false` keeps them, for tag pages whose addresses were published so); everything else is a break. With `underscore`, `_` is
 * kept inside words (pillar and channel ids allow it). Each word starts with a letter or digit;
 * `[]` when none is left.
 */
export function slugWords(text: string, opts: { underscore?: boolean; foldLetters?: boolean } = {}): string[] {
  let plain = text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .toLowerCase();
  if (opts.foldLetters !== false) plain = plain.replace(UNDECOMPOSED, (c) => LETTER_FOLDS[c]!);
  for (const [pattern, spell] of SPELLED) plain = plain.replace(pattern, spell);
  const kept = opts.underscore ? '_' : '';
  // A word starts with a letter or digit (a mark alone is no word) and ends before a kept character.
  const edges = new RegExp(`^[\\p{M}${kept}]+${kept ? `|[${kept}]+$` : ''}`, 'gu');
  return plain
    .normalize('NFC')
    .split(new RegExp(`[^\\p{L}\\p{M}\\p{N}${kept}]+`, 'u'))
    .map((word) => word.replace(edges, ''))
    .filter(Boolean);
}

/**
 * The most UTF-8 bytes a slug made from a title may take. A file name holds at most 255 bytes and
 * a save first writes `.<name>.mdx.<12 hex>.tmp` (22 bytes more), so a part of a post id may take
 * 200 (checkPostId); 180 leaves room for a `-2` … suffix. 80 Chinese characters are 240 bytes.
 */
export const SLUG_MAX_BYTES = 180;

const utf8 = new TextEncoder();
const byteLength = (text: string): number => utf8.encode(text).length;

/**
 * Words joined by `-`, cut at a word boundary to at most `max` characters (code points) and
 * SLUG_MAX_BYTES bytes; a single longer first word is cut (by whole characters).
 */
export function joinWords(words: readonly string[], max: number): string {
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > max || byteLength(next) > SLUG_MAX_BYTES) break;
    slug = next;
  }
  if (slug) return slug;
  let cut = '';
  for (const char of [...(words[0] ?? '')].slice(0, max)) {
    if (byteLength(cut + char) > SLUG_MAX_BYTES) break;
    cut += char;
  }
  return cut;
}
