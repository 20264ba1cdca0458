/**
 * A content-hash cache of posts' theme terms under node_modules/.cache/throughline/, so that a
 * second `check` reads (strips, segments, bridges) only the posts whose text changed. Keyed by
 * a hash of the title, the body and TERMS_FORMAT; entries not used by a run are dropped when it
 * saves. A missing or unreadable cache file is an empty cache: it never fails a check.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTermsOf } from '../core/check.ts';
import type { Post } from '../core/schema/post.ts';
import type { PostTerms } from '../core/theme/index.ts';

/** Bump when tokenising, stripping or the bridge data change what a post reads as. */
const TERMS_FORMAT = 'theme-terms-1';

interface Entry { seq: string[]; han: number; surf: Record<string, string>; counts: [string, number][] }

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
      const key = createHash('sha1').update(`${TERMS_FORMAT}\0${post.data.title}\0${post.body}`).digest('base64url');
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
  return { seq: [...terms.sequence], han: terms.han, surf, counts: [...terms.counts] };
}

function fromEntry(e: Entry): PostTerms {
  const surfaces = new Map<string, string>();
  for (const [term] of e.counts) surfaces.set(term, e.surf[term] ?? term);
  return { counts: new Map(e.counts), surfaces, sequence: e.seq, han: e.han };
}
