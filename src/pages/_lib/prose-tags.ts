/**
 * The page's side of core/prose-tags.ts: a tag written in prose as the name of a tag
 * (`浏览器遇到<script>标签时会…`), which nothing after it closes, is shown as text with the rest of its
 * paragraph, and an HTML block that opens with one is read again as Markdown (the rules and their
 * sources: core/prose-tags.ts).
 */
import type { MdastNode, MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { mayHaveProseTags, PHRASING, proseBlock, proseTagsOf, type Node } from '../../core/prose-tags.ts';

export { mayHaveProseTags, proseBlock, proseTagsOf, readProseBlocks, unclosedOpener, type Node } from '../../core/prose-tags.ts';

function pluginFor(source: string): MdastPluginDefinition {
  const inline = (node: Readonly<MdastNode>, ctx: Parameters<NonNullable<MdastPluginDefinition['paragraph']>>[1]) => {
    for (const tag of proseTagsOf(((node as unknown as Node).children ?? []) as Node[])) ctx.replaceNode(tag as never, { type: 'text', value: tag.value ?? '' } as never);
  };
  return {
    name: 'throughline-prose-tags',
    paragraph: inline,
    heading: inline,
    tableCell: inline,
    // An HTML block (its parent is not prose): the rest of the document after it counts.
    html(node, ctx) {
      const parent = ctx.parent(node) as unknown as Node | undefined;
      if (parent && (PHRASING.has(parent.type) || parent.type === 'paragraph' || parent.type === 'heading' || parent.type === 'tableCell')) return;
      const markdown = proseBlock((node as unknown as Node).value ?? '', source);
      if (markdown !== null) ctx.replaceNode(node, { raw: markdown });
    },
  };
}

/** The plugin, for `mdastPlugins`: only a document that may hold such a tag is handed to it. */
export const proseTags = (ctx: PluginFactoryContext): MdastPluginDefinition | null => (mayHaveProseTags(ctx.source) ? pluginFor(ctx.source) : null);
