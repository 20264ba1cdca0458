/**
 * A content-hash cache of posts' theme terms under node_modules/.cache/throughline/, so that a
 * second `check` reads (strips, segments, bridges) only the posts whose text changed. Keyed by
 * a hash of the file type (.md or .mdx), the title, the body, TERMS_FORMAT and the code key of the theme code and data
 * (theme-results-cache.ts resultsCodeKey: an edit of strip-markdown.ts or tokenize.ts reads every
 * post afresh, bumped TERMS_FORMAT or not); entries not used by a run are dropped when it
 * saves. A missing, unreadable or corrupt cache file is an empty cache: it never fails a check.
 * Beside the main file, its vocabulary table (theme-vocab-table.ts) keeps what scoring works out
 * about each of its words, so that a new process reads it instead of working it out again.
 */
import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readTermsOf } from '../core/check.ts';
import type { Post } from '../core/schema/post.ts';
import type { PostTerms } from '../core/theme/index.ts';
import { shareSurfaces, UNKNOWN } from '../core/theme/evidence.ts';
import { shareSequence } from '../core/theme/term-counter.ts';
import { shareCounts } from '../core/theme/vector.ts';
import { isKeptMark, isStreamMark, streamWordEnd } from '../core/theme/tokenize.ts';
import type { VocabFacts } from '../core/theme/vocab-facts.ts';
import { projectCacheDir, writeCacheFile } from './cache-files.ts';
import { readVocabFacts, saveVocabFacts, vocabTableFile } from './theme-vocab-table.ts';
import { resultsCodeKey } from './theme-results-cache.ts';
import { LazyCounts } from './lazy-counts.ts';
import { openTermKeys, TERMS_FORMAT, type TermKeys } from './theme-term-keys.ts';
// The cached terms are only right when read with the Chinese dictionary: every reader of this
// cache registers it, whichever entry point (CLI, studio, build worker) loaded this module.
import './theme-lexicon.ts';

/** Bump when the layout of StoredFile or of its bytes (packStored) changes. */
const FILE_FORMAT = 'raw-5';

/**
 * One file, read at once (packStored: the typed arrays are views of the bytes read). Every string is written
 * once, in `vocab` (joined by NULs), and a post is a run of `ints` from its offset:
 * [sequence length, han, count entries, surface entries, sequence..., count terms...,
 * surface term/surface pairs..., joins..., stream] (joins: PostTerms.joins, joinWords(sequence length)
 * ints of bits; stream: PostTerms.stream's number of words, -1 for none, then each word's index
 * in `vocab` x 8 + its mark), its counts' values a run of `values`. `base` is the
 * vocabulary's size when the file was last written whole (appends grow it; see append). Counts keep the order
 * of the map they came from, values are exact doubles: a cached post's vector is the fresh
 * read's, bit for bit. A term read from the vocabulary is the same string object in every post.
 */
export interface StoredFile { format: string; vocab: string; keys: string[]; offsets: Int32Array; ints: Int32Array; values: Float64Array; base: number }

export interface TermCache {
  termsOf(post: Post): PostTerms;
  /** The post's content key (a hash of its file type, title and text): equal keys read as equal terms. Marks the post as live: save() keeps its entry. */
  keyOf(post: Post): string;
  save(): void;
}

/** The cache file of the project at `root`, in `dir` (default projectCacheDir: THROUGHLINE_CACHE_DIR or node_modules/.cache/throughline). */
export function termCacheFile(root: string, dir = projectCacheDir(root)): string {
  return join(dir, `${TERMS_FORMAT}.${FILE_FORMAT}.bin`);
}

/**
 * Opens the cache of the project at `root` (the folder holding node_modules and content/), in
 * `dir` (default as termCacheFile; the build keeps its own beside Astro's cache). The file is
 * read on the first termsOf: a check whose every result comes from the results cache
 * (theme-results-cache.ts) never reads it. save() writes only when a post was read afresh or an
 * entry is no longer live (a post seen by keyOf or termsOf this run); the entries of live posts
 * whose terms this run did not need are kept as they were. Posts read afresh go to a small side
 * file (`*.add.bin`) until it outgrows a share of the main file, then both are merged.
 * `termKeys`: the keys of a caller that keyed the posts before it knew it needed their terms
 * (theme-term-keys.ts: `check` opens this cache only when a post is to be scored).
 */
