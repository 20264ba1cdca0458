/**
 * Term vectors. A post is a sparse unit vector: v(t) = f(n) x idf(t), where f(n) = 1 + ln n for
 * a term written n >= 1 times and n itself for the fractional counts of bridged stems. A
 * centroid is dense, indexed by term id: every term gets a small integer id once per process,
 * so scoring a post is a walk over its own terms with array reads, not string look-ups.
 */
import { termWeight } from './background-lookup.ts';
import { Numbering, Origins } from './numbering.ts';
import type { VocabFacts } from './vocab-facts.ts';

/** A sparse vector: parallel arrays of term ids and values. */
export interface Vector { readonly ids: Int32Array; readonly w: Float64Array; readonly size: number }
/** A dense vector indexed by term id; ids past its end read as 0. */
export type Dense = Float64Array;

/** Term ids: the terms of every vector of this process, numbered on first sight. */
const IDS = new Numbering();
let WEIGHTS = new Float64Array(1 << 16);
/** A phrase keyword ("soy sauce", 菜市场 split by the segmenter) weighs as a rare word; an everyday compound ("command line") less (phrases.ts phraseWeight). */
export const PHRASE_WEIGHT = 8;

/** Phrase keys that weigh other than PHRASE_WEIGHT (phrases.ts phraseWeight), a function of the key alone. */
const PHRASE_WEIGHTS = new Map<string, number>();

/** Records the weight of phrase `key` (phrases.ts readPhrases): the same for the same key, in every brand of a process. */
export function setPhraseWeight(key: string, weight: number): void {
  if (weight !== PHRASE_WEIGHT) PHRASE_WEIGHTS.set(key, weight);
}

/** The id of a term, given on first sight; `weight`, when not NaN, is its termWeight already known (vocab-facts.ts). */
export function termId(term: string, weight = Number.NaN): number {
  return IDS.find(term) ?? withWeight(IDS.add(term), term, weight);
}

function withWeight(id: number, term: string, weight: number): number {
  if (id >= WEIGHTS.length) {
    const grown = new Float64Array(WEIGHTS.length * 2);
    grown.set(WEIGHTS);
    WEIGHTS = grown;
  }
  WEIGHTS[id] = Number.isNaN(weight) ? termWeight(term) : weight;
  return id;
}

/**
 * termId of vocab[slot], its weight taken from `facts` when known; the id remembers the slot
 * it was first met at (originOf), so that the evidence finds its form there too. The same id
 * termId would give: ids are given in the same order, only their entry in the string map waits
 * (numbering.ts), so the ~100,000 words of a term cache need no map entry unless looked up.
 */
export function slotTermId(vocab: readonly string[], slot: number, facts: VocabFacts | undefined): number {
  if (!facts || !facts.unique) return facts ? ORIGINS.note(termId(vocab[slot], facts.weight[slot]), facts, slot) : termId(vocab[slot]);
  let id = facts.ids[slot];
  if (id >= 0) return id;
  const term = vocab[slot];
  id = IDS.findFrom(term, facts) ?? withWeight(IDS.addFrom(term, facts), term, facts.weight[slot]);
  facts.ids[slot] = id;
  return ORIGINS.note(id, facts, slot);
}

const ORIGINS = new Origins();

/** A vocabulary slot of the term with this id and its facts, when its id was given through slotTermId. */
export function originOf(id: number): { facts: VocabFacts; slot: number } | undefined {
  const facts = ORIGINS.factsOf(id);
  return facts ? { facts, slot: ORIGINS.slotOf(id) } : undefined;
}

/**
 * Counts a reader of many posts (the term cache) holds as arrays over one vocabulary: entry i
 * is the term vocab[slots[i]] with the count values[i], in the map's order. toVector then reads
 * them without iterating the map (which may not even be filled yet) and takes each term's id
 * from `table` (vocabulary index -> id, -1 until first needed) instead of looking the string
 * up: ids are still given in the order terms are first met, so vectors are exactly the same.
 */
export interface SharedCounts { vocab: readonly string[]; slots: Int32Array; values: Float64Array; table: Int32Array; facts?: VocabFacts }

/** Registers `counts` as the map form of `shared` (the two must hold the same entries in the same order). */
export function shareCounts(counts: ReadonlyMap<string, number>, shared: SharedCounts): void {
  SHARED.set(counts, shared);
}
const SHARED = new WeakMap<ReadonlyMap<string, number>, SharedCounts>();

/** The weight (termWeight) of the term with this id, as given when it was numbered. */
export function weightOfId(id: number): number {
  return WEIGHTS[id];
}

/** The term behind an id. */
export function termOf(id: number): string {
  return IDS.names[id];
}

/** A unit vector from term counts and phrase matches (empty when no term carries weight). */
export function toVector(counts: ReadonlyMap<string, number>, phrases?: ReadonlyMap<string, number>): Vector {
  const shared = SHARED.get(counts);
  const size = (shared ? shared.slots.length : counts.size) + (phrases?.size ?? 0);
  const ids = new Int32Array(size);
  const w = new Float64Array(size);
  let k = 0;
  let norm = 0;
  const add = (id: number, n: number, weight: number) => {
    const x = (n >= 1 ? 1 + Math.log(n) : n) * weight;
    if (x <= 0) return;
    ids[k] = id;
    w[k++] = x;
    norm += x * x;
  };
  if (shared) {
    const { vocab, slots, values, table, facts } = shared;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      let id = table[slot];
      if (id < 0) table[slot] = id = slotTermId(vocab, slot, facts);
      add(id, values[i], WEIGHTS[id]);
    }
  } else
    for (const [term, n] of counts) {
      const id = termId(term);
      add(id, n, WEIGHTS[id]);
    }
  if (phrases) for (const [key, n] of phrases) add(termId(key), n, PHRASE_WEIGHTS.get(key) ?? PHRASE_WEIGHT);
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < k; i++) w[i] *= scale;
  return { ids: ids.subarray(0, k), w: w.subarray(0, k), size: k };
}

