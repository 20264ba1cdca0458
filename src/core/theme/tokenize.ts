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
  term: string;
  /** The word as written (lower-cased). */
  surface: string;
}

const STOPWORDS = new Set<string>([...stopwordsIso.en, ...stopwordsIso.zh]);
const WORD = /\p{Script=Han}+|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const HAN = /^\p{Script=Han}/u;
const DIGITS = /^[\p{N}]+$/u;
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const STEMS = new Map<string, string>();

/** The normalised term for one Latin-script word, or null when it carries no theme. */
export function normalizeWord(word: string): string | null {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (lower.length < 2 || DIGITS.test(lower) || STOPWORDS.has(lower)) return null;
  if (/['’]/.test(lower) && STOPWORDS.has(lower.split(/['’]/)[0])) return null;
  let stem = STEMS.get(lower);
  if (stem === undefined) {
    stem = stemmer(lower);
    // A bounded cache: posts share most of their words, a long run must not grow without end.
    if (STEMS.size > 200_000) STEMS.clear();
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
    const term = normalizeWord(word);
    if (term) tokens.push({ term, surface: word.toLowerCase().replace(/['’]s$/, '') });
  }
  return tokens;
}
