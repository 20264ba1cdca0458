/**
 * Evidence words as the draft writes them. Theme scoring reads Latin words in lower case (AI and
 * ai are one term), so evidence used to show "ai", "github", "postgresql" for a draft that writes
 * AI, GitHub and PostgreSQL: the issue asks for the draft's own words.
 */
import { chineseLexicon } from './chinese.ts';
import { toSimplified } from './traditional.ts';

const LETTER = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;
/** What may stand between a sentence's end and its first word: spaces, quotes, brackets, Markdown marks. */
const LEAD_IN = new Set([...' \t\r"\'“‘«([{*_#>-`+|']);
// Only Latin punctuation: a Latin word after Chinese punctuation (球拍：Nittaku, 。XIOM) sits in
// Chinese prose, which has no capitals of its own, so its capital is its spelling.
const SENTENCE_END = new Set([...'.!?:\n']);
/** Whether a text may hold what NOT_PROSE finds (a quick test that spares most plain posts the replace). */
const MAYBE_NOT_PROSE = /[`<~]|\]\(|https?:/;
/** Fenced and inline code, a link's target, an HTML tag, a bare address. */
const NOT_PROSE = /```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]*`|\]\([^)\s]*(?:\s+"[^"]*")?\)|<[^>\n]*>|\bhttps?:\/\/[^\s)>\]]+/g;

/**
 * `words` (evidence: ThemeResult.terms or offTerms) with each Latin word or phrase in the form
 * `text` writes it, where that form is not lower case: the form written most often, provided the
 * text never writes the word in lower case. A form whose only capital is its first letter counts
 * only inside a sentence: a sentence's, a heading's or a list item's first word says nothing of
 * its spelling; a capital past the first letter (GitHub, AI) is a spelling anywhere. So "ai" reads AI, "github" GitHub, "soy sauce" stays "soy sauce" in a text that writes
 * "Soy sauce is..." and "soy sauce". Code, addresses and link targets are not read, nor a word
 * joined to another by `-`, `_`, `.`, `/` or `@` (`github.com/x`, claude-agent-sdk, foo_ai). Han words, glossed words ("饺子 (dumpling)") and words
 * the text does not hold come back unchanged.
 */
export function asWritten(words: readonly string[], text: string): string[] {
  const latin = [...new Set(words.filter((w) => LETTER.test(w) && !HAN.test(w) && w === w.toLowerCase()))];
  if (latin.length === 0 || !text) return [...words];
  // Addresses, link targets, tags and code are no prose: blanked, so positions stay.
  const prose = MAYBE_NOT_PROSE.test(text) ? text.replace(NOT_PROSE, (m) => ' '.repeat(m.length)) : text;
  // Found by indexOf, not by a pattern built of the words: every post's words differ, and a new
  // pattern per post ran interpreted, ~1 ms a post (2 s for 2,000). A word the prose writes in
  // lower case stays so: most are, found without lower-casing the text.
  const unseen = latin.filter((w) => !writesLowerCase(prose, w));
  if (unseen.length === 0) return [...words];
  const lower = prose.toLowerCase();
  // A lower-casing that changes the length (İ) would shift the positions: such a text keeps the evidence as read.
  if (lower.length !== prose.length) return [...words];
  const seen = new Map<string, { lower: boolean; forms: Map<string, number> }>();
  for (const word of unseen) {
    const parts = word.split(/\s+/);
    for (let at = lower.indexOf(parts[0]!); at >= 0; at = lower.indexOf(parts[0]!, at + 1)) {
      const end = occurrenceEnd(lower, at, parts);
      if (end < 0) continue;
      const form = prose.slice(at, end).replace(/\s+/g, ' ');
      let entry = seen.get(word);
      if (!entry) seen.set(word, (entry = { lower: false, forms: new Map() }));
      if (form === word) entry.lower = true; // (a phrase parted by other spaces)
      // A capital past the first letter (GitHub, AI, Machine Learning) is a spelling wherever it is written.
      else if (form !== word[0]!.toUpperCase() + word.slice(1) || !startsSentence(prose, at)) entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    }
  }
  return words.map((w) => {
    const entry = seen.get(w);
    if (!entry || entry.lower || entry.forms.size === 0) return w;
    let best = w;
    let most = 0;
    for (const [form, n] of entry.forms) if (n > most) [best, most] = [form, n];
    return best;
  });
}

/** Whether the word at `at` is the first of a sentence, a heading or a list item: only lead-in marks between it and a sentence's end or the text's start. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (SENTENCE_END.has(c)) return true;
    // A numbered item's number ("1. AI tools") is a lead-in too.
    if (!LEAD_IN.has(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

/** Where the occurrence of `parts` (a word, or a phrase's words parted by any space) starting at `at` of `lower` ends, or -1 when none does: a whole word there, not a part of an address, identifier or longer word. */
function occurrenceEnd(lower: string, at: number, parts: readonly string[]): number {
  if (at > 0 && JOINED_BEFORE.test(lower[at - 1]!) && !emphasisMark(lower, at - 1, at - 2)) return -1;
  let end = at + parts[0]!.length;
  for (let k = 1; k < parts.length; k++) {
    let next = end;
    while (next < lower.length && /\s/.test(lower[next]!)) next++;
    if (next === end || !lower.startsWith(parts[k]!, next)) return -1;
    end = next + parts[k]!.length;
  }
  const after = lower[end];
  if (after !== undefined && ((JOINED_AFTER.test(after) && !emphasisMark(lower, end, end + 1)) || (after === '.' && end + 1 < lower.length && WORD_CHAR.test(lower[end + 1]!)))) return -1;
  return end;
}

/**
 * Whether the `_` at `i`, beside a word on one side, is Markdown emphasis (`_Nittaku Acoustic_`,
 * `球拍：_XIOM_`) rather than a joint (foo_ai, __init__): nothing of a word at `other`, its other side.
 */
function emphasisMark(lower: string, i: number, other: number): boolean {
  const c = lower[other];
  return lower[i] === '_' && !(c !== undefined && (WORD_CHAR.test(c) || c === '_'));
}
/** Whether `prose` writes `word` (lower case) as a whole word somewhere. */
function writesLowerCase(prose: string, word: string): boolean {
  const parts = word.split(/\s+/);
  for (let at = prose.indexOf(parts[0]!); at >= 0; at = prose.indexOf(parts[0]!, at + 1)) if (occurrenceEnd(prose, at, parts) >= 0) return true;
  return false;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const JOINED_BEFORE = /[\p{L}\p{N}_/.@`-]/u;
