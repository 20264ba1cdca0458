/**
 * The editor's Markdown preview: CommonMark + GFM (tables, task lists, strikethrough, autolinks)
 * rendered by micromark. A body's raw HTML (a WeChat article pasted as `<section><p>…</p></section>`)
 * shows as on the built page: it is passed through and the whole preview is then sanitized by the
 * page's own sanitizer (preview-sanitize.ts, integration/sanitize.ts), so nothing the page removes
 * (`<script>`, `<style>`, `<iframe>`, `<svg>`, `on…=`, `javascript:`) ever reaches the editor page;
 * an HTML comment is left out, as the page leaves it out. Escaping it instead showed the tags as
 * text, a preview unlike the page for every post written in HTML. Link/image URLs with dangerous
 * protocols (javascript:, vbscript:, data: for links) are dropped (allowDangerousProtocol off). MDX is never compiled: import/export lines and JSX show
 * as text, since executing a draft would run its code.
 *
 * Admonitions show as the built page shows them (pages/_lib/admonitions.ts, same kinds and
 * titles from core/admonition-kinds.ts): a `:::note` / `:::tip[Title]` container directive or a
 * GitHub alert (`> [!NOTE]`) becomes `<aside class="admonition admonition-KIND" role="note">` with a
 * `<p class="admonition-title">`; a `:::name` of another kind keeps its content in a
 * `<div class="directive directive-NAME">`. Only container directives are parsed: a `:name` in
 * prose (9:30am) or a `::name` line stays as written, as on the page.
 *
 * TeX math (`$x$`, `$$…$$`, a ```` ```math ```` fence) is found and rendered as on the built page
 * (preview-math.ts): the same dollars are math, and a formula is the page's MathML, from the
 * KaTeX call handed in as `tex` (pages/_lib/tex-katex.ts texToHtml, which the editor loads only
 * for a draft with math); without it a formula shows as its TeX in `<code>`. Math in raw HTML
 * (`<pre><code class="language-math">`, `<code class="language-math math-inline">`, MathJax's
 * delimiters in an HTML block) is a formula only where the page makes it one (core/tex-math.ts
 * wantsTexMath; preview-math.ts mathInTree).
 *
 * An HTML block that opens a tag the author meant as text (`<script> 标签是什么`, closed by no raw
 * HTML after it) shows its tag as text and the rest as Markdown, as on the page (preview-prose-tags.ts).
 *
 * A code block's text ends in one `\n` and keeps its other line ends (`\r\n`) as on the page
 * (preview-code-line-ends.ts). A code block's `title="a.js"` is its caption, AstroPaper's empty `## Table of contents` marker is
 * left out, Latin-only emphasis in a Chinese post is `lang="en"` and a line break between Chinese
 * characters is left out, as on the built page (preview-page-rules.ts); emphasis is paired as
 * the page's parser pairs it (preview-attention.ts), and the asterisks it leaves in CJK text as
 * the page's CJK emphasis plugin pairs them (cjkEmphasisInHtml).
 *
 * Headings move as the page's sanitizer moves them: `# Title` down to h2, a `###`-first outline up
 * to h2 (preview-heading-levels.ts).
 *
 * A heading whose text gives no id, a link with nothing to click and a passage in the other script
 * (its `lang`, read with the post's `title` and `lang`) are fixed by the page's own plugins, the
 * same list astro.config.mjs runs (pages/_lib/body-fixes.ts, through preview-hast.ts).
 *
 * Every id the preview writes starts with `user-content-` (PREVIEW_ID_PREFIX), as GitHub scopes
 * a rendered README's ids and micromark its footnotes': the preview lives inside the editor page,
 * whose own ids (`main` for the skip link, `title`, `body`, `preview` for labels and the script)
 * a heading's `{#main}` would otherwise repeat, sending the skip link or a label to the heading.
 * The body's `#` links are scoped the same way, so `[above](#main)` still reaches its heading.
 */
