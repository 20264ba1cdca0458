/**
 * A Markdown plugin (Sätteri, Astro's processor): emphasis that CommonMark leaves as literal
 * asterisks in Chinese, Japanese and Korean text is paired by the CJK-friendly amendments
 * (core/cjk-emphasis.ts): `**为了学习规则，必须首先相信它。**一个人…` is bold on the page, where it
 * showed its `**`. Each text node the parser left is read on its own: emphasis whose marks the
 * parser split into two text nodes (a link or inline code between them) stays as written.
 */
import type { Emphasis, PhrasingContent, Strong, Text } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { cjkEmphasis, type EmphasisPart } from '../../core/cjk-emphasis.ts';

/** A part as mdast: text, emphasis or strong. */
function toMdast(part: EmphasisPart): PhrasingContent {
  if (part.type === 'text') return { type: 'text', value: part.value } satisfies Text;
  return { type: part.type, children: part.children.map(toMdast) } as Emphasis | Strong;
}

const plugin: MdastPluginDefinition = {
  name: 'throughline-cjk-emphasis',
  text(node, ctx) {
    const parts = cjkEmphasis(node.value);
    if (parts) ctx.replaceNode(node, parts.map(toMdast));
  },
};

const CJK = /[\u3001-\u303e\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff60]/;

/** Whether a line of `source` holds both an asterisk and a CJK character (each line read once). */
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
