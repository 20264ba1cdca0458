/**
 * TeX math in a post, as Fuwari (remark-math + rehype-katex) and KaTeX or MathJax blogs write it:
 * `$n \leq 10^5$` inline, `$$…$$` on lines of its own (or a ```` ```math ```` fence, as GitHub
 * reads it) as a block. Sätteri parses it with its `math` feature (astro.config.mjs): the TeX is
 * kept as written, so Markdown no longer eats its escapes (`\{` became `{`) or its underscores
 * (`$x_1$ and $y_2$` became emphasis). Two plugins:
 *
 * - proseDollars (Markdown): Sätteri pairs any two dollars, as remark-math does; a pair that is no
 *   TeX by Pandoc's rule (core/tex-math.ts, the theme detector's rule too) reads again as the
 *   text it was, so `$5 and $10` and `costs $3, not $4` stay prose, Markdown between them included.
 * - texMath (HTML, after the sanitizer): KaTeX renders each formula at build time to MathML,
 *   which browsers draw themselves: no CSS, font or script of KaTeX's reaches the page. Each
 *   `<math>` carries its TeX as `alttext`; KaTeX's `<annotation>` copy of it is left out, so a
 *   heading's id and contents entry, feeds and search read the formula once. Display math is
 *   `<math display="block">`. TeX that KaTeX cannot parse shows as its source in `<code>` with a
 *   visible note, in the post's language; the build goes on.
 *
 * The sanitizer still strips `<math>` written as HTML in a body: only MathML made here from TeX
 * reaches the page.
 */
import type { Element, ElementContent } from 'hast';
import { htmlToHast, markdownToMdast, type HastPluginDefinition, type MdastNode, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';
import type { Lang } from '../../core/language.ts';
import { isTexDollarRun, texInHtml, wantsTexMath } from '../../core/tex-math.ts';
import { frontmatterOf, sourceLanguage } from './admonitions.ts';
import { renderTex } from './tex-katex.ts';

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

/**
 * A dollar run read as Markdown without math: its phrasing nodes. The features are Astro's
 * defaults, which astro.config.mjs keeps (GFM, smart punctuation).
 */
function asProse(run: string): MdastNode[] {
  const first = (markdownToMdast(run, { position: false, features: { gfm: true, smartPunctuation: true } }) as { children: MdastNode[] }).children[0];
  return first?.type === 'paragraph' ? (first as { children: MdastNode[] }).children : [{ type: 'text', value: run } as MdastNode];
}

const dollarsPlugin: MdastPluginDefinition = {
  name: 'throughline-prose-dollars',
  options: { position: true },
  inlineMath(node, ctx) {
    const { start, end } = (node as Positioned).position ?? { start: {}, end: {} };
    if (start.offset === undefined || end.offset === undefined) return;
    const run = ctx.source.slice(start.offset, end.offset);
    if (!isTexDollarRun(run, ctx.source[end.offset])) ctx.replaceNode(node, asProse(run));
    // `$$…$$` inside a paragraph is display math, as Pandoc, MathJax and KaTeX's auto-render read it.
    else if (run.startsWith('$$')) ctx.setProperty(node, 'data', { hProperties: { className: ['language-math', 'math-inline', 'math-display'] } });
  },
};

/** The Markdown plugin, for `mdastPlugins` (first): only a document with a dollar is handed to it. */
export const proseDollars = (ctx: PluginFactoryContext): MdastPluginDefinition | null => (ctx.source.includes('$') ? dollarsPlugin : null);

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

function findMath(node: { type: string; tagName?: string; children?: unknown[] }): Element | undefined {
  if (node.type === 'element' && node.tagName === 'math') return node as Element;
  for (const child of (node.children ?? []) as (typeof node)[]) {
    const found = findMath(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * `tex` as MathML (KaTeX through tex-katex.ts renderTex), or, when KaTeX cannot parse it or it
 * uses a command KaTeX does not run here (links, images, HTML), its source in `<code>` and the
 * reason: inline (`<span class="math-error">`) or, for `block`, a `<div class="math-error">` with a
 * `<pre>`. The editor's preview writes the same shapes as a string (tex-katex.ts texToHtml).
 */
export function texToHast(tex: string, display: boolean, block: boolean, lang: Lang): Element {
  const result = renderTex(tex, display, lang);
  if ('error' in result) return texError(tex, result.error, block);
  const math = findMath(htmlToHast(result.katex, { fragment: true }) as never)!;
  const semantics = math.children[0] as Element;
  return el('math', display ? { display: 'block', alttext: tex } : { alttext: tex }, semantics.children.slice(0, 1));
}

function texError(tex: string, error: string, block: boolean): Element {
  const note = el('small', {}, [text(error)]);
  const code = el('code', {}, [text(tex)]);
  return block ? el('div', { className: ['math-error'] }, [el('pre', {}, [code]), el('p', {}, [note])]) : el('span', { className: ['math-error'] }, [code, text(' '), note]);
}

function classes(node: Element): string[] {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function plugin(lang: Lang): HastPluginDefinition {
  return {
    name: 'throughline-tex-math',
    element: {
      filter: ['pre', 'code'],
      visit(node, ctx) {
        if (node.tagName === 'pre') {
          // `$$…$$` on lines of its own, or a ```math fence.
          const elements = node.children.filter((c) => c.type === 'element');
          const code = elements.length === 1 && elements[0]!.tagName === 'code' && classes(elements[0]!).includes('language-math') ? elements[0]! : undefined;
          if (code) ctx.replaceNode(node, texToHast(ctx.textContent(code).trim(), true, true, lang));
          return;
        }
        const names = classes(node);
        if (names.includes('math-inline')) ctx.replaceNode(node, texToHast(ctx.textContent(node).trim(), names.includes('math-display'), false, lang));
      },
    },
  };
}

/** The shape a formula found in raw HTML is written in, for this plugin (core/tex-math.ts). */
export { texInHtml };

/**
 * The HTML plugin, for `hastPlugins` right after the sanitizer: only a document with a dollar,
 * a ```math fence or a formula from raw HTML (texInHtml) is handed to it.
 */
export const texMath = (ctx: PluginFactoryContext): HastPluginDefinition | null => (wantsTexMath(ctx.source) ? plugin(sourceLanguage(ctx.source, frontmatterOf(ctx))) : null);
