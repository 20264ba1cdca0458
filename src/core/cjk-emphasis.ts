/**
 * Emphasis that CommonMark leaves as literal asterisks in Chinese, Japanese and Korean text, paired
 * by the CJK-friendly amendments to CommonMark §6.2 (github.com/tats-u/markdown-cjk-friendly,
 * specification.md; CommonMark issue 650). `**为了学习规则，必须首先相信它。**一个人…` shows its
 * asterisks under CommonMark 0.31, because the closing `**` follows a punctuation mark (。) and
 * precedes a letter (一): it is not right-flanking. The amendments count CJK punctuation as
 * letters and a CJK character beside a Latin punctuation mark as space. Sätteri, Astro's Markdown
 * parser, does not have them yet (bruits/satteri#85), and 455 of 9,010 real Chinese posts tried
 * (LCTT, a docsify wiki, Hexo blogs) showed `**` on their pages.
 *
 * This reads a text the parser has already left (a text node): the runs of `*` in it were left
 * unpaired by CommonMark's rules, and are paired again under the amended ones, by CommonMark's
 * own delimiter algorithm (§6.3 "process emphasis": nearest opener, the rule of three, `**` for
 * strong). Only `*` is read: `_` inside CJK words is seldom emphasis (file_name 中的 my_var).
 * The surrounding text outside the node counts as space (a paragraph's start and end), so a run
 * at a node's edge pairs as it would at a line's.
 */

import { decodeHTMLStrict } from 'entities';

/**
 * Where inline content other than text and emphasis (code, a link, an image, a line break, raw
 * HTML, math) stands in a block read again as a whole: one character, U+FFFC OBJECT REPLACEMENT
 * CHARACTER, a symbol (Unicode So) and so punctuation to the flanking rules, as the backtick,
 * bracket or `<` that opens and closes it in the source are (`**\`MyComponent\`**可以`).
 */
export const ATOM = '\uFFFC';

/** What a text becomes: plain text, or emphasis (`*`) and strong emphasis (`**`) around their content. */
export type EmphasisPart = { type: 'text'; value: string } | { type: 'emphasis' | 'strong'; children: EmphasisPart[] };

/**
 * A CJK character (the amendments' "CJK character", East Asian Width W, F or H, or Hangul),
 * by the blocks that hold them: Hangul Jamo, CJK radicals to CJK symbols and punctuation, kana,
 * Bopomofo, Hangul syllables, CJK ideographs (BMP and planes 2-3), compatibility forms, vertical
 * and small forms, full-width forms. Emoji are left out (they are not in these blocks).
 */