import { mathJaxToDollars, texInHtml, wantsTexMath } from '../../core/tex-math.ts';
import { micromark } from 'micromark';
import { directive, directiveHtml, type Directive } from 'micromark-extension-directive';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { CompileContext, Construct, Extension, HtmlExtension, Token } from 'micromark-util-types';
import { ADMONITION_TITLES, calloutKind, isAdmonitionKind } from '../../core/admonition-kinds.ts';
import { postLanguage, type Lang } from '../../core/language.ts';
import { mayHaveHeadingIds, splitHeadingId } from '../../pages/_lib/heading-ids.ts';
import { PAGE_ATTENTION } from './preview-attention.ts';
import { proseBlocksEscaped } from './preview-prose-tags.ts';
import { MATH_SYNTAX, mathFencesAsMath, mathHtml, mathInTree, type TexToHtml } from './preview-math.ts';
import { mayHaveLiteralAsterisk, wantsCjkEmphasis } from '../../pages/_lib/cjk-emphasis.ts';
import { BODY_FIXES } from '../../pages/_lib/body-fixes.ts';
import { applyHastPlugins, hastPluginsFor, runHastPlugins, writeHast, type PreviewFrontmatter } from './preview-hast.ts';
import { formulaHolder, sanitizedPreviewTree, writeSanitizedPreview } from './preview-sanitize.ts';
import { CODE_MARKS, codeLineEndsAsPage } from './preview-code-line-ends.ts';
import { levelHeadingsInHtml, levelHeadingsInTree, mayLevelHeadings } from './preview-heading-levels.ts';
import { CODE_TITLE_META, cjkEmphasisInHtml, cjkLinesJoined, codeTitlesAsFigures, latinEmphasisMarked, mayHaveCjkBreaks, mayHaveCodeTitles, scrollBlocksFocusable, scrollBlocksFocusableInTree, tocMarkersLeftOut } from './preview-page-rules.ts';

// directive() lists the `:` flow constructs as [container, leaf] (lib/syntax.js); the text
// construct is left out with the leaf one. A test pins that `::leaf` and `:text` stay text.
const CONTAINERS: Extension = { flow: { [58]: [(directive().flow![58] as Construct[])[0]!] } };

/**
 * HTML for a post body; safe to insert with innerHTML. `title` and `lang` (the frontmatter's)
 * decide the language of the admonition titles and TeX error notes, as for the built page
 * (core/language.ts); `tex` renders math (null: shown as TeX).
 */
export function renderPreview(written: string, post: { title?: string; lang?: string } = {}, tex: TexToHtml | null = null): string {
  const lang = postLanguage(post.title ?? '', post.lang, written);
  // MathJax's \(…\) and \[…\] as the dollars the page renders them as, in raw HTML as the page's
  // `<code class="language-math math-inline">` (published-loader.ts).
  const dollarText = mathJaxToDollars(written, texInHtml);
  const dollars = dollarText.includes('$');
  // The page renders the math of raw HTML only for a body its texMath runs over: the same test.
  const math = wantsTexMath(dollarText);
  // An HTML block that opens a tag meant as text (`<script> 标签…`) is Markdown again, as on the page (preview-prose-tags.ts).
  const markdown = proseBlocksEscaped(dollarText, [gfm(), CONTAINERS, ...(dollars ? [MATH_SYNTAX] : [])]);
  const titles = mayHaveCodeTitles(markdown);
  const cjkEmphasis = wantsCjkEmphasis(markdown);
  const literals = cjkEmphasis && mayHaveLiteralAsterisk(markdown);
  // Raw HTML (and an HTML comment) starts with `<`: without one there is nothing to sanitize.
  const rawHtml = markdown.includes('<');
  const formulas = formulaHolder();
  const hold = rawHtml ? formulas.hold : undefined;
  let html = micromark(markdown, {
    extensions: [gfm(), CONTAINERS, ...(dollars ? [MATH_SYNTAX] : []), PAGE_ATTENTION],
    htmlExtensions: [gfmHtml(), RAW_HTML_DATA, CODE_MARKS, directiveHtml({ '*': containerHtml(lang) }), ...(dollars ? [mathHtml(markdown, lang, tex, hold)] : []), ...(titles ? [CODE_TITLE_META] : []), ...(literals ? [LITERAL_ASTERISKS] : [])],
    allowDangerousHtml: rawHtml,
    allowDangerousProtocol: false,
  });
  html = codeLineEndsAsPage(html, rawHtml);
  if (titles) html = codeTitlesAsFigures(html);
  // With raw HTML, math is found in the sanitized tree (rawHtmlPreview), as the page finds it.
  if (!rawHtml && math && html.includes('<code class="language-math">')) html = mathFencesAsMath(html, lang, tex);
  // Before the ids, as on the page: `## Contents {#toc}` is no marker there (its text has the braces).
  if (/content|toc|目[录錄]/i.test(markdown)) html = tocMarkersLeftOut(html);
  if (mayHaveHeadingIds(markdown)) html = headingIdsInHtml(html);
  // Before Latin emphasis is marked: an <em> paired here is marked as the page marks it.
  if (cjkEmphasis) html = cjkEmphasisInHtml(html);
  // Paired: the literal asterisks (LITERAL_ASTERISKS) written as the page writes them.
  if (literals) html = html.replaceAll('&#42;', '*');
  if (lang === 'zh' && html.includes('<em>')) html = latinEmphasisMarked(html);
  // Before Chinese lines are joined: an alert's title ends at its line's end (`[!ai] AI 摘要` then 正文).
  if (markdown.includes('[!')) html = alertsAsAsides(html, lang);
  if (mayHaveCjkBreaks(markdown)) html = cjkLinesJoined(html);
  // With raw HTML the sanitized tree is scoped (an id in the HTML's text is no attribute).
  if (!rawHtml) html = scopeIds(html);
  // As the page's sanitizer moves them, before its later plugins (an empty heading counts there).
  const levels = mayLevelHeadings(written);
  if (!rawHtml && levels) html = levelHeadingsInHtml(html);
  // The page's own plugins last, on the HTML as the page has it by then; an id one sets is scoped too.
  if (!rawHtml) return applyHastPlugins(scrollBlocksFocusable(html), written, BODY_FIXES, PREVIEW_ID_PREFIX, post);
  return rawHtmlPreview(html, written, post, lang, math ? tex : null, formulas, levels);
}

