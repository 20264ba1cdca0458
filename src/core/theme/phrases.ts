/**
 * Phrase keywords: a pillar keyword of several words ("soy sauce", a Chinese keyword the
 * segmenter cuts in two, 手冲 cut as 手 + the stop character 冲, "Lord of the Rings") counts
 * as one term where a post writes it, so it matches as a phrase and not as unrelated words.
 */
import { bridgedStems, joinsPrevious } from './post-terms.ts';
import { forEachStreamWord, isFunctionWord, isKeptMark, isNameWithDigits, markKind, STREAM_MARKS, tokenize, type Token } from './tokenize.ts';
import { toSimplified } from './traditional.ts';
import { appendTo } from '../map-lists.ts';
import { termWeight } from './background-lookup.ts';
import { PHRASE_WEIGHT, setPhraseWeight } from './vector.ts';

/**
 * A phrase keyword: `key` its term in a vector, `terms` the terms of it that are kept, `surface`
 * the keyword as written (lower-cased, shown as evidence) and `pattern` what finds it in a post's
 * stream (PostTerms.stream).
 */
export interface Phrase { key: string; terms: readonly string[]; surface: string; pattern?: RegExp }

interface Word { word: string; kept: boolean; kind: number }

/** The words of `text` as read, kept or left out (tokenize's stream). */
function streamWords(text: string): Word[] {
  const parts: string[] = [];
  tokenize(text, undefined, parts);
  const stream = parts.join('');
  const words: Word[] = [];
  forEachStreamWord(stream, (mark, from, to) => words.push({ word: stream.slice(from, to), kept: isKeptMark(mark), kind: markKind(mark) }));
  return words;
}

const HAN = /^\p{Script=Han}/u;

/**
 * The words of a keyword that it is matched by: every word read, kept or left out, but a Latin
 * word left out at its start (a stopword: "The Beatles" is found where "Beatles" is, "home
 * cooking" counts as "cooking"; a letter or a number: "R Markdown" as "markdown", as
 * keyword-flags.ts says) and one at its end that says nothing (saysNothing: "things to do",
 * "Python 3"). An English compound names its subject by its last word, its head, and
 * stopwords-iso lists many such nouns (line, case, page, end): with the head dropped, "command
 * line" counted as "command" (a NAS backup guide's "commands" matched it), "test case" as
 * "test"; kept, the keyword is found where it is written. A keyword whose words are all listed
 * ("front end", "bottom line") is read as those words, less any that say nothing at either end.
 * A Chinese word the stop list leaves out stays wherever it is: 冲 of 手冲 and 拿 of 拿铁 are
 * pieces of the keyword's word; so does a name written with digits (STM32, "ESP32 开发"): the
 * author named it, and it is found where a post writes it.
 */
function keywordWords(keyword: string): Word[] {
  const words = streamWords(keyword);
  const empty = (w: Word) => leftOutLatin(w) && saysNothing(w.word);
  let [from, to] = [0, words.length];
  while (from < to && leftOutLatin(words[from]!)) from++;
  while (to > from && empty(words[to - 1]!)) to--;
  if (!words.slice(from, to).some((w) => !leftOutLatin(w))) {
    [from, to] = [0, words.length];
    while (from < to && empty(words[from]!)) from++;
    while (to > from && empty(words[to - 1]!)) to--;
  }
  return words.slice(from, to);
}

/** Whether a word of a keyword is a Latin word the stop list (or the digit rule) left out, not a name with digits. */
function leftOutLatin(w: Word): boolean {
  return !w.kept && !HAN.test(w.word) && !isNameWithDigits(w.word);
}

/**
 * Whether a Latin word left out says nothing in a keyword: an English function word
 * (tokenize.ts isFunctionWord), a letter, or no letter at all.
 */
function saysNothing(word: string): boolean {
  return word.length < 2 || !/\p{L}/u.test(word) || isFunctionWord(word);
}

/**
 * Whether a keyword is a phrase: two words or more as read, one at least kept as a term or all
 * Latin ("front end": words the stop list holds, found where written); or one holding a name
 * written with digits (STM32 alone is a phrase of one word: no term says it).
 */
