/**
 * The register background of Chinese words: the median share of documents, over four unrelated
 * families of real Chinese writing (desktop help, command manuals, office-suite help, Tang and
 * Song poems), that use a word (tests/eval/build-register.ts). jieba's counts come from news
 * and fiction, where 文件, 配置 or 默认 are rare; in writing about anything technical they are
 * everywhere, and weighing them as rare lets any manual look like any software brand. A word's
 * background surprise is the lower of its jieba estimate and this one (background-lookup.ts).
 * The data ("band:word word ...", band = -10 log10 share) is handed in by the store and parsed
 * on first use.
 */

let provide: (() => string) | null = null;
let table: Map<string, number> | null | undefined;

/**
 * Surprise added to -ln(share): a word in every document would still sit this far from the
 * most common words of jieba's counts (tuned on the dev part of the corpus).
 */
export const REGISTER_SHIFT = 7;

/** Registers where the data comes from (read on the first Chinese word). */
export function provideRegisterData(load: () => string): void {
  provide = load;
  table = undefined;
}

/** -ln p of a word from its share of documents, plus REGISTER_SHIFT; undefined when rare there. */
export function registerSurprise(word: string): number | undefined {
  if (table === undefined) table = provide ? parseRegister(provide()) : null;
  const share = table?.get(word);
  return share === undefined ? undefined : share + REGISTER_SHIFT;
}

/** Parses "band:word word ..." lines into word -> -ln(share). */
export function parseRegister(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const surprise = (Number(line.slice(0, colon)) / 10) * Math.LN10;
    for (const word of line.slice(colon + 1).split(' ')) if (word && !map.has(word)) map.set(word, surprise);
  }
  return map;
}
