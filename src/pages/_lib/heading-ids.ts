/**
 * A heading's own anchor written after its text, `## Who maintains Vue? {#who-maintains-vue}`:
 * Hugo (Goldmark's heading attributes, on by default), VitePress, Pandoc and kramdown read it as
 * the heading's id, so posts moved from those sites carry it. Sätteri's `headingAttributes`
 * feature would also take any `{…}` at the end of a heading (`## Price {per kg}` lost its last
 * words), so only the `{#id}` form is read here: the text loses it and the heading gets that id
 * (Astro's heading-id plugin keeps an id already there, so links to `#who-maintains-vue` and the
 * table of contents use it). The editor's preview does the same (studio/drafts/markdown-preview.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

/** ` {#id}` at the end of a heading's text; the id is letters and digits of any script, `-`, `_`. */
const HEADING_ID = /[ \t]+\{[ \t]*#([\p{L}\p{N}_-]+)[ \t]*\}[ \t]*$/u;

/** `text` without a trailing ` {#id}`, and that id; null when it has none. */
export function splitHeadingId(text: string): { text: string; id: string } | null {
  const match = HEADING_ID.exec(text);
  return match ? { text: text.slice(0, match.index), id: match[1]! } : null;
}

/** Whether `source` may hold a heading's `{#id}` (a cheap test before any heading is looked at). */
export function mayHaveHeadingIds(source: string): boolean {
  return /\{[ \t]*#/.test(source);
}

const HEADING = /^h[1-6]$/;

function withIds<N extends Root | RootContent>(node: N): N {
  if (node.type !== 'element' && node.type !== 'root') return node;
  const el = node as Element | Root;
  const children = el.children.map((c) => withIds(c as RootContent)) as ElementContent[];
  if (el.type === 'element' && HEADING.test(el.tagName)) {
    const last = children.at(-1);
    const split = last?.type === 'text' ? splitHeadingId(last.value) : null;
    if (split) return { ...el, properties: { ...el.properties, id: split.id }, children: [...children.slice(0, -1), { ...last!, value: split.text }] } as N;
  }
  return { ...el, children } as N;
}

const headingIdPlugin: HastPluginDefinition = {
  name: 'throughline-heading-ids',
  after(root, ctx) {
    ctx.replaceNode(root, withIds(root as Root) as never);
  },
};

/** The plugin, for `hastPlugins` (after the sanitizer): only a document with `{#` is handed to it. */
export const headingIds = (ctx: PluginFactoryContext): HastPluginDefinition | null => (mayHaveHeadingIds(ctx.source) ? headingIdPlugin : null);
