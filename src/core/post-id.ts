/**
 * The rule for a post id (its path under content/posts without the extension, shared/interfaces.md
 * §2) as the studio applies it to an id typed, linked or read from a file name: letters of any
 * script with their marks, digits, "-" and "_" in "/"-separated parts, none empty or "." or
 * "..", each part at most SEGMENT_MAX_BYTES. store/post-paths.ts checkPostId adds the absolute
 * path check; core/post-id-flag.ts flags a file whose name breaks the rule.
 */
import { nameChars, refusedChars, showBlanks, suggestId } from './id-mistakes.ts';

/**
 * Letters (any script), digits, `-` and `_`, in `/`-separated segments, no leading dot.
 * Combining marks (\p{M}) are part of letters: Devanagari vowel signs and viramas, and every
 * accent of a name in NFD, the form macOS writes file names in.
 */
const SEGMENT = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]*$/u;

/** The most UTF-8 bytes of one `/`-separated part of a post id (a file or folder name). */
export const SEGMENT_MAX_BYTES = 200;

/**
 * Why `id` is no post id, in English (its Chinese is in core/i18n/zod-issues.ts), or null when
 * it is one. An absolute path is not told apart here (store/post-paths.ts checkPostId does).
 */
export function postIdProblem(id: string): string | null {
  if (typeof id !== 'string' || id.length === 0) return 'a post id must not be empty';
  if (id.length > 200) return 'a post id must be at most 200 characters';
  const segments = id.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return 'a post id must not contain ".." or "."';
  if (!segments.every((s) => SEGMENT.test(s))) return segmentsProblem(id, segments);
  // A file name holds 255 bytes, and a save first writes `.<name>.mdx.<12 hex>.tmp` beside it.
  if (segments.some((s) => new TextEncoder().encode(s).length > SEGMENT_MAX_BYTES))
    return `each part of a post id must be at most ${SEGMENT_MAX_BYTES} bytes (a Chinese character takes 3)`;
  return null;
}

/**
 * The id a refused one likely meant ("blog/bad id" -> "blog/bad-id"), when that one is a post
 * id with as many (non-empty) parts, and differs from it; else null. A part with nothing left
 * ("2026/🎉") gives none: "2026" would name the folder, not the post.
 */
export function suggestedPostId(id: string): string | null {
  // "drafts/" is a folder still to be named: its name is no likelier "drafts" than anything else.
  const suggested = id.endsWith('/') ? '' : suggestId(id);
  const sameParts = suggested.split('/').length === id.split('/').filter(Boolean).length;
  return suggested && sameParts && suggested !== id && postIdProblem(suggested) === null ? suggested : null;
}

/**
 * What makes the parts of `id` no id, named: its refused characters (a space by name, the id shown
 * with ␣ for it), a part that opens with "-" or "_", an empty part; then the id built from the
 * typed one ("drafts/跳槽 时机" -> "drafts/跳槽-时机"), else a stock example.
 */
function segmentsProblem(id: string, segments: string[]): string {
  const what: string[] = [];
  const chars = refusedChars(segments.join(''));
  if (chars.length > 0) what.push(`has ${nameChars(chars)}`);
  for (const lead of new Set(segments.filter((s) => s && refusedChars(s[0]!).length === 0 && !/^[\p{L}\p{N}]/u.test(s)).map((s) => [...s][0]!)))
    what.push(`has a part that starts with "${lead}"`);
  if (segments.some((s) => s === '')) what.push('has an empty part (a "/" at an end, or two in a row)');
  const suggested = suggestedPostId(id);
  const example = suggested ? `; try "${suggested}"` : ', e.g. "2026/braised-pork"';
  return `a post id may hold letters, digits, "-" and "_" in "/"-separated parts: "${showBlanks(id)}" ${what.join('; ')}${example}`;
}
