/**
 * Emphasis in a Chinese post is shown with dots under the characters (base.css, `em:lang(zh)`),
 * as Chinese typography does; Latin words are emphasised in italics. A Chinese post (its `lang`,
 * else its text: core/language.ts) that emphasises Latin words only (AstroPaper's translated
 * frontmatter table, `**_pubDatetime_**`) had a dot under every letter. This hast plugin, run
 * after the sanitizer, gives each `<em>` that holds no CJK character `lang="en"`: it is then
 * italic, and screen readers read it as English.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { frontmatterOf, sourceLanguage } from './admonitions.ts';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Whether an `<em>` with this text is Latin emphasis: some text, no CJK character (the editor's preview reads it too). */
export const isLatinEmphasis = (text: string): boolean => text.trim() !== '' && !CJK.test(text);

const plugin: HastPluginDefinition = {
  name: 'throughline-latin-emphasis',
  element: {
    filter: ['em'],
    visit(node: Readonly<Element>, ctx) {
      const text = ctx.textContent(node);
      if (isLatinEmphasis(text) && node.properties.lang === undefined) ctx.setProperty(node, 'lang', 'en');
    },
  },
};

/** The plugin, for `hastPlugins`: only a Chinese document with `*` or `_` (or an `<em>`) is handed to it. */
export const latinEmphasis = (ctx: PluginFactoryContext): HastPluginDefinition | null =>
  /[*_]|<em\b/i.test(ctx.source) && sourceLanguage(ctx.source, frontmatterOf(ctx)) === 'zh' ? plugin : null;
