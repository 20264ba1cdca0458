/**
 * The HTML a converted post keeps where Markdown has no form (html-to-markdown.ts): definition
 * lists, an abbreviation's title, WordPress's alignment of images, paragraphs and figures. It is
 * written here, from the element's text and a few attributes escaped, never passed through from
 * the feed: only forms the portfolio's sanitizer allows (src/integration/sanitize.ts) and its
 * stylesheet shows (alignleft, alignright, aligncenter, has-text-align-*, WordPress's own names).
 */
import { resolveAddress } from './address.ts';

/** The DOM a converter hands over (Turndown's nodes, domino underneath). */
export interface KeptNode {
  nodeName: string;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<KeptNode>;
  getAttribute?(name: string): string | null;
}

/** `text` safe as an HTML element's text. */
export const escapeHtmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** `value` safe inside a double-quoted attribute. */
export const escapeAttribute = (value: string) => escapeHtmlText(value).replace(/"/g, '&quot;');

/** WordPress's image alignment class (alignnone is no alignment), or undefined. */
export function imageAlignment(node: KeptNode): string | undefined {
  return /(?:^|\s)(align(?:left|right|center))(?:\s|$)/.exec(node.getAttribute?.('class') ?? '')?.[1];
}

/**
 * The alignment class of a paragraph, figure or div: its align* class, its
 * `has-text-align-*` (the block editor's), or a `text-align` style (the classic editor's) as
 * `has-text-align-*`; undefined for none.
 */
export function blockAlignment(node: KeptNode): string | undefined {
  const own = imageAlignment(node);
  if (own) return own;
  const cls = /(?:^|\s)(has-text-align-(?:left|center|right|justify))(?:\s|$)/.exec(node.getAttribute?.('class') ?? '')?.[1];
  if (cls) return cls;
  const style = /(?:^|;)\s*text-align\s*:\s*(left|center|right|justify)\s*(?:;|$)/i.exec(node.getAttribute?.('style') ?? '')?.[1];
  return style ? `has-text-align-${style.toLowerCase()}` : undefined;
}

/** An `<img>` with its alignment class, src resolved against `base` ('' when it has no web address). */
export function alignedImage(node: KeptNode, base: string | undefined): string {
  const src = resolveAddress(node.getAttribute?.('src') ?? null, base);
  if (!src) return '';
  const attrs: [string, string | null | undefined][] = [
    ['src', src],
    ['alt', node.getAttribute?.('alt') ?? ''],
    ['title', node.getAttribute?.('title') && oneLine(node.getAttribute!('title')!)],
    ['width', digits(node.getAttribute?.('width'))],
    ['height', digits(node.getAttribute?.('height'))],
    ['class', imageAlignment(node)],
  ];
  return `<img${attrs.filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => ` ${k}="${escapeAttribute(v!)}"`).join('')}>`;
}

const digits = (value: string | null | undefined) => (value && /^\d+$/.test(value) ? value : undefined);

/**
 * A `<dl>` as HTML on lines of their own: each `<dt>` and `<dd>` with its inline content
 * (inlineHtml), those a `<div>` groups too (HTML lets a `<div>` hold a term and its descriptions).
 */
export function definitionList(node: KeptNode, base: string | undefined): string {
  const items = definitionItems(node, base);
  return items.length ? `\n\n<dl>\n${items.join('\n')}\n</dl>\n\n` : '';
}

function definitionItems(node: KeptNode, base: string | undefined): string[] {
  return Array.from(node.childNodes).flatMap((child) => {
    if (child.nodeName === 'DIV') return definitionItems(child, base);
    if (child.nodeName !== 'DT' && child.nodeName !== 'DD') return [];
    const tag = child.nodeName.toLowerCase();
    return [`<${tag}>${inlineHtml(child, base).replace(/ {2,}/g, ' ').trim()}</${tag}>`];
  });
}

/** `title` as one line: a blank line in it would end the HTML block its element stands in. */
export const oneLine = (title: string) => title.replace(/\s+/g, ' ').trim();

/** Phrasing elements kept as they are (no attribute). */
const PHRASING = new Set(['EM', 'STRONG', 'B', 'I', 'CODE', 'KBD', 'SAMP', 'VAR', 'SUB', 'SUP', 'MARK', 'CITE', 'Q', 'S', 'DEL', 'INS', 'SMALL', 'U', 'DFN']);
/** Blocks kept in a definition's line: paragraphs and lists (no attribute). */
const BLOCKS = new Set(['P', 'UL', 'OL', 'LI']);
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'FORM', 'OBJECT', 'EMBED', 'APPLET', 'TEMPLATE', 'SVG', 'MATH', 'SELECT', 'TEXTAREA', 'BUTTON', 'LINK', 'META', 'BASE']);

/**
 * The children of `node` as one line of HTML: text escaped and its white space collapsed (a
 * blank line would end the HTML block it sits in), phrasing elements, paragraphs and lists kept,
 * links and images with a web address kept with their title (resolved against `base`), an
 * abbreviation with its title; any other element is its content.
 */
export function inlineHtml(node: KeptNode, base: string | undefined): string {
  return Array.from(node.childNodes, (child) => inlineNode(child, base)).join('');
}

function inlineNode(node: KeptNode, base: string | undefined): string {
  if (node.nodeType === 3) return escapeHtmlText((node.textContent ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== 1 || DROPPED.has(node.nodeName)) return '';
  const inner = inlineHtml(node, base);
  const tag = node.nodeName.toLowerCase();
  const title = node.getAttribute?.('title');
  const titled = title ? ` title="${escapeAttribute(oneLine(title))}"` : '';
  if (node.nodeName === 'BR') return '<br>';
  if (node.nodeName === 'IMG') return alignedImage(node, base);
  if (PHRASING.has(node.nodeName)) return `<${tag}>${inner}</${tag}>`;
  // A list nested in a description: on the description's line, so that its HTML block holds.
  if (node.nodeName === 'DL') return `<dl>${definitionItems(node, base).join('')}</dl>`;
  // A description's paragraphs and lists keep their breaks ("Para one Para two" before).
  if (BLOCKS.has(node.nodeName)) return `<${tag}>${inner.replace(/ {2,}/g, ' ').trim()}</${tag}>`;
  if (node.nodeName === 'ABBR' || node.nodeName === 'ACRONYM') return title ? `<abbr${titled}>${inner}</abbr>` : inner;
  if (node.nodeName === 'A') {
    const href = resolveAddress(node.getAttribute?.('href') ?? null, base);
    return href ? `<a href="${escapeAttribute(href)}"${titled}>${inner}</a>` : inner;
  }
  return ` ${inner} `;
}
