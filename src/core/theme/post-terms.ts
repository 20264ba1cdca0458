/**
 * A post read into theme terms: how often each term occurs, the terms in reading order (for
 * phrase keywords and calibration chunks), and the form each term was first written in (so
 * evidence shows real words of the draft). A Chinese word also counts, with fractional
 * weights, towards the English stems of its CC-CEDICT glosses (the bilingual bridge); such a
 * stem's surface is the draft's own word with its gloss, e.g. "饺子 (dumpling)".
 * Reading is the costly step of scoring, so `check` reads each post once and hands the same
 * terms to the model (as evidence) and to the score.
 */
import { crossesBridge } from './background-lookup.ts';
import { chineseLexicon, MIN_GLOSS_WEIGHT } from './chinese.ts';
import { isPlaceholderTitle } from './placeholders.ts';
import { stripMarkdown, stripTitle, type PostFormat } from './strip-markdown.ts';
import { forEachStreamWord, isKeptMark, KEPT, LEFT_OUT, tokenize, type Token } from './tokenize.ts';

export interface PostTerms {
  /** Term -> count; bridged English stems carry fractional counts. */
  readonly counts: ReadonlyMap<string, number>;
  /** The written form of a term where it differs from the term (a term missing here is its own surface). */
  readonly surfaces: ReadonlyMap<string, string>;
  /** The written terms in reading order (bridged stems not included). */
  readonly sequence: readonly string[];
  /**
   * Bit i (of word i >> 5) set when term i of `sequence` was written straight after term i-1, as
   * one phrase (tokenize's `joined`): no word dropped between them, no sentence or clause mark.
   * Phrase keywords match only across joined terms. Absent: every term joins the one before
   * (a brand text, whose keywords are read as written).
   */
  readonly joins?: Uint32Array;
  /**
   * Every word as read, kept or left out, each after its mark (tokenize.ts KEPT, LEFT_OUT): what
   * phrase keywords are found in (phrases.ts matchPhrases), so that 手冲 (手 + the stop
   * character 冲) or "Lord of the Rings" is found where it is written. Absent (a brand text, a
   * reading without the Chinese words): phrase keywords are found by their terms and `joins`.
   */
  readonly stream?: string;
  /** sequence.length, when the reader knows it without building `sequence` (a term cache builds it on first use); read it through termCount. */
  readonly sequenceLength?: number;
  /** How many terms were Chinese words: the post's language is the majority's. */
  readonly han: number;
}

/**
 * The terms of a post: its title without names of code and addresses (stripTitle) and its body
 * stripped of markup, read by the rules of its `format` (stripMarkdown; default `md`), as the text
 * after its file's frontmatter (a `---` line it opens with is a rule). A title that only says the post is begun ("Note",
 * "Draft 2", 草稿: placeholders.ts isPlaceholderTitle) is not read.
 */
export function readPostTerms(input: { title?: string; body: string; format?: PostFormat }): PostTerms {
  const title = input.title !== undefined && isPlaceholderTitle(input.title) ? '' : (input.title ?? '');
  const joined: boolean[] = [];
  const stream: string[] = [];
  // A blank line after the title: a phrase keyword is not found across the title's end.
  // A body is what follows its file's frontmatter: a `---` it opens with is a rule, not YAML.
  const tokens = tokenize(`${stripTitle(title)}\n\n${stripMarkdown(input.body, input.format, { bodyOnly: true })}`, joined, stream);
  return termsOfTokens(tokens, joined, stream.join(''));
}

/**
 * Counts tokens and adds the bridged stems of Chinese words; `joined` (tokenize's) gives the
 * terms' joins, `stream` (tokenize's, joined) every word as read (PostTerms.stream).
 */
export function termsOfTokens(tokens: readonly Token[], joined?: readonly boolean[], stream?: string): PostTerms {
  const counts = new Map<string, number>();
  const surfaces = new Map<string, string>();
  const sequence: string[] = [];
  let han = 0;
  for (const { term, surface, han: isHan } of tokens) {
    sequence.push(term);
    const n = counts.get(term);
    counts.set(term, (n ?? 0) + 1);
    if (n === undefined && surface !== term) surfaces.set(term, surface);
    if (isHan) han++;
  }
  if (han > 0) addBridge(counts, surfaces);
  const terms: PostTerms = joined ? { counts, surfaces, sequence, han, joins: packJoins(joined) } : { counts, surfaces, sequence, han };
  return stream === undefined ? terms : { ...terms, stream };
}

/**
 * A stream (PostTerms.stream) without the words `keep` refuses (the Chinese words of a bilingual
 * post's English reading): the word after one taken out is parted from what comes before it, as
 * keptWithJoins parts terms, so a phrase is not found across a word taken out.
 */
export function keptStream(stream: string, keep: (word: string) => boolean): string {
  let out = '';
  let parted = false;
  forEachStreamWord(stream, (mark, from, to) => {
    const word = stream.slice(from, to);
    if (!keep(word)) {
      parted = true;
      return;
    }
    out += String.fromCharCode(parted ? (isKeptMark(mark) ? KEPT : LEFT_OUT) : mark) + word;
    parted = false;
  });
  return out;
}

