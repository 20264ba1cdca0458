/**
 * What is wrong with an id a person typed, in words that point at it: the characters an id
 * refuses, named ("a space", not an invisible gap between two quotes), the id shown with each
 * blank as ␣, and the id they probably meant, built from their own ("drafts/跳槽 时机" ->
 * "drafts/跳槽-时机"). Plain values in and out; the wording's Chinese is in i18n/zod-issues.ts.
 */

/** A character an id may hold: a letter of any script with its marks, a digit, "-" or "_". */
const ALLOWED = /[\p{L}\p{M}\p{N}_-]/u;

/** Blanks by name; any other refused character is named by itself in quotes. */
const BLANKS: Record<string, string> = { ' ': 'a space', '\u3000': 'a full-width space', '\t': 'a tab', '\u00a0': 'a no-break space' };

/** How the id is shown in a message: every blank (and line break) as ␣, so it can be seen. */
export function showBlanks(id: string): string {
  return id.replace(/\s/gu, '␣');
}

/** The refused characters of `part` (one "/"-separated part of an id), each once, in order. */
export function refusedChars(part: string): string[] {
  return [...new Set([...part].filter((c) => !ALLOWED.test(c)))];
}

/** "a space and "?"": each refused character by its name, blanks marked as shown (␣). */
export function nameChars(chars: readonly string[]): string {
  const names = chars.map((c) => (BLANKS[c] ? `${BLANKS[c]} (shown as ␣)` : /\s/u.test(c) ? 'a blank (shown as ␣)' : `"${c}"`));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The id a typed one most likely meant: in each part, every run of refused characters becomes
 * one "-", and a part starts with a letter or digit; empty parts go. '' when nothing is left.
 */
export function suggestId(id: string, separator = '/'): string {
  const parts = separator ? id.split(separator) : [id];
  return parts
    .map((part) => [...part].map((c) => (ALLOWED.test(c) ? c : '-')).join('').replace(/-{2,}/g, '-').replace(/^[-_\p{M}]+|-+$/gu, ''))
    .filter(Boolean)
    .join(separator);
}