export function openTermCache(root: string, dir?: string, code: string | null = resultsCodeKey(), termKeys: TermKeys = openTermKeys(code)): TermCache {
  const file = termCacheFile(root, dir);
  const sideFile = file.replace(/\.bin$/, '.add.bin');
  // Named by the same code key as the entries (the facts depend on that code too).
  const table = vocabTableFile(file, code);
  const tableFile = () => table;
  let stored: { main: Stored; side: Stored } | undefined;
  let side: Stored | undefined;
  const sideOnly = () => (side ??= stored?.side ?? readStored(sideFile, null));
  const load = () => (stored ??= { main: readStored(file, tableFile()), side: sideOnly() });
  // The keys the main file holds, from its small index file (keysFile): a check that scores one
  // edited draft (its model kept by the results cache) reads that draft afresh without reading
  // the tens of megabytes of 2,000 posts' terms to learn it is not there. Only a hint: a missing
  // or stale index costs a read of the main file or of a post, never a wrong term.
  const indexFile = keysFile(file);
  let index: Set<string> | null | undefined;
  const inMain = (key: string) => {
    if (index === undefined) index = readKeys(indexFile);
    return index === null || index.has(key);
  };
  // The main file's vocabulary table, written when it lacks slots of the file as written.
  const saveTable = (main: Stored) => {
    if (main.data && main.covered < main.vocab.length) saveVocabFacts(tableFile(), main.data.vocab, main.vocab, main.facts, main.covered);
  };
  const used = new Map<string, PostTerms>();
  const { keyOf, live } = termKeys;
  const added = new Set<string>();
  /**
   * Only the side file was read: the few posts read afresh join it while it stays small (true:
   * done); its dead entries and the main file's wait for a run that reads the main file.
   */
  const saveSideOnly = (side: Stored): boolean => {
    const fresh = [...added].filter((k) => live.has(k));
    if (fresh.length === 0) return true;
    const kept = side.keys.filter((k) => live.has(k));
    if (kept.length + fresh.length > SIDE_MIN) return false;
    // The main file mostly dead (other theme code: every post read afresh): rewritten now.
    if (index) {
      let dead = 0;
      for (const k of index) if (!live.has(k)) dead++;
      if (dead > index.size * DEAD_SHARE) return false;
    }
    const entries = new Map<string, PostTerms>();
    for (const k of [...kept, ...fresh]) {
      const terms = used.get(k) ?? side.get(k);
      if (terms) entries.set(k, terms);
    }
    writeCacheFile(sideFile, packStored(encode(entries)), basename(sideFile));
    return true;
  };
  return {
    keyOf,
    termsOf(post) {
      const key = keyOf(post);
      let terms = used.get(key);
      if (terms) return terms;
      terms = sideOnly().get(key);
      if (!terms && (stored !== undefined || inMain(key))) terms = load().main.get(key);
      if (!terms) {
        added.add(key);
        terms = readTermsOf(post);
      }
      used.set(key, terms);
      return terms;
    },
    save() {
      // Not read this run: nothing was added, and dropping dead entries can wait for a write.
      if (side === undefined) return;
      if (stored === undefined && saveSideOnly(side)) return;
      const { main } = load();
      const mainDead = main.keys.filter((k) => !live.has(k)).length;
      const sideLive = side.keys.filter((k) => live.has(k));
      if (added.size === 0 && mainDead === 0 && sideLive.length === side.keys.length) return saveTable(main);
      // A few posts read afresh (a draft edited) go to the small side file: the main file, tens
      // of megabytes for 2,000 Chinese posts, is rewritten only when the side file or the main
      // file's dead entries grow past a share of it. A read-only install still checks.
      const fresh = [...added].filter((k) => live.has(k));
      const small = sideLive.length + fresh.length <= Math.max(SIDE_MIN, main.keys.length * SIDE_SHARE) && mainDead <= main.keys.length * DEAD_SHARE;
      if (small && main.keys.length > 0) {
        const entries = new Map<string, PostTerms>();
        for (const k of [...sideLive, ...fresh]) {
          const terms = used.get(k) ?? side.get(k);
          if (terms) entries.set(k, terms);
        }
        if (entries.size) writeCacheFile(sideFile, packStored(encode(entries)), basename(sideFile));
        else rmSync(sideFile, { force: true });
        return saveTable(main);
      }
      const all = new Map(used);
      const addedAll = new Set(fresh);
      for (const k of sideLive) {
        const terms = all.get(k) ?? side.get(k);
        if (!terms) continue;
        all.set(k, terms);
        addedAll.add(k);
      }
      // Writing the main file (family theme-terms-) also removes the side file.
      const appended = main.data && main.copyable() && main.vocab.length <= main.data.base * VOCAB_SLACK;
      const data = appended ? append(main.data!, [...main.vocab], live, all, addedAll) : encode(liveEntries(main, live, all));
      // An appended file keeps its first slots: their facts carry over to its table.
      if (writeCacheFile(file, packStored(data), 'theme-terms-')) {
        saveVocabFacts(tableFile(), data.vocab, data.vocab.split('\0'), appended ? main.facts : null, appended ? main.covered : 0);
        writeCacheFile(indexFile, serialize(data.keys), basename(indexFile));
      }
    },
  };
}

