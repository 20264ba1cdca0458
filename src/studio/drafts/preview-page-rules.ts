/**
 * What three of the built page's Markdown plugins do (astro.config.mjs), done to the editor
 * preview's micromark HTML with the plugins' own rules, so the preview shows what readers see:
 *
 * - a fence's `title="a.js"` / `file="a.js"` is the block's caption (pages/_lib/code-titles.ts);
 * - AstroPaper's empty `## Table of contents` marker is left out (pages/_lib/toc-placeholder.ts);
 * - in a Chinese post, an `<em>` of Latin words only is `lang="en"` (pages/_lib/latin-emphasis.ts);
 * - a line break inside a paragraph between two CJK characters is left out, since browsers show
 *   it as a space (pages/_lib/cjk-line-breaks.ts).
 *
 * Raw HTML is escaped in the preview (every `<` of the text is `&lt;`), so each tag matched here
 * is micromark's own.
 */
import type { Element, Root } from 'hast';
import type { HtmlExtension } from 'micromark-util-types';
import { ATOM, cjkEmphasis, partsText, repairedEmphasis, type EmphasisPart } from '../../core/cjk-emphasis.ts';
import { joinCjkLines, mayHaveCjkBreaks } from '../../pages/_lib/cjk-line-breaks.ts';
import { codeTitle, isMetaWord } from '../../pages/_lib/code-titles.ts';
import { isLatinEmphasis } from '../../pages/_lib/latin-emphasis.ts';
import { isTocLine, isTocMarker } from '../../core/own-toc.ts';

const decode = (html: string) => html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ''));

/**
 * A fence opening with meta for its first word (```{1,3}), wherever it stands (`1. ```{1,3}`, in
 * a quote, under an item); read from the start of a backtick or tilde run only.
 */
