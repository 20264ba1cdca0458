/**
 * A content-hash cache of posts' theme terms under node_modules/.cache/throughline/, so that a
 * second `check` reads (strips, segments, bridges) only the posts whose text changed. Keyed by
 * a hash of the title, the body and TERMS_FORMAT; entries not used by a run are dropped when it
 * saves. A missing or unreadable cache file is an empty cache: it never fails a check.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTermsOf } from '../core/check.ts';
import type { Post } from '../core/schema/post.ts';
import type { PostTerms } from '../core/theme/index.ts';

/** Bump when tokenising, stripping or the bridge data change what a post reads as. */
const TERMS_FORMAT = 'theme-terms-4';

/** The terms in order, the Chinese word count, surfaces unlike their term, and bridged stems' extra counts. */
interface Entry { seq: string[]; han: number; surf: [string, string][]; bridged: [string, number][] }

/**
 * On disk every string is written once, in `vocab`, and a post is indices into it:
 * [sequence, han, surfaces as term/surface index pairs, bridged stems as index/count pairs].
 * Parsing numbers is faster than parsing strings, and a term read from the vocabulary is the
 * same string object in every post (hashed once by the maps that count it).
 */
interface StoredFile { vocab: string[]; posts: Record<string, [number[], number, number[], number[]]> }

export interface TermCache { termsOf(post: Post): PostTerms; save(): void }

/**
 * Opens the cache of the project at `root` (the folder holding node_modules and content/), in
 * `dir` (default node_modules/.cache/throughline; the build keeps its own beside Astro's cache).
 */
export function openTermCache(root: string, dir = join(root, 'node_modules/.cache/throughline')): TermCache {
  const file = join(dir, `${TERMS_FORMAT}.json`);
  const stored = readStored(file);
  const used = new Map<string, Entry>();
  let added = 0;
  return {
    termsOf(post) {
      const key = hash('sha1', `${TERMS_FORMAT}\0${post.data.title}\0${post.body}`, 'base64url');
      const raw = stored.posts[key];
      if (raw) {
        const entry = decode(stored.vocab, raw);
        used.set(key, entry);
        return fromEntry(entry);
      }
      const terms = readTermsOf(post);
      used.set(key, toEntry(terms));
      added++;
      return terms;
    },
    save() {
      if (added === 0 && used.size === Object.keys(stored.posts).length) return;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(`${file}.tmp`, JSON.stringify(encode(used)));
        renameSync(`${file}.tmp`, file);
      } catch {
        // A read-only install still checks; it only reads every post again next time.
      }
    },
  };
}

function readStored(file: string): StoredFile {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as StoredFile;
    if (Array.isArray(parsed?.vocab) && parsed.posts && typeof parsed.posts === 'object') return parsed;
  } catch {
    // Missing or unreadable: an empty cache.
  }
  return { vocab: [], posts: {} };
}

function decode(vocab: string[], [seq, han, surf, bridged]: StoredFile['posts'][string]): Entry {
  const pairs = <T>(flat: number[], second: (x: number) => T) => {
    const out: [string, T][] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) out.push([vocab[flat[i]], second(flat[i + 1])]);
    return out;
  };
  return { seq: seq.map((i) => vocab[i]), han, surf: pairs(surf, (i) => vocab[i]), bridged: pairs(bridged, (n) => n) };
}

function encode(entries: Map<string, Entry>): StoredFile {
  const index = new Map<string, number>();
  const vocab: string[] = [];
  const at = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = vocab.push(s) - 1));
    return i;
  };
  const posts: StoredFile['posts'] = {};
  for (const [key, e] of entries) {
    posts[key] = [e.seq.map(at), e.han, e.surf.flatMap(([t, sf]) => [at(t), at(sf)]), e.bridged.flatMap(([t, n]) => [at(t), n])];
  }
  return { vocab, posts };
}

function toEntry(terms: PostTerms): Entry {
  const surf: [string, string][] = [];
  for (const [term, surface] of terms.surfaces) if (surface !== term) surf.push([term, surface]);
  const written = new Map<string, number>();
  for (const term of terms.sequence) written.set(term, (written.get(term) ?? 0) + 1);
  const bridged: [string, number][] = [];
  for (const [term, n] of terms.counts) if (n !== written.get(term)) bridged.push([term, n - (written.get(term) ?? 0)]);
  return { seq: [...terms.sequence], han: terms.han, surf, bridged };
}

function fromEntry(e: Entry): PostTerms {
  const counts = new Map<string, number>();
  for (const term of e.seq) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [term, n] of e.bridged) counts.set(term, (counts.get(term) ?? 0) + n);
  const surfaces = new Map(e.surf);
  return { counts, surfaces, sequence: e.seq, han: e.han };
}
