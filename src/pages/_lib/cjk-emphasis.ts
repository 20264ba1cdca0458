/**
 * A Markdown plugin (Sätteri, Astro's processor): emphasis that CommonMark leaves as literal
 * asterisks in Chinese, Japanese and Korean text is paired by the CJK-friendly amendments
 * (core/cjk-emphasis.ts): `**为了学习规则，必须首先相信它。**一个人…` is bold on the page, where it
 * showed its `**`. A paragraph, heading or table cell of text and emphasis only is read again as
 * a whole, its marks written back (CommonMark may have paired a mark the amendments pair
 * otherwise: `这是**“引号”**的，请按**「确定」**按钮`); in one that holds a link, code or other
 * inline content, each text is read on its own, so a pair split by a link or code stays as
 * written.
 */
import type { Emphasis, PhrasingContent, Strong, Text } from 'mdast';
import type { MdastNode, MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { CJK, cjkEmphasis, partsText, repairedEmphasis, type EmphasisPart } from '../../core/cjk-emphasis.ts';

/** A part as mdast: text, emphasis or strong. */
function toMdast(part: EmphasisPart): PhrasingContent {
  if (part.type === 'text') return { type: 'text', value: part.value } satisfies Text;
  return { type: part.type, children: part.children.map(toMdast) } as Emphasis | Strong;
}

type Node = { type: string; value?: string; children?: Node[] };

/** The content as parts when it is texts and emphasis only (any depth), else null (the excerpt reads the same). */
function asParts(children: readonly Node[]): EmphasisPart[] | null {
  const parts: EmphasisPart[] = [];
  for (const c of children) {
    if (c.type === 'text') parts.push({ type: 'text', value: c.value ?? '' });
    else if (c.type === 'strong' || c.type === 'emphasis') {
      const inner = asParts(c.children ?? []);
      if (!inner) return null;
      parts.push({ type: c.type, children: inner });
    } else return null;
  }
  return parts;
}

/**
 * A block of text and emphasis only (a paragraph, heading or table cell's `children`) read again
 * as a whole by the amendments (core/cjk-emphasis.ts repairedEmphasis), when an asterisk was left
 * as text: its new parts, or null when it reads as it is (or holds anything but text and emphasis).
 * The page's plugin and the excerpt both ask this, so both read a block alike.
 */
export function reparsedBlock(children: readonly Node[]): EmphasisPart[] | null {
  const parts = asParts(children);
  // Only content with an asterisk left as text can read otherwise.
  return parts && partsText(parts).includes('*') ? repairedEmphasis(parts) : null;
}

/** Nodes whose text is prose that may hold emphasis (not code, math, HTML or MDX expressions). */
const PHRASING_PARENTS = new Set(['link', 'linkReference', 'delete', 'strong', 'emphasis', 'mdxJsxTextElement', 'textDirective']);

/** Each text of `children` (links and emphasis looked into) handed to `visit`. */
function eachText(children: readonly Node[], visit: (text: Node) => void): void {
  for (const c of children) {
    if (c.type === 'text') visit(c);
    else if (PHRASING_PARENTS.has(c.type)) eachText(c.children ?? [], visit);
  }
}

function pairIn(node: Readonly<MdastNode>, ctx: Parameters<NonNullable<MdastPluginDefinition['text']>>[1]): void {
  const children = (node as unknown as Node).children ?? [];
  if (asParts(children)) {
    const again = reparsedBlock(children);
    if (!again) return;
    ctx.replaceNode(children[0] as never, again.map(toMdast));
    for (const c of children.slice(1)) ctx.removeNode(c as never);
    return;
  }
  eachText(children, (text) => {
    const found = cjkEmphasis(text.value ?? '');
    if (found) ctx.replaceNode(text as never, found.map(toMdast));
  });
}

const plugin: MdastPluginDefinition = { name: 'throughline-cjk-emphasis', paragraph: pairIn, heading: pairIn, tableCell: pairIn };

/** Whether a line of `source` holds both an asterisk and a CJK character (the amendments' class, core/cjk-emphasis.ts; each line read once). */
function cjkLineWithStar(source: string): boolean {
  for (let star = source.indexOf('*'); star !== -1; ) {
    const start = source.lastIndexOf('\n', star) + 1;
    const end = source.indexOf('\n', star);
    const line = source.slice(start, end === -1 ? undefined : end);
    if (CJK.test(line)) return true;
    if (end === -1) return false;
    star = source.indexOf('*', end);
  }
  return false;
}

/**
 * Whether a document's emphasis is paired again (the page's plugin, the editor's preview and
 * excerpts ask the same): it has an asterisk on a line with CJK text, and escapes none (`\*`):
 * in a text node an escaped asterisk cannot be told from one the parser left unpaired, so such a
 * document is left as CommonMark reads it.
 */
export const wantsCjkEmphasis = (source: string): boolean => source.includes('*') && !source.includes('\\*') && cjkLineWithStar(source);

/** The plugin, for `mdastPlugins`: only a document that {@link wantsCjkEmphasis} is handed to it. */
export const cjkEmphasisMarks = (ctx: PluginFactoryContext): MdastPluginDefinition | null => (wantsCjkEmphasis(ctx.source) ? plugin : null);
