/**
 * When dollar signs in prose are TeX math. One rule for the two readers of a post: the theme
 * detector, which leaves math out of a post's words (theme/strip-markdown.ts), and the portfolio,
 * which renders it (pages/_lib/tex-math.ts).
 */

/**
 * Whether an inline dollar run is TeX by Pandoc's `tex_math_dollars` rule, which MathJax and KaTeX
 * blogs follow: the opening dollar has a non-space right after it, the closing one a non-space
 * right before it and no digit right after it. So `$n \leq 10^5$` is math and `$5 and $10`,
 * `costs $3, not $4` stay prose. `run` is the source text from the first opening dollar to the
 * last closing one (`$…$`, `$$…$$`: the rule applies to either), `next` the character after it
 * (undefined at the end of the text). A parser that pairs any two dollars (remark-math, Sätteri)
 * and trims the spaces inside gives the run's position; the text there is what this reads.
 */
export function isTexDollarRun(run: string, next: string | undefined): boolean {
  const fence = /^\$+/.exec(run)?.[0].length ?? 0;
  const inner = run.slice(fence, run.length - fence);
  return inner !== '' && !/^\s|\s$/.test(inner) && !/\d/.test(next ?? '');
}

/** A fence opening or closing a code block (CommonMark: up to 3 spaces, then ``` or ~~~). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * The start of an HTML block that runs to the next blank line (CommonMark 0.31 §4.6, type 6: a
 * block-level tag), which Markdown passes through as HTML: no math is rendered inside it.
 */
const HTML_BLOCK = /^ {0,3}<\/?(?:address|article|aside|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|title|tr|ul)(?:\s|\/?>|$)/i;
/**
 * MathJax's own delimiters, `\(…\)` inline and `\[…\]` display (written `\\(…\\)` on kramdown
 * sites, whose Markdown eats one backslash), and a LaTeX environment at the start of a line
 * (`\begin{align}…\end{align}`), within a paragraph (no blank line inside) and with no second
 * opening inside (`f\(\)` is no span reaching to the next `\(y\)`). Group 1: the
 * backslashes of the opening, which the closing repeats.
 */
const MATHJAX = /(\\{1,2})\(((?:(?!\n[ \t]*\n|\\\()[\s\S]){1,2000}?)\1\)|(\\{1,2})\[((?:(?!\n[ \t]*\n|\\\[)[\s\S]){1,5000}?)\3\]|^([ \t]*)(\\begin\{([A-Za-z]+\*?)\}(?:(?!\n[ \t]*\n)[\s\S]){0,5000}?\\end\{\7\})/gm;

/**
 * A Markdown body with MathJax's delimiters written as the dollars the portfolio and the studio
 * render (docs.mathjax.org, "TeX and LaTeX input": `\(…\)` and `\[…\]` are MathJax's defaults,
 * and many Jekyll and Hexo blogs write nothing else): `\(x_1\)` becomes `$x_1$`, `\[…\]` on lines
 * of its own a `$$` block, a `\begin{align}…\end{align}` at the start of a line a `$$` block
 * around it. Code and HTML blocks are left as written (fenced blocks, inline code spans; Markdown
 * passes an HTML block through unread, so no math would render there), and so is a span that
 * holds a dollar or that Pandoc's rule would not read as math once in dollars (a digit right after
 * it: isTexDollarRun), and one whose inside is no TeX (`see \[1\]`, escaped brackets of prose:
 * looksLikeTex; a lone letter `\(x\)` is a variable, and once one `\(…\)` of the text holds
 * TeX, every `\(…\)` of it is math: `\(dy\)`, `\((x,y)\)`). Without a backslash the body is returned as it is.
 */
export function mathJaxToDollars(markdown: string): string {
  if (!markdown.includes('\\')) return markdown;
  const out: string[] = [];
  let fence: string | null = null;
  let prose: string[] = [];
  const flush = () => {
    if (prose.length) out.push(proseMathJax(prose.join('\n')));
    prose = [];
  };
  let html = false;
  for (const line of markdown.split('\n')) {
    const mark = FENCE.exec(line)?.[1];
    if (html) {
      out.push(line);
      if (line.trim() === '') html = false;
    } else if (fence === null && mark) {
      flush();
      fence = mark;
      out.push(line);
    } else if (fence !== null) {
      out.push(line);
      if (mark && mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = null;
    } else if ((prose.length === 0 || prose.at(-1)!.trim() === '') && HTML_BLOCK.test(line)) {
      flush();
      html = true;
      out.push(line);
    } else prose.push(line);
  }
  flush();
  return out.join('\n');
}

/**
 * Whether the text between MathJax's delimiters is TeX: a control word, a sub- or superscript, a
 * brace, or a relation. Markdown writers also escape brackets to keep them from reading as links
 * (`see \[1\]`, `arr\[i\]`): those stay text.
 */
function looksLikeTex(inner: string): boolean {
  return /\\[A-Za-z]|[\^_{}=<>+]/.test(inner);
}

/** mathJaxToDollars on text without fenced code: inline code spans are masked while matching. */
function proseMathJax(text: string): string {
  // Same length, so that a match's index is the text's: a code span becomes a run of U+0000.
  const masked = text.replace(/(`+)[\s\S]*?\1/g, (m) => '\0'.repeat(m.length));
  // A text that writes TeX between \( and \) once uses MathJax: its other \(dy\) and \((x,y)\) are math too.
  const usesMathJax = [...masked.matchAll(MATHJAX)].some((m) => m[2] !== undefined && !m[0].includes('\0') && looksLikeTex(m[2]));
  let out = '';
  let at = 0;
  for (const m of masked.matchAll(MATHJAX)) {
    if (m[0].includes('\0')) continue;
    const start = m.index;
    const end = start + m[0].length;
    const next = text[end];
    let math: string | null = null;
    if (m[2] !== undefined) {
      const inner = m[2].trim();
      if ((usesMathJax || /^[A-Za-z]$/.test(inner)) && !inner.includes('$') && isTexDollarRun(`$${inner}$`, next)) math = `$${inner}$`;
    } else if (m[4] !== undefined) {
      const inner = m[4].trim();
      const alone = /(^|\n)[ \t]*$/.test(text.slice(0, start)) && /^[ \t]*(\n|$)/.test(text.slice(end));
      if (looksLikeTex(inner) && !inner.includes('$')) math = alone ? `$$\n${inner}\n$$` : `$$${inner}$$`;
    } else if (m[6] !== undefined && !m[6].includes('$')) math = `${m[5]}$$\n${m[6]}\n$$`;
    if (math === null) continue;
    out += text.slice(at, start) + math;
    at = end;
  }
  return out + text.slice(at);
}
