/**
 * The automatic description of a post without one (meta description, og:description, feed
 * summaries, the lists on the home, pillar and tag pages): the first sentences a reader sees.
 * Parsed, not pattern-matched, with satteri (the parser of Astro's own pipeline): a .md body by
 * CommonMark + GFM, as its page; an .mdx body as MDX, else CommonMark + GFM when it is no valid MDX). Kept: the text of paragraphs, headings,
 * lists and quotes, link text, inline code, the text inside HTML/JSX elements. Dropped:
 * frontmatter, tables, code blocks (in a .md post by CommonMark's rules: a block indented 4
 * spaces or a tab and a `<pre>` block are code, which MDX does not know), `<pre>`, `<code>` and `<samp>` blocks, images, HTML tags, the content of script and style elements, MDX import/export and
 * {expressions}, footnotes, link targets and bare URLs. TeX math is read as text (tex-text.ts:
 * `$x^2$` is "x²"), found by the page's rules: `$…$` and `$$…$$` by Pandoc's rule (`$5 and $10`
 * stays a price: core/tex-math.ts isTexDollarRun), `$$` and ```` ```math ```` blocks, and in a .md
 * body MathJax's `\(…\)`, `\[…\]` and `\begin…\end` (core/tex-math.ts mathJaxToDollars, as the
 * loader renders it), in an HTML block too, where a lone `$…$` stays text. Each block ends a sentence: a heading or item without closing punctuation
 * gets a full stop (。 after Chinese), so blocks never run together.
 */
import { cjkEmphasis, partsText } from '../../core/cjk-emphasis.ts';
import { literalsOf, mayHaveLiteralAsterisk, reparsedBlock, wantsCjkEmphasis, withAtoms } from './cjk-emphasis.ts';
import { decodeHTML } from 'entities';
import type { MdastNode } from 'satteri';
import { dropAdmonitionMarks } from '../../core/admonition-kinds.ts';
import { BODY_FEATURES, satteri } from '../../core/markdown-parser.ts';
import { isTexDollarRun, mathJaxToDollars } from '../../core/tex-math.ts';
import { FLOW, htmlProse, parseProse } from '../../core/theme/strip-markdown.ts';
import { texToText } from './tex-text.ts';
import { mayHaveProseTags, proseTagsOf, readProseBlocks, type Node as ProseNode } from './prose-tags.ts';
import { escapeMdxHeadingIds, splitHeadingId } from './heading-ids.ts';
import { withoutBoilerplate } from '../../core/theme/boilerplate.ts';
import { isTocParagraph } from '../../core/own-toc.ts';

type Node = MdastNode & { value?: string; name?: string | null; lang?: string | null; children?: Node[]; position?: { start: { offset?: number }; end: { offset?: number } } };
/**
 * What collect carries down the tree: the depth of hidden raw HTML, the text parsed (for math's
 * dollars as written), and, in a .md body (`htmlBlocks`), how deep in an HTML block (which the MDX
 * parse reads as a JSX flow element) a node is.
 */
interface State {
  hidden: number;
  source: string;
  htmlBlocks: boolean;
  inHtml: number;
  /** Emphasis marks left in CJK text are paired and left out, as the page pairs them (cjk-emphasis.ts). */
  cjkEmphasis: boolean;
  /** Raw HTML nodes in prose that open a tag the author meant as text (prose-tags.ts proseTagsOf). */
  proseTags: Set<Node>;
  /** The body's link reference and footnote definitions as written (definitionsOf), for text read again apart from it (asProse). */
  definitions: () => string;
}

