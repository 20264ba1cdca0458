/**
 * TeX math in the editor's preview, read as the built page reads it (pages/_lib/tex-math.ts):
 * Sätteri's `math` feature finds the runs, as markdown-rs (and remark-math) do, and this module
 * finds the same ones with micromark:
 *
 * - inline, a run of dollars closed by a run of the same length on the same paragraph, like a
 *   code span (`$x$`, `$$x$$`; a `$` right after another is no opener, `\$` is a dollar);
 * - a block, `$$` (or more dollars) on a line of its own, up to a line of at least as many
 *   dollars or the end of its container, like a fenced code block (words after the opening
 *   dollars are left out; a dollar among them makes it no block).
 *
 * An inline run that is no TeX by Pandoc's rule (core/tex-math.ts isTexDollarRun: `$5 and $10`)
 * shows as the Markdown it was, read alone as the page reads it. The TeX is rendered by the
 * page's own KaTeX call (tex-katex.ts texToHtml), handed in as `tex`, which the editor loads only
 * when a draft has a dollar: without it (`null`) a formula shows as its source in `<code>`.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { Code, CompileContext, Construct, Effects, Extension, HtmlExtension, State, Token, TokenizeContext } from 'micromark-util-types';
import type { Lang } from '../../core/language.ts';
import { isTexDollarRun } from '../../core/tex-math.ts';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mathText: 'mathText';
    mathTextSequence: 'mathTextSequence';
    mathTextData: 'mathTextData';
    mathFlow: 'mathFlow';
    mathFlowFence: 'mathFlowFence';
    mathFlowFenceSequence: 'mathFlowFenceSequence';
    mathFlowFenceMeta: 'mathFlowFenceMeta';
    mathFlowValue: 'mathFlowValue';
  }
}

/** tex-katex.ts texToHtml: TeX to the page's HTML of it. */
export type TexToHtml = (tex: string, display: boolean, block: boolean, lang: Lang) => string;

const DOLLAR = 36;
// micromark's codes: a line ending is -5, -4 or -3, a tab -2 (then -1 for its virtual spaces).
const markdownLineEnding = (code: Code) => code !== null && code < -2;
const markdownSpace = (code: Code) => code === -2 || code === -1 || code === 32;