const META_FENCE = /(?<![`~])(?:`{3,}|~{3,})[ \t]*\{/;

/**
 * Whether `markdown` may hold a code block name (the page's plugin is handed the same documents),
 * or a fence whose first word is meta (```{1,3}: no language on the page, code-titles.ts).
 */
export const mayHaveCodeTitles = (markdown: string) => /(?:title|file)=/.test(markdown) || META_FENCE.test(markdown);

/**
 * Writes a fence's name (its meta read by codeTitle) as a `data-code-title` on its `<code>`,
 * which codeTitlesAsFigures turns into the caption. micromark drops the meta otherwise; the meta
 * reaches this handler HTML-escaped.
 */
export const CODE_TITLE_META: HtmlExtension = {
  enter: {
    codeFencedFenceMeta() {
      this.buffer();
    },
  },
  exit: {
    // A first word that is meta (```title="a.txt", ```{1,3}) is no language, as on the page (fenceLanguageAndMeta).
    codeFencedFenceInfo() {
      const info = this.resume();
      const word = decode(info);
      if (!isMetaWord(word)) return this.tag(` class="language-${info}"`);
      const title = codeTitle(word);
      if (title !== null) this.tag(` data-code-title="${this.encode(title)}"`);
    },
    codeFencedFenceMeta() {
      const title = codeTitle(decode(this.resume()));
      if (title !== null) this.tag(` data-code-title="${this.encode(title)}"`);
    },
  },
};

const TITLED_BLOCK = /<pre><code((?: class="[^"]*")?) data-code-title="([^"]*)">([^<]*)<\/code><\/pre>/g;

/** A titled block as the page draws it: `<figure class="code-figure">` with a `<figcaption class="code-title">`. */
export function codeTitlesAsFigures(html: string): string {
  return html.replace(
    TITLED_BLOCK,
    (_, lang: string, title: string, code: string) => `<figure class="code-figure">\n<figcaption class="code-title">${title}</figcaption>\n<pre><code${lang}>${code}</code></pre>\n</figure>`,
  );
}

/** A short paragraph, as an editor's contents mark is (`<p>[TOC]</p>`, CSDN's `<p>@<a href="目录">TOC</a></p>`). */
const TOC_LINE = /<p>((?:[^<]|<(?!\/p>)){1,80}?)<\/p>\n?/g;

const HEADING = /<h([1-6])(?: id="[^"]*")?>([^<]*(?:<(?!\/h[1-6]>)[^<]*)*)<\/h\1>\n?/g;

/**
 * The HTML without each paragraph that is an editor's contents mark (`[TOC]`: core/own-toc.ts
 * isTocLine), and each heading that is a contents marker over an empty section: the next block
 * in its container is a heading of the same or a higher level, or there is none (its container,
 * a quote, list item or aside, closes, or the body ends).
 */
export function tocMarkersLeftOut(html: string): string {
  return html.replace(TOC_LINE, (whole, inner: string) => (!/<(?!\/?(?:em|a)\b)/.test(inner) && isTocLine(textOf(inner)) ? '' : whole)).replace(HEADING, (whole, level: string, inner: string, at: number) => {
    if (!isTocMarker(textOf(inner))) return whole;
    const next = /^\s*(?:<h([1-6])\b|<\/(?:blockquote|li|aside|div)>|$)/.exec(html.slice(at + whole.length));
    return next && (next[1] === undefined || Number(next[1]) <= Number(level)) ? '' : whole;
  });
}

/** `lang="en"` on each `<em>` whose text (nested emphasis included) is Latin only. */
export function latinEmphasisMarked(html: string): string {
  const tags = /<(\/?)em>/g;
  const open: number[] = [];
  const latin = new Set<number>();
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    if (!tag[1]) open.push(tag.index);
    else if (open.length) {
      const start = open.pop()!;
      if (isLatinEmphasis(textOf(html.slice(start + 4, tag.index)))) latin.add(start);
    }
  }
  return latin.size === 0 ? html : html.replace(/<em>/g, (whole, at: number) => (latin.has(at) ? '<em lang="en">' : whole));
}

/** Whether `markdown` may have a line break between CJK characters: the test that hands the page's plugin a document. */
export { mayHaveCjkBreaks };

/**
 * The HTML with each text's line breaks between CJK characters joined, as the page joins them
 * in each text node: not across a tag (emphasis, a hard break) and not in code.
 */
export function cjkLinesJoined(html: string): string {
  return mapTextRuns(html, joinCjkLines);
}

/**
 * The HTML with `change` applied to each run of text between tags, as the page's plugins see a
 * text node: code (`<pre>` blocks, inline `<code>`) and the tags themselves left as written.
 */
function mapTextRuns(html: string, change: (text: string) => string): string {
  return html.replace(/(<pre>[\s\S]*?<\/pre>|<code>[^<]*<\/code>|<[^>]*>)|[^<]+/g, (whole, kept?: string) => (kept ? whole : change(whole)));
}

/** A part's HTML: its text as it came (already escaped), emphasis as `<em>` and `<strong>`. */
function partHtml(part: EmphasisPart): string {
  if (part.type === 'text') return part.value;
  const tag = part.type === 'strong' ? 'strong' : 'em';
  return `<${tag}>${part.children.map(partHtml).join('')}</${tag}>`;
}

/** Tags that end a run of inline content, as a paragraph, heading or table cell ends on the page. */
const BLOCK_TAG = /^<\/?(?:p|li|ul|ol|h[1-6]|td|th|tr|thead|tbody|table|blockquote|div|aside|section|figure|figcaption|dl|dt|dd|details|summary|hr|pre)\b/i;
const EMPHASIS_TAG = /^<(\/?)(strong|em)>$/;

/** A run of text and `<strong>`/`<em>` tags as parts; null when its tags do not nest. */
function htmlParts(tokens: readonly string[]): EmphasisPart[] | null {
  const stack: { type: 'strong' | 'emphasis'; children: EmphasisPart[] }[] = [{ type: 'strong', children: [] }];
  for (const token of tokens) {
    const tag = EMPHASIS_TAG.exec(token);
    if (!tag) stack.at(-1)!.children.push({ type: 'text', value: token });
    else if (!tag[1]) stack.push({ type: tag[2] === 'strong' ? 'strong' : 'emphasis', children: [] });
    else {
      const open = stack.pop()!;
      if (stack.length === 0 || open.type !== (tag[2] === 'strong' ? 'strong' : 'emphasis')) return null;
      stack.at(-1)!.children.push(open);
    }
  }
  return stack.length === 1 ? stack[0]!.children : null;
}

/** Each text of an atom's HTML paired on its own (the page pairs a link's texts so). */
function textsPaired(html: string): string {
  return mapTextRuns(html, (t) => {
    const found = cjkEmphasis(t);
    return found ? found.map(partHtml).join('') : t;
  });
}

/**
 * A run holding code, a link, an image or other tags read again as a whole, as the page reads
 * such a paragraph (pages/_lib/cjk-emphasis.ts ATOM): each tag other than emphasis, a link with
 * its text, is one atom; the run's HTML when that pairs anything, else null.
 */
function withAtomsRead(run: readonly string[]): string | null {
  const atoms: string[] = [];
  const tokens: string[] = [];
  for (let i = 0; i < run.length; i++) {
    const token = run[i]!;
    if (!token.startsWith('<') || EMPHASIS_TAG.test(token)) {
      if (token.includes(ATOM)) return null;
      tokens.push(token);
      continue;
    }
    let atom = token;
    if (/^<a\b/i.test(token)) while (i + 1 < run.length && !/^<\/a>/i.test(atom.slice(-4))) atom += run[++i];
    atoms.push(textsPaired(atom));
    tokens.push(ATOM);
  }
  const parts = htmlParts(tokens);
  const again = parts && partsText(parts).includes('*') ? repairedEmphasis(parts) : null;
  if (!again) return null;
  let next = 0;
  return again.map(partHtml).join('').replace(new RegExp(ATOM, 'g'), () => atoms[next++] ?? '');
}

/**
 * The HTML with the emphasis CommonMark left as asterisks in CJK text paired, as the page's
 * plugin pairs it (pages/_lib/cjk-emphasis.ts; ask wantsCjkEmphasis first): a run of inline
 * content between block tags is read again as a whole, its marks written back, a link, code or
 * other tag in it one atom (withAtomsRead); when that pairs nothing, each text on its own.
 */
export function cjkEmphasisInHtml(html: string): string {
  const tokens = html.match(/<pre>[\s\S]*?<\/pre>|<code>[^<]*<\/code>|<[^>]*>|[^<]+/g) ?? [];
  let out = '';
  let run: string[] = [];
  const flush = () => {
    const simple = run.every((t) => !t.startsWith('<') || EMPHASIS_TAG.test(t));
    const parts = simple ? htmlParts(run) : null;
    const again = parts && partsText(parts).includes('*') ? repairedEmphasis(parts) : null;
    const whole = simple ? null : withAtomsRead(run);
    if (again) out += again.map(partHtml).join('');
    else if (whole !== null) out += whole;
    else
      for (const t of run) {
        const found = t.startsWith('<') ? null : cjkEmphasis(t);
        out += found ? found.map(partHtml).join('') : t;
      }
    run = [];
  };
  for (const token of tokens) {
    if (token.startsWith('<') && BLOCK_TAG.test(token)) {
      flush();
      out += token;
    } else run.push(token);
  }
  flush();
  return out;
}

/**
 * `tabindex="0"` on each code block, table and display formula of the preview's HTML, as the
 * page's scroll-focus.ts gives them: a block wider than the column scrolls sideways, and only a
 * focusable one can be scrolled from the keyboard. With raw HTML it is given the sanitized HTML,
 * whose text and attributes hold no `<`: every tag matched is a tag.
 */
export function scrollBlocksFocusable(html: string): string {
  return html.replace(/<(pre|table)(?=[\s>])(?![^>]*\stabindex=)/g, '<$1 tabindex="0"').replace(/<math(?=[^>]*\sdisplay="block")(?![^>]*\stabindex=)([^>]*)>/g, '<math$1 tabindex="0">');
}

/** scrollBlocksFocusable on a parsed tree, changed in place: the attribute where the HTML version writes it (first on a block, last on a formula). */
export function scrollBlocksFocusableInTree(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const { properties } = child;
    if ((child.tagName === 'pre' || child.tagName === 'table') && properties.tabIndex === undefined) child.properties = { tabIndex: 0, ...properties };
    else if (child.tagName === 'math' && properties.display === 'block' && properties.tabIndex === undefined) properties.tabIndex = 0;
    scrollBlocksFocusableInTree(child);
  }
}