const SKIP = new Set(['yaml', 'toml', 'code', 'table', 'image', 'imageReference', 'definition', 'footnoteDefinition', 'footnoteReference', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'math', 'inlineMath', 'thematicBreak']);
const BLOCK = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'list', 'root', 'mdxJsxFlowElement']);
/** An HTML table, start tag to end tag (a table inside a table ends it early: rare in posts). */
const HTML_TABLE = /<table\b[^]*?(?:<\/table\s*>|$)/gi;
const HIDDEN_JSX = new Set(['script', 'style', 'iframe', 'noscript', 'template', 'svg', 'math', 'object', 'pre']);
const CODE_JSX = new Set(['code', 'samp']);
const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const CLOSING = /[.!?。！？…:：;；]["'”’)）」』]*$/;
/**
 * A whole tag written as text (CommonMark 0.31 §6.6's open and closing tags: a name, attributes,
 * then `>`). A `<` that no whole tag follows is text, as a browser shows it: `x <y then more`,
 * `a < b`, `x<y`, `<3` (with the `>` optional, `x <y then more` lost all that followed the `<`).
 */
const TAG_LIKE = /<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>/g;
const BARE_URL = /\b(?:https?|ftp|mailto):[^\s<>]+|\bwww\.[^\s<>]+/gi;
const CJK_CLASS = '[\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
/** Where an address was left out: the punctuation around it is tidied in {@link withoutDropMarks}. */
const DROPPED = '\uE000';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=${CJK_CLASS})\\s+(?=${CJK_CLASS})`, 'g');
/** A full-width stop, comma or closing mark carries its own space: none is put after it (clreq 3.1.6). */
const SPACE_AFTER_FULL_WIDTH = /(?<=[。！？；：，、」』）】》])\s+/g;

/**
 * The body's readable text, one sentence-ended block after another (no length limit). `format`:
 * the post's file type; MathJax's delimiters are math in a .md post only (an .mdx post's `\(` is an
 * escaped parenthesis, as MDX reads it).
 */
export function plainTextOf(markdown: string, format: 'md' | 'mdx' = 'md'): string {
  const blocks: string[] = [];
  // MathJax's math as the dollars the page renders; in an HTML block, which the page passes
  // through unread but whose formulas it renders all the same, as its text already (escaped: the
  // block's text is read as HTML, htmlProse), its character references read as the page's HTML
  // parser reads them (`&lt;` is `<`).
  const tex = format === 'md' ? mathJaxToDollars(markdown, (inner, display) => texToText(decodeHTML(inner), display).replace(/&/g, '&amp;').replace(/</g, '&lt;')) : markdown;
  // Admonition marks (admonitions.ts draws them on the page) are not words a reader sees, nor is
  // a heading's own `{#id}` (heading-ids.ts), escaped first so that it does not make the body
  // invalid MDX and send it to the CommonMark parse.
  const source = escapeMdxHeadingIds(dropAdmonitionMarks(tex));
  const cjk = wantsCjkEmphasis(source);
  // Spans tell an asterisk written as literal from one the parser left unpaired (literalsOf).
  const tree = parseProse(source, { bodyOnly: true, position: cjk && mayHaveLiteralAsterisk(source), format }) as Node;
  // An HTML block opening a tag the author meant as text (`<script> 标签…`) is read again as
  // Markdown, as the page reads it (core/prose-tags.ts); its tag, text then, is markup (TAG_LIKE).
  if (mayHaveProseTags(source)) readProseBlocks(tree as ProseNode, (markdown) => ((parseProse(markdown, { bodyOnly: true, format: 'md' }) as ProseNode).children ?? []));
  // The definitions are looked for only when a dollar run is read apart from the body (asProse).
  let definitions: string | undefined;
  collect(tree, blocks, [], { hidden: 0, source, htmlBlocks: format === 'md', inHtml: 0, proseTags: new Set(), cjkEmphasis: cjk, definitions: () => (definitions ??= definitionsOf(tree, source)) });
  return blocks.join(' ').replace(SPACE_NEXT_TO_CJK, '').replace(SPACE_AFTER_FULL_WIDTH, '').trim();
}


/**
 * The first `max` characters (code points) of {@link plainTextOf}: cut after the last sentence
 * that fits when one ends past half of `max`, else at the last space (Latin) or at `max` (CJK,
 * which has no spaces), with "…" when cut inside a sentence.
 */
export function excerptOf(markdown: string, max = 180, format: 'md' | 'mdx' = 'md'): string {
  return excerptOfText(plainTextOf(markdown, format), max);
}

/** {@link excerptOf} of text already made plain by {@link plainTextOf}, so a body is parsed once. */
export function excerptOfText(text: string, max = 180): string {
  const chars = Array.from(text);
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max).join('');
  const sentence = Math.max(...['. ', '! ', '? ', '。', '！', '？'].map((end) => cut.lastIndexOf(end) + end.trimEnd().length));
  if (sentence > cut.length * 0.5) return cut.slice(0, sentence);
  const space = cut.lastIndexOf(' ');
  const cjkEnd = CJK.test(cut.at(-1) ?? '');
  return `${(space > cut.length * 0.6 && !cjkEnd ? cut.slice(0, space) : cut).replace(/[\s,，、;；:：]+$/, '')}…`;
}