function tokenizeMathText(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let opening = 0;
  let closing = 0;
  let sequence: Token;
  const open: State = (code) => {
    if (code === DOLLAR) {
      effects.consume(code);
      opening++;
      return open;
    }
    effects.exit('mathTextSequence');
    return between(code);
  };
  const between: State = (code) => {
    if (code === null) return nok(code);
    if (code === DOLLAR) {
      sequence = effects.enter('mathTextSequence');
      closing = 0;
      return close(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return between;
    }
    effects.enter('mathTextData');
    return data(code);
  };
  const data: State = (code) => {
    if (code === null || code === DOLLAR || markdownLineEnding(code)) {
      effects.exit('mathTextData');
      return between(code);
    }
    effects.consume(code);
    return data;
  };
  const close: State = (code) => {
    if (code === DOLLAR) {
      effects.consume(code);
      closing++;
      return close;
    }
    if (closing === opening) {
      effects.exit('mathTextSequence');
      effects.exit('mathText');
      return ok(code);
    }
    // A run of another length is TeX, as a code span's is code.
    sequence.type = 'mathTextData';
    return data(code);
  };
  return (code) => {
    effects.enter('mathText');
    effects.enter('mathTextSequence');
    return open(code);
  };
}

const mathText: Construct = {
  name: 'mathText',
  tokenize: tokenizeMathText,
  previous(this: TokenizeContext, code: Code) {
    return code !== DOLLAR || this.events[this.events.length - 1]![1].type === 'characterEscape';
  },
};

function tokenizeMathFlow(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const tail = self.events[self.events.length - 1];
  const indent = tail && tail[1].type === 'linePrefix' ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let opening = 0;
  const closeFence: Construct = { partial: true, tokenize: tokenizeClose };
  const nonLazy: Construct = { partial: true, tokenize: tokenizeNonLazy };

  const open: State = (code) => {
    if (code === DOLLAR) {
      effects.consume(code);
      opening++;
      return open;
    }
    if (opening < 2) return nok(code);
    effects.exit('mathFlowFenceSequence');
    return meta(code);
  };
  const meta: State = (code) => {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('mathFlowFence');
      return self.interrupt ? ok(code) : effects.check(nonLazy, atBreak, after)(code);
    }
    effects.enter('mathFlowFenceMeta');
    return metaRest(code);
  };
  const metaRest: State = (code) => {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('mathFlowFenceMeta');
      return meta(code);
    }
    if (code === DOLLAR) return nok(code);
    effects.consume(code);
    return metaRest;
  };
  const atBreak: State = (code) => effects.attempt(closeFence, after, lineStart)(code);
  const lineStart: State = (code) => {
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return prefix;
  };
  // A line's indentation up to the opening fence's is left out, as in a fenced code block.
  let stripped = 0;
  const prefix: State = (code) => {
    if (stripped < indent && markdownSpace(code)) {
      if (stripped++ === 0) effects.enter('linePrefix');
      effects.consume(code);
      return prefix;
    }
    if (stripped > 0) effects.exit('linePrefix');
    stripped = 0;
    return content(code);
  };
  const content: State = (code) => {
    if (code === null || markdownLineEnding(code)) return effects.check(nonLazy, atBreak, after)(code);
    effects.enter('mathFlowValue');
    return value(code);
  };
  const value: State = (code) => {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('mathFlowValue');
      return content(code);
    }
    effects.consume(code);
    return value;
  };
  const after: State = (code) => {
    effects.exit('mathFlow');
    return ok(code);
  };

  function tokenizeClose(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    let closing = 0;
    let spaces = 0;
    const start: State = (code) => {
      if (markdownSpace(code) && spaces < 3) {
        spaces++;
        effects.consume(code);
        return start;
      }
      return sequence(code);
    };
    const sequence: State = (code) => {
      if (code === DOLLAR) {
        effects.consume(code);
        closing++;
        return sequence;
      }
      return closing >= opening ? end(code) : nok(code);
    };
    const end: State = (code) => {
      if (markdownSpace(code)) {
        effects.consume(code);
        return end;
      }
      if (code !== null && !markdownLineEnding(code)) return nok(code);
      effects.exit('mathFlowFence');
      return ok(code);
    };
    return (code) => {
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      effects.enter('mathFlowFence');
      return start;
    };
  }

  return (code) => {
    effects.enter('mathFlow');
    effects.enter('mathFlowFence');
    effects.enter('mathFlowFenceSequence');
    return open(code);
  };
}

// micromark's own check that the next line is no lazy continuation of the container.
function tokenizeNonLazy(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const lineStart: State = (code) => (self.parser.lazy[self.now().line] ? nok(code) : ok(code));
  return (code) => {
    if (code === null) return nok(code);
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return lineStart;
  };
}

const mathFlow: Construct = { name: 'mathFlow', concrete: true, tokenize: tokenizeMathFlow };

