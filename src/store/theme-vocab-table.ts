/**
 * The vocabulary table of the term cache (theme-term-cache.ts): for each word of its main
 * file's vocabulary, what theme scoring works out about the word on first sight (weight,
 * evidence form, bridged stems: src/core/theme/vocab-facts.ts), kept between runs so that a
 * `check` after a draft was published (every post scored again against a new model) does not
 * work it out again for every word. The facts depend on the scoring code and data only, so the
 * file is named by the results cache's code key (theme-results-cache.ts resultsCodeKey) and
 * records whether the Chinese lexicon was there; it covers a prefix of the vocabulary, checked by
 * a hash of that prefix (an appended term file keeps its older slots). A missing, truncated,
 * foreign or damaged file, or one for another vocabulary or lexicon state, is no table: the facts
 * are worked out from the words as before, and the table is written again.
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { chineseLexicon } from '../core/theme/chinese.ts';
import { emptyFacts, factsValid, workOutFacts, type VocabFacts } from '../core/theme/vocab-facts.ts';
import { writeCacheFile } from './cache-files.ts';
import { resultsCodeKey } from './theme-results-cache.ts';

const FAMILY = 'theme-vocab-';
/** Bump when the layout of StoredTable changes. */
const FILE_FORMAT = 'theme-vocab-2';

interface StoredTable {
  format: string;
  /** Slots described, and the length of the vocabulary text (words joined by NULs) they span, and its hash. */
  words: number;
  chars: number;
  prefix: string;
  lexicon: boolean | null;
  /** No word twice in the vocabulary. */
  unique: boolean;
  weight: Float64Array;
  form: Int32Array;
  stemFrom: Int32Array;
  stemCount: Int32Array;
  stemSlot: Int32Array;
  stemWeight: Float64Array;
}

/** The table file beside the term cache file `termFile`, for code key `code`; null without a key (nothing is kept). */
export function vocabTableFile(termFile: string, code: string | null = resultsCodeKey()): string | null {
  return code === null ? null : join(dirname(termFile), `${FILE_FORMAT}-${code}.bin`);
}

/**
 * The facts of `vocab` (the words of `text`, joined by NULs) from the table `file`: the slots it
 * covers as stored, the rest unknown. Never throws: an unusable file gives facts with nothing known.
 */
export function readVocabFacts(file: string | null, text: string, vocab: readonly string[]): { facts: VocabFacts; covered: number } {
  const none = { facts: emptyFacts(vocab, null), covered: 0 };
  if (file === null) return none;
  let t: StoredTable;
  try {
    t = deserialize(readFileSync(file)) as StoredTable;
  } catch {
    return none; // Missing, truncated or unreadable.
  }
  try {
    const ok =
      t?.format === FILE_FORMAT && Number.isInteger(t.words) && Number.isInteger(t.chars) && typeof t.prefix === 'string' &&
      (t.lexicon === null || typeof t.lexicon === 'boolean') && typeof t.unique === 'boolean' && t.weight instanceof Float64Array && t.form instanceof Int32Array &&
      t.stemFrom instanceof Int32Array && t.stemCount instanceof Int32Array && t.stemSlot instanceof Int32Array && t.stemWeight instanceof Float64Array &&
      t.words >= 0 && t.words <= vocab.length && t.weight.length === t.words && t.chars <= text.length && (t.chars === text.length || text.charCodeAt(t.chars) === 0);
    if (!ok || hash('sha1', text.slice(0, t.chars), 'base64url') !== t.prefix) return none;
    // Facts of Han words hold only under the lexicon state they were worked out in.
    if (t.lexicon !== null && t.lexicon !== (chineseLexicon() !== null)) return none;
    let out: VocabFacts;
    if (t.words === vocab.length) {
      // The whole vocabulary (the usual case): the stored arrays as they are.
      const { weight, form, stemFrom, stemCount, stemSlot, stemWeight, lexicon, unique } = t;
      out = { vocab, weight, form, stemFrom, stemCount, stemSlot, stemWeight, lexicon, unique, baseNumber: new Int32Array(vocab.length).fill(-1), ids: new Int32Array(vocab.length).fill(-1), interned: new Int32Array(vocab.length).fill(-1) };
    } else {
      // Words appended since: whether they repeat an older one is not known.
      const facts = emptyFacts(vocab, t.lexicon, false);
      facts.weight.set(t.weight);
      facts.form.set(t.form);
      facts.stemFrom.set(t.stemFrom);
      facts.stemCount.set(t.stemCount);
      out = { ...facts, stemSlot: t.stemSlot, stemWeight: t.stemWeight };
    }
    return factsValid(out) ? { facts: out, covered: t.words } : none;
  } catch {
    return none; // Lengths that do not fit, or no lexicon to compare with.
  }
}

/**
 * Works out the facts of `vocab` (the words of `text`) that `known` lacks and writes the table
 * atomically; `known` are facts of the same vocabulary's first `covered` slots, or null. A
 * table that cannot be written is only slower next time.
 */
export function saveVocabFacts(file: string | null, text: string, vocab: readonly string[], known: VocabFacts | null, covered = 0): void {
  if (file === null) return;
  const f = workOutFacts(vocab, known, covered);
  const table: StoredTable = {
    format: FILE_FORMAT, words: vocab.length, chars: text.length, prefix: hash('sha1', text, 'base64url'), lexicon: f.lexicon, unique: f.unique,
    weight: f.weight, form: f.form, stemFrom: f.stemFrom, stemCount: f.stemCount, stemSlot: f.stemSlot, stemWeight: f.stemWeight,
  };
  writeCacheFile(file, serialize(table), FAMILY);
}