/** Appends inline text to `line`; a block flushes its line into `blocks` as one sentence. */
function collect(node: Node, blocks: string[], line: string[], state: State): void {
  if (node.type === 'inlineMath') {
    const run = runOf(node, state.source);
    // No TeX by Pandoc's rule (`$5 and $`), or a lone `$…$` in an HTML block of a .md post (its
    // `$$…$$` was read above): the text it was, any Markdown in it read (tex-math.ts proseDollars).
    if (run !== undefined && (state.inHtml > 0 || !isTexDollarRun(run, state.source[node.position!.end.offset!]))) {
      for (const child of asProse(run, state.definitions())) collect(child, blocks, line, state);
    } else if (state.hidden === 0) line.push(texToText((node.value ?? '').trim(), run?.startsWith('$$') ?? false));
    return;
  }
  // A `$$` block or a ```math fence: display math, a block of its own on the page.
  if (node.type === 'math' || (node.type === 'code' && node.lang === 'math')) {
    if (state.hidden === 0) flush([texToText((node.value ?? '').trim(), true)], blocks);
    return;
  }
  if (SKIP.has(node.type)) return;
  // An editor's `[TOC]` or CSDN's `@[TOC](目录)`: no words of the post (the page leaves it out too, toc-placeholder.ts).
  if (isTocParagraph(node)) return;
  if (node.type === 'html') {
    // A tag written in prose as text (prose-tags.ts): the page shows it and all after it, so it
    // hides nothing here; like tag-like text (TAG_LIKE) it is markup, not words of the description.
    if (state.proseTags.has(node)) {
      if (state.hidden === 0) line.push(' ');
      return;
    }
    return trackHiddenHtml(node.value ?? '', state);
  }
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && HIDDEN_JSX.has(String(node.name).toLowerCase())) return;
  // A block of code written as HTML or JSX, as a code block is; inline, `<code>` is words of its sentence as inline code is.
  if (node.type === 'mdxJsxFlowElement' && CODE_JSX.has(String(node.name).toLowerCase())) return;
  // Tag-like text (an escaped `&lt;script&gt;`, an imported entry's stray markup) is markup, not prose.
  if (node.type === 'text' && state.hidden === 0) {
    const literal = state.cjkEmphasis ? literalsOf(node, state.source) : null;
    const parts = literal ? cjkEmphasis(node.value ?? '', literal) : null;
    line.push((parts ? partsText(parts) : (node.value ?? '')).replace(TAG_LIKE, ' ').replace(BARE_URL, DROPPED));
  }
  // Inline code is words of its sentence ("Use `git rebase` to…"): dropped, it left a hole. Its
  // text is shown as written, `<username>.github.io` included, so none of it is taken for markup.
  if (node.type === 'inlineCode' && state.hidden === 0) line.push(node.value ?? '');
  if (node.type === 'break') line.push(' ');
  if (node.type === 'link' && isUrlText(node)) return void line.push(DROPPED);
  // A paragraph or heading of text and emphasis only with an asterisk left as text is read again
  // as a whole, as the page reads it (cjk-emphasis.ts), its marks left out.
  if ((node.type === 'paragraph' || node.type === 'heading') && state.cjkEmphasis && state.hidden === 0) {
    const children = (node.children ?? []) as Parameters<typeof reparsedBlock>[0];
    const again = reparsedBlock(children, state.source);
    if (again) node = { ...node, children: [{ type: 'text', value: partsText(again) }] } as Node;
    else {
      // With code or links among the text, as the page reads it (each such node an atom).
      const atoms: Parameters<typeof withAtoms>[1][number][] = [];
      const whole = reparsedBlock(children, state.source, atoms);
      if (whole) node = { ...node, children: withAtoms(whole, atoms) } as unknown as Node;
    }
  }
  const own = BLOCK.has(node.type) ? [] : line;
  const prose = node.type === 'paragraph' || node.type === 'heading';
  if (prose) for (const tag of proseTagsOf((node.children ?? []) as Parameters<typeof proseTagsOf>[0])) state.proseTags.add(tag as unknown as Node);
  const htmlBlock = state.htmlBlocks && node.type === 'mdxJsxFlowElement';
  if (htmlBlock) state.inHtml += 1;
  for (const child of node.children ?? []) {
    // An HTML block (CommonMark's raw HTML, which the page shows as HTML): its text, a block of its own.
    if (child.type === 'html' && FLOW.has(node.type) && state.hidden === 0) {
      // Its tables are left out, as a Markdown table is (SKIP).
      flush([htmlProse((child.value ?? '').replace(HTML_TABLE, ' ')).replace(BARE_URL, DROPPED)], blocks);
      trackHiddenHtml(child.value ?? '', state);
    } else collect(child, blocks, own, state);
  }
  if (htmlBlock) state.inHtml -= 1;
  if (own === line) return;
  const split = node.type === 'heading' ? splitHeadingId(own.join('')) : null;
  if (split) own.splice(0, own.length, split.text);
  flush(own, blocks);
}

