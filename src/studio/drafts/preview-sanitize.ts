/**
 * A body's raw HTML in the editor preview, as the built page has it: the preview's HTML (raw HTML
 * passed through by micromark) is parsed as a browser would (hast-util-raw, parse5: no script
 * runs, nothing is fetched) and sanitized by the page's own sanitizer (integration/sanitize.ts
 * sanitizeBody, hast-util-sanitize with the page's schema). So the preview never holds what the
 * page removes: no `<script>`, `<style>`, `<iframe>`, `<svg>`, `on…=` handler or `javascript:` URL
 * reaches the editor page, and ordinary HTML (a WeChat article's `<section><p>…</p></section>`)
 * shows as the page shows it.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import { sanitizeBody } from '../../integration/sanitize.ts';

/** A formula's place in the HTML while it is sanitized: text no author can write (a fresh nonce). */
const HOLD = `tlmath${Math.random().toString(36).slice(2)}n`;
const HELD = new RegExp(`${HOLD}(\\d+)x`, 'g');

/**
 * Keeps the preview's own MathML (from the page's KaTeX call) out of the sanitizer, which strips
 * `<math>` written as HTML: `hold` gives a formula's place, `put` writes the formulas back into
 * the HTML, `putInTree` into a tree (each parsed, for plugins that read the formulas' text).
 */
export function formulaHolder(): { hold: (html: string) => string; put: (html: string) => string; putInTree: (tree: Root) => void } {
  const formulas: string[] = [];
  return {
    hold: (html) => `${HOLD}${formulas.push(html) - 1}x`,
    put: (html) => html.replace(HELD, (_, i: string) => formulas[Number(i)] ?? ''),
    putInTree: (tree) => {
      if (formulas.length) putFormulas(tree, parsedFormulas(formulas));
    },
  };
}

/** Each formula's HTML as hast, parsed in one go (hast-util-raw, parse5), each in a `<div>` of its own. */
function parsedFormulas(formulas: string[]): ElementContent[][] {
  const parsed = raw({ type: 'root', children: [{ type: 'raw', value: formulas.map((f) => `<div>${f}</div>`).join('') }] } as unknown as Root) as Root;
  return parsed.children.map((div) => (div.type === 'element' ? div.children : []));
}

function putFormulas(node: Root | Element, parsed: ElementContent[][]): void {
  node.children = (node.children as ElementContent[]).flatMap((child): ElementContent[] => {
    if (child.type === 'element') putFormulas(child, parsed);
    if (child.type !== 'text' || !child.value.includes(HOLD)) return [child];
    return child.value.split(HELD).flatMap((part, i) => (i % 2 === 1 ? structuredClone(parsed[Number(part)] ?? []) : part ? [{ type: 'text', value: part }] : []));
  });
}

/**
 * `html` (the preview's body HTML, raw HTML of the body included) sanitized as the page sanitizes
 * a body; each id it keeps, each `#` link and `aria-describedby` scoped with `idPrefix` (as the
 * preview scopes micromark's, once).
 */
export function sanitizedPreviewHtml(html: string, idPrefix: string): string {
  return writeSanitizedPreview(sanitizedPreviewTree(html, idPrefix));
}

/** sanitizedPreviewHtml's tree, before it is written: the preview's plugins run over it rather than parse its HTML again. */
export function sanitizedPreviewTree(html: string, idPrefix: string): Root {
  const tree = sanitizeBody({ type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root);
  scopeIds(tree, idPrefix);
  return tree;
}

/** A sanitized tree written as micromark writes HTML (the parse changed not): `<br />`, and text as micromark escapes it. */
export function writeSanitizedPreview(tree: Root): string {
  textsAsMicromark(tree);
  return toHtml(tree, { closeSelfClosing: true, allowDangerousHtml: true });
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Each text written as micromark does (hast-util-to-html leaves `>` and `"` as they are). */
function textsAsMicromark(node: Root | RootContent): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => (child.type === 'text' ? ({ type: 'raw', value: escapeText(child.value) } as unknown as typeof child) : child));
  for (const child of node.children) textsAsMicromark(child);
}

/** Scopes each element's ids (scopeElement). */
function scopeIds(node: Root | RootContent, prefix: string): void {
  if (node.type === 'element') scopeElement(node, prefix);
  if ('children' in node) for (const child of node.children) scopeIds(child, prefix);
}

function scopeElement(node: Element, prefix: string): void {
  const scoped = (value: string) => (value.startsWith(prefix) ? value : prefix + value);
  const { id, href, ariaDescribedBy } = node.properties;
  if (typeof id === 'string' && id !== '') node.properties.id = scoped(id);
  if (typeof href === 'string' && href.length > 1 && href.startsWith('#')) node.properties.href = `#${scoped(href.slice(1))}`;
  if (Array.isArray(ariaDescribedBy)) node.properties.ariaDescribedBy = ariaDescribedBy.map((v) => scoped(String(v)));
}