export const CJK = /[\u1100-\u115f\u2e80-\u2fff\u3001-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff01-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
/** Unicode punctuation as CommonMark 0.31 defines it: general category P or S. */
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** Unicode whitespace (CommonMark 0.31: Zs, tab, line feed, form feed, carriage return). */
const WHITESPACE = /[\t\n\f\r\p{Zs}]/u;

type Kind = 'space' | 'cjk' | 'punct' | 'other';

function kindOf(ch: string | undefined): Kind {
  if (ch === undefined || WHITESPACE.test(ch)) return 'space';
  if (CJK.test(ch)) return 'cjk';
  if (PUNCTUATION.test(ch)) return 'punct';
  return 'other';
}

/** Left-flanking by the amendments: (1) not before space; (2a) not before a non-CJK punctuation mark, or (2b) after space, such a mark or a CJK character. */
function leftFlanking(before: Kind, after: Kind): boolean {
  return after !== 'space' && (after !== 'punct' || before === 'space' || before === 'punct' || before === 'cjk');
}

/** Right-flanking by the amendments, the mirror of leftFlanking. */
function rightFlanking(before: Kind, after: Kind): boolean {
  return before !== 'space' && (before !== 'punct' || after === 'space' || after === 'punct' || after === 'cjk');
}

type Item = { kind: 'text'; value: string } | { kind: 'node'; part: EmphasisPart } | { kind: 'run'; length: number; canOpen: boolean; canClose: boolean; both: boolean; original: number };

/**
 * `text` with its unpaired `*` runs paired by the CJK-friendly rules; null when nothing pairs
 * (the text stays as it is) or when no CJK character is near a run (CommonMark's own result
 * then stands: this only mends what CJK text breaks). `literal`: the UTF-16 offsets of asterisks
 * the source wrote as literal (literalAsterisks: `\*`, `&#42;`), which are text, never delimiters.
 */
export function cjkEmphasis(text: string, literal?: ReadonlySet<number>): EmphasisPart[] | null {
  if (!text.includes('*') || !CJK.test(text)) return null;
  const chars = Array.from(text);
  // Whether chars[i] is an asterisk that may be a delimiter (not one of `literal`'s, by UTF-16 offset).
  let delimiter = (i: number) => chars[i] === '*';
  if (literal?.size) {
    const offsets = new Int32Array(chars.length);
    for (let i = 1; i < chars.length; i++) offsets[i] = offsets[i - 1]! + chars[i - 1]!.length;
    delimiter = (i) => chars[i] === '*' && !literal.has(offsets[i]!);
  }
  const items: Item[] = [];
  let plain = '';
  let nearCjk = false;
  for (let i = 0; i < chars.length; ) {
    if (!delimiter(i)) {
      plain += chars[i++];
      continue;
    }
    let end = i;
    while (end < chars.length && delimiter(end)) end++;
    const before = kindOf(chars[i - 1]);
    const after = kindOf(chars[end]);
    if (before === 'cjk' || after === 'cjk' || CJK.test(chars[i - 2] ?? '') || CJK.test(chars[end + 1] ?? '')) nearCjk = true;
    if (plain) items.push({ kind: 'text', value: plain });
    plain = '';
    const canOpen = leftFlanking(before, after);
    const canClose = rightFlanking(before, after);
    // `**BackboneJS****，再到**`: four asterisks between two words are one bold ending and the next
    // starting (an editor's export of two bold runs side by side). As one run that can open and close,
    // the rule of three keeps it from pairing with either `**` and the four showed inside the bold.
    if (end - i === 4 && canOpen && canClose) {
      items.push({ kind: 'run', length: 2, canOpen: false, canClose: true, both: false, original: 2 });
      items.push({ kind: 'run', length: 2, canOpen: true, canClose: false, both: false, original: 2 });
    } else items.push({ kind: 'run', length: end - i, canOpen, canClose, both: canOpen && canClose, original: end - i });
    i = end;
  }
  if (plain) items.push({ kind: 'text', value: plain });
  if (!nearCjk) return null;
  let paired = false;
  // CommonMark §6.3, process emphasis: each closer, left to right, takes the nearest opener that
  // the rule of three allows; the items between become the emphasis's children.
  for (let c = 0; c < items.length; c++) {
    const closer = items[c]!;
    if (closer.kind !== 'run' || !closer.canClose) continue;
    let o = c - 1;
    for (; o >= 0; o--) {
      const opener = items[o]!;
      if (opener.kind !== 'run' || !opener.canOpen) continue;
      const oddMatch = (opener.both || closer.both) && (opener.original + closer.original) % 3 === 0 && !(opener.original % 3 === 0 && closer.original % 3 === 0);
      if (!oddMatch) break;
    }
    if (o < 0) continue;
    const opener = items[o] as Extract<Item, { kind: 'run' }>;
    const use = opener.length >= 2 && closer.length >= 2 ? 2 : 1;
    const inner = items.slice(o + 1, c);
    // Runs between them can no longer pair: they are text inside the emphasis.
    const part: EmphasisPart = { type: use === 2 ? 'strong' : 'emphasis', children: toParts(inner) };
    opener.length -= use;
    closer.length -= use;
    const replacement: Item[] = [...(opener.length > 0 ? [opener] : []), { kind: 'node', part }, ...(closer.length > 0 ? [closer] : [])];
    items.splice(o, c - o + 1, ...replacement);
    paired = true;
    // On from the new node: what is left of this closer is looked at again (it may close an earlier opener too).
    c = o + (opener.length > 0 ? 1 : 0);
  }
  return paired ? toParts(items) : null;
}

/** Items as parts: runs left over are their asterisks as text, neighbouring texts joined. */
function toParts(items: readonly Item[]): EmphasisPart[] {
  const parts: EmphasisPart[] = [];
  for (const item of items) {
    const value = item.kind === 'text' ? item.value : item.kind === 'run' ? '*'.repeat(item.length) : undefined;
    if (value === undefined) parts.push((item as { part: EmphasisPart }).part);
    else if (value && parts.at(-1)?.type === 'text') (parts.at(-1) as { value: string }).value += value;
    else if (value) parts.push({ type: 'text', value });
  }
  return parts;
}

/** The text of parts, emphasis marks left out (an excerpt, a description). */
export function partsText(parts: readonly EmphasisPart[]): string {
  return parts.map((p) => (p.type === 'text' ? p.value : partsText(p.children))).join('');
}

/** Parts with neighbouring texts joined (a parser may leave a text in several nodes). */
function joined(parts: readonly EmphasisPart[]): EmphasisPart[] {
  const out: EmphasisPart[] = [];
  for (const p of parts) {
    if (p.type !== 'text') out.push({ type: p.type, children: joined(p.children) });
    else if (out.at(-1)?.type === 'text') (out.at(-1) as { value: string }).value += p.value;
    else if (p.value) out.push({ type: 'text', value: p.value });
  }
  return out;
}

/**
 * A run of inline content as the parser left it (texts, and the emphasis it paired, with only
 * texts and emphasis inside), paired again as a whole by the CJK-friendly rules; null when that
 * changes nothing. CommonMark may have paired a mark the amendments pair otherwise:
 * `这是**“引号”**的，请按**「确定」**按钮` is bold on `的，请按` under CommonMark, whose ** after ”
 * opens and ** before 「 closes; read again with its marks written back, “引号” and 「确定」 are.
 * `literalOf`: the literal asterisks of a text part (UTF-16 offsets in its value, literalAsterisks),
 * which stay text when the whole is read again.
 */
export function repairedEmphasis(parts: readonly EmphasisPart[], literalOf?: (text: EmphasisPart & { type: 'text' }) => ReadonlySet<number> | undefined): EmphasisPart[] | null {
  // The parts with their marks written back (`**` around strong, `*` around emphasis), as the
  // source said, each text's literal asterisks kept at their offsets in the whole.
  const literal = new Set<number>();
  let marked = '';
  const write = (list: readonly EmphasisPart[]): void => {
    for (const p of list) {
      if (p.type === 'text') {
        for (const at of literalOf?.(p) ?? []) literal.add(marked.length + at);
        marked += p.value;
      } else {
        const mark = p.type === 'strong' ? '**' : '*';
        marked += mark;
        write(p.children);
        marked += mark;
      }
    }
  };
  write(parts);
  const again = cjkEmphasis(marked, literal);
  return again && JSON.stringify(again) !== JSON.stringify(joined(parts)) ? again : null;
}

/** A character reference (CommonMark 0.31 §2.5): named, decimal or hexadecimal. */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** What smart punctuation (markdown-it's and Sätteri's `smartPunctuation`) turns into each character, longest first. */
const SMART: Record<string, readonly string[]> = { '—': ['---'], '–': ['--'], '…': ['...'], '‘': ["'"], '’': ["'"], '“': ['"'], '”': ['"'] };

/**
 * The UTF-16 offsets in `value`, a text node's value, of the asterisks that `source`, the node's
 * span of the document, writes as literal: a backslash escape `\*` (CommonMark 0.31 §2.4) or a
 * character reference (`&#42;`, `&ast;`: §2.5). The parser hands both over as a plain `*`, which
 * cjkEmphasis must then not pair.
 * Null when the two do not line up (the caller leaves the text as CommonMark read it); besides
 * escapes and references, only whitespace the parser dropped (a line's indent, trailing spaces
 * before a line break) and smart punctuation (`--` as –, `...` as …, quotes curled) may differ.
 */
export function literalAsterisks(source: string, value: string): Set<number> | null {
  const literal = new Set<number>();
  let i = 0;
  for (let j = 0; j < value.length; ) {
    const c = source[i];
    if (c === undefined) return null;
    if (c === '\\' && ASCII_PUNCTUATION.test(source[i + 1] ?? '') && value[j] === source[i + 1]) {
      if (value[j] === '*') literal.add(j);
      i += 2;
      j += 1;
      continue;
    }
    if (c === '&') {
      REFERENCE.lastIndex = i;
      const reference = REFERENCE.exec(source)?.[0];
      const decoded = reference === undefined ? '' : decodeHTMLStrict(reference);
      if (reference !== undefined && decoded !== reference && decoded !== '' && value.startsWith(decoded, j)) {
        if (decoded === '*') literal.add(j);
        i += reference.length;
        j += decoded.length;
        continue;
      }
    }
    if (c === value[j]) {
      i += 1;
      j += 1;
      continue;
    }
    // Smart punctuation (Astro's default): -- and --- as dashes, ... as an ellipsis, straight quotes curled.
    const smart = SMART[value[j]!]?.find((written) => source.startsWith(written, i));
    if (smart !== undefined) {
      i += smart.length;
      j += 1;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i += 1;
    else return null;
  }
  return literal;
}
