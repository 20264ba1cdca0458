/**
 * Phrase keywords: a pillar keyword of several terms ("soy sauce", or a Chinese keyword the
 * segmenter cuts in two) counts as one term when its terms occur in a row in a post, so it
 * matches as a phrase and not as two unrelated words.
 */
import { bridgedStems, joinsPrevious } from './post-terms.ts';
import { tokenize, type Token } from './tokenize.ts';
import { toSimplified } from './traditional.ts';

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

/**
 * The tokens a pillar keyword adds to its pillar's text. A lone Han character that is only a
 * piece of the keyword is left out when the keyword is no phrase: "R 包" is read as 包 alone (R
 * is no word), and 包 would tie the brand to 存包 or 包菜. A phrase keyword (代码块 as 代码 +
 * 块) keeps its pieces, so that the phrase is found in the text; withPhrases then counts them as
 * the phrase only. A keyword that is one character (茶) is the author's word and stays.
 */
export function keywordTokens(keyword: string): Token[] {
  const tokens = tokenize(keyword);
  return tokens.length >= 2 ? tokens : tokens.filter((t) => !isKeywordPiece(keyword, t));
}

/** Whether token `t` of `text` is a lone Han character that is only a piece of it (块 of 代码块, 包 of "R 包", not 茶 of 茶). */
export function isKeywordPiece(text: string, t: Token): boolean {
  return t.han === true && t.term.length === 1 && toSimplified(text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '')) !== t.term;
}

/**
 * How often each phrase occurs in a run of terms (occurrences do not overlap): its terms in a
 * row, each joined to the one before (`joins`, PostTerms.joins; absent: all joined).
 */
export function matchPhrases(sequence: readonly string[], phrases: readonly Phrase[], joins?: Uint32Array): Map<string, number> {
  const found = new Map<string, number>();
  if (phrases.length === 0) return found;
  const byFirst = new Map<string, Phrase[]>();
  for (const p of phrases) byFirst.set(p.terms[0], [...(byFirst.get(p.terms[0]) ?? []), p]);
  for (let i = 0; i < sequence.length; i++) {
    for (const p of byFirst.get(sequence[i]) ?? []) {
      if (p.terms.every((t, k) => sequence[i + k] === t && (k === 0 || joinsPrevious(joins, i + k)))) {
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
 * Multi-character pieces and English words stay. `glossShare`: the share the counts give glosses;
 * `joins`: the sequence's (matchPhrases).
 */
export function withPhrases(counts: ReadonlyMap<string, number>, sequence: readonly string[], phrases: readonly Phrase[], glossShare = 1, joins?: Uint32Array): [ReadonlyMap<string, number>, Map<string, number>] {
  const found = matchPhrases(sequence, phrases, joins);
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
