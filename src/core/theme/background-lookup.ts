/**
 * How common a term is in general language, -ln(probability): English stems from the generated
 * SUBTLEX table (background.json), Chinese words from jieba's counts (chinese.ts). From it, the
 * weight of a term in a theme vector: idf(t) = max(0, min(-ln p, 14) - 6), so everyday words
 * weigh nothing and a word no list knows (a name, a typo) weighs no more than a rare one.
 */
import { requireNear } from '../lazy-require.ts';
import { chineseLexicon, sampleWeighted } from './chinese.ts';
import { isFormWord } from './form-words.ts';

/** background.json, as tests/eval/build-background.ts writes it. */
interface Tables {
  /** `table`: "band:term term" lines, most common first; `index`: the same terms sorted, one band character (code - 32) each. */
  en: { floor: number; table: string; index: { terms: string; bands: string } };
  zh: { floor: number; table: string };
}
let background: Tables | undefined;

/**
 * The generated tables (background.json), loaded on first use as markdown-parser.ts loads
 * satteri: a `check` whose results all come from the caches weighs no term. JSON, not a module
 * of string literals: nothing to strip, compile or look up in the compile cache (~20 -> ~5 ms).
 */
function tables(): Tables {
  return (background ??= requireNear<Tables>(import.meta.url, './background.json', './src/core/theme/background.json'));
}

const LN10 = Math.log(10);
const HAN = /^\p{Script=Han}/u;
const CAP = 14;
const EVERYDAY = 6;
let index: { terms: string[]; bands: string } | null = null;
let sampling: { terms: string[]; cumulative: Float64Array } | null = null;
let zhFallback: Map<string, number> | null = null;
const WEIGHTS = new Map<string, number>();

function parseTable(table: string, each: (term: string, surprise: number) => void): void {
  for (const line of table.split('\n')) {
    const colon = line.indexOf(':');
    const surprise = (Number(line.slice(0, colon)) / 10) * LN10;
    for (const term of line.slice(colon + 1).split(' ')) each(term, surprise);
  }
}

/** The band of an English term by binary search of the sorted index (UTF-16 order, as `<`); undefined when not listed. */
function englishBand(term: string): number | undefined {
  if (!index) {
    const { terms, bands } = tables().en.index;
    index = { terms: terms.split('\n'), bands };
  }
  const { terms, bands } = index;
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = terms[mid]!;
    if (t === term) return bands.charCodeAt(mid) - 32;
    if (t < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The English terms in the table's order with their cumulative probabilities, for sampleEnglish. */
function englishSampling() {
  const seen = new Set<string>();
  const terms: string[] = [];
  const probs: number[] = [];
  parseTable(tables().en.table, (term, surprise) => {
    if (seen.has(term)) return;
    seen.add(term);
    terms.push(term);
    probs.push(Math.exp(-surprise));
  });
  const cumulative = new Float64Array(probs.length);
  let sum = 0;
  probs.forEach((p, i) => (cumulative[i] = sum += p));
  for (let i = 0; i < cumulative.length; i++) cumulative[i] /= sum;
  return { terms, cumulative };
}

/** Without the jieba data (a caller that never provided it): the small generated table. */
function zhSurprise(term: string): number {
  if (!zhFallback) {
    const map = new Map<string, number>();
    parseTable(tables().zh.table, (t, surprise) => map.has(t) || map.set(t, surprise));
    zhFallback = map;
  }
  return zhFallback.get(term) ?? (tables().zh.floor / 10) * LN10;
}

/** -ln p(term) in general language: about 5 for everyday words, 15 for rare ones. */
export function backgroundSurprise(term: string): number {
  if (HAN.test(term)) {
    const lexicon = chineseLexicon();
    return lexicon ? (lexicon.surprise(term) ?? CAP + 1) : zhSurprise(term);
  }
  return ((englishBand(term) ?? tables().en.floor) / 10) * LN10;
}

/**
 * The weight of a term in a theme vector (0 for everyday words, at most 8). A Han word with a
 * bridge line weighs no more than meaningWeight allows.
 */
export function termWeight(term: string): number {
  let w = WEIGHTS.get(term);
  if (w === undefined) {
    w = Math.max(0, Math.min(backgroundSurprise(term), CAP) - EVERYDAY);
    if (w > 0 && HAN.test(term)) w = meaningWeight(term, w);
    if (WEIGHTS.size > 200_000) WEIGHTS.clear();
    WEIGHTS.set(term, w);
  }
  return w;
}

/**
 * Whether a Han word's bridge glosses join its counts (post-terms.ts addBridge): not for an
 * everyday word (weight 0: 是 "be"), nor for one that names a kind of post (form-words.ts: 笔记
 * "note", 日常 "daily"), whose glosses say no subject either.
 */
export function crossesBridge(term: string): boolean {
  return termWeight(term) > 0 && !isFormWord(term);
}

/**
 * A Han word's weight `zh` drawn toward what its meaning weighs in English: its bridge stems'
 * English weights, each times its share of the line. jieba's counts come from written text
 * (news, novels, gazetteers), SUBTLEX's from speech, so a word of everyday blog writing weighs
 * more in Chinese than its meaning does in English (笔记 5.6 against "note" 2.1, 尝试 4.8 against
 * "attempt" 2.8), enough for a study note's 笔记 alone to carry it onto a reading brand. Where
 * the English is lighter the word weighs the geometric mean of the two, never under half of
 * `zh`: a word glossed with everyday English (觉得 "to feel", a classical word) still says
 * something in Chinese, and short drafts, which have few words to go on, keep their figures only
 * with the floor (tests/eval/RESULTS.md, "A Chinese word weighed by its English meaning too").
 * A word whose English is heavier, or with no bridge line (试试, 我会), keeps `zh`.
 */
function meaningWeight(term: string, zh: number): number {
  const entry = chineseLexicon()?.bridge(term);
  if (!entry || entry.stems.length === 0) return zh;
  let en = 0;
  for (const [stem, share] of entry.stems) en += share * termWeight(stem);
  return en < zh ? Math.max(Math.sqrt(zh * en), zh / 2) : zh;
}

/** English stems drawn by frequency from general language (SUBTLEX), deterministic per seed. */
export function sampleEnglish(count: number, seed: number): string[] {
  sampling ??= englishSampling();
  return sampleWeighted(sampling.terms, sampling.cumulative, count, seed);
}
