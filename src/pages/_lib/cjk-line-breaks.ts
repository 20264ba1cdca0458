/**
 * A Markdown plugin (Sätteri, Astro's processor): a line break inside a paragraph between two
 * CJK characters is removed, since browsers render it as a space that Chinese text must not
 * have. Between Latin words, and between Latin and CJK, it stays.
 */
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';

const CJK = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const BREAK_BETWEEN_CJK = new RegExp(`([${CJK}])[ \\t]*\\r?\\n[ \\t]*(?=[${CJK}])`, 'g');

/** The text with soft line breaks between two CJK characters joined. */
export function joinCjkLines(text: string): string {
  return text.replace(BREAK_BETWEEN_CJK, '$1');
}

const joinTextNodes: MdastPluginDefinition = {
  name: 'throughline-cjk-line-breaks',
  text(node, ctx) {
    const value = joinCjkLines(node.value);
    if (value !== node.value) ctx.setProperty(node, 'value', value);
  },
};

/**
 * The plugin, for `mdastPlugins`: a factory Sätteri calls with each document's source, which
 * leaves the plugin out of a document with no line break between CJK characters (Sätteri's
 * PluginFactoryContext), so that such a document's text nodes are never handed to JavaScript.
 */
export const cjkLineBreaks = (ctx: PluginFactoryContext): MdastPluginDefinition | null => {
  BREAK_BETWEEN_CJK.lastIndex = 0;
  return BREAK_BETWEEN_CJK.test(ctx.source) ? joinTextNodes : null;
};
