/**
 * When dollar signs in prose are TeX math. One rule for the two readers of a post: the theme
 * detector, which leaves math out of a post's words (theme/strip-markdown.ts), and the portfolio,
 * which renders it (pages/_lib/tex-math.ts).
 */

/**
 * Whether an inline dollar run is TeX by Pandoc's `tex_math_dollars` rule, which MathJax and KaTeX
 * blogs follow: the opening dollar has a non-space right after it, the closing one a non-space
 * right before it and no digit right after it. So `$n \leq 10^5$` is math and `$5 and $10`,
 * `costs $3, not $4` stay prose. Display math's `$$` may be separated from the formula by
 * whitespace (the same rule: "the delimiters may be separated from the formula by whitespace"), so
 * `$$ \int_0^1 x\,dx $$` on a line of its own, as AstroPaper's and KaTeX blogs write it, is math.
 * `run` is the source text from the first opening dollar to the last closing one (`$…$`,
 * `$$…$$`), `next` the character after it (undefined at the end of the text). A parser that pairs
 * any two dollars (remark-math, Sätteri) and trims the spaces inside gives the run's position;
 * the text there is what this reads.
 */
export function isTexDollarRun(run: string, next: string | undefined): boolean {
  const fence = /^\$+/.exec(run)?.[0].length ?? 0;
  const inner = run.slice(fence, run.length - fence);
  const spaced = fence === 1 && /^\s|\s$/.test(inner);
  return inner.trim() !== '' && !spaced && !/\d/.test(next ?? '');
}

/** A fence opening or closing a code block (CommonMark: up to 3 spaces, then ``` or ~~~). */
const FENCE = /^ {0,3}(`{3,}(?![^\n]*`)|~{3,})/;
/** The marks of blockquotes and list items a block's first line may start with (CommonMark 0.31 §5). */
const CONTAINER = String.raw`(?:[ \t]{0,3}(?:>[ \t]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+))*`;
/** A list item's marker line (CommonMark 0.31 §5.2): group 1 its indent and marker, group 2 the spaces after it. */
const LIST_ITEM = /^([ \t]*(?:[-+*]|\d{1,9}[.)]))([ \t]+|$)/;
/** The list markers that open a line (`- `, `1. `, `- 2) `), with their spaces: what follows is the item's first block. */
const LIST_MARKS = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+)+/;
/**
 * An ATX heading's line, a setext heading's underline or a thematic break: it ends a paragraph, so
 * a lone tag may start an HTML block after it, and an indented line is code.
 */
const HEADING = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:=+|(?:[-*_][ \t]*){3,})[ \t]*$)/;
/**
 * A line that interrupts a paragraph instead of going on with it lazily (CommonMark 0.31 §5.1,
 * §5.2: only paragraph text is a lazy continuation line): an ATX heading, a thematic break, a
 * code fence, or a list item that may interrupt one (not empty; ordered, from 1). Less indented
 * than a list item's text, it ends the item. (A deeper `>` and an HTML block of types 1 to 6
 * interrupt too: splitBlocks reads them.)
 */