const KEPT_AT = new WeakMap<PostTerms, Int32Array>();
/**
 * The part of a post's stream (PostTerms.stream) that holds its terms [from, to), with the words
 * left out after term to-1 (a calibration chunk's), or undefined when it has none.
 */
export function sliceStream(terms: PostTerms, from: number, to: number): string | undefined {
  const { stream } = terms;
  if (stream === undefined) return undefined;
  let at = KEPT_AT.get(terms);
  if (!at) {
    // Where each kept word's mark is.
    const found: number[] = [];
    forEachStreamWord(stream, (mark, word) => {
      if (isKeptMark(mark)) found.push(word - 1);
    });
    KEPT_AT.set(terms, (at = Int32Array.from(found)));
  }
  return stream.slice(at[from] ?? stream.length, at[to] ?? stream.length);
}

/** tokenize's `joined` flags as PostTerms.joins bits. */
export function packJoins(joined: readonly boolean[]): Uint32Array {
  const bits = new Uint32Array((joined.length + 31) >>> 5);
  for (let i = 0; i < joined.length; i++) if (joined[i]) bits[i >>> 5]! |= 1 << (i & 31);
  return bits;
}

/** Whether term i joins term i-1 (PostTerms.joins; without joins, every term does). */
export function joinsPrevious(joins: Uint32Array | undefined, i: number): boolean {
  return joins === undefined || ((joins[i >>> 5]! >>> (i & 31)) & 1) === 1;
}

/** The joins of the terms [from, to) of a sequence, numbered from 0 (a calibration chunk's). */
export function sliceJoins(joins: Uint32Array | undefined, from: number, to: number): Uint32Array | undefined {
  if (joins === undefined) return undefined;
  const out = new Uint32Array((to - from + 31) >>> 5);
  for (let i = from + 1; i < to; i++) if (joinsPrevious(joins, i)) out[(i - from) >>> 5]! |= 1 << ((i - from) & 31);
  return out;
}

/**
 * The terms of a sequence that `keep` keeps, with their joins: a kept term joins the one kept
 * before it only when it joined it in the sequence (no term between them was left out).
 */
export function keptWithJoins(sequence: readonly string[], joins: Uint32Array | undefined, keep: (term: string) => boolean): { sequence: string[]; joins?: Uint32Array } {
  const kept: string[] = [];
  const joined: boolean[] = [];
  let previous = -2;
  sequence.forEach((term, i) => {
    if (!keep(term)) return;
    joined.push(previous === i - 1 && joinsPrevious(joins, i));
    kept.push(term);
    previous = i;
  });
  return joins === undefined ? { sequence: kept } : { sequence: kept, joins: packJoins(joined) };
}

/** Term counts of a stretch of terms (a calibration chunk), bridge included. */
export function countSequence(sequence: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  let han = false;
  for (const term of sequence) {
    counts.set(term, (counts.get(term) ?? 0) + 1);
    han ||= term.charCodeAt(0) >= 0x2e80;
  }
  if (han) addBridge(counts, new Map());
  return counts;
}


function addBridge(counts: Map<string, number>, surfaces: Map<string, string>): void {
  const lexicon = chineseLexicon();
  if (!lexicon) return;
  for (const [word, n] of [...counts]) {
    // An everyday word (是, 说, 时间) weighs nothing itself, and its glosses ("be", "say") say
    // nothing either: only words with weight cross the bridge, with their main glosses; nor do
    // the glosses of a word naming a kind of post (笔记 "note"), which say no subject either.
    if (!crossesBridge(word)) continue;
    const entry = lexicon.bridge(word);
    if (!entry) continue;
    for (const [stem, weight] of entry.stems) {
      if (weight < MIN_GLOSS_WEIGHT) continue;
      const before = counts.get(stem);
      counts.set(stem, (before ?? 0) + n * weight);
      // The word as the post wrote it (餃子 in Traditional text, whose term is 饺子).
      if (before === undefined) surfaces.set(stem, `${surfaces.get(word) ?? word} (${entry.gloss})`);
    }
  }
}

/** The language a post is mostly written in. */
export function termsLanguage(terms: PostTerms): 'en' | 'zh' {
  return terms.han * 2 >= termCount(terms) && terms.han > 0 ? 'zh' : 'en';
}

/** How many terms a post wrote (sequence.length), without building a sequence its reader left to first use. */
export function termCount(terms: PostTerms): number {
  return terms.sequenceLength ?? terms.sequence.length;
}

/** The English stems a Chinese word adds to a post's counts (addBridge), with their weights. */
export function bridgedStems(word: string): readonly (readonly [string, number])[] {
  const entry = crossesBridge(word) ? chineseLexicon()?.bridge(word) : undefined;
  return entry ? entry.stems.filter(([, weight]) => weight >= MIN_GLOSS_WEIGHT) : [];
}
