/**
 * Sparse term vectors: v(t) = f(n) x idf(t), unit length, where f(n) = 1 + ln n for a term
 * written n >= 1 times and n itself for the fractional counts of bridged stems. Cosine
 * similarity of unit vectors is a dot product.
 */
import { termWeight } from './background-lookup.ts';

export type Vector = Map<string, number>;

/** A unit vector from term counts (empty when no term carries weight). */
export function toVector(counts: ReadonlyMap<string, number>, extra?: ReadonlyMap<string, number>): Vector {
  const v: Vector = new Map();
  let norm = 0;
  const add = (term: string, n: number, weight: number) => {
    const x = (n >= 1 ? 1 + Math.log(n) : n) * weight;
    if (x <= 0) return;
    v.set(term, (v.get(term) ?? 0) + x);
  };
  for (const [term, n] of counts) add(term, n, termWeight(term));
  if (extra) for (const [term, n] of extra) add(term, n, PHRASE_WEIGHT);
  for (const x of v.values()) norm += x * x;
  return scale(v, norm > 0 ? 1 / Math.sqrt(norm) : 0);
}

/** A phrase keyword ("soy sauce", 菜市场 split by the segmenter) weighs as a rare word. */
const PHRASE_WEIGHT = 8;

export function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, x] of small) {
    const y = large.get(term);
    if (y !== undefined) sum += x * y;
  }
  return sum;
}

export function scale(v: Vector, k: number): Vector {
  for (const [t, x] of v) v.set(t, x * k);
  return v;
}

/** sum_i k_i v_i (a new vector). */
export function combine(parts: readonly [ReadonlyMap<string, number>, number][]): Vector {
  const out: Vector = new Map();
  for (const [v, k] of parts) for (const [t, x] of v) out.set(t, (out.get(t) ?? 0) + x * k);
  return out;
}

export function normalize(v: Vector): Vector {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  return norm > 0 ? scale(v, 1 / Math.sqrt(norm)) : v;
}