const JOINED_AFTER = /[\p{L}\p{N}_`/@-]/u;

/** A Han word of two characters or more: what wholeHanWords may extend. */
const HAN_WORD = /^\p{Script=Han}{2,}$/u;
/** Lone characters joined on either side at most. */
const MAX_ADDED = 3;
/**
 * -ln p of a character used about once in 5,800 words of general Chinese (10,000 of jieba's
 * 58 million): the grammatical characters that follow or precede any word (的, 了, 上, 在, 和,
 * 且, 太) are at least this common; the rarer ones isFunctionWord also lists by their tag (姆 of
 * 麦克纳姆轮, 盘 of 焊盘) are parts of names and terms.
 */
const GRAMMAR_SURPRISE = 8.7;
/** Pronouns and adverbs of one character that jieba's tags leave out of the function words (此步骤, 启用此, 相匹配). */
const GRAMMAR_CHARS = new Set([...'此您该其各每某本彼相互均皆亦仍再已即则便并共另']);

/**
 * `words` (evidence) with each Chinese word shown whole where the draft always writes it as part
 * of one longer word the dictionary lacks. Segmentation by jieba's dictionary of 2013 cuts a newer
 * word into a known word and a lone character (树莓派 "Raspberry Pi" -> 树莓 "raspberry" + 派,
 * 面包板 "breadboard" -> 面包 "bread" + 板), and a lone character is never shown (evidence.ts
 * formBase): the evidence named the fragment. So a word takes the lone character the segmenter
 * left beside it, on the right and then the left (at most MAX_ADDED in all on each side), while
 * every one of its occurrences in `text` (two at least) has the same one there and it is no
 * common function word (的, 上, 是: chinese.ts isFunctionWord, and GRAMMAR_SURPRISE). A word the text also writes on its own
 * (面包 beside 面包机) or beside a word of the dictionary (树莓派开发板: 开发板) keeps its form.
 * An extended word drops its gloss (it was the fragment's). Only what is shown changes, never the
 * score. Without Chinese data, `words` as given.
 */
export function wholeHanWords(words: readonly string[], text: string): string[] {
  // The Chinese data is read only for a Chinese word (an English draft never loads it).
  if (!words.some((w) => HAN.test(w))) return [...words];
  const lexicon = chineseLexicon();
  if (!lexicon) return [...words];
  const grammatical = (c: string): boolean => {
    const simple = toSimplified(c);
    return GRAMMAR_CHARS.has(simple) || (lexicon.isFunctionWord(simple) && (lexicon.surprise(simple) ?? Infinity) < GRAMMAR_SURPRISE);
  };
  // Each Han run's segments as [start, end) offsets in `text`, by the run's start.
  const runs = new Map<number, number[]>();
  const boundaries = (at: number): number[] => {
    let from = at;
    while (from > 0 && HAN.test(text[from - 1]!)) from--;
    let cuts = runs.get(from);
    if (!cuts) {
      let to = at;
      while (to < text.length && HAN.test(text[to]!)) to++;
      cuts = [from];
      for (const seg of lexicon.segment(toSimplified(text.slice(from, to)))) cuts.push(cuts[cuts.length - 1]! + seg.length);
      runs.set(from, cuts);
    }
    return cuts;
  };
  return words.map((w) => {
    const cut = w.indexOf(' (');
    const base = cut < 0 ? w : w.slice(0, cut);
    if (!HAN_WORD.test(base)) return w;
    const starts: number[] = [];
    for (let at = text.indexOf(base); at >= 0; at = text.indexOf(base, at + base.length)) starts.push(at);
    if (starts.length < 2) return w;
    // Cheap first (most words have none): the same character beside every occurrence on a side,
    // a character the text writes only there; the segmenter is run only then.
    const same = (at: (start: number) => number): boolean => {
      const c = text[at(starts[0]!)];
      return c !== undefined && HAN.test(c) && starts.every((start) => text[at(start)] === c) && count(text, c) === starts.length;
    };
    if (!same((start) => start + base.length) && !same((start) => start - 1)) return w;
    const spans = starts.map((at) => ({ from: at, to: at + base.length, cuts: boundaries(at) }));
    // Only where each occurrence is cut as words of its own (not the end of a longer word).
    if (!spans.every(({ from, to, cuts }) => cuts.includes(from) && cuts.includes(to))) return w;
    // The lone character the segmenter left next to a span (side 1: after, -1: before), or null.
    const loneAt = ({ from, to, cuts }: (typeof spans)[number], side: 1 | -1): string | null => {
      const edge = side === 1 ? to : from;
      const other = cuts[cuts.indexOf(edge) + side];
      return other === undefined || Math.abs(other - edge) !== 1 ? null : text[Math.min(edge, other)]!;
    };
    // The one every span has there, when it may join the word.
    const joining = (side: 1 | -1): string | null => {
      const c = loneAt(spans[0]!, side);
      if (c === null || grammatical(c) || !spans.every((span) => loneAt(span, side) === c)) return null;
      // A character the text also writes elsewhere is a word of its own there (锅 of 倒入锅, 库
      // of 库文件), and likely here too; one written only in this word is a part of it (派).
      return count(text, c) === spans.length ? c : null;
    };
    let added = 0;
    for (const side of [1, -1] as const) {
      const was = spans.map((span) => (side === 1 ? span.to : span.from));
      let n = 0;
      for (; n < MAX_ADDED && joining(side) !== null; n++) for (const span of spans) side === 1 ? span.to++ : span.from--;
      // Stopped where every span still goes on with the same lone content character, one written
      // elsewhere too (字距微调, 字 of 字体): a part of the word would be shown, so nothing is joined.
      const next = n > 0 ? loneAt(spans[0]!, side) : null;
      if (next !== null && !grammatical(next) && spans.every((span) => loneAt(span, side) === next))
        spans.forEach((span, i) => (side === 1 ? (span.to = was[i]!) : (span.from = was[i]!)));
      else added += n;
    }
    return added === 0 ? w : text.slice(spans[0]!.from, spans[0]!.to);
  });
}

/** How many times `part` occurs in `text` (non-overlapping). */
function count(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/** A word of letters joined to others by hyphens, the whole compound (Wi-Fi, co-op, state-of-the-art). */
const HYPHENATED = /[A-Za-z]+(?:-[A-Za-z]+)+/g;

/**
 * `words` (evidence) with each Latin word shown as the hyphenated compound the draft always writes
 * it in: scoring reads a compound's parts as words of their own, so a draft on home networks
 * showed "wi" (of Wi-Fi), one on housing "op" (of co-op), one on bootloaders "boot" (of U-Boot).
 * A word is shown whole when every time the prose writes it, it is a part of one compound, in the
 * form written most often (a capital only at its start, as a sentence opens, counts as lower
 * case: real-time of "Real-time data..."); a word the prose also writes on its
 * own, or in two compounds, is kept. Code, link targets and addresses are not read (as asWritten).
 * Only what is shown changes, never the score.
 */
export function wholeHyphenated(words: readonly string[], text: string): string[] {
  const latin = words.filter((w) => /^[a-z]+$/.test(w));
  if (latin.length === 0 || !text.includes('-')) return [...words];
  const prose = MAYBE_NOT_PROSE.test(text) ? text.replace(NOT_PROSE, (m) => ' '.repeat(m.length)) : text;
  // Each part of a compound: the compounds it is written in, by their lower-case form, with the written forms' counts.
  const inCompounds = new Map<string, Map<string, Map<string, number>>>();
  const wanted = new Set(latin);
  for (const m of prose.matchAll(HYPHENATED)) {
    // A compound inside an address or identifier (foo-bar.js, a_b-c) is not prose.
    const before = prose[m.index - 1];
    const after = prose[m.index + m[0].length];
    if ((before !== undefined && /[\w@/.]/.test(before)) || (after !== undefined && (/[\w@/]/.test(after) || (after === '.' && /\w/.test(prose[m.index + m[0].length + 1] ?? ''))))) continue;
    const lower = m[0].toLowerCase();
    for (const part of lower.split('-')) {
      if (!wanted.has(part)) continue;
      let compounds = inCompounds.get(part);
      if (!compounds) inCompounds.set(part, (compounds = new Map()));
      let forms = compounds.get(lower);
      if (!forms) compounds.set(lower, (forms = new Map()));
      // A capital only at the start (Real-time) says nothing of the spelling: it counts as lower case.
      const form = m[0].slice(1) === lower.slice(1) ? lower : m[0];
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
  }
  if (inCompounds.size === 0) return [...words];
  const lowerProse = prose.toLowerCase();
  return words.map((w) => {
    const compounds = inCompounds.get(w);
    if (!compounds || compounds.size !== 1) return w;
    // Written on its own anywhere (not inside a compound, an address or a longer word): kept.
    for (let at = lowerProse.indexOf(w); at >= 0; at = lowerProse.indexOf(w, at + 1)) {
      const before = lowerProse[at - 1];
      const after = lowerProse[at + w.length];
      if ((before === undefined || !/[\w\-@/.]/.test(before)) && (after === undefined || !/[\w\-@/]/.test(after))) return w;
    }
    const [forms] = compounds.values();
    let best = w;
    let most = 0;
    for (const [form, n] of forms!) if (n > most) [best, most] = [form, n];
    return best;
  });
}