/** The side file holds at most this many entries, or this share of the main file's. */
const SIDE_MIN = 64;
const SIDE_SHARE = 0.05;
/** The main file is rewritten once this share of its entries is no longer live. */
const DEAD_SHARE = 0.1;

/** A cache file as read; `facts` of its vocabulary (vocab-facts.ts), of which the table knew the first `covered` slots. */
interface Stored { keys: string[]; vocab: readonly string[]; data: StoredFile | null; facts: VocabFacts | null; covered: number; copyable(): boolean; get(key: string): PostTerms | undefined }

const EMPTY: Stored = { keys: [], vocab: [], data: null, facts: null, covered: 0, copyable: () => false, get: () => undefined };

/** The cache file `file`, with the vocabulary table `table` (null: none, as for the side file). */
function readStored(file: string, table: string | null): Stored {
  let data: StoredFile;
  try {
    data = unpackStored(readFileSync(file));
  } catch {
    return EMPTY; // Missing or unreadable: an empty cache.
  }
  const ok =
    data?.format === FILE_FORMAT && typeof data.vocab === 'string' && Array.isArray(data.keys) && typeof data.base === 'number' &&
    data.offsets instanceof Int32Array && data.ints instanceof Int32Array && data.values instanceof Float64Array && data.offsets.length === data.keys.length * 2;
  if (!ok) return EMPTY;
  const vocab = data.vocab.split('\0');
  const ids = new Int32Array(vocab.length).fill(-1);
  const interned = new Int32Array(vocab.length).fill(-1);
  const codes = new Int32Array(vocab.length).fill(UNKNOWN);
  const at = new Map(data.keys.map((k, i) => [k, i]));
  const { facts, covered } = table === null ? { facts: null, covered: 0 } : readVocabFacts(table, data.vocab, vocab);
  return {
    keys: data.keys,
    vocab,
    data,
    facts,
    covered,
    copyable: () => entriesValid(data, vocab.length),
    get(key) {
      const i = at.get(key);
      if (i === undefined) return undefined;
      try {
        return decode(vocab, ids, interned, codes, facts ?? undefined, data, data.offsets[i * 2], data.offsets[i * 2 + 1]);
      } catch {
        return undefined; // A damaged entry: the post is read again.
      }
    },
  };
}

/**
 * The bytes of a cache file: a 4-byte mark written in this machine's byte order (MARK), the
 * header's length (4 bytes), the header (v8.serialize of the strings and the arrays' lengths),
 * zeros to a multiple of 8, then the raw bytes of `values`, `ints` and `offsets`. Read back as
 * views of the bytes (unpackStored): v8.deserialize copied the arrays' 25 MB of a 2,000-post
 * Chinese project (~75 ms of a check that reads them, after a publication).
 * Exported for tests (joined with Buffer.concat, the pieces are the file).
 */
