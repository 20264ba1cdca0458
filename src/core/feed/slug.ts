/**
 * Readable, file-safe slugs. Letters of every script are kept (a Chinese title gives a
 * Chinese slug, which Git, every current OS and Astro handle), Latin accents are dropped
 * (`Café` -> `cafe`), everything else becomes `-`. A title with no letters or digits falls back
 * to `post-` plus a stable hash of the entry, so the same entry always gets the same slug.
 */

const MAX_CHARS = 60;

/** A slug of letters (any script), digits and `-`: never empty, at most 60 characters. */
export function slugify(title: string, seed: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > MAX_CHARS) break;
    slug = next;
  }
  if (!slug && words[0]) slug = [...words[0]].slice(0, MAX_CHARS).join('');
  return slug || `post-${hashText(seed)}`;
}

/** `slug`, or `slug-2`, `slug-3`... : the first not in `taken`. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
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
