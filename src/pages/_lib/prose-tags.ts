/**
 * The page's side of core/prose-tags.ts: a tag written in prose as the name of a tag
 * (`浏览器遇到<script>标签时会…`), which nothing after it closes, is shown as text with the rest of its
 * paragraph, and an HTML block that opens with one is read again as Markdown (the rules and their
 * sources: core/prose-tags.ts).
 */
import type { MdastNode, MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { satteri } from '../../core/markdown-parser.ts';
import { firstProseBlock, mayHaveProseTags, PROSE_PARENTS, proseTagsOf, readProseBlocks, type Node } from '../../core/prose-tags.ts';

export { mayHaveProseTags, proseBlock, proseTagsOf, readProseBlocks, unclosedOpener, type Node } from '../../core/prose-tags.ts';

/** The page's Markdown features (astro.config.mjs), for a block read again. */
const FEATURES = { directive: true, math: true, frontmatter: false } as const;

/** A plain copy of a node Sätteri hands a plugin (its own `_` fields left out); `position` too unless `keepPosition` is false. */
function plain(node: unknown, keepPosition = true): Node {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key.startsWith('_') || (key === 'position' && !keepPosition)) continue;
    copy[key] = key === 'children' ? (value as unknown[]).map((c) => plain(c, keepPosition)) : value;
  }
  return copy as Node;
}

/**
 * A block read again, as the page's parser reads it. Its positions (in the block's own text, not
 * the post) are left out, as a node a plugin writes has none.
 */
const parseBlock = (markdown: string): Node[] => (plain(satteri().markdownToMdast(markdown, { position: false, features: FEATURES }), false).children ?? []);

type InlineVisitor = NonNullable<MdastPluginDefinition['paragraph']>;

const inline = ((node: Readonly<MdastNode>, ctx: Parameters<InlineVisitor>[1]) => {
  for (const tag of proseTagsOf(((node as unknown as Node).children ?? []) as Node[])) ctx.replaceNode(tag as never, { type: 'text', value: tag.value ?? '' } as never);
}) as InlineVisitor;

/** The tags in prose, after the blocks (so that a block read again is looked into too). */
const inlinePlugin: MdastPluginDefinition = { name: 'throughline-prose-tags', paragraph: inline, heading: inline as never, tableCell: inline as never };

/**
 * The HTML blocks, on the whole tree: whether one is closed is read from the raw HTML after it
 * (core/prose-tags.ts readProseBlocks), and a block read again may hold another. The raw HTML is
 * gathered by the visitor first: only a document with such a block is copied and read again (a
 * copy of every tree with a `<!--more-->` made its page about seven times slower to render).
 */
function blocksPlugin(): MdastPluginDefinition {
  const html: { value: string; block: boolean }[] = [];
  return {
    name: 'throughline-prose-blocks',
    html(node, ctx) {
      html.push({ value: node.value ?? '', block: !PROSE_PARENTS.has((ctx.parent(node) as unknown as Node | undefined)?.type ?? 'root') });
    },
    after(root, ctx) {
      if (firstProseBlock(html) === null) return;
      const tree = plain(root);
      if (readProseBlocks(tree, parseBlock)) ctx.replaceNode(root as never, tree as never);
    },
  };
}

/** The plugins, for `mdastPlugins`: only a document that may hold such a tag is handed to them. */
export const proseTags = (ctx: PluginFactoryContext): MdastPluginDefinition[] | null => (mayHaveProseTags(ctx.source) ? [blocksPlugin(), inlinePlugin] : null);
