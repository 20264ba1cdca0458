/**
 * The flags of pillar keywords that count for nothing or in part (keyword-flags.ts), from how the
 * theme reads each keyword (KeywordRead). Free of the tokenizer and the general-language tables:
 * a check whose keyword reads are all kept (store/theme-results-cache.ts) builds its flags here.
 */
import type { Lang } from '../language.ts';

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
export type Reason = 'short' | 'digits' | 'everyday' | 'piece';

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

/** Before the hint in the studio: the Brand page's field that holds the keyword. */
const IN_STUDIO: Record<Lang, string> = {
  en: 'on the Brand page, in the pillar\'s "Keywords (comma-separated)": ',
  zh: '在“品牌”页这个支柱的“关键词（用逗号分隔）”里：',
};

/** Keyword reads kept between runs (check.ts ThemeResultStore keywordReads). */
export interface KeywordReads {
  get(keyword: string): KeywordRead | undefined;
  set(keyword: string, read: KeywordRead): void;
}

/**
 * The flags of the keywords of pillar `i` (0-based) in `lang`, each read by `readOf`
 * (keyword-flags.ts readKeyword, or a kept read); the first word lost gives the hint. `inStudio`:
 * the hint says where the studio edits the keyword (the Brand page's field, BRAND_TEXT
 * brand.pillarKeywords); the field path in the message is what `check` names.
 */
export function flagsOfKeywordReads(keywords: readonly string[], i: number, lang: Lang, readOf: (keyword: string) => KeywordRead, inStudio = false): KeywordFlag[] {
  const zh = lang === 'zh';
  return keywords.flatMap((keyword, j) => {
    const read = readOf(keyword);
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
    return [{ kind: 'keyword-not-counted' as const, severity: counts ? ('info' as const) : ('warning' as const), file: 'content/planner.json' as const, field, keyword, message, hint: `${inStudio ? IN_STUDIO[lang] : ''}${HINT[lost[0]!.reason][lang]}` }];
  });
}

/** The kept read of `keyword`, else `read`'s, which `reads` then keeps. */
export function keptRead(keyword: string, reads: KeywordReads | undefined, read: (keyword: string) => KeywordRead): KeywordRead {
  let found = reads?.get(keyword);
  if (!found) {
    found = read(keyword);
    reads?.set(keyword, found);
  }
  return found;
}
