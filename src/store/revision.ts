/** A file's revision: a short hash of its text, compared before a save to catch concurrent edits. */
import { createHash } from 'node:crypto';

/** The first 16 hex digits of the text's SHA-256. */
export function revisionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