const INTERRUPTS = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$|`{3,}(?![^\n]*`)|~{3,}|(?:[-+*]|1[.)])[ \t]+\S)/;
/** A setext `=` underline: with no paragraph before it, it is paragraph text itself. */
const EQUALS_LINE = /^ {0,3}=+[ \t]*$/;
/** A setext `-` underline, when a paragraph is above it (else an empty list item or a thematic break). */
const DASHES_LINE = /^ {0,3}-+[ \t]*$/;
/** A list item with nothing on its marker line: no paragraph (under a paragraph, `*`, `+` or `1.` alone is its text). */
const EMPTY_ITEM = /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]*$/;
/** An HTML attribute (CommonMark 0.31 §6.6), as `\s+name="value"`. */
const ATTRIBUTE = String.raw`\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;
/**
 * The start of an HTML block that Markdown passes through unread (CommonMark 0.31 §4.6), by type:
 * 1 `<pre>`, `<script>`, `<style>`, `<textarea>` (group 1: the name), 2 a comment, 3 `<?…`, 4
 * `<!X…`, 5 CDATA (group 2: the start), all of them no prose, running to the line of their end
 * mark (endMark); 6 a block-level tag and 7 a line holding one complete tag alone (group 3), HTML
 * with text, running to the next blank line. Types 1 to 6 may interrupt a paragraph, 7 may not.
 * In a blockquote or a list item too (`> <p>…`, `- <div>…`: CONTAINER).
 */
const HTML_BLOCK = new RegExp(
  String.raw`^${CONTAINER} {0,3}(?:<(pre|script|style|textarea)(?:\s|>|$)|(<!--|<\?|<![A-Za-z]|<!\[CDATA\[)|<\/?(?:address|article|aside|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|title|tr|ul)(?:\s|\/?>|$)|(<(?!(?:pre|script|style|textarea)\b)[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$)`,
  'i',
);
/** What ends an HTML block of types 1 to 5 (on the block's last line), by its start (HTML_BLOCK group 1 or 2). */
function endMark(start: string): RegExp {
  if (start === '<!--') return /-->/;
  if (start === '<?') return /\?>/;
  if (start === '<![CDATA[') return /\]\]>/;
  return start.startsWith('<!') ? />/ : /<\/(?:pre|script|style|textarea)>/i;
}
/**
 * Markup in HTML text that holds no math: a tag, a comment or other `<!…>`, `<?…?>`. Group 1: a
 * tag's name.
 */
const MARKUP = new RegExp(String.raw`<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<![^>]*>?|<\/?([A-Za-z][A-Za-z0-9-]*)(?:${ATTRIBUTE})*\s*\/?>`, 'g');
/** Elements whose text MathJax leaves alone (its `skipHtmlTags`, docs.mathjax.org "Document Options"). */
const NOT_MATH = new Set(['script', 'noscript', 'style', 'textarea', 'pre', 'code', 'annotation', 'annotation-xml']);
/**
 * MathJax's own delimiters, `\(…\)` inline and `\[…\]` display (written `\\(…\\)` on kramdown
 * sites, whose Markdown eats one backslash), and a LaTeX environment at the start of a line
 * (`\begin{align}…\end{align}`), within a paragraph (no blank line inside, LF or CRLF) and with no second
 * opening inside (`f\(\)` is no span reaching to the next `\(y\)`). Group 1: the
 * backslashes of the opening, which the closing repeats. In HTML, `$$…$$` too (group 8), which
 * Markdown reads itself outside it.
 */
const MATHJAX_SOURCE = String.raw`(\\{1,2})\(((?:(?!\r?\n[ \t]*\r?\n|\\\()[\s\S]){1,2000}?)\1\)|(\\{1,2})\[((?:(?!\r?\n[ \t]*\r?\n|\\\[)[\s\S]){1,5000}?)\3\]|^([ \t]*)(\\begin\{([A-Za-z]+\*?)\}(?:(?!\r?\n[ \t]*\r?\n)[\s\S]){0,5000}?\\end\{\7\})`;
const MATHJAX = new RegExp(MATHJAX_SOURCE, 'gm');
const MATHJAX_IN_HTML = new RegExp(String.raw`${MATHJAX_SOURCE}|\$\$((?:(?!\r?\n[ \t]*\r?\n)[^$]){1,5000}?)\$\$`, 'gm');

/**
 * How a formula found in raw HTML is written instead (`tex` as written in the HTML, its
 * character references unread; `display` for `\[…\]`, `$$…$$` and `\begin…\end`).
 */
export type TexInHtml = (tex: string, display: boolean) => string;

/**
 * A formula found in a raw HTML block (mathJaxToDollars, as the published loader and the editor's
 * preview call it), as the element Sätteri makes of inline math and the page's texMath renders:
 * `<code class="language-math math-inline">`, with `math-display` for display math. The TeX stays
 * as the HTML writes it: the sanitizer's HTML parser reads its character references (`&lt;` is
 * `<`), as MathJax read the page's text; it holds no markup (mathJaxToDollars finds no formula
 * across a tag).
 */
export const texInHtml: TexInHtml = (tex, display) => `<code class="language-math math-inline${display ? ' math-display' : ''}">${tex}</code>`;

/**
 * A ```math or ~~~math fence's opening, wherever it stands: a fence in a blockquote or a list item
 * (`> ```math`, `- ```math`, indented under an item) is a formula too. Read from the start of a
 * backtick or tilde run only (the lookbehind), so a long run is read once.
 */
const MATH_FENCE = /(?<![`~])(?:`{3,}|~{3,})[ \t]*math\b/;

/**
 * Whether the page's texMath plugin (pages/_lib/tex-math.ts) runs over a body whose Markdown is
 * `source` (after mathJaxToDollars with texInHtml): only one with a dollar, a ```math fence
 * (MATH_FENCE: in a quote or a list too) or a formula from raw HTML. Without it,
 * `<pre><code class="language-math">` written as HTML stays code on the page; with it, it is a
 * formula. The editor's preview asks the same (markdown-preview.ts). A cheap test: it may say yes
 * for a body with none (a ```math in a code span), never no for one the parse finds.
 */
export function wantsTexMath(source: string): boolean {
  return source.includes('$') || source.includes('"language-math math-inline') || MATH_FENCE.test(source);
}

/**
 * A Markdown body with MathJax's delimiters written as the dollars the portfolio and the studio
 * render (docs.mathjax.org, "TeX and LaTeX input": `\(…\)` and `\[…\]` are MathJax's defaults,
 * and many Jekyll and Hexo blogs write nothing else): `\(x_1\)` becomes `$x_1$`, `\[…\]` on lines
 * of its own a `$$` block, a `\begin{align}…\end{align}` at the start of a line a `$$` block
 * around it (not one inside `$$…$$`, which is that formula's own: maskDollarMath). Code is left as written (fenced blocks, indented code blocks: isIndentedCode, inline
 * code spans), and so is a span that
 * holds a dollar or that Pandoc's rule would not read as math once in dollars (a digit right after
 * it: isTexDollarRun), and one whose inside is no TeX (`see \[1\]`, escaped brackets of prose:
 * looksLikeTex; a lone letter `\(x\)` is a variable, and once one `\(…\)` of the body holds
 * TeX, every `\(…\)` of it is math: `\(dy\)`, `\((x,y)\)`).
 *
 * Markdown passes an HTML block through unread (CommonMark's seven kinds: HTML_BLOCK), so dollars
 * would render no math there: its formulas, found by the same rule (and `$$…$$` too, as MathJax
 * finds them in a page), are written by `inHtml` (the portfolio: an element its math plugin
 * renders; the theme: a blank), or left as written without it (the studio preview shows HTML as
 * text). Not in a tag or its attributes, nor inside `<code>`, `<pre>`, `<script>`, `<style>`,
 * `<textarea>` (MathJax's skipped tags: NOT_MATH), nor in a `<pre>`, `<script>`, `<style>`,
 * `<textarea>` block or a comment. Without a backslash or `$$` the body is returned as it is.
 */
export function mathJaxToDollars(markdown: string, inHtml?: TexInHtml): string {
  if (!markdown.includes('\\') && !(inHtml && markdown.includes('$$'))) return markdown;
  const parts = splitBlocks(markdown);
  const masks = parts.map((part) => (part.kind === 'prose' ? maskDollarMath(maskCodeSpans(part.text)) : part.kind === 'html' ? maskMarkup(part.text) : ''));
  // A body that writes TeX between \( and \) once uses MathJax: its other \(dy\) and \((x,y)\) are math too.
  const usesMathJax = masks.some((masked) => [...masked.matchAll(MATHJAX)].some((m) => m[2] !== undefined && !m[0].includes('\0') && looksLikeTex(m[2])));
  return parts
    .map((part, i) => {
      if (part.kind === 'prose') return replaceMath(part.text, masks[i]!, MATHJAX, usesMathJax, asDollars);
      if (part.kind === 'html' && inHtml) return replaceMath(part.text, masks[i]!, MATHJAX_IN_HTML, usesMathJax, (tex) => tex.lead + inHtml(tex.tex, tex.display));
      return part.text;
    })
    .join('\n');
}

/**
 * Consecutive lines of one kind: prose, HTML with text (types 6, 7), code that only CommonMark
 * reads as code (an indented code block, a `<pre>` block: MDX has neither), or other lines left
 * as written (fenced code, other HTML).
 */
interface Block {
  kind: 'prose' | 'html' | 'code' | 'as-is';
  text: string;
}

/**
 * A line led by 4 columns of whitespace (after any `>`), a list item's marker with 5 spaces or a
 * tab after it (after spaces too: `-   \t` reaches column 8), or a `<pre>`: a body with none holds no code that only CommonMark reads, and is
 * not scanned line by line (most posts: the theme detector reads every post of a `check`).
 */
const MAY_HOLD_COMMONMARK_CODE = /^[ >]*(?: {4}|\t)|^[ \t]*(?:[-+*]|\d{1,9}[.)])(?: {5}| *\t)|<pre/im;

/**
 * A .md body with the code that CommonMark reads and MDX does not blanked: indented code blocks
 * (CommonMark 0.31 §4.4; MDX turns them off, so an MDX parse reads them as paragraphs) and `<pre>`
 * HTML blocks (§4.6 type 1, to the line of `</pre>`; MDX reads their text as Markdown). Each of
 * their lines is kept as its blockquote marks alone (`>`), so the lines around them keep their
 * place, and a quote stays one quote. The readers that parsed a .md body as MDX first (the theme
 * detector's words, automatic descriptions) used it; they read CommonMark now, which knows its own
 * code. Kept as the visible form of splitBlocks, whose block rules mathJaxToDollars relies on and
 * tests/unit/tex-math.test.ts pins through it.
 */
export function withoutCommonMarkCode(markdown: string): string {
  if (!MAY_HOLD_COMMONMARK_CODE.test(markdown)) return markdown;
  return splitBlocks(markdown)
    .map((part) => (part.kind === 'code' ? part.text.replace(/[^\r\n]+/g, (line) => quoteOf(line).marks.trimEnd()) : part.text))
    .join('\n');
}

/**
 * The body's lines grouped into blocks (fenced code, indented code and HTML blocks by CommonMark's
 * rules), inside blockquotes too: a line is read after its `>` marks (quoteOf), and a fence
 * opened in a quote ends with it.
 */
function splitBlocks(markdown: string): Block[] {
  const blocks: { kind: Block['kind']; lines: string[] }[] = [];
  const push = (kind: Block['kind'], line: string) => {
    const last = blocks.at(-1);
    if (last?.kind === kind) last.lines.push(line);
    else blocks.push({ kind, lines: [line] });
  };
  let fence: string | null = null;
  let fenceDepth = 0;
  // The content column of the list item a fence is in (0 outside lists): a line less indented ends the item and the fence.
  let fenceColumn = 0;
  let htmlEnd: RegExp | 'blank' | null = null;
  let htmlKind: Block['kind'] = 'as-is';
  // Whether a line goes on with an HTML block of types 6 and 7 (continuation).
  let goesOn: (line: string) => boolean = () => false;
  let paragraph = false;
  // The blockquote depth of the line before: a deeper `>` opens a quote, which no paragraph goes on into.
  let lastDepth = 0;
  // By blockquote depth, the content columns of the list items a line may be in, outermost first
  // (indented code inside one is indented past its column).
  const items: number[][] = [[]];
  for (const text of markdown.split('\n')) {
    // A CRLF body is read as an LF one; its \r stays in the block's text.
    const line = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (htmlEnd === 'blank') {
      if (goesOn(line)) {
        push('html', text);
        continue;
      }
      htmlEnd = null;
    }
    const { depth, inner } = quoteOf(line);
    // A quote ended (not a paragraph's lazy line), or the list item the fence is in (a deeper `>` too
    // stands where the item's text would): its fence and its lists with it.
    if (fence !== null && (depth < fenceDepth || (!isBlank(inner) && indentOf(depth > fenceDepth ? line : inner) < fenceColumn))) fence = null;
    // In a list item, a block starts up to 3 columns past the item's text: `<div>` 4 spaces under `- item` is HTML in it.
    const itemColumn = items[depth]?.at(-1) ?? 0;
    const itemIndent = indentOf(inner) - itemColumn;
    const opensHtml: RegExpExecArray | null =
      fence === null && htmlEnd === null && line.includes('<') ? (HTML_BLOCK.exec(line) ?? (itemColumn > 0 && itemIndent >= 0 && itemIndent < 4 ? HTML_BLOCK.exec(inner.trimStart()) : null)) : null;
    // A paragraph's lazy line: paragraph text in the same quote or an outer one, nothing that interrupts it.
    const lazy: boolean = paragraph && depth <= lastDepth && !INTERRUPTS.test(inner) && !(opensHtml && !opensHtml[3]);
    if (!lazy || isBlank(inner)) items.length = Math.min(items.length, depth + 1);
    while (items.length <= depth) items.push([]);
    // A `>` less indented than a list item's text ends the item: the quote stands after the list.
    if (depth > 0 && !lazy) {
      const outer = items[0]!;
      while (outer.length > 0 && outer.at(-1)! > indentOf(line)) outer.pop();
    }
    const code: boolean = fence === null && htmlEnd === null && isIndentedCode(inner, lazy, items[depth]!);
    // A fence may open on a list item's marker line (`- ```sh`), whose content it is.
    const mark: string | undefined = code ? undefined : FENCE.exec(inner)?.[1] ?? (fence === null ? FENCE.exec(inner.replace(LIST_MARKS, ''))?.[1] : undefined);
    const html: RegExpExecArray | null = code ? null : opensHtml;
    if (code) push('code', text);
    else if (htmlEnd) {
      push(htmlKind, text);
      if (htmlEnd.test(line)) htmlEnd = null;
    } else if (fence !== null) {
      push('as-is', text);
      if (mark && mark[0] === fence[0] && mark.length >= fence.length && inner.trim() === mark) fence = null;
    } else if (mark) {
      fence = mark;
      fenceDepth = depth;
      fenceColumn = items[depth]!.at(-1) ?? 0;
      push('as-is', text);
    } else if (html && !(html[3] && lazy)) {
      const start: string | undefined = html[1] ?? html[2];
      htmlEnd = start ? endMark(start) : 'blank';
      htmlKind = html[1]?.toLowerCase() === 'pre' ? 'code' : 'as-is';
      goesOn = continuation(line, items[depth]!.at(-1) ?? 0);
      push(start ? htmlKind : 'html', text);
      // A block of types 1 to 5 may end on the line it starts.
      if (start && htmlEnd instanceof RegExp && htmlEnd.test(line.slice(line.indexOf(start) + start.length))) htmlEnd = null;
    } else push('prose', text);
    // Only prose goes on as a paragraph: not the last line of an HTML block or a fence, nor a
    // heading or its underline (a `===` with no paragraph before it is paragraph text).
    paragraph = blocks.at(-1)!.kind === 'prose' && !isBlank(inner) && !(HEADING.test(inner) && (paragraph || !EQUALS_LINE.test(inner))) && !(lazy ? depth === lastDepth && DASHES_LINE.test(inner) : EMPTY_ITEM.test(inner));
    // A lazy line goes on with the paragraph of its quote: the quote stays open at its depth.
    if (!lazy) lastDepth = depth;
  }
  return blocks.map(({ kind, lines }) => ({ kind, text: lines.join('\n') }));
}

/**
 * A line's blockquote marks (CommonMark 0.31 §5.1: `>` after up to 3 spaces, each with the one
 * space or tab column after it), how many, and the line after them with its indent in columns as
 * the quote's content sees it (a tab after `>` counts to its tab stop, less the column taken).
 */
function quoteOf(line: string): { marks: string; depth: number; inner: string } {
  if (!line.includes('>')) return { marks: '', depth: 0, inner: line };
  let depth = 0;
  let end = 0;
  for (let m; (m = /^ {0,3}>/.exec(line.slice(end))); depth++) end += m[0].length;
  if (depth === 0) return { marks: '', depth, inner: line };
  const space = /^[ \t]*/.exec(line.slice(end))![0];
  const indent = Math.max(0, columnAfter(line.slice(0, end) + space) - columnAfter(line.slice(0, end)) - 1);
  return { marks: line.slice(0, end) + space.slice(0, 1), depth, inner: ' '.repeat(indent) + line.slice(end + space.length) };
}

/** The column after `text`, the start of a line (a tab to the next multiple of 4, CommonMark §2.2). */
function columnAfter(text: string): number {
  let column = 0;
  for (const ch of text) column = ch === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

/**
 * A blank line (CommonMark 0.31 §2.1: spaces and tabs only). A line of full-width spaces (U+3000,
 * as Chinese text indents an empty paragraph) is paragraph text, not blank: String#trim drops them.
 */
const isBlank = (line: string): boolean => /^[ \t]*$/.test(line);

/** The column a line's text starts at. */
const indentOf = (line: string): number => columnAfter(/^[ \t]*/.exec(line)![0]);

/**
 * Whether `line` is a line of an indented code block (CommonMark 0.31 §4.4): indented 4 columns
 * or more past the content column of the list item it stands in (0 outside lists), and not
 * going on with a paragraph (`paragraph`: the line before is paragraph text), which an indented
 * line cannot interrupt. A blank line is neither. `items` (the content columns of the open list
 * items, outermost first) is updated: a line less indented than an item's content leaves it, and
 * a list item's marker line opens one. `line`: inside a blockquote, the text after its marks (quoteOf).
 */
function isIndentedCode(line: string, paragraph: boolean, items: number[]): boolean {
  if (isBlank(line)) return false;
  const indent = indentOf(line);
  // A lazy continuation line of a paragraph stays in its item, whatever its indent.
  if (!paragraph) while (items.length > 0 && items.at(-1)! > indent) items.pop();
  const base = items.at(-1) ?? 0;
  if (!paragraph && indent - base >= 4) return true;
  // Under a paragraph, `-` alone is a setext heading's underline, not an empty list item.
  if (paragraph && DASHES_LINE.test(line)) return false;
  const item = LIST_ITEM.exec(line);
  if (item && indent - base < 4) {
    while (items.length > 0 && items.at(-1)! > indent) items.pop();
    // Content starts after one space when 5 or more follow the marker (the rest is indented code in it).
    const marker = columnAfter(item[1]!);
    const spaces = columnAfter(item[0]) - marker;
    items.push(marker + (spaces === 0 || spaces > 4 ? 1 : spaces));
    return spaces > 4 && line.trim() !== item[0].trim();
  }
  return false;
}

/**
 * Whether a line goes on with the HTML block (types 6, 7) that `first` starts: up to a blank line,
 * and within the blockquote (a `>` on every line; `>` alone is blank) or the list item (indented
 * under its text: its marker on `first`, else `itemColumn`, the text's column) the block stands in.
 */
function continuation(first: string, itemColumn = 0): (line: string) => boolean {
  const marks = new RegExp(`^${CONTAINER}`).exec(first)![0];
  if (marks.includes('>')) return (line) => /^[ \t]{0,3}>/.test(line) && !/^[ \t>]*$/.test(line);
  const column = Math.max(marks.length, itemColumn);
  return (line) => !isBlank(line) && indentOf(line) >= column;
}

/**
 * Prose with its inline code spans as runs of U+0000 (same length, so a match's index is the text's).
 * A span opens and closes with backtick runs of one length (CommonMark 0.31 §6.1) within its
 * paragraph: a lone backtick (`press the ` key`) does not hide the paragraphs after it.
 */
const maskCodeSpans = (text: string): string => text.replace(/(?<!`)(`+)(?!`)(?:(?!\r?\n[ \t]*\r?\n)[\s\S])*?(?<!`)\1(?!`)/g, (m) => '\0'.repeat(m.length));

/**
 * Prose (its code spans masked) with each `$$…$$` as a run of U+0000: dollars are the renderer's own
 * math, and a `\begin{aligned}` opening a line inside a `$$` block is part of that formula, not a
 * block of its own (wrapping it in `$$` again split the pair: two empty formulas and the TeX between
 * them as text). Within a paragraph, as the renderer pairs them; `\$` is no dollar.
 */
const maskDollarMath = (text: string): string => text.replace(/(?<!\\)\$\$(?:(?!\r?\n[ \t]*\r?\n)[\s\S])*?(?<!\\)\$\$/g, (m) => '\0'.repeat(m.length));

/**
 * HTML with its markup (MARKUP) and the inside of the elements MathJax skips (NOT_MATH) as runs of
 * U+0000, and each `<` that would open a tag in a browser: a formula never spans them.
 */
function maskMarkup(html: string): string {
  let masked = '';
  let at = 0;
  let skipping: string | null = null;
  for (const m of html.matchAll(MARKUP)) {
    const name = m[1]?.toLowerCase();
    const closing = m[0].startsWith('</');
    if (skipping !== null && !(closing && name === skipping)) continue;
    masked += (skipping === null ? html.slice(at, m.index) : '\0'.repeat(m.index - at)) + '\0'.repeat(m[0].length);
    at = m.index + m[0].length;
    skipping = skipping === null && name && !closing && !m[0].endsWith('/>') && NOT_MATH.has(name) ? name : null;
  }
  masked += skipping === null ? html.slice(at) : '\0'.repeat(html.length - at);
  return masked.replace(/<(?=[A-Za-z/!?])/g, '\0');
}

/**
 * Whether the text between MathJax's delimiters is TeX: a control word, a sub- or superscript, a
 * brace, or a relation. Markdown writers also escape brackets to keep them from reading as links
 * (`see \[1\]`, `arr\[i\]`): those stay text, and so does a shortcode (WordPress's
 * `\[contact-form-7 id="12" title="Contact"\]` as an import escapes it: a name, then attributes,
 * one of them quoted), whose `=` is no relation.
 */
function looksLikeTex(inner: string): boolean {
  return /\\[A-Za-z]|[\^_{}=<>+]/.test(inner) && !SHORTCODE_LIKE.test(inner);
}

const SHORTCODE_LIKE = /^\s*[A-Za-z][\w-]*(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[^\s"'=]+))*\s+[\w-]+=(?:"[^"]*"|'[^']*')(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[^\s"'=]+))*\s*\/?\s*$/;

/** A formula found: its TeX, whether it is display math, whether it stands on lines of its own, and the indent before a `\begin`. */
interface Found {
  tex: string;
  display: boolean;
  alone: boolean;
  lead: string;
}

/** A formula written as the dollars Markdown renders: `$…$`, `$$…$$`, a `$$` block when alone on its lines. */
function asDollars({ tex, display, alone, lead }: Found): string {
  if (!display) return `$${tex}$`;
  return alone ? `${lead}$$\n${tex}\n$$` : `$$${tex}$$`;
}

/** `text` with each formula that `pattern` finds in `masked` (not across U+0000) written by `write`. */
function replaceMath(text: string, masked: string, pattern: RegExp, usesMathJax: boolean, write: (found: Found) => string): string {
  let out = '';
  let at = 0;
  for (const m of masked.matchAll(pattern)) {
    if (m[0].includes('\0')) continue;
    const start = m.index;
    const end = start + m[0].length;
    const next = text[end];
    const lineEnd = text.indexOf('\n', end);
    const alone = /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) && /^[ \t]*\r?$/.test(text.slice(end, lineEnd < 0 ? undefined : lineEnd));
    let found: Found | null = null;
    if (m[2] !== undefined) {
      const inner = m[2].trim();
      if ((usesMathJax || /^[A-Za-z]$/.test(inner)) && !inner.includes('$') && isTexDollarRun(`$${inner}$`, next)) found = { tex: inner, display: false, alone: false, lead: '' };
    } else if (m[4] !== undefined) {
      const inner = m[4].trim();
      if (looksLikeTex(inner) && !inner.includes('$')) found = { tex: inner, display: true, alone, lead: '' };
    } else if (m[6] !== undefined) {
      if (!m[6].includes('$')) found = { tex: m[6], display: true, alone: true, lead: m[5]! };
    } else if (m[8] !== undefined) {
      const inner = m[8].trim();
      if (isTexDollarRun(`$$${inner}$$`, next)) found = { tex: inner, display: true, alone, lead: '' };
    }
    if (found === null) continue;
    out += text.slice(at, start) + write(found);
    at = end;
  }
  return out + text.slice(at);
}
