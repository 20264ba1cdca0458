/**
 * A content-hash cache of posts' theme terms under node_modules/.cache/throughline/, so that a
 * second `check` reads (strips, segments, bridges) only the posts whose text changed. Keyed by
 * a hash of the title, the body and TERMS_FORMAT; entries not used by a run are dropped when it
 * saves. A missing, unreadable or corrupt cache file is an empty cache: it never fails a check.
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readTermsOf } from '../core/check.ts';
import type { Post } from '../core/schema/post.ts';
import type { PostTerms } from '../core/theme/index.ts';
import { shareSurfaces, UNKNOWN } from '../core/theme/evidence.ts';
import { shareSequence } from '../core/theme/term-counter.ts';
import { shareCounts } from '../core/theme/vector.ts';
import { writeCacheFile } from './cache-files.ts';
import { LazyCounts } from './lazy-counts.ts';
// The cached terms are only right when read with the Chinese dictionary: every reader of this
// cache registers it, whichever entry point (CLI, studio, build worker) loaded this module.
import './theme-lexicon.ts';

/** Bump when tokenising, stripping or the bridge data change what a post reads as. */
const TERMS_FORMAT = 'theme-terms-5';
/** Bump when the layout of StoredFile changes. */
const FILE_FORMAT = 'v8-1';

/**
 * One v8.serialize'd file (a single read; typed arrays load as bytes). Every string is written
 * once, in `vocab` (joined by NULs), and a post is a run of `ints` from its offset:
 * [sequence length, han, count entries, surface entries, sequence..., count terms...,
 * surface term/surface pairs...], its counts' values a run of `values`. Counts keep the order
 * of the map they came from, values are exact doubles: a cached post's vector is the fresh
 * read's, bit for bit. A term read from the vocabulary is the same string object in every post.
 */
interface StoredFile { format: string; vocab: string; keys: string[]; offsets: Int32Array; ints: Int32Array; values: Float64Array }

export interface TermCache { termsOf(post: Post): PostTerms; save(): void }

/** The cache file of the project at `root`, in `dir` (default node_modules/.cache/throughline). */
export function termCacheFile(root: string, dir = join(root, 'node_modules/.cache/throughline')): string {
  return join(dir, `${TERMS_FORMAT}.${FILE_FORMAT}.bin`);
}

/**
 * Opens the cache of the project at `root` (the folder holding node_modules and content/), in
 * `dir` (default node_modules/.cache/throughline; the build keeps its own beside Astro's cache).
 */
export function openTermCache(root: string, dir?: string): TermCache {
  const file = termCacheFile(root, dir);
  const stored = readStored(file);
  const used = new Map<string, PostTerms>();
  let added = 0;
  return {
    termsOf(post) {
      const key = hash('sha1', `${TERMS_FORMAT}\0${post.data.title}\0${post.body}`, 'base64url');
      let terms = used.get(key);
      if (terms) return terms;
      terms = stored.get(key) ?? (added++, readTermsOf(post));
      used.set(key, terms);
      return terms;
    },
    save() {
      if (added === 0 && used.size === stored.size) return;
      // A read-only install still checks; it only reads every post again next time.
      writeCacheFile(file, serialize(encode(used)), 'theme-terms-');
    },
  };
}

interface Stored { size: number; get(key: string): PostTerms | undefined }

const EMPTY: Stored = { size: 0, get: () => undefined };

function readStored(file: string): Stored {
  let data: StoredFile;
  try {
    data = deserialize(readFileSync(file)) as StoredFile;
  } catch {
    return EMPTY; // Missing or unreadable: an empty cache.
  }
  const ok =
    data?.format === FILE_FORMAT && typeof data.vocab === 'string' && Array.isArray(data.keys) &&
    data.offsets instanceof Int32Array && data.ints instanceof Int32Array && data.values instanceof Float64Array && data.offsets.length === data.keys.length * 2;
  if (!ok) return EMPTY;
  const vocab = data.vocab.split('\0');
  const ids = new Int32Array(vocab.length).fill(-1);
  const interned = new Int32Array(vocab.length).fill(-1);
  const codes = new Int32Array(vocab.length).fill(UNKNOWN);
  const at = new Map(data.keys.map((k, i) => [k, i]));
  return {
    size: at.size,
    get(key) {
      const i = at.get(key);
      if (i === undefined) return undefined;
      try {
        return decode(vocab, ids, interned, codes, data, data.offsets[i * 2], data.offsets[i * 2 + 1]);
      } catch {
        return undefined; // A damaged entry: the post is read again.
      }
    },
  };
}

/**
 * One post's terms; `ids` numbers the vocabulary's terms for toVector (shareCounts), `interned`
 * for the model's counting (shareSequence), `codes` its forms for the evidence (shareSurfaces).
 */
function decode(vocab: string[], ids: Int32Array, interned: Int32Array, codes: Int32Array, { ints, values }: StoredFile, at: number, valueAt: number): PostTerms {
  const [nSeq, han, nCounts, nSurf] = [ints[at], ints[at + 1], ints[at + 2], ints[at + 3]];
  let p = at + 4;
  if (!(nSeq >= 0 && nCounts >= 0 && nSurf >= 0 && p + nSeq + nCounts + nSurf * 2 <= ints.length && valueAt + nCounts <= values.length)) throw new Error('bad entry');
  const word = (i: number) => {
    const w = vocab[i];
    if (w === undefined) throw new Error('bad index');
    return w;
  };
  const sequence: string[] = new Array(nSeq);
  const sequenceSlots = ints.subarray(p, p + nSeq);
  for (let k = 0; k < nSeq; k++) sequence[k] = word(ints[p++]);
  const slots = ints.subarray(p, p + nCounts);
  for (let k = 0; k < nCounts; k++) word(slots[k]!);
  p += nCounts;
  const counts = new LazyCounts(vocab, slots, values.subarray(valueAt, valueAt + nCounts));
  const countValues = values.subarray(valueAt, valueAt + nCounts);
  shareCounts(counts, { vocab, slots, values: countValues, table: ids });
  shareSequence(sequence, { vocab, slots: sequenceSlots, countSlots: slots, countValues, interned });
  const pairs = ints.subarray(p, p + nSurf * 2);
  for (let k = 0; k < nSurf * 2; k++) word(pairs[k]!);
  const surfaces = LazyCounts.surfaces(vocab, pairs);
  shareSurfaces(surfaces, { vocab, pairs, table: ids, codes });
  return { counts, surfaces, sequence, han };
}

function encode(entries: Map<string, PostTerms>): StoredFile {
  const index = new Map<string, number>();
  const vocab: string[] = [];
  const at = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = vocab.push(s) - 1));
    return i;
  };
  const keys: string[] = [];
  const offsets: number[] = [];
  const ints: number[] = [];
  const values: number[] = [];
  for (const [key, t] of entries) {
    // NUL joins the vocabulary: a post with one in a term is simply read again next time.
    if ([...t.counts.keys(), ...t.surfaces.values()].some((s) => s.includes('\0'))) continue;
    keys.push(key);
    offsets.push(ints.length, values.length);
    ints.push(t.sequence.length, t.han, t.counts.size, t.surfaces.size);
    for (const term of t.sequence) ints.push(at(term));
    for (const [term, n] of t.counts) {
      ints.push(at(term));
      values.push(n);
    }
    for (const [term, surface] of t.surfaces) ints.push(at(term), at(surface));
  }
  return { format: FILE_FORMAT, vocab: vocab.join('\0'), keys, offsets: Int32Array.from(offsets), ints: Int32Array.from(ints), values: Float64Array.from(values) };
}
