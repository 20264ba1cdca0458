/**
 * What a score means, per draft language and length: the anchor a is the median score of
 * bags of terms drawn by frequency from general language (z = 0: "reads like anything"); the
 * typical point m the median score of the brand's own published posts cut into chunks of the
 * same length, each scored against the other posts (leave-one-out), so that z = 1 means
 * "reads like a typical own post": z = (s - a) / (m - a). A short draft has a sparser vector
 * than a long one and scores lower against the same brand, so a and m are measured at a few
 * lengths and interpolated. With no post in a language (day one) m is a prior from the
 * anchor; with few, the prior is blended in.
 */
import { sampleEnglish } from './background-lookup.ts';
import { chineseLexicon } from './chinese.ts';
import { matchPhrases, withPhrases, type Phrase } from './phrases.ts';
import { countSequence, sliceJoins, sliceStream, termsLanguage, type PostTerms } from './post-terms.ts';
import { SCRATCH, bridgeNumbers, countRun, hasHan, sequenceNumbers } from './term-counter.ts';
import { dot, dotDense, dotsSparse, toVector, type Dense, type Vector } from './vector.ts';

export interface Calibration {
  /** Draft lengths (terms) the points below were measured at. */
  lengths: readonly number[];
  /** Median score of general language, per length. */
  anchor: number[];
  /** Score of a typical own post (blended with the prior when posts are few), per length. */
  typical: number[];
  /** Published posts in this language that the typical point was measured on. */
  posts: number;
}

/** Chunk lengths in terms: 150 is about what a 300-word draft keeps after stopwords, 10 what an
 * X or Weibo post does (25 words, 70 characters; below the shortest length a draft is read at it). */
export const LENGTHS = [10, 30, 70, 150] as const;
const BAGS = 7;
/** At most this many posts of a language measure its typical point (calibrate.ts sampleOf). */
export const MAX_POSTS = 30;
/** Weight of the brand text's unit vector against the mean of the posts' (model.ts). */
export const BRAND_TEXT_SHARE = 0.5;
/** Day one: the typical point sits this share of the way from the anchor to a perfect match. */
export const PRIOR_GAIN = 0.05;
/** With posts, the typical point sits at least this share of the way to a perfect match (tuned on dev). */
export const FLOOR_GAIN = 0.1;
/** The prior weighs as much as this many measured posts. */
export const PRIOR_POSTS = 2;
const MIN_SPAN = 0.01;

interface Doc { terms: PostTerms; vector: Vector }

export interface CalibrationInput {
  centroid: Dense;
  /** The centroid before normalisation, and the plain sum of the posts' unit vectors. */
  raw: Dense;
  sum: Dense;
  brandText: Dense;
  docs: Doc[];
  phrases: Phrase[];
  /** Day one: PRIOR_GAIN scaled down for a thin brand text (expand.ts thinPriorScale); default 1. */
  priorScale?: number;
  /** Where the general-language bags' counts are kept between processes (BagStore), if anywhere. */
  bags?: BagStore;
}

/**
 * The general-language bags' term counts kept between processes, by bagKey: each bag's terms and
 * counts in the order countSequence gave them (the order toVector numbers new terms in), so a bag
 * rebuilt from them is the drawn one, bit for bit and id for id. A function of the scoring code
 * and data alone (the results cache keeps them under its code key). Drawing them costs a Chinese
 * check ~0.1 s (two sections of the dictionary read, 1,800 words bridged and weighed), in every
 * check that calibrates a model: after each publication.
 */
export interface BagStore {
  get(key: string): readonly KeptBag[] | undefined;
  set(key: string, bags: readonly KeptBag[]): void;
}
/** One bag's counts: terms[i] counted counts[i] times (bridged stems fractionally). */
export interface KeptBag { terms: readonly string[]; counts: Float64Array }

