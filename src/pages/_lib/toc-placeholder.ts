/**
 * AstroPaper marks where its table of contents goes with an empty heading, `## Table of contents`
 * (remark-toc's convention: "table of contents", "contents", "toc"; `## 目录` in Chinese posts),
 * which its build fills in. The portfolio makes its own contents box (posts/[...id].astro), so a
 * moved post showed an empty section with that title and listed it first in its contents. This
 * Markdown plugin leaves such a heading out when its section is empty: the next block is a
 * heading of the same or a higher level, or there is none. A heading with these words over text
 * or subsections stays. So does a paragraph that is an editor's contents mark (`[TOC]`, CSDN's
 * `@[TOC](目录)`: core/own-toc.ts isTocLine), which Hexo and Hugo showed as text.
 */
import type { Heading, Paragraph } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { isTocMarker, isTocParagraph } from '../../core/own-toc.ts';

const plugin: MdastPluginDefinition = {
  name: 'throughline-toc-placeholder',
  // An editor's `[TOC]` (Typora), `@[TOC](目录)` (CSDN) on a line of its own: the page's contents box stands for it.
  paragraph(node: Readonly<Paragraph>, ctx) {
    if (isTocParagraph(node)) ctx.removeNode(node);
  },
  heading(node: Readonly<Heading>, ctx) {
    if (!isTocMarker(ctx.textContent(node))) return;
    const parent = ctx.parent(node);
    const index = ctx.indexOf(node);
    if (!parent || index === undefined) return;
    const next = parent.children[index + 1] as { type: string; depth?: number } | undefined;
    if (next === undefined || (next.type === 'heading' && (next.depth ?? 7) <= node.depth)) ctx.removeNode(node);
  },
};

/** The plugin, for `mdastPlugins`: only a document that may hold such a heading is handed to it. */
export const tocPlaceholders = (ctx: PluginFactoryContext): MdastPluginDefinition | null => (/content|toc|目[录錄]/i.test(ctx.source) ? plugin : null);