/**
 * The rest of renderPreview for a body with raw HTML (`html`, micromark's, its formulas held by
 * `formulas`): sanitized as the page sanitizes it, its math found in the tree as the page finds it
 * (`tex` null: the page renders none, or KaTeX is not loaded), scroll blocks made focusable after
 * the sanitizer (which keeps no tabindex an author wrote: the page's scroll-focus.ts), and the
 * page's own plugins run over the same tree: the HTML is parsed once.
 */
function rawHtmlPreview(html: string, written: string, post: PreviewFrontmatter, lang: Lang, tex: TexToHtml | null, formulas: ReturnType<typeof formulaHolder>, levels: boolean): string {
  const tree = sanitizedPreviewTree(html, PREVIEW_ID_PREFIX);
  if (levels) levelHeadingsInTree(tree);
  if (tex) mathInTree(tree, lang, tex, formulas.hold);
  const plugins = hastPluginsFor(written, BODY_FIXES, post);
  const plain = (unchanged: typeof tree) => scrollBlocksFocusable(formulas.put(writeSanitizedPreview(unchanged)));
  if (!plugins.length) return plain(tree);
  // Every Chinese body is handed to part-languages.ts, which mostly finds nothing to mark: such a
  // tree is written as one no plugin ran over, from a copy kept before the formulas went in.
  const before = structuredClone(tree);
  formulas.putInTree(tree);
  scrollBlocksFocusableInTree(tree);
  return runHastPlugins(tree, written, plugins, PREVIEW_ID_PREFIX) ? writeHast(tree) : plain(before);
}

/** What every id in the preview starts with (the heading `{#main}` is `user-content-main` there). */
export const PREVIEW_ID_PREFIX = 'user-content-';

/**
 * The ids of micromark's HTML (a heading's, the footnotes' label, which micromark leaves
 * unscoped) and what points at them (`aria-describedby`, `href="#…"`) with PREVIEW_ID_PREFIX, once.
 * Only for a body without raw HTML (a `"` of the text is `&quot;`), so every attribute matched
 * here is micromark's own; one with raw HTML is scoped in its sanitized tree (preview-sanitize.ts).
 */
function scopeIds(html: string): string {
  if (!html.includes(' id="') && !html.includes('href="#')) return html;
  return html.replace(/ (id|aria-describedby|href)="(#?)(?!user-content-)([^"]+)"/g, (whole, name: string, hash: string, value: string) =>
    name === 'href' && !hash ? whole : ` ${name}="${hash}${PREVIEW_ID_PREFIX}${value}"`,
  );
}

/**
 * `<h2>Title {#id}</h2>` -> `<h2 id="id">Title</h2>`, as the built page reads a heading's own
 * anchor (pages/_lib/heading-ids.ts). The id holds letters, digits, `-` and `_` only.
 */
function headingIdsInHtml(html: string): string {
  return html.replace(/<(h[1-6])>([^<]*(?:<(?!\/h[1-6]>)[^<]*)*)<\/\1>/g, (whole, tag: string, inner: string) => {
    const split = splitHeadingId(inner);
    return split ? `<${tag} id="${split.id}">${split.text}</${tag}>` : whole;
  });
}