export function packStored(data: StoredFile): Uint8Array[] {
  const { values, ints, offsets } = data;
  const header = serialize({ format: data.format, vocab: data.vocab, keys: data.keys, base: data.base, values: values.length, ints: ints.length, offsets: offsets.length });
  const head = new Uint32Array([MARK, header.length]);
  const pad = (8 - ((8 + header.length) % 8)) % 8;
  const bytes = (a: Float64Array | Int32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return [new Uint8Array(head.buffer), header, new Uint8Array(pad), bytes(values), bytes(ints), bytes(offsets)];
}
/** Written in the byte order of the machine that wrote the file: read back as another number elsewhere, the file is an empty cache. */
const MARK = 0x74686c31;

/** The StoredFile of packStored's bytes (throws when they are not that); its arrays are views of `bytes`, or of one copy when `bytes` is not 8-byte aligned. Exported for tests. */
export function unpackStored(bytes: Uint8Array): StoredFile {
  const head = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  if (bytes.length < 8 || head.getUint32(0, little) !== MARK) throw new Error('not a term cache');
  const headerLength = head.getUint32(4, little);
  const h = deserialize(bytes.subarray(8, 8 + headerLength)) as { format?: unknown; vocab?: unknown; keys?: unknown; base?: unknown; values?: unknown; ints?: unknown; offsets?: unknown };
  const [nValues, nInts, nOffsets] = [h.values, h.ints, h.offsets];
  if (!Number.isInteger(nValues) || !Number.isInteger(nInts) || !Number.isInteger(nOffsets)) throw new Error('bad header');
  const start = 8 + headerLength + ((8 - ((8 + headerLength) % 8)) % 8);
  const [v, i, o] = [nValues as number, nInts as number, nOffsets as number];
  if (v < 0 || i < 0 || o < 0 || start + v * 8 + i * 4 + o * 4 !== bytes.length) throw new Error('bad length');
  const body = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const at = body.byteOffset + start;
  return {
    format: h.format as string, vocab: h.vocab as string, keys: h.keys as string[], base: h.base as number,
    values: new Float64Array(body.buffer, at, v),
    ints: new Int32Array(body.buffer, at + v * 8, i),
    offsets: new Int32Array(body.buffer, at + v * 8 + i * 4, o),
  };
}

/** The index of the main cache file `file`: its keys alone (written after it, so never ahead of it). */
function keysFile(file: string): string {
  return file.replace(/\.bin$/, '.keys.bin');
}

/** The keys of an index file, or null when it is missing or damaged (then every key may be in the main file). */
function readKeys(file: string): Set<string> | null {
  try {
    const keys = deserialize(readFileSync(file)) as unknown;
    return Array.isArray(keys) && keys.every((k) => typeof k === 'string') ? new Set(keys) : null;
  } catch {
    return null;
  }
}

/** Whether every entry's runs lie within the arrays and name words of the vocabulary (else the file is only read, never copied). */
function entriesValid({ offsets, ints, values }: StoredFile, words: number): boolean {
  for (let i = 0; i < offsets.length; i += 2) {
    const [at, valueAt] = [offsets[i], offsets[i + 1]];
    if (!(at >= 0 && at + 4 <= ints.length && valueAt >= 0)) return false;
    const [nSeq, , nCounts, nSurf] = [ints[at], ints[at + 1], ints[at + 2], ints[at + 3]];
    const end = at + 4 + nSeq + nCounts + nSurf * 2;
    if (!(nSeq >= 0 && nCounts >= 0 && nSurf >= 0 && end + joinWords(nSeq) + 1 <= ints.length && valueAt + nCounts <= values.length)) return false;
    for (let p = at + 4; p < end; p++) if (!(ints[p] >= 0 && ints[p] < words)) return false;
    const streamAt = end + joinWords(nSeq);
    const nStream = ints[streamAt];
    if (!(nStream >= -1 && streamAt + 1 + Math.max(nStream, 0) <= ints.length)) return false;
    for (let p = streamAt + 1; p <= streamAt + nStream; p++) if (!(ints[p] >= 0 && ints[p] >>> 3 < words)) return false;
  }
  return true;
}

/** Words of posts no longer cached stay in an appended file's vocabulary: rewritten whole past this growth. */
const VOCAB_SLACK = 1.25;

function liveEntries(old: Stored, live: Set<string>, used: Map<string, PostTerms>): Map<string, PostTerms> {
  const out = new Map<string, PostTerms>();
  for (const key of live) {
    const terms = used.get(key) ?? old.get(key);
    if (terms) out.set(key, terms);
  }
  return out;
}

/**
 * The stored file with its dead entries left out and the posts read afresh (`added`) appended:
 * kept entries are copied as they are (their vocabulary indices still hold, the vocabulary only
 * grows), so a run that read one edited post does not decode the other thousands.
 */
function append(old: StoredFile, vocab: string[], live: Set<string>, used: Map<string, PostTerms>, added: Set<string>): StoredFile {
  const kept: number[] = [];
  let intCount = 0;
  let valueCount = 0;
  old.keys.forEach((key, i) => {
    if (!live.has(key) || added.has(key)) return;
    kept.push(i);
    const at = old.offsets[i * 2];
    intCount += entryInts(old.ints, at);
    valueCount += old.ints[at + 2];
  });
  const fresh = new Map<string, PostTerms>();
  for (const key of added) if (live.has(key) && used.has(key)) fresh.set(key, used.get(key)!);
  const more: Encoding = { vocab, index: fresh.size ? new Map(vocab.map((w, i) => [w, i])) : new Map<string, number>(), keys: [], offsets: [], ints: intRun(intsGuess(fresh)), values: valueRun(valuesOf(fresh)) };
  encodeInto(fresh, more);
  const keys: string[] = [];
  const offsets = new Int32Array((kept.length + more.keys.length) * 2);
  const ints = new Int32Array(intCount + more.ints.n);
  const values = new Float64Array(valueCount + more.values.n);
  let [p, q] = [0, 0];
  kept.forEach((i, k) => {
    const [at, valueAt] = [old.offsets[i * 2], old.offsets[i * 2 + 1]];
    const nCounts = old.ints[at + 2];
    const end = at + entryInts(old.ints, at);
    keys.push(old.keys[i]);
    [offsets[k * 2], offsets[k * 2 + 1]] = [p, q];
    ints.set(old.ints.subarray(at, end), p);
    values.set(old.values.subarray(valueAt, valueAt + nCounts), q);
    [p, q] = [p + end - at, q + nCounts];
  });
  more.keys.forEach((key, j) => {
    const k = kept.length + j;
    keys.push(key);
    [offsets[k * 2], offsets[k * 2 + 1]] = [p + more.offsets[j * 2], q + more.offsets[j * 2 + 1]];
  });
  ints.set(more.ints.view(), p);
  values.set(more.values.view(), q);
  return { format: FILE_FORMAT, vocab: vocab.join('\0'), base: old.base, keys, offsets, ints, values };
}

/**
 * One post's terms; `ids` numbers the vocabulary's terms for toVector (shareCounts), `interned`
 * for the model's counting (shareSequence), `codes` its forms for the evidence (shareSurfaces);
 * `facts`, what the vocabulary table knows of each word, is handed to all three.
 */
function decode(vocab: string[], ids: Int32Array, interned: Int32Array, codes: Int32Array, facts: VocabFacts | undefined, { ints, values }: StoredFile, at: number, valueAt: number): PostTerms {
  const [nSeq, han, nCounts, nSurf] = [ints[at], ints[at + 1], ints[at + 2], ints[at + 3]];
  let p = at + 4;
  if (!(nSeq >= 0 && nCounts >= 0 && nSurf >= 0 && p + nSeq + nCounts + nSurf * 2 + joinWords(nSeq) + 1 <= ints.length && valueAt + nCounts <= values.length)) throw new Error('bad entry');
  // Every index names a word (vocab, split from one string, has no holes): else the post is read again.
  const words = vocab.length;
  const check = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!(ints[k] >= 0 && ints[k] < words)) throw new Error('bad index');
  };
  check(p, p + nSeq + nCounts + nSurf * 2);
  const sequenceSlots = ints.subarray(p, p + nSeq);
  p += nSeq;
  const slots = ints.subarray(p, p + nCounts);
  p += nCounts;
  const counts = new LazyCounts(vocab, slots, values.subarray(valueAt, valueAt + nCounts));
  const countValues = values.subarray(valueAt, valueAt + nCounts);
  shareCounts(counts, { vocab, slots, values: countValues, table: ids, facts });
  const pairs = ints.subarray(p, p + nSurf * 2);
  const surfaces = LazyCounts.surfaces(vocab, pairs);
  shareSurfaces(surfaces, { vocab, pairs, table: ids, codes, facts });
  p += nSurf * 2;
  const joins = new Uint32Array(ints.buffer, ints.byteOffset + p * 4, joinWords(nSeq));
  p += joinWords(nSeq);
  const nStream = ints[p++];
  if (!(nStream >= -1 && p + Math.max(nStream, 0) <= ints.length)) throw new Error('bad entry');
  const streamInts = ints.subarray(p, p + Math.max(nStream, 0));
  if (!validStream(streamInts, words)) throw new Error('bad index');
  // The stream as a string, built on first use (only a brand with phrase keywords reads it).
  let stream: string | undefined;
  const streamOf = () => (stream ??= Array.from(streamInts, (x) => String.fromCharCode(x & 7) + vocab[x >>> 3]).join(''));
  // The words in reading order are built on first use: scoring a draft needs only their number
  // (sequenceLength) unless the brand has phrase keywords, and 2,000 arrays of ~500 words each
  // are a good part of what a check allocates.
  let sequence: string[] | undefined;
  const terms: PostTerms = {
    counts, surfaces, han, sequenceLength: nSeq, joins,
    get sequence() {
      if (sequence === undefined) {
        sequence = Array.from(sequenceSlots, (slot) => vocab[slot]);
        shareSequence(sequence, { vocab, slots: sequenceSlots, countSlots: slots, countValues, interned, facts });
      }
      return sequence;
    },
  };
  // Defined, not spread in: a spread calls the getter, and built every post's stream on reading.
  if (nStream >= 0) Object.defineProperty(terms, 'stream', { get: streamOf, enumerable: true });
  return terms;
}