/** The micromark syntax of TeX math runs and blocks. */
export const MATH_SYNTAX: Extension = { text: { [DOLLAR]: mathText }, flow: { [DOLLAR]: mathFlow } };

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** `run` read alone as Markdown without math, its paragraph's content, as the page's asProse. */
function asProse(run: string): string {
  const html = micromark(run, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return /^<p>[\s\S]*<\/p>\n?$/.test(html) ? html.replace(/^<p>|<\/p>\n?$/g, '') : escapeHtml(run);
}

// The preview is drawn again at each pause in typing, and KaTeX takes about a quarter of a
// millisecond a formula: the formulas not being edited are kept.
const RENDERED = new Map<string, string>();
const KEPT = 2000;

function cached(tex: TexToHtml, value: string, display: boolean, block: boolean, lang: Lang): string {
  const key = `${lang}${Number(display)}${Number(block)}${value}`;
  let html = RENDERED.get(key);
  if (html === undefined) {
    if (RENDERED.size >= KEPT) RENDERED.clear();
    html = tex(value, display, block, lang);
    RENDERED.set(key, html);
  }
  return html;
}

/**
 * The HTML of the math found by MATH_SYNTAX in `source` (the document micromark reads): `tex`
 * renders a formula; null shows its TeX in `<code>`. `hold` is given each formula's HTML and
 * returns what to write in its place (preview-sanitize.ts formulaHolder: kept out of the sanitizer).
 */
export function mathHtml(source: string, lang: Lang, tex: TexToHtml | null, hold: (html: string) => string = (html) => html): HtmlExtension {
  const render = (value: string, display: boolean, block: boolean) =>
    tex ? hold(cached(tex, value, display, block, lang)) : block ? `<pre><code>${escapeHtml(value)}</code></pre>` : `<code>${escapeHtml(value)}</code>`;
  let lines: string[] = [];
  let firstLine = 0;
  return {
    enter: {
      mathText() {
        this.buffer();
      },
      mathFlow(this: CompileContext, token: Token) {
        this.lineEndingIfNeeded();
        this.buffer();
        lines = [];
        firstLine = token.start.line + 1;
      },
    },
    exit: {
      mathText(this: CompileContext, token: Token) {
        this.resume();
        const run = source.slice(token.start.offset, token.end.offset);
        if (!isTexDollarRun(run, source[token.end.offset])) return this.raw(asProse(run));
        const all = this.sliceSerialize(token);
        const fence = /^\$+/.exec(all)![0].length;
        this.raw(render(all.slice(fence, all.length - fence).trim(), fence > 1, false));
      },
      mathFlowValue(this: CompileContext, token: Token) {
        lines[token.start.line - firstLine] = this.sliceSerialize(token);
      },
      mathFlow() {
        this.resume();
        this.raw(render(Array.from(lines, (line) => line ?? '').join('\n').trim(), true, true));
      },
    },
  };
}

/**
 * Math in the preview's sanitized tree of a body with raw HTML, found as the page's texMath finds
 * it (pages/_lib/tex-math.ts): a `<pre>` whose one element is a `<code class="language-math">`
 * (a ```` ```math ```` fence, or the same written as HTML) is a block formula; a `<code>` with
 * `math-inline` is one in line (display with `math-display`: `$$…$$` in a paragraph, or a
 * MathJax formula in raw HTML, core/tex-math.ts texInHtml). Each is replaced by the text `hold`
 * gives for its HTML (preview-sanitize.ts formulaHolder). The caller asks first whether the page
 * runs texMath for the body (core/tex-math.ts wantsTexMath): without it, all of this stays code.
 */
export function mathInTree(tree: Root, lang: Lang, tex: TexToHtml, hold: (html: string) => string): void {
  const formula = (node: Element, display: boolean, block: boolean): Text => ({ type: 'text', value: hold(cached(tex, textOf(node).trim(), display, block, lang)) });
  const visit = (parent: Root | Element) => {
    parent.children = (parent.children as ElementContent[]).map((child) => {
      if (child.type !== 'element') return child;
      const names = classesOf(child);
      if (child.tagName === 'pre') {
        const elements = child.children.filter((c) => c.type === 'element');
        const code = elements.length === 1 && elements[0]!.tagName === 'code' && classesOf(elements[0]!).includes('language-math') ? elements[0]! : undefined;
        if (code) return formula(code, true, true);
      } else if (child.tagName === 'code' && names.includes('math-inline')) return formula(child, names.includes('math-display'), false);
      visit(child);
      return child;
    });
  };
  visit(tree);
}

const classesOf = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

const MATH_FENCE = /<pre><code class="language-math">([^<]*)<\/code><\/pre>/g;
const decode = (html: string) => html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/**
 * A ```` ```math ```` fence in micromark's HTML of a body without raw HTML (micromark's
 * `<pre><code class="language-math">`) as a block formula, as GitHub and the page read it; a
 * body with raw HTML has its math found in its sanitized tree instead (mathInTree).
 */
export function mathFencesAsMath(html: string, lang: Lang, tex: TexToHtml | null, hold: (html: string) => string = (html) => html): string {
  if (!tex) return html;
  return html.replace(MATH_FENCE, (_, code: string) => hold(cached(tex, decode(code).trim(), true, true, lang)));
}
