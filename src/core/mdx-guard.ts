/**
 * An .mdx body's `{` that nothing closes, found before satteri parses the body. Inside a JSX
 * element, satteri (0.10 and 0.11) fails on such a brace only after a search that doubles with
 * every tag after it (`<span>X(){a</span>` written 24 times: 2 s; 30 times: minutes): a typo or
 * code pasted into a post stalled `check`, the studio and the build.
 *
 * A `{` with no `}` anywhere after it can never be closed: if satteri reads it as the start of an
 * expression, the body does not parse. Whether it does is asked of satteri itself, on the body
 * with each such brace closed at once (`{_tl0_}`), which it parses as fast as any: the brace is an
 * expression's start when an expression of exactly that marker comes back. Code, math, a link's
 * address, a string and an escape keep their braces as text, as in the body as written.
 */
import type * as Satteri from 'satteri';
import { satteri } from './markdown-parser.ts';

type MdxOptions = NonNullable<Parameters<typeof Satteri.mdxToMdast>[1]>;
type Features = MdxOptions['features'];
interface Node { type: string; value?: unknown; children?: Node[]; attributes?: Node[] }

const EXPRESSIONS = new Set(['mdxTextExpression', 'mdxFlowExpression', 'mdxJsxExpressionAttribute', 'mdxJsxAttributeValueExpression']);
const MARKER = /^_tl(\d+)_$/;

/**
 * satteri's error for `source` (`line:column: Unexpected end of file in expression…`, at the
 * first brace after the last `}` of the text that satteri reads as an expression's start), else
 * null: then nothing stops the body early and it is satteri's to parse. One pass over the text
 * and, for a text with such a brace, one parse. `features` as the caller parses with.
 */
export function unclosedExpressionError(source: string, features?: Features): string | null {
  const braces: number[] = [];
  for (let at = source.indexOf('{', source.lastIndexOf('}') + 1); at !== -1; at = source.indexOf('{', at + 1)) braces.push(at);
  if (braces.length === 0) return null;
  let closed = source.slice(0, braces[0]);
  braces.forEach((at, i) => (closed += `{_tl${i}_}${source.slice(at + 1, braces[i + 1] ?? source.length)}`));
  let tree: Node;
  try {
    tree = satteri().mdxToMdast(closed, { position: false, ...(features && { features }) }) as Node;
  } catch {
    // Something else is wrong with the body: satteri's parse of it says what.
    return null;
  }
  const first = firstMarker(tree);
  return first === null ? null : endOfFileError(source, braces[first]!);
}

/** satteri's mdxToMdast, but a body with a `{` that nothing closes throws its error at once (unclosedExpressionError). */
export function mdxToMdast(source: string, options: MdxOptions = {}): ReturnType<typeof Satteri.mdxToMdast> {
  const stalled = unclosedExpressionError(source, options.features);
  if (stalled !== null) throw new Error(stalled);
  return satteri().mdxToMdast(source, options);
}

/** The lowest marker index among the tree's expressions whose whole text is a marker. */
function firstMarker(tree: Node): number | null {
  let first: number | null = null;
  const walk = (node: Node) => {
    const index = EXPRESSIONS.has(node.type) && typeof node.value === 'string' ? MARKER.exec(node.value.trim())?.[1] : undefined;
    if (index !== undefined && (first === null || Number(index) < first)) first = Number(index);
    if (node.type === 'mdxJsxAttribute' && node.value && typeof node.value === 'object') walk(node.value as Node);
    for (const child of [...(node.attributes ?? []), ...(node.children ?? [])]) walk(child);
  };
  walk(tree);
  return first;
}

/** The error satteri gives for an expression that the end of the file leaves open, at the brace `at` (columns in UTF-16 units, as satteri counts). */
function endOfFileError(source: string, at: number): string {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const line = source.slice(0, lineStart).split(/\r\n|\r|\n/).length;
  return `${line}:${at - lineStart + 1}: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character)`;
}