/** Whether every word of a stored stream names a word of the vocabulary (`words` of them) with a mark (tokenize.ts KEPT + 0-5). */
function validStream(ints: Int32Array, words: number): boolean {
  for (let i = 0; i < ints.length; i++) {
    const x = ints[i]!;
    if (x < 0 || x >>> 3 >= words || !isStreamMark(x & 7)) return false;
  }
  return true;
}

function encode(entries: Map<string, PostTerms>): StoredFile {
  const out: Encoding = { vocab: [], index: new Map(), keys: [], offsets: [], ints: intRun(intsGuess(entries)), values: valueRun(valuesOf(entries)) };
  encodeInto(entries, out);
  const { vocab, keys, offsets, ints, values } = out;
  return { format: FILE_FORMAT, vocab: vocab.join('\0'), base: vocab.length, keys, offsets: Int32Array.from(offsets), ints: ints.view(), values: values.view() };
}

/**
 * About how many ints `entries` take (StoredFile's layout), so that their Run seldom grows
 * (growing, it zero-filled and copied ~30 ms of arrays for 2,000 English posts): a stream's
 * words guessed at one per 3 characters (its mark and a word of two; English words are longer,
 * and then the guess is over).
 */
function intsGuess(entries: Map<string, PostTerms>): number {
  let n = 0;
  for (const t of entries.values()) n += 5 + t.sequence.length + t.counts.size + t.surfaces.size * 2 + joinWords(t.sequence.length) + (t.stream?.length ?? 0) / 3;
  return Math.ceil(n);
}

