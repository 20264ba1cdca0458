/**
 * Pillar and channel ids. An id is a stable key that ends up in URLs (/pillars/<id>/), file
 * names (per-pillar feeds), calendar UIDs and CSS: letters and digits of any script (Unicode
 * \p{L} with its combining marks \p{M}, and \p{N}), "-" and "_", starting with a letter or digit,
 * in NFC. Spaces, "/", ".", control and other punctuation characters are refused, so an id never
 * names a path outside its folder, a hidden file or a second URL segment.
 */
import { slugWords } from './slug-words.ts';

/** The whole pattern of a pillar or channel id (test it on the NFC form). */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]*$/u;

/** Ids longer than this are refused: they become file names (255 bytes on most file systems). */
export const MAX_ID_LENGTH = 60;

/** True when `id` is a valid pillar or channel id as written (already NFC). */
export function isValidId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && id === id.normalize('NFC') && ID_PATTERN.test(id);
}

/**
 * A default id for a name in any script: the words of slugWords joined by "-" (`_` kept), so
 * accents on Latin letters are dropped ("Café" -> "cafe"), Chinese is kept as is ("家常菜" ->
 * "家常菜", "WeChat 公众号" -> "wechat-公众号") and "C++" and "C#" stay two ids (c-plus-plus,
 * c-sharp). At most 40 characters; `fallback` when nothing is left.
 */
export function deriveId(name: string, fallback: string): string {
  const cut = [...slugWords(name, { underscore: true }).join('-')].slice(0, 40).join('').replace(/[-_]+$/, '');
  return cut && isValidId(cut) ? cut : fallback;
}
