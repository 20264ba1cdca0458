/**
 * How common a term is in general language, -ln(probability): English stems from the generated
 * SUBTLEX table (background.ts), Chinese words from jieba's counts (chinese.ts). From it, the
 * weight of a term in a theme vector: idf(t) = max(0, min(-ln p, 14) - 6), so everyday words
 * weigh nothing and a word no list knows (a name, a typo) weighs no more than a rare one.
 */
import type * as Background from './background.ts';
import { requireNear } from '../lazy-require.ts';
import { chineseLexicon, sampleWeighted } from './chinese.ts';

let background: typeof Background | undefined;

/**
 * The generated tables (background.ts), loaded on first use as markdown-parser.ts loads satteri:
 * a 446 kB module of string literals costs ~25 ms and a few MB of every process that imports
 * it, and a `check` whose results all come from the caches weighs no term. Node >= 22.12 loads
 * the ES module synchronously (lazy-require.ts).
 */
function tables(): typeof Background {
  return (background ??= requireNear<typeof Background>(import.meta.url, './background.ts', './src/core/theme/background.ts'));
}

const LN10 = Math.log(10);
const HAN = /^\p{Script=Han}/u;
const CAP = 14;
const EVERYDAY = 6;
let parsed: { map: Map<string, number>; en: { terms: string[]; cumulative: Float64Array } } | null = null;
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
  parseTable(tables().BACKGROUND_EN.table, (term, surprise) => {
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
    parseTable(tables().BACKGROUND_ZH.table, (t, surprise) => map.has(t) || map.set(t, surprise));
    zhFallback = map;
  }
  return zhFallback.get(term) ?? (tables().BACKGROUND_ZH.floor / 10) * LN10;
}

/** -ln p(term) in general language: about 5 for everyday words, 15 for rare ones. */
export function backgroundSurprise(term: string): number {
  if (HAN.test(term)) {
    const lexicon = chineseLexicon();
    return lexicon ? (lexicon.surprise(term) ?? CAP + 1) : zhSurprise(term);
  }
  parsed ??= parse();
  return parsed.map.get(term) ?? (tables().BACKGROUND_EN.floor / 10) * LN10;
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
  parsed ??= parse();
  return sampleWeighted(parsed.en.terms, parsed.en.cumulative, count, seed);
}
