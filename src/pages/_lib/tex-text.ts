/**
 * A formula as plain text, for the places that show a post as text (its automatic description,
 * feed summaries, post lists: excerpt.ts): the MathML the page renders (KaTeX through
 * tex-katex.ts renderTex, as texMath does) read out in reading order, as a browser's text of it
 * would read if it kept the layout: `\mathbf{F} = q\mathbf{E}` is "F = qE", `x^2` "x²", `x_i` "xᵢ",
 * `e^{i\pi}` "e^(iπ)", `\frac{a+b}{2}` "(a + b)/2", `\sqrt{x}` "√x", `\vec v` "v⃗". Relations and
 * binary operators get a space each side; a sub- or superscript is written with Unicode's small
 * characters when it has one for each character, else after `_` or `^` (in parentheses when
 * longer than one character). TeX that KaTeX cannot parse is its source without commands and
 * braces, as no reader can read `\frac` either.
 */
import { htmlToHast } from 'satteri';
import { renderTex } from './tex-katex.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const SUPERSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-−=()ni′'].map((c, i) => [c, [...'⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ′'][i]!]),
);
const SUBSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-−=()aeoxhklmnpstijruv'].map((c, i) => [c, [...'₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ'][i]!]),
);
/** Operators written with a space each side: relations, arrows, set relations, binary operators. */
const SPACED = /^[=<>≤≥≠≈≡∼≃≅∝≪≫+\-−±∓×÷⋅·∘∗→←↔⇒⇐⇔↦⟹⟸⟺∈∉∋⊂⊃⊆⊇∪∩∧∨⊕⊗]$/u;
/** Invisible operators (function application, invisible times…): no character a reader sees. */
const INVISIBLE = /[\u2061-\u2064]/g;
/** The accents KaTeX draws over a base (`\hat`, `\tilde`, `\bar`, `\dot`, `\ddot`), as combining marks. */
const ACCENT: Record<string, string> = { '^': '\u0302', '~': '\u0303', ˉ: '\u0304', '‾': '\u0305', '˙': '\u0307', '¨': '\u0308', '⃗': '\u20d7', '→': '\u20d7' };

/** `tex` (as between the dollars) as the text described in the module's comment; `display` for display math. */
export function texToText(tex: string, display: boolean): string {
  const result = renderTex(tex, display, 'en');
  if ('error' in result) return tex.replace(/\\[A-Za-z]+\*?|\\.|[{}&]/g, ' ').replace(/\s+/g, ' ').trim();
  return tidy(read(htmlToHast(result.katex, { fragment: true }) as HastNode));
}

function tidy(text: string): string {
  // KaTeX's `|` is U+2223 (DIVIDES), which reads as a bar.
  return text.replace(INVISIBLE, '').replaceAll('∣', '|').replace(/\s+/g, ' ').replace(/\s+([,;.!?)\]}])/g, '$1').replace(/([([{])\s+/g, '$1').trim();
}

const childrenOf = (node: HastNode): HastNode[] => (node.children ?? []).filter((c) => c.type === 'element' || c.type === 'text');

/** A node's text in reading order (children read one after another unless the tag says otherwise). */
function read(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  const kids = childrenOf(node);
  const [a, b, c] = kids.map(read);
  switch (node.tagName) {
    case 'annotation':
    case 'annotation-xml':
    case 'mphantom':
      return '';
    case 'mo': {
      const op = a ?? '';
      return SPACED.test(op.trim()) ? ` ${op.trim()} ` : op === ',' || op === ';' ? `${op} ` : op;
    }
    case 'mspace':
      return ' ';
    case 'msup':
      return (a ?? '') + script(b ?? '', SUPERSCRIPT, '^') + spaceAfter(kids[0]);
    case 'msub':
      return (a ?? '') + script(b ?? '', SUBSCRIPT, '_') + spaceAfter(kids[0]);
    case 'msubsup':
      return (a ?? '') + script(b ?? '', SUBSCRIPT, '_') + script(c ?? '', SUPERSCRIPT, '^') + spaceAfter(kids[0]);
    case 'munder':
      return (a ?? '') + script(b ?? '', SUBSCRIPT, '_') + spaceAfter(kids[0]);
    case 'mover':
      return node.properties?.accent === 'true' || node.properties?.accent === true ? (a ?? '') + (ACCENT[(b ?? '').trim()] ?? '') : (a ?? '') + script(b ?? '', SUPERSCRIPT, '^');
    case 'munderover':
      return (a ?? '') + script(b ?? '', SUBSCRIPT, '_') + script(c ?? '', SUPERSCRIPT, '^') + spaceAfter(kids[0]);
    case 'mfrac':
      return `${group(a ?? '')}/${group(b ?? '')}`;
    case 'msqrt':
      return `√${group(kids.map(read).join(''))}`;
    case 'mroot':
      return `${script(b ?? '', SUPERSCRIPT, '')}√${group(a ?? '')}`;
    case 'mtable':
      return kids.map(read).join('; ');
    case 'mtr':
      return kids.map(read).join(' ');
    default:
      return kids.map((kid, i) => (isSign(kid, kids[i - 1]) ? textOf(kid).trim() : read(kid))).join('');
  }
}

/**
 * The space after a scripted base that is an operator or a function's name (`\sum_i x_i`,
 * `\lim_{x \to 0} f`, `\sin^2 x`), which the page sets apart from what follows.
 */
function spaceAfter(base: HastNode | undefined): string {
  const t = base ? textOf(base).replace(INVISIBLE, '').trim() : '';
  return (base?.tagName === 'mo' && !/^[)\]}|′]$/.test(t)) || /^[A-Za-z]{2,}$/.test(t) ? ' ' : '';
}

const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/** A `+`, `-` or `±` that opens a row or follows another operator: a sign (`-1`), not a binary operator (`a - b`). */
function isSign(node: HastNode, before: HastNode | undefined): boolean {
  return node.tagName === 'mo' && /^[+\-−±∓]$/.test(textOf(node).trim()) && (before === undefined || (before.tagName === 'mo' && !/^[)\]}|]$/.test(textOf(before).trim())));
}

/** `text` in parentheses when it is more than one character (a fraction's part, a root's inside) and not already enclosed in one pair. */
function group(text: string): string {
  const t = tidy(text);
  return Array.from(t).length <= 1 || isEnclosed(t) ? t : `(${t})`;
}

/** Whether the `(` that opens `t` is closed by its last character: `(a + b)`, not `(a) + (b)`. */
function isEnclosed(t: string): boolean {
  if (!t.startsWith('(') || !t.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < t.length - 1; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')' && --depth === 0) return false;
  }
  return true;
}

/** A sub- or superscript in Unicode's small characters, else after `mark`, grouped. */
function script(text: string, small: Record<string, string>, mark: string): string {
  const t = tidy(text).replace(/\s+/g, '');
  if (t === '') return '';
  if (/^′+$/.test(t)) return t;
  const chars = Array.from(t);
  if (chars.every((ch) => small[ch])) return chars.map((ch) => small[ch]).join('');
  return `${mark}${group(tidy(text))}`;
}