export function calibrate(lang: 'en' | 'zh', input: CalibrationInput): Calibration {
  const own = input.docs.filter((d) => termsLanguage(d.terms) === lang);
  const anchor = LENGTHS.map((n) => measureAnchor(lang, input.centroid, n, input.bags));
  // Shorter texts reach a smaller share of a perfect match: about sqrt of the length share.
  const gain = PRIOR_GAIN * (input.priorScale ?? 1);
  const prior = anchor.map((a, i) => a + gain * Math.sqrt(LENGTHS[i] / LENGTHS[LENGTHS.length - 1]) * (1 - a));
  if (own.length === 0 || input.docs.length < 2) return { lengths: LENGTHS, anchor, typical: prior, posts: own.length };
  // Never below a floor: posts unlike one another (one post on each of two unrelated pillars)
  // leave leave-one-out with no sibling, and a typical point near general language would make
  // any faint match (shared words like 文件, 默认 or "default") read as a typical post.
  const floor = anchor.map((a, i) => a + FLOOR_GAIN * Math.sqrt(LENGTHS[i] / LENGTHS[LENGTHS.length - 1]) * (1 - a));
  const typical = LENGTHS.map((n, i) => {
    const measured = measureTypical(own, input, n);
    return Math.max(anchor[i] + MIN_SPAN, floor[i], (own.length * measured + PRIOR_POSTS * prior[i]) / (own.length + PRIOR_POSTS));
  });
  return { lengths: LENGTHS, anchor, typical, posts: own.length };
}

function measureAnchor(lang: 'en' | 'zh', centroid: Dense, length: number, kept?: BagStore): number {
  return median(anchorBags(lang, length, kept).map((v) => dot(v, centroid)));
}

/** The general-language bags: fixed seeds, so drawn once per lexicon (English: one) and length. */
const ENGLISH = {};
const BAG_MEMO = new WeakMap<object, Map<number, { vectors: Vector[]; counts: KeptBag[] }>>();
function anchorBags(lang: 'en' | 'zh', length: number, kept?: BagStore): Vector[] {
  const lexicon = lang === 'zh' ? chineseLexicon() : null;
  const owner = lexicon ?? ENGLISH;
  let byLength = BAG_MEMO.get(owner);
  if (!byLength) BAG_MEMO.set(owner, (byLength = new Map()));
  // Drawn from the dictionary, or from the English tables without it (the key says which).
  const key = bagKey(lexicon ? 'zh' : 'en', length);
  let bags = byLength.get(length);
  if (!bags) {
    const stored = kept?.get(key);
    const counts = stored && stored.length === BAGS ? stored.map((b) => new Map(b.terms.map((t, i) => [t, b.counts[i]!]))) : undefined;
    const vectors: Vector[] = [];
    const all: KeptBag[] = [];
    for (let k = 1; k <= BAGS; k++) {
      const c = counts?.[k - 1] ?? countSequence(lexicon ? lexicon.sample(length, k * 7919) : sampleEnglish(length, k * 7919));
      vectors.push(toVector(c));
      all.push(counts ? stored![k - 1]! : { terms: [...c.keys()], counts: Float64Array.from(c.values()) });
    }
    byLength.set(length, (bags = { vectors, counts: all }));
  }
  // A store without them (a new cache, or drawn before it was opened in a long-lived process) keeps them.
  if (kept && !kept.get(key)) kept.set(key, bags.counts);
  return bags.vectors;
}

/** The BagStore key of the bags of `length` terms drawn from `source` (the Chinese dictionary or the English tables). */
export function bagKey(source: 'zh' | 'en', length: number): string {
  return `${source}:${BAGS}:${length}`;
}

/**
 * Leave-one-out: each post's chunks against the other posts and the brand text, so that a post
 * never vouches for itself. Drafts meet the centroid of all N posts, whose norm is smaller
 * than that of N - 1 posts (noise averages out), so the dot product with the other posts'
 * unnormalised centroid is divided by the norm of the full one. With S the sum of the posts'
 * unit vectors: chunk . ((S - u) / (N - 1) + 0.5 b) = (chunk . S - chunk . u) / (N - 1) + 0.5 chunk . b.
 */
function measureTypical(own: Doc[], input: CalibrationInput, length: number): number {
  const n = input.docs.length;
  const norm = Math.sqrt(dotDense(input.raw, input.raw));
  const scores: number[] = [];
  for (const doc of sampleOf(own)) {
    for (const { v, self } of chunkVectors(doc, length, input.phrases)) {
      const others = (dot(v, input.sum) - self) / (n - 1);
      scores.push((others + BRAND_TEXT_SHARE * dot(v, input.brandText)) / norm);
    }
  }
  return median(scores);
}