/** How many values `entries` take: one per count. */
function valuesOf(entries: Map<string, PostTerms>): number {
  let n = 0;
  for (const t of entries.values()) n += t.counts.size;
  return n;
}

/**
 * A run of numbers written in order into a typed array that doubles as it fills (no number[] to
 * copy over): the ints (Int32Array) and the counts' values (Float64Array); `size`, the numbers it
 * first has room for.
 */
class Run<A extends Int32Array | Float64Array> {
  a: A;
  n = 0;
  private readonly make: (length: number) => A;
  constructor(make: (length: number) => A, size = 0) {
    this.make = make;
    this.a = make(Math.max(size, 1 << 12));
  }
  /** Room for `k` more numbers after the first `n`; returns the array to write them into. */
  room(k: number): A {
    if (this.n + k > this.a.length) {
      const a = this.make(Math.max(this.a.length * 2, this.n + k));
      a.set(this.a.subarray(0, this.n));
      this.a = a;
    }
    return this.a;
  }
  view(): A {
    return this.a.subarray(0, this.n) as A;
  }
}
const intRun = (size: number) => new Run((n) => new Int32Array(n), size);
const valueRun = (size: number) => new Run((n) => new Float64Array(n), size);

/** What encodeInto adds to: the vocabulary (with each word's index), and the entries' keys, offsets, ints and values. */
interface Encoding { vocab: string[]; index: Map<string, number>; keys: string[]; offsets: number[]; ints: Run<Int32Array>; values: Run<Float64Array> }