/**
 * A dollar run that is no math, read as Markdown without math: its phrasing nodes. The body's
 * `definitions` are read with it, so that its `[Ansible][1]` is a link as on the page (before, an
 * LCTT article's "$ 是提示符 … [Ansible][1] … $5" showed the brackets in its description).
 */
function asProse(run: string, definitions: string): Node[] {
  const first = (satteri().markdownToMdast(definitions ? `${run}\n\n${definitions}` : run, { position: false }) as Node).children?.[0];
  return first?.type === 'paragraph' ? (first.children ?? []) : [{ type: 'text', value: run } as Node];
}

/**
 * The link reference definitions (`[1]: https://…`) and footnote definitions of a parsed body, as
 * written in `source`, from `from` on (offset), one after another; '' without positions (a body
 * parsed without them has no part read apart from it).
 */
function definitionsOf(tree: Node, source: string, from = 0): string {
  const found: string[] = [];
  const walk = (node: Node): void => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      const run = runOf(node, source);
      if (run !== undefined && (node.position?.start.offset ?? 0) >= from) found.push(run);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return found.join('\n\n');
}

/** A math node's source as written, dollars included (undefined without positions). */
function runOf(node: Node, source: string): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : source.slice(start, end);
}

function flush(line: string[], blocks: string[]): void {
  const text = withoutDropMarks(line.join('')).replace(/\s+/g, ' ').trim();
  line.length = 0;
  if (!text) return;
  blocks.push(CLOSING.test(text) ? text : `${text}${isMostlyChinese(text) ? '。' : '.'}`);
}

/**
 * Whether a sentence is written in Chinese: it has more Chinese characters than Latin
 * words, so 填坑中，敬请期待~ and 为什么不用 Arduino end with 。 and "I finally learned to fold
 * 饺子" with a full stop, whatever its last character.
 */
function isMostlyChinese(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han > (text.match(/[A-Za-z]+/g)?.length ?? 0);
}

/**
 * Text with the places where an address was left out tidied: brackets that held only it go
 * (开源（<url>）的 -> 开源的), and so do a colon and spaces that led to it at a sentence's end
 * (项目地址为：<url>。 -> 项目地址为。, "copied from <url>." -> "copied from."), so no "：。",
 * "（）" or " ." is left in the description.
 */
function withoutDropMarks(text: string): string {
  if (!text.includes(DROPPED)) return text;
  return text
    .replace(/[(（[【]\s*(?:\uE000\s*)+[)）\]】]/g, '')
    .replace(/\s*[:：]?\s*(?:\uE000\s*)+(?=[.。!！?？,，;；]|$)/g, '')
    .replace(/\uE000/g, ' ');
}

