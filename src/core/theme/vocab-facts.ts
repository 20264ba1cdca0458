/**
 * What theme scoring works out about a word on first sight, per slot of a term cache's
 * vocabulary (src/store/theme-term-cache.ts), so that a new process can take it from a table
 * (src/store/theme-vocab-table.ts) instead of working it out again for tens of thousands of
 * words: the word's weight (background-lookup.ts termWeight), its evidence form (evidence.ts
 * formBase: never shown, or its base word's slot and whether it carries a gloss) and its
 * bridged stems (term-counter.ts bridgeNumbers) as slots and weights. Each is a pure function
 * of the word and the data (and of whether the Chinese lexicon is there: `lexicon`), so a value
 * read from the table is the one the string path would give, bit for bit; an unknown entry
 * (NaN weight, FORM_UNKNOWN, stemCount -1) is worked out from the string as before.
 */
import { crossesBridge, termWeight } from './background-lookup.ts';
import { chineseLexicon } from './chinese.ts';
import { formBase } from './evidence.ts';

export interface VocabFacts {
  /** The vocabulary (slot -> word) these facts describe. */
  readonly vocab: readonly string[];
  /** termWeight per slot; NaN when unknown. */
  readonly weight: Float64Array;
  /** FORM_SKIP, base word slot x 2 + 1 when the form carries a gloss, or FORM_UNKNOWN. */
  readonly form: Int32Array;
  /** Slot i's bridged stems are stemSlot/stemWeight[stemFrom[i], stemFrom[i] + stemCount[i]); stemCount -1 when unknown. */
  readonly stemFrom: Int32Array;
  readonly stemCount: Int32Array;
  readonly stemSlot: Int32Array;
  readonly stemWeight: Float64Array;
  /** Whether the stems were found with the Chinese lexicon (null: no Han word, no stems known). */
  readonly lexicon: boolean | null;
  /** Whether every word of `vocab` is there once (then its slots may number its words: vector.ts slotTermId). */
  readonly unique: boolean;
  /** Per slot, the evidence's base-word number of the process (evidence.ts), -1 until needed; not stored. */
  readonly baseNumber: Int32Array;
  /** Per slot, the term id of the process (vector.ts), -1 until needed; not stored. */
  readonly ids: Int32Array;
  /** Per slot, the intern number of the process (term-counter.ts), -1 until needed; not stored. */
  readonly interned: Int32Array;
}

export const FORM_SKIP = -1;
export const FORM_UNKNOWN = -2;
/** Glosses sharing less of a word's weight are too weak to carry it across (post-terms.ts). */
const MIN_GLOSS_WEIGHT = 0.25;

/**
 * The facts of `vocab` worked out from the strings, those of its first `covered` slots copied
 * from `known` (facts of the same vocabulary or of a prefix of it, or null). Loads the Chinese
 * lexicon only when a word is Han (as scoring it would).
 */
export function workOutFacts(vocab: readonly string[], known: VocabFacts | null, covered = 0): VocabFacts {
  const n = vocab.length;
  const from = known ? Math.min(covered, known.weight.length, n) : 0;
  const anyHan = vocab.some((w) => w.charCodeAt(0) >= 0x2e80);
  const lexicon = anyHan ? chineseLexicon() : null;
  const flag = anyHan ? lexicon !== null : null;
  // A known prefix worked out under another lexicon state is worked out again.
  const start = known && known.lexicon === flag ? from : 0;
  const index = new Map<string, number>();
  vocab.forEach((w, i) => index.has(w) || index.set(w, i));
  const out = emptyFacts(vocab, flag, index.size === n);
  if (known && start > 0) copyPrefix(known, out, start);
  const stemSlots: number[] = [...out.stemSlot.subarray(0, stemEnd(out, start))];
  const stemWeights: number[] = [...out.stemWeight.subarray(0, stemSlots.length)];
  for (let i = start; i < n; i++) {
    const word = vocab[i];
    const weight = termWeight(word);
    out.weight[i] = weight;
    const base = formBase(word);
    const baseSlot = base === null ? -1 : index.get(base);
    out.form[i] = base === null ? FORM_SKIP : baseSlot === undefined ? FORM_UNKNOWN : baseSlot * 2 + (base.length === word.length ? 0 : 1);
    if (!lexicon) continue;
    const entry = crossesBridge(word) ? lexicon.bridge(word) : undefined;
    const kept = entry ? entry.stems.filter(([, w]) => w >= MIN_GLOSS_WEIGHT) : [];
    const slots = kept.map(([s]) => index.get(s));
    if (slots.some((s) => s === undefined)) continue;
    out.stemFrom[i] = stemSlots.length;
    out.stemCount[i] = kept.length;
    kept.forEach(([, w], k) => {
      stemSlots.push(slots[k]!);
      stemWeights.push(w);
    });
  }
  return { ...out, stemSlot: Int32Array.from(stemSlots), stemWeight: Float64Array.from(stemWeights) };
}

/** Facts of `vocab` with nothing known. */
export function emptyFacts(vocab: readonly string[], lexicon: boolean | null, unique = false): VocabFacts {
  const n = vocab.length;
  return {
    vocab, lexicon, unique, ids: new Int32Array(n).fill(-1), interned: new Int32Array(n).fill(-1), weight: new Float64Array(n).fill(Number.NaN), form: new Int32Array(n).fill(FORM_UNKNOWN),
    stemFrom: new Int32Array(n), stemCount: new Int32Array(n).fill(-1), stemSlot: new Int32Array(0), stemWeight: new Float64Array(0),
    baseNumber: new Int32Array(n).fill(-1),
  };
}

/** Copies the first `count` slots' facts of `from` into `to` (stems included: `to` gets `from`'s stem arrays). */
function copyPrefix(from: VocabFacts, to: VocabFacts, count: number): void {
  to.weight.set(from.weight.subarray(0, count));
  to.form.set(from.form.subarray(0, count));
  to.stemFrom.set(from.stemFrom.subarray(0, count));
  to.stemCount.set(from.stemCount.subarray(0, count));
  (to as { stemSlot: Int32Array }).stemSlot = from.stemSlot;
  (to as { stemWeight: Float64Array }).stemWeight = from.stemWeight;
}

/** The end of the stems of the first `count` slots. */
function stemEnd(f: VocabFacts, count: number): number {
  let end = 0;
  for (let i = 0; i < count; i++) if (f.stemCount[i] > 0) end = Math.max(end, f.stemFrom[i] + f.stemCount[i]);
  return end;
}

/** Whether facts read from a file fit `vocab` and each other: every slot and range in bounds (else they are not used). */
export function factsValid(f: VocabFacts): boolean {
  const n = f.vocab.length;
  if (f.weight.length !== n || f.form.length !== n || f.stemFrom.length !== n || f.stemCount.length !== n || f.stemSlot.length !== f.stemWeight.length) return false;
  for (let i = 0; i < n; i++) {
    const form = f.form[i];
    if (form < FORM_UNKNOWN || form >> 1 >= n) return false;
    const w = f.weight[i];
    if (!(Number.isNaN(w) || w >= 0)) return false;
    const c = f.stemCount[i];
    if (c < -1 || (c > 0 && (f.stemFrom[i] < 0 || f.stemFrom[i] + c > f.stemSlot.length))) return false;
  }
  for (const s of f.stemSlot) if (s < 0 || s >= n) return false;
  return true;
}
