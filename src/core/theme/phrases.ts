/**
 * Phrase keywords: a pillar keyword of several terms ("soy sauce", or a Chinese keyword the
 * segmenter cuts in two) counts as one term when its terms occur in a row in a post, so it
 * matches as a phrase and not as two unrelated words.
 */
import { tokenize } from './tokenize.ts';

export interface Phrase { key: string; terms: readonly string[]; surface: string }

/** The keywords that are phrases (two or more terms), each once. */
export function readPhrases(keywords: readonly string[]): Phrase[] {
  const phrases = new Map<string, Phrase>();
  for (const keyword of keywords) {
    const terms = tokenize(keyword).map((t) => t.term);
    if (terms.length >= 2) phrases.set(terms.join(' '), { key: terms.join(' '), terms, surface: keyword.trim().toLowerCase() });
  }
  return [...phrases.values()];
}

/** How often each phrase occurs in a run of terms (occurrences do not overlap). */
export function matchPhrases(sequence: readonly string[], phrases: readonly Phrase[]): Map<string, number> {
  const found = new Map<string, number>();
  if (phrases.length === 0) return found;
  const byFirst = new Map<string, Phrase[]>();
  for (const p of phrases) byFirst.set(p.terms[0], [...(byFirst.get(p.terms[0]) ?? []), p]);
  for (let i = 0; i < sequence.length; i++) {
    for (const p of byFirst.get(sequence[i]) ?? []) {
      if (p.terms.every((t, k) => sequence[i + k] === t)) {
        found.set(p.key, (found.get(p.key) ?? 0) + 1);
        i += p.terms.length - 1;
        break;
      }
    }
  }
  return found;
}
