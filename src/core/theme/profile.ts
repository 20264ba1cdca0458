/**
 * A term profile (weighted term counts) and the two numbers theme scoring is built on:
 * - affinity: how strongly a term belongs to the profile rather than to general language, a
 *   log-odds against the background with a Dirichlet prior (a term seen once among thousands
 *   of everyday words is not evidence; a rare term the brand keeps using is);
 * - coverage: the share of a text's salient weight that falls on terms with affinity.
 */
import { backgroundSurprise } from './background-lookup.ts';
import type { Token } from './tokenize.ts';

export interface Profile { counts: Map<string, number>; total: number }

/** Pseudo-count of general language mixed into every profile (the prior's strength). */
const PRIOR_MASS = 1000;
/** Over-representation (vs general language) at which a term counts half as the brand's. */
const HALF_AFFINITY_RATIO = 4;
const SINGLE_HAN_WEIGHT = 0.3;

export function createProfile(): Profile {
  return { counts: new Map(), total: 0 };
}

/** Adds terms with a weight; `sublinear` damps a term repeated within one document. */
export function addTerms(profile: Profile, counts: ReadonlyMap<string, number>, weight: number, sublinear: boolean): void {
  for (const [term, n] of counts) {
    const w = weight * (sublinear ? 1 + Math.log(n) : n);
    profile.counts.set(term, (profile.counts.get(term) ?? 0) + w);
    profile.total += w;
  }
}

export function countTerms(tokens: Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { term } of tokens) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * 0..1: how much a term belongs to the profile. 0 for a term the profile never used, about
 * 0.5 at HALF_AFFINITY_RATIO times its everyday frequency, towards 1 for the profile's own words.
 * `leftOut` is a document's own contribution, taken away to score it as if unseen.
 */
export function affinity(profile: Profile, term: string, surprise: number, leftOut?: LeftOut): number {
  const own = leftOut ? docWeight(leftOut.counts.get(term)) : 0;
  const scale = 1 / (profile.total - (leftOut?.total ?? 0) + PRIOR_MASS);
  const unseen = PRIOR_MASS * scale;
  const ratio = ((profile.counts.get(term) ?? 0) - own) * scale * Math.exp(surprise) + unseen;
  const a = ratio / (ratio + HALF_AFFINITY_RATIO);
  const floor = unseen / (unseen + HALF_AFFINITY_RATIO);
  return a <= floor ? 0 : (a - floor) / (1 - floor);
}

/** A document's counts and total weight as addTerms(…, 1, true) added them. */
export interface LeftOut { counts: ReadonlyMap<string, number>; total: number }

export function leaveOut(counts: ReadonlyMap<string, number>): LeftOut {
  let total = 0;
  for (const n of counts.values()) total += docWeight(n);
  return { counts, total };
}

function docWeight(n: number | undefined): number {
  return n ? 1 + Math.log(n) : 0;
}

/** How much a term says about what a text is about: repeated and rare terms say most. */
export function salience(count: number, surprise: number, term: string): number {
  // A lone Han character is often a fragment the segmenter could not join into a word.
  const single = term.length === 1 && term.charCodeAt(0) >= 0x2e80;
  return (1 + Math.log(count)) * surprise * (single ? SINGLE_HAN_WEIGHT : 1);
}

/** 0..1: the share of the text's salient weight on the profile's terms. */
export function coverage(profile: Profile, counts: ReadonlyMap<string, number>, leftOut?: LeftOut): number {
  let on = 0;
  let all = 0;
  for (const [term, n] of counts) {
    const surprise = backgroundSurprise(term);
    const s = salience(n, surprise, term);
    on += s * affinity(profile, term, surprise, leftOut);
    all += s;
  }
  return all === 0 ? 0 : on / all;
}
