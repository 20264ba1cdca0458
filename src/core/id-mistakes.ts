/**
 * What is wrong with an id a person typed, in words that point at it: the characters an id
 * refuses, named ("a space", not an invisible gap between two quotes), the id shown with each
 * blank as ␣, and the id they probably meant, built from their own ("drafts/跳槽 时机" ->
 * "drafts/跳槽-时机"). Plain values in and out; the wording's Chinese is in i18n/zod-issues.ts.
 */
import { ID_PATTERN, isValidId } from './ids.ts';

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

/** The example a message gives when no id can be built from the typed one. */
const ID_EXAMPLE = ', e.g. "recipes" or "家常菜"';

/**
 * Why `id` (already NFC) is no pillar or channel id by ids.ts's pattern, or null when the pattern
 * takes it (its length is checked apart). `what` opens the message: "a pillar id" or "a channel
 * id". It quotes the typed id (blanks as ␣), names each refused character ("a space (shown as ␣)",
 * "/", "."), a first character that is no letter or digit ("starts with "-""), and ends with the
 * id built from the typed one (`; try "家常-菜"`) when that one is valid, else an example:
 * `a pillar id may hold letters and digits of any script, "-" and "_": "家常␣菜" has a space (shown
 * as ␣); try "家常-菜"`. Its Chinese is in core/i18n/zod-issues.ts.
 */
export function idProblem(what: string, id: string): string | null {
  if (ID_PATTERN.test(id)) return null;
  const head = `${what} may hold letters and digits of any script, "-" and "_"`;
  if (id === '') return `${head}: it is empty${ID_EXAMPLE}`;
  const mistakes: string[] = [];
  const chars = refusedChars(id);
  if (chars.length > 0) mistakes.push(`has ${nameChars(chars)}`);
  const first = [...id][0]!;
  if (refusedChars(first).length === 0 && !/^[\p{L}\p{N}]/u.test(first)) mistakes.push(`starts with "${first}"`);
  const suggested = suggestId(id, '');
  const example = suggested && isValidId(suggested) ? `; try "${suggested}"` : ID_EXAMPLE;
  return `${head}: "${showBlanks(id)}" ${mistakes.join('; ')}${example}`;
}
