/**
 * TeX to MathML with KaTeX: the one rule of how a formula renders, for the built page
 * (tex-math.ts, which turns the result into HTML nodes) and the editor's preview
 * (studio/drafts/preview-math.ts, which loads this module only for a draft with math, since
 * KaTeX is large). The shapes (pinned by tests/unit/studio/drafts/preview-math.test.ts against
 * the page's output): a formula is `<math alttext="TeX">` (`display="block"` for display math)
 * holding KaTeX's MathML without its `<annotation>` copy of the TeX; TeX that KaTeX cannot parse,
 * or that uses a command not run here (links, images, HTML), is its source in `<code>` with a
 * note in the post's language.
 */
import katex from 'katex';
import type { Lang } from '../../core/language.ts';

const ERROR_NOTE: Record<Lang, string> = { en: 'TeX error: ', zh: 'TeX 公式有误：' };
const NOT_RUN: Record<Lang, string> = { en: 'is not rendered on this site (no links, images or HTML from TeX)', zh: '不在本站渲染（TeX 里的链接、图片和 HTML 一概不用）' };

// KaTeX draws a command it does not run (\href, \url, \includegraphics, \html…: `trust` is off)
// as its name in this colour; such a formula is shown as an error instead, since a red name
// reads as the author's text (and fails contrast on the dark theme).
const UNTRUSTED = '#c00001';

/**
 * `tex` rendered by KaTeX (`output: 'mathml'`): `{ katex }`, KaTeX's HTML (a `<span class="katex">`
 * around the `<math>`), or `{ error }`, the note to show beside the source (with its "TeX error:"
 * prefix). Other errors than KaTeX's ParseError are thrown.
 */
export function renderTex(tex: string, display: boolean, lang: Lang): { katex: string } | { error: string } {
  let html: string;
  try {
    // strict: 'ignore': KaTeX renders Chinese text in math, but would warn once per character.
    html = katex.renderToString(tex, { output: 'mathml', displayMode: display, throwOnError: true, strict: 'ignore', errorColor: UNTRUSTED });
  } catch (error) {
    if (!(error instanceof katex.ParseError)) throw error;
    return { error: `${ERROR_NOTE[lang]}${error.rawMessage}` };
  }
  const untrusted = new RegExp(`mathcolor="${UNTRUSTED}"><mtext>([^<]*)<`).exec(html);
  return untrusted ? { error: `${ERROR_NOTE[lang]}${untrusted[1]} ${NOT_RUN[lang]}` } : { katex: html };
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * `tex` as an HTML string of the page's shape (see the module's comment): inline, or `display`
 * (`$$…$$`), or a `block` of its own (a `$$` fence, a ```` ```math ```` fence), whose error is a
 * `<div>` with a `<pre>`. The TeX is escaped wherever it is written, so the string is safe for
 * innerHTML; KaTeX's MathML escapes its own text.
 */
export function texToHtml(tex: string, display: boolean, block: boolean, lang: Lang): string {
  const result = renderTex(tex, display, lang);
  if ('error' in result) {
    const code = `<code>${escapeHtml(tex)}</code>`;
    const note = `<small>${escapeHtml(result.error)}</small>`;
    return block ? `<div class="math-error"><pre>${code}</pre><p>${note}</p></div>` : `<span class="math-error">${code} ${note}</span>`;
  }
  // KaTeX's <semantics> holds one element, the formula, then the <annotation>: keep the formula.
  const formula = result.katex.slice(result.katex.indexOf('<semantics>') + '<semantics>'.length, result.katex.lastIndexOf('<annotation'));
  return `<math${display ? ' display="block"' : ''} alttext="${escapeHtml(tex)}">${formula}</math>`;
}
