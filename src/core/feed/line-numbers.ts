/**
 * Code blocks with line numbers, as highlighters write them: Hugo's Chroma and Pygments put the
 * numbers and the code in two cells of a one-row table (`table.lntable`, `table.highlighttable`),
 * Jekyll's Rouge does so inside the `<pre>` (`td.gutter`), and inline styles number each line in a
 * span (`span.ln`, `span.linenos`). The numbers are the highlighter's, not the author's code.
 */

/** The DOM a Turndown rule is handed, as far as these checks read it. */
export interface CodeNode {
  nodeName: string;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<CodeNode>;
  parentNode?: CodeNode | null;
  getAttribute?(name: string): string | null;
  querySelector?(selector: string): CodeNode | null;
}

/** Classes of a span that holds one line's number (Chroma `ln`/`lnt`, Pygments `linenos`, `lineno`). */
const NUMBER_SPAN = /(?:^|\s)(?:ln|lnt|linenos|lineno)(?:\s|$)/;

/** True for a table cell or span that holds only a highlighter's line numbers. */
export function isLineNumbers(node: CodeNode): boolean {
  if (node.nodeType !== 1) return false;
  if (node.nodeName === 'SPAN') return NUMBER_SPAN.test(node.getAttribute?.('class') ?? '');
  return node.nodeName === 'TD' && onlyNumbers(node) && Array.from(node.parentNode?.childNodes ?? []).some((cell) => cell !== node && cell.nodeName === 'TD');
}

/**
 * The `<pre>` of a one-row table whose other cell holds only line numbers (Chroma, Pygments);
 * undefined for any other table, so a table of numbers and words stays a table.
 */
export function numberedCodeOf(table: CodeNode): CodeNode | undefined {
  if (table.nodeName !== 'TABLE') return undefined;
  const rows = Array.from(rowsOf(table));
  if (rows.length !== 1) return undefined;
  const cells = Array.from(rows[0]!.childNodes).filter((cell) => cell.nodeName === 'TD');
  if (cells.length !== 2 || !onlyNumbers(cells[0]!)) return undefined;
  return cells[1]!.querySelector?.('pre') ?? undefined;
}

/** The language a highlighter names on the code, its `<pre>` or an element around them. */
export function codeLanguage(node: CodeNode): string | undefined {
  const code = node.nodeName === 'PRE' && node.querySelector?.('code') ? node.querySelector('code')! : node;
  for (let at: CodeNode | null | undefined = code; at && at.nodeType === 1; at = at.parentNode) {
    const named = /(?:^|\s)language-(\S+)/.exec(at.getAttribute?.('class') ?? '')?.[1] ?? at.getAttribute?.('data-lang') ?? undefined;
    if (named) return named;
  }
  return undefined;
}

function onlyNumbers(node: CodeNode): boolean {
  const text = node.textContent ?? '';
  return /\d/.test(text) && /^[\d\s]*$/.test(text);
}

function* rowsOf(node: CodeNode): Generator<CodeNode> {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeName === 'TR') yield child;
    else if (['THEAD', 'TBODY', 'TFOOT'].includes(child.nodeName)) yield* rowsOf(child);
  }
}