/**
 * toVector of counts already numbered: ids[i] with count values[i] for i < n (the ids given in
 * the order toVector would have given them), no phrases. The same arithmetic as toVector.
 */
export function vectorOfIds(ids: Int32Array, values: Float64Array, n: number): Vector {
  const out = new Int32Array(n);
  const w = new Float64Array(n);
  let k = 0;
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    const c = values[i];
    const x = (c >= 1 ? 1 + Math.log(c) : c) * WEIGHTS[id];
    if (x <= 0) continue;
    out[k] = id;
    w[k++] = x;
    norm += x * x;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < k; i++) w[i] *= scale;
  return { ids: out.subarray(0, k), w: w.subarray(0, k), size: k };
}

/** Sparse . dense. */
export function dot(v: Vector, d: Dense): number {
  let sum = 0;
  for (let i = 0; i < v.size; i++) {
    const id = v.ids[i];
    if (id < d.length) sum += v.w[i] * d[id];
  }
  return sum;
}

/** Dense . dense. */
export function dotDense(a: Dense, b: Dense): number {
  let sum = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) sum += a[i] * b[i];
  return sum;
}

/** The dense value of a term (0 when the vector never had it). */
export function valueAt(d: Dense, id: number): number {
  return id < d.length ? d[id] : 0;
}

/**
 * sum_i k_i v_i as a new dense vector, as long as its highest term id needs (a centroid built
 * late, after many drafts were read, stays as small as its own vocabulary).
 */
export function combine(parts: readonly (readonly [Vector | Dense, number])[]): Dense {
  let length = 0;
  for (const [v] of parts) {
    if (v instanceof Float64Array) length = Math.max(length, v.length);
    else for (let i = 0; i < v.size; i++) if (v.ids[i] >= length) length = v.ids[i] + 1;
  }
  const out = new Float64Array(length);
  for (const [v, k] of parts) {
    if (v instanceof Float64Array) for (let i = 0; i < v.length; i++) out[i] += v[i] * k;
    else for (let i = 0; i < v.size; i++) out[v.ids[i]] += v.w[i] * k;
  }
  return out;
}

/** Scales a dense vector to unit length, in place. */
export function normalize(d: Dense): Dense {
  const norm = Math.sqrt(dotDense(d, d));
  if (norm > 0) for (let i = 0; i < d.length; i++) d[i] /= norm;
  return d;
}

/**
 * Sparse . sparse: each of `list` . `b`, through one dense copy of `b` (a scratch array indexed
 * by term id, cleared after). A term `b` lacks adds a.w x 0 = +0, in `a`'s order.
 */
export function dotsSparse(list: readonly Vector[], b: Vector): number[] {
  let length = 0;
  for (const v of [b, ...list]) for (let i = 0; i < v.size; i++) length = Math.max(length, v.ids[i] + 1);
  if (SCRATCH.length < length) SCRATCH = new Float64Array(Math.max(length, SCRATCH.length * 2));
  const dense = SCRATCH;
  for (let i = 0; i < b.size; i++) dense[b.ids[i]] = b.w[i];
  const out = list.map((a) => {
    let sum = 0;
    for (let i = 0; i < a.size; i++) sum += a.w[i] * dense[a.ids[i]];
    return sum;
  });
  for (let i = 0; i < b.size; i++) dense[b.ids[i]] = 0;
  return out;
}
let SCRATCH = new Float64Array(1 << 16);

/** Sparse . sparse (dotsSparse of one vector). */
export function dotSparse(a: Vector, b: Vector): number {
  return dotsSparse([a], b)[0];
}

/**
 * The ids where any of `list` is non-zero, as a mask indexed by term id; memoised per `owner`
 * (a model: its centroids never change).
 */
export function supportOf(list: readonly Dense[], owner: object): Uint8Array {
  let mask = SUPPORT.get(owner);
  if (!mask) {
    mask = new Uint8Array(Math.max(0, ...list.map((d) => d.length)));
    for (const d of list) for (let id = 0; id < d.length; id++) if (d[id] !== 0) mask[id] = 1;
    SUPPORT.set(owner, mask);
  }
  return mask;
}
const SUPPORT = new WeakMap<object, Uint8Array>();

/**
 * The entries of `v` whose ids are in `mask`, in their order, not renormalised. For a dense d
 * that is zero outside the mask, dot(within(v, mask), d) === dot(v, d) bit for bit: the skipped
 * products are +0 (finite x times 0) and adding +0 leaves a sum unchanged.
 */
export function within(v: Vector, mask: Uint8Array): Vector {
  const ids = new Int32Array(v.size);
  const w = new Float64Array(v.size);
  let k = 0;
  for (let i = 0; i < v.size; i++) {
    const id = v.ids[i];
    if (id < mask.length && mask[id] === 1) {
      ids[k] = id;
      w[k++] = v.w[i];
    }
  }
  return { ids: ids.subarray(0, k), w: w.subarray(0, k), size: k };
}

/** Whether every non-zero of `list` lies in `mask`; memoised per `owner` (a growth stage). */
export function coveredBy(list: readonly Dense[], mask: Uint8Array, owner: object): boolean {
  let covered = COVERED.get(owner);
  if (covered === undefined) {
    covered = list.every((d) => {
      for (let id = 0; id < d.length; id++) if (d[id] !== 0 && (id >= mask.length || mask[id] !== 1)) return false;
      return true;
    });
    COVERED.set(owner, covered);
  }
  return covered;
}
const COVERED = new WeakMap<object, boolean>();
