/**
 * Phrase keywords: a pillar keyword of several terms ("soy sauce", or a Chinese keyword the
 * segmenter cuts in two) counts as one term when its terms occur in a row in a post, so it
 * matches as a phrase and not as two unrelated words.
 */
import { bridgedStems } from './post-terms.ts';
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

/**
 * Term counts with phrase keywords matched: a single Han character that a matched phrase is
 * made of (食材 or 炒锅 that the dictionary does not list, read as 食 + 材) counts as the phrase
 * only. Alone it is a fragment, not a word of the text: 材 would tie a recipe brand to any
 * classical essay that writes 材 (talent); so would its glosses ("material"), which go too.
 * Multi-character pieces and English words stay. `glossShare`: the share the counts give glosses.
 */
export function withPhrases(counts: ReadonlyMap<string, number>, sequence: readonly string[], phrases: readonly Phrase[], glossShare = 1): [ReadonlyMap<string, number>, Map<string, number>] {
  const found = matchPhrases(sequence, phrases);
  if (found.size === 0) return [counts, found];
  let out: Map<string, number> | null = null;
  for (const p of phrases) {
    const n = found.get(p.key);
    if (!n) continue;
    for (const t of p.terms) {
      if (t.length !== 1 || t.charCodeAt(0) < 0x2e80) continue;
      out ??= new Map(counts);
      take(out, t, n);
      for (const [stem, weight] of bridgedStems(t)) take(out, stem, n * weight * glossShare);
    }
  }
  return [out ?? counts, found];
}

function take(counts: Map<string, number>, term: string, n: number): void {
  const left = (counts.get(term) ?? 0) - n;
  if (left > 1e-9) counts.set(term, left);
  else counts.delete(term);
}
