/**
 * Pillar keywords that count for nothing, or for less than they say. The theme reads a keyword
 * as its words do (tokenize.ts): a one-letter word ("R", the language), a word with a digit
 * ("ES6"), an everyday word ("good", "people", 东西) and a lone Han character that is only a
 * piece of the keyword (包 of "R 包", phrases.ts keywordTokens) carry no weight. A keyword made
 * only of such words never matches any post, and nothing said so (trial-real report, fault 5):
 * each is now a warning on content/planner.json naming the field; one that loses a name or a piece
 * and counts only in part ("R Markdown" counts as "markdown") is an info.
 */
import type { Lang } from '../language.ts';
import type { Planner } from '../schema/planner.ts';
import { termWeight } from './background-lookup.ts';
import { isKeywordPiece, keywordTokens } from './phrases.ts';
import { tokenize, writtenWords } from './tokenize.ts';

export interface KeywordFlag {
  kind: 'keyword-not-counted';
  /** warning: the keyword never counts; info: only some of its words count. */
  severity: 'warning' | 'info';
  file: 'content/planner.json';
  /** `brand.pillars[i].keywords[j]`, both from 0. */
  field: string;
  /** The keyword as written. */
  keyword: string;
  message: string;
  hint: string;
}

/** Why a written word of a keyword carries no weight. */
type Reason = 'short' | 'digits' | 'everyday' | 'piece';

const DIGIT = /\p{N}/u;
const HAN = /^\p{Script=Han}/u;

/** How the theme reads a keyword: its words that carry no weight, each with its reason, and what of it counts ("" when nothing). */
export interface KeywordRead {
  lost: { word: string; reason: Reason }[];
  counts: string;
}

/** Whether `x` has a KeywordRead's shape (a cache's entry is checked before it is believed). */
export function isKeywordRead(x: unknown): x is KeywordRead {
  const r = x as KeywordRead | null;
  return typeof r === 'object' && r !== null && typeof r.counts === 'string' && Array.isArray(r.lost) &&
    r.lost.every((l) => typeof l?.word === 'string' && Object.hasOwn(WHY, l.reason));
}

/** The words of `keyword` that carry no weight, each with its reason, and what of it counts ("" when nothing). */
export function readKeyword(keyword: string): KeywordRead {
  const kept = keywordTokens(keyword);
  // Two terms or more make a phrase keyword, which weighs as a rare word (vector.ts) whatever its words weigh.
  const phrase = kept.length >= 2;
  const weighs = (term: string) => phrase || termWeight(term) > 0;
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
    if (tokens.length === 0) lost.push({ word, reason: DIGIT.test(letters) ? 'digits' : letters.length < 2 && !/^[ai]$/i.test(letters) ? 'short' : 'everyday' });
    else if (tokens.every((t) => !weighs(t.term))) lost.push({ word, reason: 'everyday' });
  }
  const counted = kept.filter((t) => weighs(t.term)).map((t) => t.surface);
  return { lost, counts: counted.join(' ').replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '') };
}

const WHY: Record<Reason, (word: string) => { en: string; zh: string }> = {
  short: (w) => ({ en: `"${w}" is one letter, too short to be read as a word`, zh: `“${w}”只有一个字母，太短，不算一个词` }),
  digits: (w) => ({ en: `"${w}" has a digit, and words with digits are not read`, zh: `“${w}”带数字，带数字的词不计` }),
  everyday: (w) => ({ en: `"${w}" is an everyday word, which says nothing of a subject`, zh: `“${w}”是常用词，说明不了主题` }),
  piece: (w) => ({ en: `${w} alone is one character, too often part of another word`, zh: `单独的“${w}”只是一个字，常是别的词的一部分` }),
};

const HINT: Record<Reason, { en: string; zh: string }> = {
  short: { en: 'write words that say what it names, as "rstats", "R language" or "R package" do for R', zh: '请写成能说明所指的词，比如 R 写成“rstats”“R language”或“R package”' },
  digits: { en: 'write its name in letters ("ECMAScript" rather than "ES6")', zh: '请用字母写出名称（如用“ECMAScript”而不是“ES6”）' },
  everyday: { en: 'name the subject more closely ("home cooking" rather than "home")', zh: '请把主题说得更具体（如写“家常菜”而不是“东西”）' },
  piece: { en: 'write a whole word of two characters or more ("R 语言包", "代码块")', zh: '请写成两个字以上的完整词语（如“R 语言包”“代码块”）' },
};

/**
 * One flag per pillar keyword that counts for nothing (warning) or that loses a one-letter word,
 * a word with a digit or a piece and counts only in part (info), in the
 * planner's order, in `lang`. Reads each keyword as the theme does (readKeyword); the first
 * word lost gives the hint.
 */
export function flagKeywords(planner: Planner, lang: Lang, reads?: KeywordReads): KeywordFlag[] {
  return planner.brand.pillars.flatMap((pillar, i) => flagPillarKeywords(pillar.keywords, i, lang, reads));
}

/** Keyword reads kept between runs (check.ts ThemeResultStore keywordReads). */
export interface KeywordReads {
  get(keyword: string): KeywordRead | undefined;
  set(keyword: string, read: KeywordRead): void;
}

/** flagKeywords for the keywords of pillar `i` (0-based), as the studio's brand form holds them. */
export function flagPillarKeywords(keywords: readonly string[], i: number, lang: Lang, reads?: KeywordReads): KeywordFlag[] {
  const zh = lang === 'zh';
  return keywords.flatMap((keyword, j) => {
    let read = reads?.get(keyword);
    if (!read) {
      read = readKeyword(keyword);
      reads?.set(keyword, read);
    }
    const { counts } = read;
    // Where the keyword counts, a function word it loses loses nothing: posts lose it too, so
    // "Lord of the Rings" still matches as "lord ring"; a lost name ("R" of "R Markdown") does.
    const lost = counts ? read.lost.filter((l) => l.reason !== 'everyday') : read.lost;
    if (lost.length === 0) return [];
    const field = `brand.pillars[${i}].keywords[${j}]`;
    const why = lost.map((l) => WHY[l.reason](l.word)[lang]).join(zh ? '；' : '; ');
    const message = counts
      ? zh
        ? `${field}：“${keyword}”只按“${counts}”计入主题：${why}`
        : `${field}: "${keyword}" counts only as "${counts}": ${why}`
      : zh
        ? `${field}：“${keyword}”永远不会计入主题：${why}`
        : `${field}: "${keyword}" will never count towards the theme: ${why}`;
    return [{ kind: 'keyword-not-counted' as const, severity: counts ? ('info' as const) : ('warning' as const), file: 'content/planner.json' as const, field, keyword, message, hint: HINT[lost[0]!.reason][lang] }];
  });
}