/** Raw HTML in Markdown: the text between <script>/<style> and its closing tag is not prose. */
function trackHiddenHtml(html: string, state: State): void {
  const opens = html.match(/<(script|style|template|noscript)\b/gi)?.length ?? 0;
  const closes = html.match(/<\/(script|style|template|noscript)\s*>/gi)?.length ?? 0;
  state.hidden = Math.max(0, state.hidden + opens - closes);
}

function isUrlText(node: Node): boolean {
  const text = (node.children ?? []).map((c) => c.value ?? '').join('');
  return /^(?:https?:|mailto:|www\.)/i.test(text.trim());
}

/**
 * Pieces of text (a brand's label and audience) joined as sentences: a piece without closing
 * punctuation ends with 。 when it is written in Chinese (isMostlyChinese), else with ". "; the last is left as written.
 * Empty pieces are skipped.
 */
export function joinSentences(pieces: readonly (string | undefined)[]): string {
  const parts = pieces.map((p) => (p ?? '').trim()).filter(Boolean);
  return parts
    .map((part, i) => {
      if (i === parts.length - 1) return part;
      const ended = CLOSING.test(part) ? part : `${part}${isMostlyChinese(part) ? '。' : '.'}`;
      // Chinese sentences follow each other with no space; Latin ones with one.
      return CJK.test(ended.at(-1) ?? '') ? ended : `${ended} `;
    })
    .join('');
}

/** The summary divider: `<!--more-->` (Hugo, WordPress, Jekyll's usual excerpt_separator), `<!-- more -->` (Hexo), any case; WordPress's `<!--more Read on-->` too. */
const MORE = /^<!--\s*more(?:\s[^>]*)?\s*-->$/i;

/**
 * The body up to the author's summary divider, `<!--more-->` (gohugo.io/content-management/summaries/,
 * "manual summary"; Hexo's and WordPress's read-more mark), when the body has one as HTML of its
 * own (a block or inline comment, not in code, which the parse tells apart), with the link
 * reference and footnote definitions after it; else undefined.
 */
export function manualSummary(body: string): string | undefined {
  if (!/<!--\s*more/i.test(body)) return undefined;
  let at: number | undefined;
  const walk = (node: Node): void => {
    if (at !== undefined) return;
    if (node.type === 'html' && MORE.test((node.value ?? '').trim())) {
      at = node.position?.start.offset;
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  // By CommonMark's rules, in which the divider is HTML: MDX has no comments (a body holding one
  // is never valid MDX, and trying it first cost an exponential search on some real .md posts,
  // core/theme/strip-markdown.ts parseBody). Positions: the divider's offset in `body`.
  const tree = satteri().markdownToMdast(body, { position: true, features: BODY_FEATURES }) as Node;
  walk(tree);
  if (at === undefined) return undefined;
  // The definitions after the divider (a Markdown blog's `[1]: https://…` at the end) stay with
  // the summary, so that its `[Ansible][1]` is a link as on the page, not text in brackets.
  const definitions = definitionsOf(tree, body, at);
  return definitions ? `${body.slice(0, at)}\n\n${definitions}\n` : body.slice(0, at);
}

/**
 * The description of a post that gives none: the text before its summary divider (`<!--more-->`,
 * {@link manualSummary}) when it has one with words before it, else its excerpt without its
 * channel's template text (the header every issue of a newsletter opens with,
 * core/theme/boilerplate.ts), else, for a post that is all template, with it. `text`: plainTextOf(body, format), when the caller has it
 * already; `format`: the post's file type (plainTextOf).
 */
export function autoDescription(body: string, template: ReadonlySet<string> | undefined, max = 160, text?: string, format: 'md' | 'mdx' = 'md'): string {
  const summary = manualSummary(body);
  if (summary !== undefined) {
    const plain = plainTextOf(summary, format);
    if (plain.trim()) return excerptOfText(plain, max);
  }
  const own = withoutBoilerplate(body, template);
  const plain = own === body ? (text ?? plainTextOf(body, format)) : plainTextOf(own, format);
  return excerptOfText(plain.trim() ? plain : (text ?? plainTextOf(body, format)), max);
}
