/**
 * How common a term is in general language, -ln(probability): English stems from the generated
 * SUBTLEX table (background.ts), Chinese words from jieba's counts (chinese.ts). From it, the
 * weight of a term in a theme vector: idf(t) = max(0, min(-ln p, 14) - 6), so everyday words
 * weigh nothing and a word no list knows (a name, a typo) weighs no more than a rare one.
 */
import { BACKGROUND_EN, BACKGROUND_ZH } from './background.ts';
import { chineseLexicon, sampleWeighted } from './chinese.ts';

const LN10 = Math.log(10);
const HAN = /^\p{Script=Han}/u;
const CAP = 14;
const EVERYDAY = 6;
let tables: { map: Map<string, number>; en: { terms: string[]; cumulative: Float64Array } } | null = null;
let zhFallback: Map<string, number> | null = null;
const WEIGHTS = new Map<string, number>();

function parseTable(table: string, each: (term: string, surprise: number) => void): void {
  for (const line of table.split('\n')) {
    const colon = line.indexOf(':');
    const surprise = (Number(line.slice(0, colon)) / 10) * LN10;
    for (const term of line.slice(colon + 1).split(' ')) each(term, surprise);
  }
}

function parse() {
  const map = new Map<string, number>();
  const terms: string[] = [];
  const probs: number[] = [];
  parseTable(BACKGROUND_EN.table, (term, surprise) => {
    if (map.has(term)) return;
    map.set(term, surprise);
    terms.push(term);
    probs.push(Math.exp(-surprise));
  });
  const cumulative = new Float64Array(probs.length);
  let sum = 0;
  probs.forEach((p, i) => (cumulative[i] = sum += p));
  for (let i = 0; i < cumulative.length; i++) cumulative[i] /= sum;
  return { map, en: { terms, cumulative } };
}

/** Without the jieba data (a caller that never provided it): the small generated table. */
function zhSurprise(term: string): number {
  if (!zhFallback) {
    const map = new Map<string, number>();
    parseTable(BACKGROUND_ZH.table, (t, surprise) => map.has(t) || map.set(t, surprise));
    zhFallback = map;
  }
  return zhFallback.get(term) ?? (BACKGROUND_ZH.floor / 10) * LN10;
}

/** -ln p(term) in general language: about 5 for everyday words, 15 for rare ones. */
export function backgroundSurprise(term: string): number {
  if (HAN.test(term)) {
    const lexicon = chineseLexicon();
    return lexicon ? (lexicon.surprise(term) ?? CAP + 1) : zhSurprise(term);
  }
  tables ??= parse();
  return tables.map.get(term) ?? (BACKGROUND_EN.floor / 10) * LN10;
}

/** The weight of a term in a theme vector (0 for everyday words, at most 8). */
export function termWeight(term: string): number {
  let w = WEIGHTS.get(term);
  if (w === undefined) {
    w = Math.max(0, Math.min(backgroundSurprise(term), CAP) - EVERYDAY);
    if (WEIGHTS.size > 200_000) WEIGHTS.clear();
    WEIGHTS.set(term, w);
  }
  return w;
}

/** English stems drawn by frequency from general language (SUBTLEX), deterministic per seed. */
export function sampleEnglish(count: number, seed: number): string[] {
  tables ??= parse();
  return sampleWeighted(tables.en.terms, tables.en.cumulative, count, seed);
}
