/**
 * Pillar keywords that count for nothing, or for less than they say. The theme reads a keyword
 * as its words do (tokenize.ts): a one-letter word ("R", the language), a number ("2024"; a
 * name written with digits, STM32 or ES6, counts as a phrase: phrases.ts), an everyday word ("good", "people", 东西) and a lone Han character that is only a
 * piece of the keyword (包 of "R 包", phrases.ts keywordTokens) carry no weight. A keyword made
 * only of such words never matches any post, and nothing said so (trial-real report, fault 5):
 * each is now a warning on content/planner.json naming the field; one that loses a name or a piece
 * and counts only in part ("R Markdown" counts as "markdown") is an info.
 */
import type { Lang } from '../language.ts';
import type { Planner } from '../schema/planner.ts';
import { termWeight } from './background-lookup.ts';
import { isKeywordPiece, isPhraseKeyword, keywordTokens, phraseWordsOf } from './phrases.ts';
import { isNameWithDigits, tokenize, writtenWords } from './tokenize.ts';
import { flagsOfKeywordReads, keptRead, type KeywordFlag, type KeywordRead, type KeywordReads, type Reason } from './keyword-reads.ts';

export { isKeywordRead, type KeywordFlag, type KeywordRead, type KeywordReads } from './keyword-reads.ts';

const DIGIT = /\p{N}/u;
const HAN = /^\p{Script=Han}/u;

/** The words of `keyword` that carry no weight, each with its reason, and what of it counts ("" when nothing). */
export function readKeyword(keyword: string): KeywordRead {
  const kept = keywordTokens(keyword);
  // A phrase keyword (two words or more as read: "soy sauce", 手冲 as 手 + the stop character 冲) weighs as a rare word (vector.ts) whatever its words weigh.
  const phrase = isPhraseKeyword(keyword);
  const weighs = (term: string) => phrase || termWeight(term) > 0;
  // The words its phrase is found by ("line" of "command line", "front" and "end" of "front end"): none is lost.
  const held = new Set(phraseWordsOf(keyword));
  const lost: { word: string; reason: Reason }[] = [];
  for (const word of writtenWords(keyword)) {
    if (HAN.test(word)) {
      const tokens = tokenize(word);
      if (tokens.length === 0) lost.push({ word, reason: 'everyday' });
      for (const t of tokens) {
        if (isKeywordPiece(keyword, t) && !phrase) lost.push({ word: t.surface, reason: 'piece' });
        else if (!weighs(t.term)) lost.push({ word: t.surface, reason: 'everyday' });
      }
      continue;
    }
    const tokens = tokenize(word);
    const letters = word.normalize('NFKC').replace(/['’]s$/, '');
    // "a" and "I" are English words of one letter, and function words: a cappella loses nothing.
    // A name written with digits (STM32) counts as the phrase it makes (phrases.ts isPhrase).
    if (tokens.length === 0 && phrase && (isNameWithDigits(letters.toLowerCase()) || held.has(letters.toLowerCase()))) continue;
    if (tokens.length === 0) lost.push({ word, reason: DIGIT.test(letters) ? 'digits' : letters.length < 2 && !/^[ai]$/i.test(letters) ? 'short' : 'everyday' });
    else if (tokens.every((t) => !weighs(t.term))) lost.push({ word, reason: 'everyday' });
  }
  // A phrase that loses no word counts as written (手冲, not its term 手).
  if (phrase && lost.length === 0) return { lost, counts: keyword.trim() };
  const counted = kept.filter((t) => weighs(t.term)).map((t) => t.surface);
  return { lost, counts: counted.join(' ').replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '') };
}

/**
 * One flag per pillar keyword that counts for nothing (warning) or that loses a one-letter word,
 * a word with a digit or a piece and counts only in part (info), in the
 * planner's order, in `lang`. Reads each keyword as the theme does (readKeyword); the first
 * word lost gives the hint.
 */
export function flagKeywords(planner: Planner, lang: Lang, reads?: KeywordReads): KeywordFlag[] {
  return planner.brand.pillars.flatMap((pillar, i) => flagPillarKeywords(pillar.keywords, i, lang, reads));
}

/** flagKeywords for the keywords of pillar `i` (0-based), as the studio's brand form holds them. */
export function flagPillarKeywords(keywords: readonly string[], i: number, lang: Lang, reads?: KeywordReads): KeywordFlag[] {
  return flagsOfKeywordReads(keywords, i, lang, (keyword) => keptRead(keyword, reads, readKeyword));
}
