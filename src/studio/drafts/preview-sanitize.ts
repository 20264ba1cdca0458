/**
 * A body's raw HTML in the editor preview, as the built page has it: the preview's HTML (raw HTML
 * passed through by micromark) is parsed as a browser would (hast-util-raw, parse5: no script
 * runs, nothing is fetched) and sanitized by the page's own sanitizer (integration/sanitize.ts
 * sanitizeBody, hast-util-sanitize with the page's schema). So the preview never holds what the
 * page removes: no `<script>`, `<style>`, `<iframe>`, `<svg>`, `on…=` handler or `javascript:` URL
 * reaches the editor page, and ordinary HTML (a WeChat article's `<section><p>…</p></section>`)
 * shows as the page shows it.
 */
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { sanitizeBody } from '../../integration/sanitize.ts';

/** A formula's place in the HTML while it is sanitized: text no author can write (a fresh nonce). */
const HOLD = `tlmath${Math.random().toString(36).slice(2)}n`;
const HELD = new RegExp(`${HOLD}(\\d+)x`, 'g');

/** Keeps the preview's own MathML (from the page's KaTeX call) out of the sanitizer, which strips `<math>` written as HTML. */
export function formulaHolder(): { hold: (html: string) => string; put: (html: string) => string } {
  const formulas: string[] = [];
  return {
    hold: (html) => `${HOLD}${formulas.push(html) - 1}x`,
    put: (html) => html.replace(HELD, (_, i: string) => formulas[Number(i)] ?? ''),
  };
}

/**
 * `html` (the preview's body HTML, raw HTML of the body included) sanitized as the page sanitizes
 * a body; each id it keeps, each `#` link and `aria-describedby` scoped with `idPrefix` (as the
 * preview scopes micromark's, once).
 */
export function sanitizedPreviewHtml(html: string, idPrefix: string): string {
  const tree = sanitizeBody({ type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root);
  scopeIds(tree, idPrefix);
  // micromark's way of writing what the parse changed not: `<br />`, and text as micromark escapes it.
  return toHtml(tree, { closeSelfClosing: true, allowDangerousHtml: true });
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Scopes ids (scopeElement) and writes each text as micromark does (hast-util-to-html leaves `>` and `"` as they are). */
function scopeIds(node: Root | RootContent, prefix: string): void {
  if (node.type === 'element') scopeElement(node, prefix);
  if (!('children' in node)) return;
  node.children = node.children.map((child) => (child.type === 'text' ? ({ type: 'raw', value: escapeText(child.value) } as unknown as typeof child) : child));
  for (const child of node.children) scopeIds(child, prefix);
}

function scopeElement(node: Element, prefix: string): void {
  const scoped = (value: string) => (value.startsWith(prefix) ? value : prefix + value);
  const { id, href, ariaDescribedBy } = node.properties;
  if (typeof id === 'string' && id !== '') node.properties.id = scoped(id);
  if (typeof href === 'string' && href.length > 1 && href.startsWith('#')) node.properties.href = `#${scoped(href.slice(1))}`;
  if (Array.isArray(ariaDescribedBy)) node.properties.ariaDescribedBy = ariaDescribedBy.map((v) => scoped(String(v)));
}
