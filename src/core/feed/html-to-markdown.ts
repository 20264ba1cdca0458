/**
 * Feed HTML -> Markdown for a `.md` post: headings, lists, links, images, tables (GFM, see
 * html-table.ts) and fenced code blocks kept. Nothing from the feed survives as markup: text outside code is escaped (`<`
 * becomes `&lt;`, entity-like `&name;` stays literal); definition lists, an abbreviation's
 * title and WordPress's alignment classes are written as HTML by html-kept.ts (Markdown has no
 * form for them); other elements Markdown has no form for are reduced to their text, a code fence is longer than any backtick run inside it (CommonMark
 * §4.5: a shorter run cannot close it), and links and images keep only http(s) and mailto
 * addresses (address.ts), resolved against the entry's base, except a link to a place in the
 * entry itself (a footnote), which stays a fragment with an anchor at its target (fragment-targets.ts).
 */
import TurndownService from 'turndown';
import { resolveAddress } from './address.ts';
import { fragmentOf, markFragmentTargets, placeAnchors } from './fragment-targets.ts';
import { alignedImage, blockAlignment, definitionList, escapeAttribute, imageAlignment, oneLine, type KeptNode } from './html-kept.ts';
import { tableToMarkdown, type TableNode } from './html-table.ts';
import { codeLanguage, isLineNumbers, numberedCodeOf, type CodeNode } from './line-numbers.ts';

type TurndownNode = TurndownService.Node & { getAttribute(name: string): string | null };

// One converter for every call (building one costs more than a short post); `current` is set
// for the duration of each synchronous call: the base, and the fragments that name a place in the entry.
const current: Current = { base: undefined, self: undefined, fragments: undefined };
const service = createService(current);

/**
 * Markdown for `html`; `base` (the entry's base address) resolves relative `src` and `href`;
 * `self` (the entry's own address) tells a link to a place in the entry written in full.
 */
export function convertHtmlToMarkdown(html: string, base?: string, self?: string): string {
  const marked = markFragmentTargets(html, self);
  current.base = base;
  current.self = self;
  current.fragments = marked?.ids;
  try {
    if (!marked) return service.turndown(html).trim();
    return placeAnchors(service.turndown(marked.root as unknown as TurndownService.Node).trim(), marked.ids);
  } finally {
    current.base = current.self = undefined;
    current.fragments = undefined;
  }
}

interface Current {
  base: string | undefined;
  self: string | undefined;
  fragments: Set<string> | undefined;
}

/** Plain text (JSON Feed `content_text`, Atom `type="text"`) as escaped Markdown paragraphs. */
export function convertTextToMarkdown(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => service.escape(paragraph.trim()))
    .filter(Boolean)
    .join('\n\n');
}

