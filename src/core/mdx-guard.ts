/**
 * An .mdx body's `{` that nothing closes, found before satteri parses the body. Inside a JSX
 * element, satteri (0.10 and 0.11) fails on such a brace only after a search that doubles with
 * every tag after it (`<span>X(){a</span>` written 24 times: 2 s; 30 times: minutes): a typo or
 * code pasted into a post stalled `check`, the studio and the build.
 *
 * A brace that cannot be closed: one with no `}` anywhere after it, or one with text before it on
 * its line (an expression in running text, which ends at the next blank line, as satteri reads it)
 * and no `}` before that blank line. Whether satteri reads such a brace as an expression's start
 * is asked of satteri itself, on the text with each such brace closed at once (`{_tl0_}`), which
 * it parses as fast as any: it is when an expression of exactly that marker comes back. Code,
 * math, a link's address, a string and an escape keep their braces as text, as in the body.
 */
import type * as Satteri from 'satteri';
import { satteri } from './markdown-parser.ts';

type MdxOptions = NonNullable<Parameters<typeof Satteri.mdxToMdast>[1]>;
type Features = MdxOptions['features'];
interface Node { type: string; value?: unknown; children?: Node[]; attributes?: Node[] }

const EXPRESSIONS = new Set(['mdxTextExpression', 'mdxFlowExpression', 'mdxJsxExpressionAttribute', 'mdxJsxAttributeValueExpression']);
const IN_TEXT = new Set(['mdxTextExpression']);
const MARKER = /^_tl(\d+)_$/;
/** Running-text braces asked about, each costing a parse of the text before its blank line. */
const MAX_IN_TEXT = 2;
/** A whole JSX tag, its attribute values quoted or braced. */
const TAG = /<(?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*>/g;
/** What is text on a line besides spaces, tags, and the marks of quotes, lists, headings and tables. */
const TEXT = /[^\s>*+\-.)\d#|]/;

/**
 * satteri's error for `source` (`line:column: Unexpected end of file in expression…`, at a brace
 * that cannot be closed and that satteri reads as an expression's start), else null: then
 * nothing stops the body early and it is satteri's to parse. A few passes over the text and, for
 * a text with such a brace, up to three parses. `features` as the caller parses with.
 */
export function unclosedExpressionError(source: string, features?: Features): string | null {
  const found = openInText(source, features) ?? openAtEnd(source, features);
  return found === null ? null : endOfFileError(source, found);
}

/** satteri's mdxToMdast, but a body with a `{` that nothing closes throws its error at once (unclosedExpressionError). */
export function mdxToMdast(source: string, options: MdxOptions = {}): ReturnType<typeof Satteri.mdxToMdast> {
  const stalled = unclosedExpressionError(source, options.features);
  if (stalled !== null) throw new Error(stalled);
  return satteri().mdxToMdast(source, options);
}

/** The first brace after the last `}` of the text that satteri reads as an expression's start. */
function openAtEnd(source: string, features: Features): number | null {
  const braces: number[] = [];
  for (let at = source.indexOf('{', source.lastIndexOf('}') + 1); at !== -1; at = source.indexOf('{', at + 1)) braces.push(at);
  return braces.length === 0 ? null : firstExpression(source, braces, EXPRESSIONS, features);
}

/** The first brace in running text, outside any other braces, with no `}` before the next blank line, that satteri reads as an expression's start there. */
function openInText(source: string, features: Features): number | null {
  let depth = 0;
  let asked = 0;
  // The next `}` and blank line, found again only once passed: one pass over the text in all.
  let [close, end] = [-1, -1];
  for (let at = 0; at < source.length && asked < MAX_IN_TEXT; at++) {
    const char = source[at];
    if ((char !== '{' && char !== '}') || isEscaped(source, at)) continue;
    if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth++ === 0) {
      if (close < at) close = source.indexOf('}', at) === -1 ? Infinity : source.indexOf('}', at);
      if (end < at) end = blankLineAfter(source, at);
      if (close < end || !followsText(source, at)) continue;
      asked++;
      const braces: number[] = [];
      for (let b = at; b !== -1 && b < end; b = source.indexOf('{', b + 1)) braces.push(b);
      // The line ending is kept: a text that ends in a backslash made satteri 0.10 panic (firstpass.rs), which ends the process.
      const found = firstExpression(source.slice(0, end + 1), braces, IN_TEXT, features);
      if (found !== null) return found;
      [at, depth] = [end, 0];
    }
  }
  return null;
}

/** Is there text (not only tags, spaces, or the marks of a quote, list, heading or table) before the brace on its line? */
function followsText(source: string, at: number): boolean {
  return TEXT.test(source.slice(source.lastIndexOf('\n', at - 1) + 1, at).replace(TAG, ''));
}

/** Where the line before the next blank line (spaces and tabs only) after `at` ends, or the text's end. */
function blankLineAfter(source: string, at: number): number {
  const blank = /\n[ \t]*(?:\r?\n|$)/g;
  blank.lastIndex = at;
  return blank.exec(source)?.index ?? source.length;
}

function isEscaped(source: string, at: number): boolean {
  let slashes = 0;
  while (source[at - 1 - slashes] === '\\') slashes++;
  return slashes % 2 === 1;
}

/** Of `braces` (offsets in `text`), the first that satteri reads as the start of an expression of a type in `types`, once each is closed at once. */
function firstExpression(text: string, braces: number[], types: Set<string>, features: Features): number | null {
  let closed = text.slice(0, braces[0]);
  braces.forEach((at, i) => (closed += `{_tl${i}_}${text.slice(at + 1, braces[i + 1] ?? text.length)}`));
  let tree: Node;
  try {
    tree = satteri().mdxToMdast(closed, { position: false, ...(features && { features }) }) as Node;
  } catch {
    // Something else is wrong with the body: satteri's parse of it says what.
    return null;
  }
  let first: number | null = null;
  const walk = (node: Node) => {
    const index = types.has(node.type) && typeof node.value === 'string' ? MARKER.exec(node.value.trim())?.[1] : undefined;
    if (index !== undefined && (first === null || Number(index) < first)) first = Number(index);
    if (node.type === 'mdxJsxAttribute' && node.value && typeof node.value === 'object') walk(node.value as Node);
    for (const child of [...(node.attributes ?? []), ...(node.children ?? [])]) walk(child);
  };
  walk(tree);
  return first === null ? null : braces[first]!;
}

/** The error satteri gives for an expression that the end of the file leaves open, at the brace `at` (columns in UTF-16 units, as satteri counts). */
function endOfFileError(source: string, at: number): string {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const line = source.slice(0, lineStart).split(/\r\n|\r|\n/).length;
  return `${line}:${at - lineStart + 1}: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character)`;
}
