/**
 * A Markdown plugin (Sätteri, Astro's processor): a line break inside a paragraph between two
 * CJK characters is removed, since browsers render it as a space that Chinese text must not
 * have; so is one just after or just before full-width punctuation (。，、：；！？（）「」…),
 * whatever is on its other side, since such a mark holds its own space and a Latin word after
 * it takes none (W3C clreq, "Requirements for Chinese Text Layout", 3.4: the space between Han
 * and Western text is not added next to punctuation): "软件。\nTypst" is "软件。Typst". Between
 * Latin words, and between a Latin word and a Han character, it stays.
 */
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';

const CJK = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/**
 * Full-width punctuation: CJK Symbols and Punctuation, and the punctuation of Halfwidth and
 * Fullwidth Forms. A break beside one is joined only inside a paragraph (not a blank line).
 */
const PUNCT = '\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
const BREAK_BETWEEN_CJK = new RegExp(
  `([${CJK}])[ \\t]*\\r?\\n[ \\t]*(?=[${CJK}])|([${PUNCT}])[ \\t]*\\r?\\n(?![ \\t]*\\r?\\n)[ \\t]*|(?<!\\n[ \\t]*)[ \\t]*\\r?\\n[ \\t]*(?=[${PUNCT}])`,
  'g',
);

/**
 * The text with soft line breaks between two CJK characters joined, and those after or before
 * full-width punctuation (a text node may end with one: "。\n" before inline code).
 */
export function joinCjkLines(text: string): string {
  return text.replace(BREAK_BETWEEN_CJK, (_, cjk?: string, punct?: string) => cjk ?? punct ?? '');
}

const joinTextNodes: MdastPluginDefinition = {
  name: 'throughline-cjk-line-breaks',
  text(node, ctx) {
    const value = joinCjkLines(node.value);
    if (value !== node.value) ctx.setProperty(node, 'value', value);
  },
};

/**
 * A break that joinCjkLines may join once the paragraph is parsed, in the source: the next line
 * may start with blockquote marks (`> 中文` under `> 中文`), which the text node does not hold.
 */
const MAY_BREAK_BETWEEN_CJK = new RegExp(
  `[${CJK}][ \\t]*\\r?\\n[ \\t>]*[${CJK}]|[${PUNCT}][ \\t]*\\r?\\n(?![ \\t>]*\\r?\\n)|(?<!\\n[ \\t>]*)[ \\t]*\\r?\\n[ \\t>]*[${PUNCT}]`,
);

/**
 * Whether a document's source may have a line break joinCjkLines joins in its text (the page's
 * plugin and the editor's preview ask the same). A cheap test: it may say yes for none (a break
 * beside full-width punctuation before a blank line), never no for one the parse finds.
 */
export const mayHaveCjkBreaks = (source: string): boolean => MAY_BREAK_BETWEEN_CJK.test(source);

/**
 * The plugin, for `mdastPlugins`: a factory Sätteri calls with each document's source, which
 * leaves the plugin out of a document with no line break between CJK characters (Sätteri's
 * PluginFactoryContext), so that such a document's text nodes are never handed to JavaScript.
 */
export const cjkLineBreaks = (ctx: PluginFactoryContext): MdastPluginDefinition | null => (mayHaveCjkBreaks(ctx.source) ? joinTextNodes : null);
