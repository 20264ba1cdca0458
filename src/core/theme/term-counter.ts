/**
 * Counting terms by interned number instead of by string, for the vectors `check` builds from
 * posts it already read (evidence posts, calibration chunks). Every term string gets a small
 * number once per process (`internOf`); a post from the term cache hands over its terms as
 * numbers of its file's vocabulary (`shareSequence`), so a post of 500 words costs one array
 * read per word instead of a string hash look-up.
 * The vectors are exactly those of toVector(Map): entries are counted in the same order (first
 * occurrence, then bridged stems), with the same arithmetic, and term ids (vector.ts termId,
 * whose order the dense centroids' norms depend on) are given in the order toVector gave them.
 */
import { crossesBridge } from './background-lookup.ts';
import { chineseLexicon, type ChineseLexicon } from './chinese.ts';
import type { PostTerms } from './post-terms.ts';
import { slotTermId, termId, vectorOfIds, type Vector } from './vector.ts';
import { Numbering, Origins } from './numbering.ts';
import type { VocabFacts } from './vocab-facts.ts';

/** Intern numbers: every term string counted by this module, numbered on first sight. */
const INTERN = new Numbering();
const STRINGS = INTERN.names;
/** Intern number -> term id (vector.ts), -1 until the term first enters a vector. */
let TERM_IDS = new Int32Array(1 << 16).fill(-1);
/** Intern number -> the vocabulary slot it was first met at (numbering.ts). */
const ORIGINS = new Origins();

/** The intern number of a term (any order: it never reaches a vector's layout). */
export function internOf(term: string): number {
  return INTERN.find(term) ?? withTermIds(INTERN.add(term));
}

function withTermIds(k: number): number {
  if (k >= TERM_IDS.length) {
    const grown = new Int32Array(TERM_IDS.length * 2).fill(-1);
    grown.set(TERM_IDS);
    TERM_IDS = grown;
  }
  return k;
}

/**
 * internOf of the word at `slot` of `facts`, remembering the slot as its origin. In a vocabulary
 * whose words are each there once the slot numbers the word (facts.interned), which enters the
 * string map only when a term is interned by string (as vector.ts slotTermId).
 */
function internOfSlot(facts: VocabFacts, slot: number): number {
  if (!facts.unique) return ORIGINS.note(internOf(facts.vocab[slot]), facts, slot);
  let k = facts.interned[slot];
  if (k >= 0) return k;
  const term = facts.vocab[slot];
  k = INTERN.findFrom(term, facts) ?? withTermIds(INTERN.addFrom(term, facts));
  facts.interned[slot] = k;
  return ORIGINS.note(k, facts, slot);
}

/**
 * A cached post's terms as slots of its file's vocabulary: its sequence, and its counts' terms
 * and values in the map's order; `interned` maps slot -> intern number (-1 until needed).
 */
export interface SharedSequence { vocab: readonly string[]; slots: Int32Array; countSlots: Int32Array; countValues: Float64Array; interned: Int32Array; facts?: VocabFacts }
const SEQUENCES = new WeakMap<readonly string[], SharedSequence>();
/** Registers the slot form of a cached post's sequence (the two hold the same terms in the same order). */
export function shareSequence(sequence: readonly string[], shared: SharedSequence): void {
  SEQUENCES.set(sequence, shared);
}

function numberOf(shared: SharedSequence, slot: number): number {
  let k = shared.interned[slot];
  if (k < 0) shared.interned[slot] = k = shared.facts ? internOfSlot(shared.facts, slot) : internOf(shared.vocab[slot]);
  return k;
}

const COUNTS = new WeakMap<PostTerms, { keys: Int32Array; values: Float64Array }>();
/** A post's counts as intern numbers and values, in the map's order; memoised per post. */
export function countNumbers(terms: PostTerms): { keys: Int32Array; values: Float64Array } {
  let out = COUNTS.get(terms);
  if (out) return out;
  const shared = SEQUENCES.get(terms.sequence);
  if (shared) out = { keys: shared.countSlots.map((slot) => numberOf(shared, slot)), values: shared.countValues };
  else {
    const keys = new Int32Array(terms.counts.size);
    const values = new Float64Array(terms.counts.size);
    let i = 0;
    for (const [term, n] of terms.counts) [keys[i], values[i++]] = [internOf(term), n];
    out = { keys, values };
  }
  COUNTS.set(terms, out);
  return out;
}

const NUMBERED = new WeakMap<readonly string[], Int32Array>();
/** A sequence's intern numbers, memoised per sequence. */
export function sequenceNumbers(sequence: readonly string[]): Int32Array {
  let out = NUMBERED.get(sequence);
  if (out) return out;
  out = new Int32Array(sequence.length);
  const shared = SEQUENCES.get(sequence);
  if (shared) for (let i = 0; i < shared.slots.length; i++) out[i] = numberOf(shared, shared.slots[i]);
  else for (let i = 0; i < sequence.length; i++) out[i] = internOf(sequence[i]);
  NUMBERED.set(sequence, out);
  return out;
}