function isPhrase(words: readonly Word[]): boolean {
  return (words.length >= 2 && (words.some((w) => w.kept) || words.every((w) => !HAN.test(w.word)))) || words.some((w) => !w.kept && isNameWithDigits(w.word));
}

/**
 * Whether a phrase's words hold a Latin word the stop list left out that says something
 * ("line" of "command line", both of "front end"): an everyday compound (isEverydayPhrase).
 */
function holdsEverydayWord(words: readonly Word[]): boolean {
  return words.some((w) => leftOutLatin(w) && !saysNothing(w.word));
}

/**
 * Whether `keyword` is an everyday compound: a phrase (isPhraseKeyword) holding a word the stop
 * list holds that says something ("command line", "test case", "front end"; not "soy sauce",
 * not "kingdom of heaven"). Such a phrase weighs as its rarest word + EVERYDAY_PHRASE_RISE, and
 * its kept words count once in the brand text, not as the keyword (model.ts).
 */
export function isEverydayPhrase(keyword: string): boolean {
  const words = keywordWords(keyword);
  return isPhrase(words) && holdsEverydayWord(words);
}

/**
 * How much rarer an everyday compound is than its rarest kept word, in the weight's units
 * (natural log of frequency): "command line" weighs as "command" (1.83) + 3, about 1 in 20 of
 * the word's uses. Chosen on the dev parts between 2 and 4 (tests/eval/RESULTS.md): at the
 * rare-word weight (8) a phrase such as "command line" outweighed every other word of its
 * pillar, and chapters writing "command" without "line" fell to the threshold.
 */
const EVERYDAY_PHRASE_RISE = 3;

/**
 * The weight of a phrase keyword's term: PHRASE_WEIGHT (a rare word: "soy sauce", 手冲), or for
 * an everyday compound (holdsEverydayWord) the weight of its rarest kept word (0 when none, as
 * in "front end") + EVERYDAY_PHRASE_RISE, at most PHRASE_WEIGHT.
 */
function phraseWeight(words: readonly Word[]): number {
  if (!holdsEverydayWord(words)) return PHRASE_WEIGHT;
  const rarest = Math.max(0, ...words.filter((w) => w.kept).map((w) => termWeight(w.word)));
  return Math.min(PHRASE_WEIGHT, rarest + EVERYDAY_PHRASE_RISE);
}

/** The words of `keyword` as its phrase is found (lower-cased; kept words as their terms), or none when it is no phrase. */
export function phraseWordsOf(keyword: string): string[] {
  const words = keywordWords(keyword);
  return isPhrase(words) ? words.map((w) => w.word) : [];
}

