/**
 * A tag written in prose as the name of a tag, `浏览器遇到<script>标签时会…` or "put a <style> in the
 * head": CommonMark reads `<script>` as raw HTML, the page's HTML parser (hast-util-raw, as a
 * browser) then takes everything after it as the script's content, and the sanitizer drops the
 * script with it: the rest of the paragraph (for `<template>`, `<select>`, `<object>`, `<button>`
 * the rest of the post; for a line starting with `<script>` or `<!--`, which opens an HTML block
 * that only its closing tag ends, the whole rest of the post) was gone from the page without a word.
 *
 * The elements that swallow what follows: the raw-text and escapable-raw-text ones (`script`,
 * `style`, `textarea`, `title`, `xmp`, `iframe`, `noembed`, `noframes`, `noscript`, `plaintext`;
 * GitHub's tag filter, GFM §6.11, shows the same list as text) and those the sanitizer removes
 * with their content (`template`, `object`, `select`, `button`, `svg`, `math`). Such an opening
 * tag whose closing tag does not follow (in the same paragraph, heading or table cell for a tag in
 * prose; anywhere after it for an HTML block) is what the author meant as text, and is shown as
 * text, as GitHub shows it, with the rest of the paragraph or post; an unclosed `<!--` that opens
 * a block likewise. A real `<script>…</script>` (closed) is still removed by the sanitizer. The
 * descriptions and reading time (pages/_lib/excerpt.ts) and the theme's words
 * (theme/strip-markdown.ts) read the same; the page's plugin is pages/_lib/prose-tags.ts.
 */