/**
 * An insertion-ordered map from intern number to count on typed arrays, reused between posts
 * (`reset` clears only the entries used).
 */
export class TermCounter {
  keys = new Int32Array(1024);
  values = new Float64Array(1024);
  size = 0;
  #at = new Int32Array(1 << 16).fill(-1);

  /** The count of term `k`, or undefined. */
  get(k: number): number | undefined {
    const i = k < this.#at.length ? this.#at[k] : -1;
    return i < 0 ? undefined : this.values[i];
  }

  /** Sets term `k` (appended when new, in place otherwise, as Map.set). */
  set(k: number, value: number): void {
    if (k >= this.#at.length) {
      const grown = new Int32Array(Math.max(k + 1, this.#at.length * 2)).fill(-1);
      grown.set(this.#at);
      this.#at = grown;
    }
    let i = this.#at[k];
    if (i < 0) {
      if (this.size === this.keys.length) this.#grow();
      this.#at[k] = i = this.size++;
      this.keys[i] = k;
    }
    this.values[i] = value;
  }

  reset(): void {
    for (let i = 0; i < this.size; i++) this.#at[this.keys[i]] = -1;
    this.size = 0;
  }

  #grow(): void {
    const keys = new Int32Array(this.keys.length * 2);
    keys.set(this.keys);
    const values = new Float64Array(this.values.length * 2);
    values.set(this.values);
    [this.keys, this.values] = [keys, values];
  }

  /** toVector of these counts (no phrases): term ids given in entry order, as toVector gives them. */
  toVector(): Vector {
    const ids = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const k = this.keys[i];
      let id = TERM_IDS[k];
      if (id < 0) {
        const facts = ORIGINS.factsOf(k);
        TERM_IDS[k] = id = facts ? slotTermId(facts.vocab, ORIGINS.slotOf(k), facts) : termId(STRINGS[k]);
      }
      ids[i] = id;
    }
    return vectorOfIds(ids, this.values, this.size);
  }
}

/** Counts sequence[from, to) by intern number, in first-occurrence order (countSequence without the bridge). */
export function countRun(counter: TermCounter, numbers: Int32Array, from = 0, to = numbers.length): void {
  for (let i = from; i < to; i++) {
    const k = numbers[i];
    counter.set(k, (counter.get(k) ?? 0) + 1);
  }
}

/** Glosses sharing less of a word's weight are too weak to carry it across (post-terms.ts). */
const MIN_GLOSS_WEIGHT = 0.25;
const BRIDGES = new Map<number, Float64Array | null>();

/**
 * post-terms.ts addBridge on a counter: every entry present now, in order, adds its stems.
 * A word's stems are kept as [intern number, weight, ...] once per process.
 */
export function bridgeNumbers(counter: TermCounter): void {
  const lexicon = chineseLexicon();
  if (!lexicon) return;
  // The entries and counts as they are now (addBridge iterates a copy of the map).
  const n0 = counter.size;
  const counts = counter.values.slice(0, n0);
  for (let i = 0; i < n0; i++) {
    const word = counter.keys[i];
    let stems = BRIDGES.get(word);
    if (stems === undefined) {
      stems = knownStems(word) ?? stemsOf(lexicon, STRINGS[word]);
      BRIDGES.set(word, stems);
    }
    if (!stems) continue;
    const n = counts[i];
    for (let s = 0; s < stems.length; s += 2) counter.set(stems[s], (counter.get(stems[s]) ?? 0) + n * stems[s + 1]);
  }
}

/** A word's kept stems as [intern number, weight, ...] from the lexicon, null when none. */
function stemsOf(lexicon: ChineseLexicon, term: string): Float64Array | null {
  const entry = crossesBridge(term) ? lexicon.bridge(term) : undefined;
  const kept = entry ? entry.stems.filter(([, w]) => w >= MIN_GLOSS_WEIGHT) : [];
  return kept.length ? Float64Array.from(kept.flatMap(([s, w]) => [internOf(s), w])) : null;
}

/**
 * stemsOf from the facts of the slot the word was met at, when they know its stems (found with
 * the lexicon, which bridgeNumbers only runs with); undefined when they do not.
 */
function knownStems(word: number): Float64Array | null | undefined {
  const facts = ORIGINS.factsOf(word);
  if (!facts || facts.lexicon !== true) return undefined;
  const slot = ORIGINS.slotOf(word);
  const count = facts.stemCount[slot];
  if (count < 0) return undefined;
  if (count === 0) return null;
  const from = facts.stemFrom[slot];
  const out = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    out[i * 2] = internOfSlot(facts, facts.stemSlot[from + i]);
    out[i * 2 + 1] = facts.stemWeight[from + i];
  }
  return out;
}


/** Whether any term of numbers[from, to) is Han (post-terms.ts countSequence's test). */
export function hasHan(numbers: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (STRINGS[numbers[i]].charCodeAt(0) >= 0x2e80) return true;
  return false;
}

/** The one counter of the process: every use resets it first and is done before the next. */
export const SCRATCH = new TermCounter();