/**
 * Writes each entry as StoredFile lays it out. A post that writes a NUL in any of its words is
 * left out (NUL joins the vocabulary): it is simply read again next time. Each word is looked
 * up once per occurrence; a kept word of the stream is the next term of the sequence (tokenize
 * writes both), so its slot is the one just written for that term and is neither sliced out nor
 * looked up again.
 */
function encodeInto(entries: Map<string, PostTerms>, out: Encoding): void {
  const { vocab, index, keys, offsets, ints, values } = out;
  // Set when this entry meets a word with a NUL: the entry is then undone.
  let nul = false;
  const at = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      // Only a word new to the vocabulary can hold one: the others were checked when added.
      if (s.includes('\0')) {
        nul = true;
        return 0;
      }
      index.set(s, (i = vocab.push(s) - 1));
    }
    return i;
  };
  for (const [key, t] of entries) {
    const { sequence, counts, surfaces, stream, joins } = t;
    const nSeq = sequence.length;
    const nJoins = joinWords(nSeq);
    const [vocabAt, valueAt] = [vocab.length, values.n];
    // A stream of n characters holds at most n words: room for the stream too, without counting its words first.
    const a = ints.room(4 + nSeq + counts.size + surfaces.size * 2 + nJoins + 1 + (stream?.length ?? 0));
    const v = values.room(counts.size);
    let p = ints.n;
    let q = valueAt;
    a[p++] = nSeq;
    a[p++] = t.han;
    a[p++] = counts.size;
    a[p++] = surfaces.size;
    const sequenceAt = p;
    for (let k = 0; k < nSeq; k++) a[p++] = at(sequence[k]!);
    for (const [term, n] of counts) {
      a[p++] = at(term);
      v[q++] = n;
    }
    for (const [term, surface] of surfaces) {
      a[p++] = at(term);
      a[p++] = at(surface);
    }
    // Terms read without their joins (none from readTermsOf) count as joined, as they read.
    for (let w = 0; w < nJoins; w++) a[p++] = joins ? joins[w]! | 0 : -1;
    // The words as read (PostTerms.stream): their number (-1: none), then each word's index in the vocabulary x 8 + its mark.
    if (stream === undefined) a[p++] = -1;
    else {
      const countAt = p++;
      let kept = 0;
      for (let from = 0, to = 0; from < stream.length; from = to) {
        to = streamWordEnd(stream, from);
        const mark = stream.charCodeAt(from);
        let slot = -1;
        if (isKeptMark(mark)) {
          const term = kept < nSeq ? sequence[kept]! : undefined;
          if (term !== undefined && term.length === to - from - 1 && stream.startsWith(term, from + 1)) slot = a[sequenceAt + kept]!;
          kept++;
        }
        a[p++] = (slot >= 0 ? slot : at(stream.slice(from + 1, to))) * 8 + mark;
      }
      a[countAt] = p - countAt - 1;
    }
    if (nul) {
      // Undone: the words it added leave the vocabulary, its ints and values are overwritten.
      for (let w = vocabAt; w < vocab.length; w++) index.delete(vocab[w]!);
      vocab.length = vocabAt;
      nul = false;
      continue;
    }
    keys.push(key);
    offsets.push(ints.n, valueAt);
    ints.n = p;
    values.n = q;
  }
}

/** How many ints hold the joins of `n` terms. */
function joinWords(n: number): number {
  return (n + 31) >>> 5;
}

/** How many ints the entry at `at` takes. */
function entryInts(ints: Int32Array, at: number): number {
  const head = 4 + ints[at] + ints[at + 2] + ints[at + 3] * 2 + joinWords(ints[at]);
  return head + 1 + Math.max(ints[at + head], 0);
}