/**
 * The posts that measure the typical point: all of them up to MAX_POSTS, else the MAX_POSTS whose
 * words hash lowest (a bottom-k sample): one post published, dropped or redated changes at most
 * one post of it. A sample by place (every other post in publication order) swaps the measured
 * half for the other when one early post comes or goes: on a real blog of 54 English posts the
 * two halves' typical points were 0.223 and 0.111 (150 terms), which moved every English score
 * by about 0.2.
 */
function sampleOf(own: Doc[]): Doc[] {
  if (own.length <= MAX_POSTS) return own;
  return own
    .map((doc) => ({ doc, h: wordsHash(doc.terms) }))
    .sort((a, b) => a.h - b.h)
    .slice(0, MAX_POSTS)
    .map(({ doc }) => doc);
}

/** FNV-1a (32 bits) of a post's terms in order, memoised per terms object: the same in every process. */
const HASHES = new WeakMap<PostTerms, number>();
function wordsHash(terms: PostTerms): number {
  let h = HASHES.get(terms);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (const term of terms.sequence) {
      for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ 0x20, 0x01000193);
    }
    HASHES.set(terms, (h >>>= 0));
  }
  return h;
}

/**
 * The vectors of a post's chunks and their dot products with the post's own vector, memoised
 * per phrase list (one per model) and post: the growth stages of a model measure the same
 * posts' chunks again and again.
 */
const CHUNKS = new WeakMap<readonly Phrase[], WeakMap<PostTerms, Map<number, Chunk[]>>>();
interface Chunk { v: Vector; self: number }
function chunkVectors(doc: Doc, length: number, phrases: readonly Phrase[]): Chunk[] {
  let byTerms = CHUNKS.get(phrases);
  if (!byTerms) CHUNKS.set(phrases, (byTerms = new WeakMap()));
  let byLength = byTerms.get(doc.terms);
  if (!byLength) byTerms.set(doc.terms, (byLength = new Map()));
  let chunks = byLength.get(length);
  if (!chunks) {
    const { sequence, joins } = doc.terms;
    const vectors = chunksOf(sequence, length).map(([from, to]) => {
      const c = phrases.length ? sequence.slice(from, to) : null;
      const cJoins = c ? sliceJoins(joins, from, to) : undefined;
      const cStream = c ? sliceStream(doc.terms, from, to) : undefined;
      const found = c ? matchPhrases(c, phrases, cJoins, cStream) : undefined;
      return c && found!.size ? toVector(...withPhrases(countSequence(c), c, phrases, 1, cJoins, cStream, found)) : chunkVector(sequence, from, to);
    });
    const selves = dotsSparse(vectors, doc.vector);
    chunks = vectors.map((v, i) => ({ v, self: selves[i] }));
    byLength.set(length, chunks);
  }
  return chunks;
}

/** toVector(countSequence(sequence[from, to))), counted by intern number (term-counter.ts): the same vector. */
function chunkVector(sequence: readonly string[], from: number, to: number): Vector {
  const numbers = sequenceNumbers(sequence);
  const counter = SCRATCH;
  counter.reset();
  countRun(counter, numbers, from, to);
  if (hasHan(numbers, from, to)) bridgeNumbers(counter);
  return counter.toVector();
}

/** Consecutive chunks of `length` terms (at most 12 per post) as [from, to); a short tail joins the chunk before it. */
function chunksOf(sequence: readonly string[], length: number): [number, number][] {
  const chunks: [number, number][] = [];
  for (let i = 0; i < sequence.length && chunks.length < 12; i += length) {
    const end = sequence.length - (i + length) < length / 2 ? sequence.length : i + length;
    chunks.push([i, end]);
    if (end === sequence.length) break;
  }
  return chunks;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** z = (s - a) / (m - a) at the draft's length (terms): 0 general language, 1 a typical own post. */
export function standardize(score: number, c: Calibration, length: number): number {
  const { lengths } = c;
  const at = (xs: number[]) => {
    if (length <= lengths[0]) return xs[0];
    for (let i = 1; i < lengths.length; i++) {
      if (length <= lengths[i]) {
        const t = Math.log(length / lengths[i - 1]) / Math.log(lengths[i] / lengths[i - 1]);
        return xs[i - 1] + t * (xs[i] - xs[i - 1]);
      }
    }
    return xs[xs.length - 1];
  };
  const a = at(c.anchor);
  return (score - a) / Math.max(MIN_SPAN, at(c.typical) - a);
}
