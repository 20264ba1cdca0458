/**
 * Turns prose into terms for theme scoring. Latin-script words are lower-cased and
 * Porter-stemmed (so "recipes" and "recipe" are one term); runs of Han characters are split
 * into words with Intl.Segmenter('zh'), since Chinese has no spaces. Stopwords come from
 * stopwords-iso (en and zh). Every term keeps the surface form it was written as, so that
 * evidence shown to a writer is a real word of the draft.
 */
import { stemmer } from 'stemmer';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

export interface Token {
  /** The normalised term: a stem for Latin words, the word itself for Chinese. */
  readonly term: string;
  /** The word as written (lower-cased). */
  readonly surface: string;
}

const STOPWORDS = new Set<string>([...stopwordsIso.en, ...stopwordsIso.zh]);
const WORD = /\p{Script=Han}+|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const HAN = /^\p{Script=Han}/u;
const DIGITS = /^[\p{N}]+$/u;
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const STEMS = new Map<string, string>();
// Bounded caches: posts share most of their words, but a long run must not grow without end.
const CACHE_LIMIT = 200_000;
const WORDS = new Map<string, Token | null>();

/** The normalised term for one Latin-script word, or null when it carries no theme. */
export function normalizeWord(word: string): string | null {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (lower.length < 2 || DIGITS.test(lower) || STOPWORDS.has(lower)) return null;
  if (/['’]/.test(lower) && STOPWORDS.has(lower.split(/['’]/)[0])) return null;
  let stem = STEMS.get(lower);
  if (stem === undefined) {
    stem = stemmer(lower);
    if (STEMS.size > CACHE_LIMIT) STEMS.clear();
    STEMS.set(lower, stem);
  }
  return stem;
}

/** Splits plain text (already stripped of markup) into theme terms, in reading order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (HAN.test(word)) {
      for (const seg of SEGMENTER.segment(word)) {
        if (seg.isWordLike && !STOPWORDS.has(seg.segment)) tokens.push({ term: seg.segment, surface: seg.segment });
      }
      continue;
    }
    let token = WORDS.get(word);
    if (token === undefined) {
      const term = normalizeWord(word);
      token = term ? { term, surface: word.toLowerCase().replace(/['’]s$/, '') } : null;
      if (WORDS.size > CACHE_LIMIT) WORDS.clear();
      WORDS.set(word, token);
    }
    if (token) tokens.push(token);
  }
  return tokens;
}
