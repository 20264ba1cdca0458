/**
 * Whether a post writes its own table of contents: a list whose links lead mostly to places of
 * the page itself (`#…`), standing before the post's second section or right after a
 * contents label (a heading or a paragraph reading 目录, Contents, Table of Contents...). Posts
 * moved from other blogs often carry one (a Hexo or Halo post's pasted 目录 list, a kramdown
 * `* TOC` list); the portfolio then adds no contents box of its own (posts/[...id].astro), as Hugo
 * and AstroPaper themes leave theirs out when a post writes one. Whether the list's links lead
 * anywhere is not asked here: a dead one is reported by the build's link check.
 */
import type { MdastNode } from 'satteri';

/** remark-toc's and AstroPaper's words for a table of contents: "table of contents", "contents", "toc"; 目录 in Chinese. */
const MARKER = /^\s*(?:(?:table[ -]of[ -])?contents?|toc|目录|目錄)\s*$/i;

/** Whether a heading's text is a table of contents marker (`## Table of contents`, `## 目录`). */
export const isTocMarker = (text: string): boolean => MARKER.test(text);

/**
 * The editors' marks for "the table of contents goes here", a paragraph of their own, as their
 * text reads once parsed: `[TOC]` (Typora, Markdown Preview Enhanced, python-markdown's toc
 * extension), `[[toc]]` (markdown-it-table-of-contents), `[[_TOC_]]` (GitLab, whose `_TOC_` is
 * emphasis, so `[[TOC]]`), `${toc}` (markdown-it-toc-done-right), `@[toc]` and CSDN's
 * `@[TOC](文章目录)` (a link after `@`: `@TOC`). Hexo, Hugo and Jekyll show each as text.
 */
const LINE_MARKER = /^\s*(?:@?\[{1,2}_?toc_?\]{1,2}|\$\{toc\}|@toc)\s*$/i;

/** Whether a paragraph's text is such a mark: the portfolio's own contents box takes its place. */
export const isTocLine = (text: string): boolean => LINE_MARKER.test(text);

/**
 * Whether an mdast paragraph is such a mark: text, emphasis (GitLab's `_TOC_`) and a link (CSDN's
 * `(目录)`) only, reading as one; `` `[TOC]` `` (code) or `**[TOC]**` is what the author shows.
 */
export function isTocParagraph(node: { type: string; children?: readonly { type: string; value?: string; children?: readonly unknown[] }[] }): boolean {
  if (node.type !== 'paragraph' || !node.children?.every((c) => c.type === 'text' || c.type === 'emphasis' || c.type === 'link')) return false;
  const text = (n: { value?: string; children?: readonly unknown[] }): string => n.value ?? (n.children ?? []).map((c) => text(c as typeof n)).join('');
  const whole = text(node);
  return whole.length <= 80 && isTocLine(whole);
}

/**
 * Whether a heading or paragraph labels a contents list: a marker, or 内容 / 本文目录 / 文章目录 (or 內容, 目錄 as Taiwan writes them),
 * with a colon or a heading's permalink sign (`内容#`, `Contents:`) after it.
 */
export function isContentsLabel(text: string): boolean {
  const words = text.replace(/[\s:：#¶§]+$/u, '');
  return isTocMarker(words) || /^\s*(?:本文|文章)?(?:目[录錄]|[内內]容)$/.test(words);
}

/** A cheap test before parsing: a body without a link to a place of its page (`](#x)`, `href="#x"`) has no such list. */
export const mayHaveOwnToc = (body: string): boolean => /\]\(\s*<?#[^)\s]|href\s*=\s*["']#[^"']/.test(body);

interface Node { type: string; depth?: number; url?: string; value?: string; children?: Node[] }

/** Whether the body's tree (mdast, as core/theme/strip-markdown.ts parseBody gives it) holds such a list among its top-level blocks. */
export function ownTocIn(tree: MdastNode): boolean {
  // The top: the body up to its second section, as an introduction under a first `## Heading`
  // (with `###` parts of its own) holds the list. The depth of the first section's heading.
  let first: number | undefined;
  let top = true;
  let labelled = false;
  for (const block of (tree as Node).children ?? []) {
    if (block.type === 'heading' || block.type === 'paragraph') {
      const label = isContentsLabel(textOf(block));
      const depth = block.type === 'heading' && !label ? block.depth ?? 1 : 1;
      // A `# Title` the body repeats starts no section: the contents box lists ## and ###.
      if (depth >= 2) {
        if (first === undefined) first = depth;
        else if (depth <= first) top = false;
      }
      labelled = label;
      continue;
    }
    if ((top || labelled) && isContentsList(block)) return true;
    // A rule between the label and its list (`**目录**`, `---`, the list) keeps the label.
    if (block.type !== 'thematicBreak') labelled = false;
  }
  return false;
}

/**
 * A Markdown list whose items are mostly (more than half, two at least, nested ones counted) a
 * link to a place of the page and nothing else (a number or a dash beside it aside), or an HTML
 * block holding a list whose links lead mostly there. A list of steps that refer to a figure
 * (`1. read() (see [figure 2](#figure-2)) …`) is no contents.
 */
function isContentsList(block: Node): boolean {
  if (block.type === 'list') {
    const items = itemsOf(block);
    const entries = items.filter(isContentsEntry).length;
    return entries >= 2 && entries * 2 > items.length;
  }
  if (block.type !== 'html' || !/<[ou]l\b/i.test(block.value ?? '')) return false;
  const hrefs = [...(block.value ?? '').matchAll(/<a\s[^>]*?href\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]!);
  const inPage = hrefs.filter(isInPage).length;
  return inPage >= 2 && inPage * 2 > hrefs.length;
}

const isInPage = (href: string): boolean => /^#./.test(href.trim());

/** The items of a list and of the lists nested in them. */
function itemsOf(list: Node, out: Node[] = []): Node[] {
  for (const item of list.children ?? []) {
    out.push(item);
    for (const child of item.children ?? []) if (child.type === 'list') itemsOf(child, out);
  }
  return out;
}

/** An item whose text is one link to a place of the page: `[Install](#install)`, `1.2 [Install](#install)`. */
function isContentsEntry(item: Node): boolean {
  const text = item.children?.[0];
  if (text?.type !== 'paragraph') return false;
  const links = (text.children ?? []).filter((c) => c.type === 'link');
  const rest = (text.children ?? []).filter((c) => c.type !== 'link').map(textOf).join('');
  return links.length === 1 && isInPage(links[0]!.url ?? '') && /^[\s\d.、:：()（）\-–—]*$/.test(rest);
}

function textOf(node: Node): string {
  if (node.value !== undefined && node.type !== 'html') return node.value;
  return (node.children ?? []).map(textOf).join('');
}