/** Whether `keyword` is matched as a phrase (readPhrases). */
export function isPhraseKeyword(keyword: string): boolean {
  return isPhrase(keywordWords(keyword));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANY = `[${STREAM_MARKS}]`;
/** A mark of a word written joined to the one before (kind 1 or 2), kept or left out. */
const JOINED = '[\\x02\\x03\\x05\\x06]';
const PARTED = '[\\x01\\x04]';

/**
 * The pattern that finds a keyword's words in a stream: the same words (terms for kept words,
 * lower-cased words for those left out), joined where the keyword joins them; between two
 * Chinese characters the post may cut or not (手冲 read as 手冲, 手 + 冲 or 手冲 咖啡 written
 * with a space). It begins and ends where a word of the post does: 手冲 is not found in
 * 选手冲向 (选手 + 冲向), whose words run across it.
 */
function patternOf(words: readonly Word[]): RegExp {
  let source = ANY;
  words.forEach((w, j) => {
    const han = HAN.test(w.word);
    if (j > 0) source += w.kind === 0 ? PARTED : han && HAN.test(words[j - 1]!.word) ? `${JOINED}?` : JOINED;
    source += han ? [...w.word].map(escape).join(`${JOINED}?`) : escape(w.word);
  });
  return new RegExp(`${source}(?=${ANY}|$)`, 'gu');
}

/** The keywords that are phrases (two or more words as read, isPhraseKeyword), each once. */
export function readPhrases(keywords: readonly string[]): Phrase[] {
  const phrases = new Map<string, Phrase>();
  for (const keyword of keywords) {
    const words = keywordWords(keyword);
    if (!isPhrase(words)) continue;
    const terms = words.filter((w) => w.kept).map((w) => w.word);
    // A phrase of kept terms alone keeps the key it always had ("soi sauc"); one with words left out is named by all its words ("手 冲").
    const key = words.every((w) => w.kept) ? terms.join(' ') : words.map((w) => w.word).join(' ');
    if (!phrases.has(key)) {
      setPhraseWeight(key, phraseWeight(words));
      phrases.set(key, { key, terms, surface: keyword.trim().toLowerCase(), pattern: patternOf(words) });
    }
  }
  return [...phrases.values()];
}

/**
 * The tokens a pillar keyword adds to its pillar's text. A lone Han character that is only a
 * piece of the keyword is left out when the keyword is no phrase: "R 包" is read as 包 alone (R
 * is no word), and 包 would tie the brand to 存包 or 包菜. A phrase keyword (代码块 as 代码 +
 * 块, 手冲 as 手 + the stop character 冲) keeps its pieces, so that the phrase is found in the
 * text; withPhrases then counts them as the phrase only. A keyword that is one character (茶)
 * is the author's word and stays.
 */
export function keywordTokens(keyword: string): Token[] {
  const tokens = tokenize(keyword);
  return isPhraseKeyword(keyword) ? tokens : tokens.filter((t) => !isKeywordPiece(keyword, t));
}

/** Whether token `t` of `text` is a lone Han character that is only a piece of it (块 of 代码块, 包 of "R 包", not 茶 of 茶). */
export function isKeywordPiece(text: string, t: Token): boolean {
  return t.han === true && t.term.length === 1 && toSimplified(text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '')) !== t.term;
}

/**
 * How often each phrase occurs in a post, occurrences not overlapping, the longest first where
 * two do (手冲咖啡 counts as 手冲咖啡, not also as 手冲). With its `stream` (PostTerms.stream):
 * wherever the post writes the keyword's words (Phrase.pattern). Without (terms read without
 * their words, as tests build them): in a run of terms, its terms in a row, each joined to the
 * one before (`joins`, PostTerms.joins; absent: all joined).
 */
export function matchPhrases(sequence: readonly string[], phrases: readonly Phrase[], joins?: Uint32Array, stream?: string): Map<string, number> {
  const found = new Map<string, number>();
  if (phrases.length === 0) return found;
  if (stream !== undefined) {
    // Every occurrence of every phrase, then the longest first where two overlap ("light soy
    // sauce" holds "soy sauce"; 手冲咖啡 holds 手冲), as the run of terms below is read.
    const spans: [number, number, string][] = [];
    for (const p of phrases) if (p.pattern) for (const m of stream.matchAll(p.pattern)) spans.push([m.index, m.index + m[0].length, p.key]);
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let until = -1;
    for (const [from, to, key] of spans) {
      if (from < until) continue;
      found.set(key, (found.get(key) ?? 0) + 1);
      until = to;
    }
    return found;
  }
  const byFirst = new Map<string, Phrase[]>();
  // A phrase of no kept term (STM32) is found in a stream only.
  for (const p of phrases) if (p.terms.length > 0) appendTo(byFirst, p.terms[0], p);
  for (const list of byFirst.values()) list.sort((a, b) => b.terms.length - a.terms.length);
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
 * `joins` and `stream`: the post's (matchPhrases); `found`: matchPhrases of these, when the
 * caller already has them (they are not matched again).
 */
export function withPhrases(counts: ReadonlyMap<string, number>, sequence: readonly string[], phrases: readonly Phrase[], glossShare = 1, joins?: Uint32Array, stream?: string, found: Map<string, number> = matchPhrases(sequence, phrases, joins, stream)): [ReadonlyMap<string, number>, Map<string, number>] {
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
