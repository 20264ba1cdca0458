/**
 * Links to a place in the entry itself (`href="#fn:1"`: footnotes, a table of contents). Markdown
 * has no ids, so the element such a link leads to would lose its `id`, and resolved against the
 * feed's base the link led to another page (the blog's home). The element gets a marker where
 * an empty `<a id>` goes once Turndown has written the Markdown; the link stays a fragment.
 */
import domino from '@mixmark-io/domino';

/** A parsed entry whose link targets carry markers; `ids` are the fragments that name one. */
export interface MarkedEntry {
  root: DominoNode;
  ids: Set<string>;
}

type DominoNode = ReturnType<typeof domino.createDocument>;

const OPEN = '\uE000';
const CLOSE = '\uE001';
/** Elements the anchor goes before, not inside: a link in a link is no HTML, an image holds nothing. */
const INLINE_LINKS = new Set(['A', 'IMG']);

/**
 * The place in the entry `href` names, decoded as a browser compares it with ids: a bare
 * fragment (`#fn:1`), or the entry's own address `self` with one (Substack's feed writes its
 * footnotes so); undefined for any other address.
 */
export function fragmentOf(href: string | null | undefined, self?: string): string | undefined {
  const value = href?.replace(/[\t\n\r]/g, '').trim();
  if (!value) return undefined;
  const hash = value.startsWith('#') ? value : ownAddressHash(value, self);
  if (!hash || hash.length < 2) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** The `#…` of `value` when it is `self` with a fragment. */
function ownAddressHash(value: string, self: string | undefined): string | undefined {
  if (!self || !URL.canParse(value) || !URL.canParse(self)) return undefined;
  const link = new URL(value);
  const own = new URL(self);
  if (!link.hash) return undefined;
  const hash = link.hash;
  link.hash = own.hash = '';
  return link.href === own.href ? hash : undefined;
}

/**
 * The entry parsed as Turndown parses a string, with a marker at each element an in-entry link
 * leads to; undefined when no link is a fragment (the string is then converted as it is).
 */
export function markFragmentTargets(html: string, self?: string): MarkedEntry | undefined {
  if (!/href\s*=\s*["']?[^"'\s>]*#/i.test(html)) return undefined;
  const doc = domino.createDocument(`<x-turndown id="turndown-root">${html}</x-turndown>`);
  const root = doc.getElementById('turndown-root');
  if (!root) return undefined;
  const ids = new Set<string>();
  root.querySelectorAll('a[href]').forEach((link) => {
    const id = fragmentOf(link.getAttribute('href'), self);
    if (id !== undefined && doc.getElementById(id)) ids.add(id);
  });
  const names = [...ids];
  root.querySelectorAll('[id]').forEach((element) => {
    const index = names.indexOf(element.getAttribute('id') ?? '');
    if (index < 0 || insideCode(element)) return;
    const marker = doc.createTextNode(`${OPEN}${index}${CLOSE}`);
    if (INLINE_LINKS.has(element.nodeName)) element.parentNode?.insertBefore(marker, element);
    else firstTextHolder(element).insertBefore(marker, firstTextHolder(element).firstChild);
  });
  return ids.size ? { root, ids } : undefined;
}

/** `markdown` with each marker replaced by an empty anchor carrying its id. */
export function placeAnchors(markdown: string, ids: Set<string>): string {
  const names = [...ids];
  return markdown.replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (marker, i: string) => {
    const id = names[Number(i)];
    return id === undefined ? marker : `<a id="${escapeId(id)}"></a>`;
  });
}

/** The paragraph a list item or note opens with, so the anchor sits on its first line. */
function firstTextHolder(element: DominoNode): DominoNode {
  const first = Array.from(element.childNodes).find((node) => node.nodeType !== 3 || node.textContent?.trim());
  return first?.nodeName === 'P' ? first : element;
}

function escapeId(id: string): string {
  return id.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** True inside `<pre>` or `<code>`, whose text is kept as written (an anchor there would be text). */
function insideCode(element: DominoNode): boolean {
  for (let node: DominoNode | null = element; node; node = node.parentNode) if (node.nodeName === 'PRE' || node.nodeName === 'CODE') return true;
  return false;
}