/** A fenced block whose fence is longer than every backtick run in `code` (at least 3). */
export function fenceCode(code: string, language = ''): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const info = language.replace(/[^\w+#.-]/g, '');
  return `\n\n${fence}${info}\n${code.replace(/\n$/, '')}\n${fence}\n\n`;
}

function createService(current: Current): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  const escapeMarkdown = service.escape.bind(service);
  // A bare address in the text stays as written: GFM makes it a link (autolink literal) and
  // keeps any backslash in its address, so an escaped `utm\_source` led to `utm%5C_source`.
  const escapeText = (text: string) =>
    text
      .split(BARE_ADDRESS)
      .map((part, i) => (i % 2 === 1 ? part : escapeMarkdown(part)).replace(/&(?=#?\w+;)/g, '&amp;').replace(/</g, '&lt;'))
      .join('');
  service.escape = escapeText;
  const dropped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'FORM', 'OBJECT', 'EMBED', 'APPLET', 'TEMPLATE', 'SVG', 'MATH', 'SELECT', 'TEXTAREA', 'BUTTON', 'LINK', 'META', 'BASE']);
  service.remove((node) => dropped.has(node.nodeName.toUpperCase()));
  service.addRule('fencedCode', {
    filter: (node) => node.nodeName === 'PRE',
    replacement: (_content, node) => {
      const code = node.firstChild?.nodeName === 'CODE' && node.childNodes.length === 1 ? node.firstChild : node;
      const language = /language-(\S+)/.exec((code as TurndownNode).getAttribute?.('class') ?? '')?.[1];
      return fenceCode(preText(code), language);
    },
  });
  // Turndown has no table rule: each cell became a paragraph of its own, the table lost.
  service.addRule('pipeTable', {
    filter: 'table',
    replacement: (_content, node) => tableToMarkdown(node as unknown as TableNode, (cell) => service.turndown(cell as unknown as TurndownService.Node)),
  });
  service.addRule('resolvedImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = resolveAddress((node as TurndownNode).getAttribute('src'), current.base);
      if (!src) return '';
      const alt = escapeText((node as TurndownNode).getAttribute('alt') ?? '').replace(/\s+/g, ' ');
      return `![${alt}](${linkDestination(src)})`;
    },
  });
  service.addRule('resolvedLink', {
    filter: (node) => node.nodeName === 'A' && Boolean(node.getAttribute('href')),
    replacement: (content, node) => {
      const written = (node as TurndownNode).getAttribute('href');
      const fragment = fragmentOf(written, current.self);
      // A place in this entry (a footnote, a heading): stays on the page that now holds it.
      const href = (fragment !== undefined && current.fragments?.has(fragment) ? encodeFragment(fragment) : undefined) ?? resolveAddress(written, current.base);
      if (!href || !content.trim()) return content;
      return /\n\s*\n/.test(content) ? linkEachBlock(content, linkDestination(href)) : `[${content}](${linkDestination(href)})`;
    },
  });
  // A highlighter's table of line numbers and code (Hugo's Chroma, Pygments) is the code alone.
  service.addRule('numberedCode', {
    filter: (node) => numberedCodeOf(node as unknown as CodeNode) !== undefined,
    replacement: (_content, node) => {
      const pre = numberedCodeOf(node as unknown as CodeNode)!;
      const code = pre.childNodes.length === 1 && pre.childNodes[0]!.nodeName === 'CODE' ? pre.childNodes[0]! : pre;
      return fenceCode(preText(code), codeLanguage(pre));
    },
  });
  // Added last, so tried first (Turndown's later rules win): HTML Markdown has no form for.
  service.addRule('definitionList', {
    filter: 'dl',
    replacement: (_content, node) => definitionList(node as unknown as KeptNode, current.base),
  });
  service.addRule('abbreviation', {
    filter: (node) => (node.nodeName === 'ABBR' || node.nodeName === 'ACRONYM') && Boolean(node.getAttribute('title')),
    replacement: (content, node) => `<abbr title="${escapeAttribute(oneLine((node as TurndownNode).getAttribute('title')!))}">${content}</abbr>`,
  });
  service.addRule('alignedImage', {
    filter: (node) => node.nodeName === 'IMG' && imageAlignment(node as unknown as KeptNode) !== undefined,
    replacement: (_content, node) => alignedImage(node as unknown as KeptNode, current.base),
  });
  // A <div> around the Markdown, blank lines inside, so the Markdown is still read (CommonMark §4.6).
  service.addRule('alignedBlock', {
    filter: (node) => ['P', 'DIV', 'FIGURE'].includes(node.nodeName) && blockAlignment(node as unknown as KeptNode) !== undefined,
    replacement: (content, node) => (content.trim() ? `\n\n<div class="${blockAlignment(node as unknown as KeptNode)}">\n\n${content.trim()}\n\n</div>\n\n` : ''),
  });
  return service;
}

/**
 * The text of a `<pre>` as a browser shows it: a `<br>` is a line break. WordPress's
 * preformatted and verse blocks write their lines so, and `textContent` ran them together
 * ("The preformatted block.The Road Not Taken"). A highlighter's line numbers are left out.
 */
function preText(node: CodeNode): string {
  if (node.nodeName === 'BR') return '\n';
  if (isLineNumbers(node)) return '';
  if (node.nodeType !== 1) return node.textContent ?? '';
  return Array.from(node.childNodes, preText).join('');
}

/**
 * A link around blocks (Substack's `<a class="image-link"><div>…<img>`, a bookmark card): link
 * text cannot span a blank line (CommonMark §6.3), so each block is linked on its own, a
 * heading inside its `#`s; a list, quote, table or code block, which no link can hold, is left as it is.
 */
function linkEachBlock(content: string, destination: string): string {
  const blocks = content
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map((block) => {
      const heading = /^(#{1,6}) (.+)$/.exec(block);
      if (heading) return `${heading[1]} [${heading[2]}](${destination})`;
      return /^(?:[-*+] |\d+\. |> |\||`{3,}|~{3,}| {4})/.test(block) ? block : `[${block}](${destination})`;
    });
  return `\n\n${blocks.join('\n\n')}\n\n`;
}

/** A bare web address as GFM's autolink literal reads one (github.github.com/gfm/#autolinks-extension-). */
const BARE_ADDRESS = /(\b(?:https?:\/\/|www\.)[^\s<>"]+)/i;

/** A fragment as a URL writes it: what a browser would escape, escaped (`#why-写` → `#why-%E5%86%99`). */
function encodeFragment(fragment: string): string | undefined {
  try {
    return `#${encodeURI(fragment).replace(/#/g, '%23')}`;
  } catch {
    return undefined; // a lone surrogate: no address can carry it
  }
}

function linkDestination(url: string): string {
  const escaped = url.replace(/([<>()\\])/g, '\\$1');
  return /\s/.test(escaped) ? `<${escaped}>` : escaped;
}
