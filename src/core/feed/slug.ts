/**
 * Readable, file-safe slugs for imported posts: the words of the title (see slugWords: letters
 * of every script, Latin accents dropped, `C++` -> c-plus-plus, `C#` -> c-sharp, `R&D` ->
 * r-and-d). A title with no letters or digits falls back to `post-` plus a stable hash of the
 * entry, so the same entry always gets the same slug.
 */
import { joinWords, slugWords } from '../slug-words.ts';

const MAX_CHARS = 60;

/** A slug of letters (any script, with their marks), digits and `-`: never empty, at most 60 characters. */
export function slugify(title: string, seed: string): string {
  return joinWords(slugWords(title), MAX_CHARS) || `post-${hashText(seed)}`;
}

/**
 * `slug`, or `slug-2`, `slug-3`... : the first whose idKey is not in `taken` (a set of idKey
 * values). Ids that differ only in case or Unicode normalization are one file on macOS and
 * Windows, so they count as taken.
 */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(idKey(slug))) return slug;
  let n = 2;
  while (taken.has(idKey(`${slug}-${n}`))) n++;
  return `${slug}-${n}`;
}

/** The key two post ids share when they would name one file on a case-insensitive file system: NFC, lower case. */
export function idKey(id: string): string {
  return id.normalize('NFC').toLowerCase();
}

/** FNV-1a (32 bit) as 8 hex digits: stable across runs and machines, not for security. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
