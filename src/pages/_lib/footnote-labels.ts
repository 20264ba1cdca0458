/**
 * GFM footnotes in a Chinese post speak Chinese: Sätteri writes the footnotes section's heading
 * ("Footnotes", `h2#footnote-label`) and each back link's label ("Back to reference 1") in
 * English, for every document alike (its footnote options are per build, not per post). This
 * hast plugin, run after the sanitizer, gives a post whose language is Chinese (its `lang`, else
 * its text: core/language.ts) "脚注" and "返回引用 1"; an English post keeps Sätteri's words.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { frontmatterOf, sourceLanguage } from './admonitions.ts';

export const ZH_FOOTNOTE_LABEL = '脚注';
const zhBackLabel = (label: string) => label.replace(/^Back to reference\s+/, '返回引用 ');

/** A copy of `node` with the footnote heading and back-link labels in Chinese. */
function relabel<N extends Root | RootContent>(node: N): N {
  if (node.type !== 'element' && node.type !== 'root') return node;
  const el = node as Element | Root;
  const children = el.children.map((c) => relabel(c as RootContent)) as ElementContent[];
  if (el.type === 'root') return { ...el, children } as N;
  if (el.properties.id === 'footnote-label') return { ...el, children: [{ type: 'text', value: ZH_FOOTNOTE_LABEL }] } as N;
  const label = el.properties.ariaLabel;
  if ('dataFootnoteBackref' in el.properties && typeof label === 'string') return { ...el, properties: { ...el.properties, ariaLabel: zhBackLabel(label) }, children } as N;
  return { ...el, children } as N;
}

const zhFootnotes: HastPluginDefinition = {
  name: 'throughline-footnote-labels',
  after(root, ctx) {
    ctx.replaceNode(root, relabel(root as Root) as never);
  },
};

/** The plugin, for `hastPlugins`: only a Chinese document with a footnote (`[^`) is handed to it. */
export const footnoteLabels = (ctx: PluginFactoryContext): HastPluginDefinition | null =>
  ctx.source.includes('[^') && sourceLanguage(ctx.source, frontmatterOf(ctx)) === 'zh' ? zhFootnotes : null;
