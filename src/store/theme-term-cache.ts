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
const TERMS_FORMAT = 'theme-terms-3';

/** The terms in order, the Chinese word count, surfaces unlike their term, and bridged stems' extra counts. */
interface Entry { seq: string[]; han: number; surf: Record<string, string>; bridged: [string, number][] }

export interface TermCache { termsOf(post: Post): PostTerms; save(): void }

/** Opens the cache of the project at `root` (the folder holding node_modules and content/). */
export function openTermCache(root: string): TermCache {
  const file = join(root, 'node_modules/.cache/throughline', `${TERMS_FORMAT}.json`);
  let stored: Record<string, Entry> = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    stored = {};
  }
  const used: Record<string, Entry> = {};
  let added = 0;
  return {
    termsOf(post) {
      const key = hash('sha1', `${TERMS_FORMAT}\0${post.data.title}\0${post.body}`, 'base64url');
      const hit = stored[key];
      if (hit) return fromEntry((used[key] = hit));
      const terms = readTermsOf(post);
      used[key] = toEntry(terms);
      added++;
      return terms;
    },
    save() {
      if (added === 0 && Object.keys(used).length === Object.keys(stored).length) return;
      try {
        mkdirSync(join(root, 'node_modules/.cache/throughline'), { recursive: true });
        writeFileSync(`${file}.tmp`, JSON.stringify(used));
        renameSync(`${file}.tmp`, file);
      } catch {
        // A read-only install still checks; it only reads every post again next time.
      }
    },
  };
}

function toEntry(terms: PostTerms): Entry {
  const surf: Record<string, string> = {};
  for (const [term, surface] of terms.surfaces) if (surface !== term) surf[term] = surface;
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
  const surfaces = new Map<string, string>();
  for (const term of counts.keys()) surfaces.set(term, e.surf[term] ?? term);
  return { counts, surfaces, sequence: e.seq, han: e.han };
}