/** The elements whose unclosed opening tag swallows what follows it on the page. */
const SWALLOWING = 'script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext|template|object|select|button|svg|math';
/** An opening tag of one of them (not self-closed), its name in group 1. */
const OPENER = new RegExp(`<(${SWALLOWING})(?=[\\s>/])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
/** A cheap test: may `source` hold such an opener or a comment opener at all? */
const MAY_SWALLOW = new RegExp(`<(?:${SWALLOWING})[\\s>/]|<!--`, 'i');

/** An HTML block that starts with one of these tags or a comment. */
const BLOCK_START = new RegExp(`^\\s*<(?:!--|(?:${SWALLOWING})[\\s>/])`, 'i');

const closer = (name: string) => new RegExp(`</${name}\\s*>`, 'i');

/**
 * The name of the first swallowing element `html` (raw HTML as CommonMark read it) opens and does
 * not close in itself nor in `after` (what follows it: the rest of its paragraph, or of the
 * document); `'!--'` for a comment opened and not closed; null when there is none.
 */
export function unclosedOpener(html: string, after: string): string | null {
  if (!MAY_SWALLOW.test(html)) return null;
  const comment = html.indexOf('<!--');
  OPENER.lastIndex = 0;
  for (const match of html.matchAll(OPENER)) {
    if (comment !== -1 && comment < match.index!) break;
    const name = match[1]!.toLowerCase();
    // `<svg/>` and `<math/>` close themselves (foreign elements); `<script src="a.js"/>` does not (HTML).
    if ((name === 'svg' || name === 'math') && match[0].endsWith('/>')) continue;
    const rest = html.slice(match.index! + match[0].length);
    if (!closer(name).test(rest) && !closer(name).test(after)) return name;
  }
  if (comment !== -1 && !html.includes('-->', comment + 4) && !after.includes('-->')) return '!--';
  return null;
}

/** The typographic quotes (“ ” ‘ ’ „ ″) as a character class, for the rule below and the missing-image hint (store/body-images.ts). */
export const TYPOGRAPHIC_QUOTE = '[\\u201C\\u201D\\u2018\\u2019\\u201E\\u2033]';

/**
 * A tag whose attribute value opens with a typographic quote (`<img src=”a.jpg”>`, `<a href=“x”>`):
 * HTML reads only " and ' as quotes (HTML Living Standard 13.2.5.36-38), so a browser would take
 * `”a.jpg”` for the address; no author writes curly quotes in a tag they mean as HTML: it was
 * pasted from a page that showed it as text (a Hexo blog's "程序都只要 <img src=”a.jpg”>，无需关心…",
 * shown on its old site as a broken image, stopped the build here). In prose it is text.
 */
const PASTED = `<[a-z][a-z0-9-]*\\s[^>]*=\\s*${TYPOGRAPHIC_QUOTE}`;
const PASTED_TAG = new RegExp(`^${PASTED}`, 'i');
const MAY_PASTED = new RegExp(PASTED, 'i');

/** Whether raw HTML `html` (one inline tag) is such a pasted tag. */
export const isPastedTag = (html: string): boolean => PASTED_TAG.test(html.trim());

/** Whether `source` may hold a tag {@link unclosedOpener} or {@link isPastedTag} looks for (the plugin and the excerpt skip a document that has none). */
export const mayHaveProseTags = (source: string): boolean => MAY_SWALLOW.test(source) || MAY_PASTED.test(source);

export type Node = { type: string; value?: string; children?: Node[]; spread?: boolean };

/** Nodes holding prose whose raw HTML is looked into in order. */
export const PHRASING = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** The raw HTML nodes of a block's inline content, in order (emphasis and links looked into). */
function inlineHtml(children: readonly Node[], out: Node[] = []): Node[] {
  for (const c of children) {
    if (c.type === 'html') out.push(c);
    else if (PHRASING.has(c.type)) inlineHtml(c.children ?? [], out);
  }
  return out;
}

/**
 * Of a block's inline raw HTML, the nodes that open a swallowing element closed by none after
 * them in the block, and pasted tags in typographic quotes (the page shows them as text; the
 * excerpt reads them as text too).
 */
export function proseTagsOf(children: readonly Node[]): Set<Node> {
  const html = inlineHtml(children);
  const found = new Set<Node>();
  html.forEach((node, i) => {
    if (found.has(node)) return;
    if (isPastedTag(node.value ?? '')) {
      found.add(node);
      // Its closing tag, pasted with it (`<a href=“/x”>the link</a>`), is text too: alone, the browser would drop it.
      const name = /^<([a-z][a-z0-9-]*)/i.exec((node.value ?? '').trim())![1]!;
      const end = html.slice(i + 1).find((n) => new RegExp(`^</${name}\\s*>$`, 'i').test((n.value ?? '').trim()));
      if (end) found.add(end);
    } else if (unclosedOpener(node.value ?? '', html.slice(i + 1).map((n) => n.value ?? '').join(''))) found.add(node);
  });
  return found;
}

/**
 * An HTML block (`value`) that starts with a swallowing tag or a comment closed by nothing in
 * `after` (the raw HTML that follows it in the document, as CommonMark read it: no `>` or indent
 * of a quote or list, nothing in code), as Markdown to read again with its first `<` escaped (the
 * tag is text, what follows is the post again); null for any other block.
 */
export function proseBlock(value: string, after: string): string | null {
  // Only a block that starts with such a tag: an HTML block it ends inside is the author's HTML.
  if (!BLOCK_START.test(value) || !unclosedOpener(value, after)) return null;
  const lead = value.indexOf('<');
  return `${value.slice(0, lead)}\\${value.slice(lead)}`;
}

/** Parents whose raw HTML is inline (a tag in prose), not an HTML block. */
export const PROSE_PARENTS = new Set([...PHRASING, 'paragraph', 'heading', 'tableCell']);

/** The raw HTML nodes of `tree` (blocks and tags in prose) with their parents, in document order. */
function htmlNodesOf(tree: Node, out: { node: Node; parent: Node }[] = []): { node: Node; parent: Node }[] {
  for (const child of tree.children ?? []) {
    if (child.type === 'html') out.push({ node: child, parent: tree });
    else htmlNodesOf(child, out);
  }
  return out;
}

/**
 * Each HTML block of `tree` that opens a tag the author meant as text ({@link proseBlock}: `<script>
 * 标签是什么`, closed by no raw HTML after it) replaced by its Markdown read again, in document
 * order, as the page shows it; the blocks read again are looked into as well (a second such block
 * after the first). A closing tag is looked for in the tree's raw HTML, what CommonMark reads as
 * HTML: not in the source, where a quote's `>`, a list's indent or a code block showing
 * `</script>` made a closing tag seem to be there. Pure: `tree` is an mdast tree (`{ type, value?,
 * children? }`), changed in place; `parse` reads Markdown (the block with its tag escaped) and
 * returns its blocks (mdast nodes). Returns whether any block was read again. The theme's words
 * (theme/strip-markdown.ts), the descriptions (pages/_lib/excerpt.ts) and the page's plugin
 * (pages/_lib/prose-tags.ts) run it.
 */
export function readProseBlocks(tree: Node, parse: (markdown: string) => Node[]): boolean {
  let changed = false;
  for (let from = 0; ; ) {
    const html = htmlNodesOf(tree);
    const found = firstProseBlock(html.map(({ node, parent }) => ({ value: node.value ?? '', block: !PROSE_PARENTS.has(parent.type) })), from);
    if (found === null) return changed;
    const { node, parent } = html[found.index]!;
    const blocks = parse(found.markdown);
    parent.children!.splice(parent.children!.indexOf(node), 1, ...blocks);
    // In a list item, blocks the swallowing tag had joined that a blank line parts make the item
    // loose, as CommonMark reads them once the tag is text (§5.3): a tight item ran its paragraphs
    // together ("<script> xmore"). Read as an item of their own to know.
    if (parent.type === 'listItem' && !parent.spread && blocks.length > 1) parent.spread = itemSpread(found.markdown, parse);
    from = found.index;
    changed = true;
  }
}

/** Whether `markdown`, read as the content of one list item, makes that item loose (blank lines between its blocks, CommonMark §5.3). */
function itemSpread(markdown: string, parse: (markdown: string) => Node[]): boolean {
  const item = `- ${markdown.replace(/\n(?=[^\n])/g, '\n  ')}`;
  return parse(item)[0]?.children?.[0]?.spread === true;
}

/**
 * Of a document's raw HTML in order (`value` as CommonMark read it; `block`: an HTML block, not a
 * tag in prose), the first block from `from` on that {@link proseBlock} reads again, with its
 * Markdown; null when there is none. {@link readProseBlocks} and the editor's preview
 * (studio/drafts/preview-page-rules.ts, which reads HTML with micromark) use it.
 */
export function firstProseBlock(html: readonly { value: string; block: boolean }[], from = 0): { index: number; markdown: string } | null {
  for (let i = from; i < html.length; i++) {
    const { value, block } = html[i]!;
    if (!block || !BLOCK_START.test(value)) continue;
    const markdown = proseBlock(value, html.slice(i + 1).map((n) => n.value).join('\n'));
    if (markdown !== null) return { index: i, markdown };
  }
  return null;
}