/**
 * Raw HTML written as it is, where GFM's tag filter (part of gfmHtml) writes `<script`, `<iframe`,
 * `<style>`, `<textarea>`… as text: the page's sanitizer, which the preview runs after it, removes
 * these as the page does (an http(s) iframe leaves a link to its page), so the filter only made
 * the preview unlike the page. micromark's own handler (encode is a no-op for raw HTML).
 */
const RAW_HTML_DATA: HtmlExtension = {
  exit: {
    htmlFlowData(token) {
      this.raw(this.encode(this.sliceSerialize(token)));
    },
    htmlTextData(token) {
      this.raw(this.encode(this.sliceSerialize(token)));
    },
  },
};

/**
 * An asterisk the source writes as literal (`\*`, `&#42;`, `&ast;`) as the reference `&#42;` until
 * cjkEmphasisInHtml has read the HTML's text, where it would be a `*` like any other and could pair;
 * the page's plugin tells it by its source span (pages/_lib/cjk-emphasis.ts literalsOf). The
 * escape's or reference's own output (micromark's, decoded and encoded) is taken from a buffer.
 */
const LITERAL_ASTERISKS: HtmlExtension = {
  enter: {
    characterEscape() {
      this.buffer();
    },
    characterReference() {
      this.buffer();
    },
  },
  exit: {
    characterEscape() {
      const out = this.resume();
      this.raw(out === '*' ? '&#42;' : out);
    },
    characterReference() {
      const out = this.resume();
      this.raw(out === '*' ? '&#42;' : out);
    },
  },
};

function containerHtml(lang: Lang) {
  return function (this: CompileContext, d: Directive): boolean {
    const name = d.name.toLowerCase();
    const content = d.content ? `\n${d.content}` : '';
    if (!isAdmonitionKind(name)) {
      this.tag(`<div class="directive directive-${name}">`);
      this.raw(content);
      this.tag('</div>');
      return true;
    }
    // d.label is the label's compiled (escaped) HTML.
    this.tag(`<aside class="admonition admonition-${name}" role="note">\n<p class="admonition-title">`);
    this.raw(d.label || ADMONITION_TITLES[name][lang]);
    this.tag('</p>');
    this.raw(content);
    this.tag('</aside>');
    return true;
  };
}

/**
 * micromark's HTML of a blockquote whose first paragraph starts with an alert line (core
 * admonition-kinds.ts ALERT): `[!TIP]`, `[!TIP/Own title]` (group 2 its title) or Obsidian's
 * `[!info]- Own title` (group 3), titles already escaped by micromark. A title with markup in it
 * (`<code>`) ends at its first tag: group 4 is then the `<` and the line is the box's first text.
 */
const ALERT_OPEN = /<blockquote>\n<p>\[!([A-Za-z][\w-]*)(?:\/([^\]\n<]*))?\][+-]?(?:[ \t]+([^\n<]*?))?[ \t]*(?:\n|<\/p>\n?|(<))/g;
const QUOTE_TAG = /<\/?blockquote>/g;

/**
 * GitHub alerts in micromark's output, which escapes every `<` of the text: a `<blockquote>`
 * tag is always micromark's own, so the one closing an alert is found by counting.
 */
function alertsAsAsides(html: string, lang: Lang): string {
  let out = html;
  for (let match = ALERT_OPEN.exec(out); match; match = ALERT_OPEN.exec(out)) {
    const { kind, title: own } = calloutKind(match[1]!, lang);
    const cut = match[4] !== undefined;
    const rest = cut ? `<p>${match[3] ?? ''}${match[3] ? ' ' : ''}<` : match[0].endsWith('\n') && !match[0].endsWith('</p>\n') ? '<p>' : '';
    const title = (cut ? undefined : (match[2] ?? match[3])?.trim()) || own;
    const open = `<aside class="admonition admonition-${kind}" role="note">\n<p class="admonition-title">${title}</p>\n${rest}`;
    const close = closingQuote(out, match.index + match[0].length);
    out = `${out.slice(0, match.index)}${open}${out.slice(match.index + match[0].length, close)}</aside>${out.slice(close + '</blockquote>'.length)}`;
    ALERT_OPEN.lastIndex = match.index + open.length;
  }
  return out;
}

/** The index of the `</blockquote>` that closes the one open at `from`. */
function closingQuote(html: string, from: number): number {
  let depth = 1;
  QUOTE_TAG.lastIndex = from;
  for (let tag = QUOTE_TAG.exec(html); tag; tag = QUOTE_TAG.exec(html)) {
    depth += tag[0] === '<blockquote>' ? 1 : -1;
    if (depth === 0) return tag.index;
  }
  return html.length;
}
