/**
 * A post's straight double quotes in its own language's marks: Sätteri's smart punctuation curls
 * `"…"` into English “…” in every document, so a German post read “Ich dachte …” where German
 * writes „Ich dachte …“. This mdast plugin gives a document whose language (its `lang`, else its
 * text: core/language.ts postLangTag) writes other marks those marks (core/quote-marks.ts).
 */
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { postLangTag } from '../../core/language.ts';
import { FRONTMATTER } from '../../core/post-split.ts';
import { doubleQuotes, withQuotes } from '../../core/quote-marks.ts';
import { frontmatterOf, type LanguageFields } from './admonitions.ts';

type Text = { type: string; value?: string; position?: { start: { offset?: number }; end: { offset?: number } } };

/**
 * The BCP 47 tag a document is published with: from its frontmatter's `lang` and `title` (the
 * pipeline's, admonitions.ts frontmatterOf; else a frontmatter block at the top of `source`) and its body.
 */
export function sourceLangTag(source: string, frontmatter?: LanguageFields): string {
  const match = FRONTMATTER.exec(source);
  const front = match?.[1] ?? '';
  const lang = typeof frontmatter?.lang === 'string' ? frontmatter.lang : /^lang:[ \t]*["']?([A-Za-z_-]+)/m.exec(front)?.[1];
  const title = typeof frontmatter?.title === 'string' ? frontmatter.title : (/^title:[ \t]*["']?(.*?)["']?[ \t]*$/m.exec(front)?.[1] ?? '');
  return postLangTag(title, lang || undefined, match ? source.slice(match[0].length) : source);
}

/** The plugin, for `mdastPlugins`: only a document with a `"` whose language writes other quotes gets one. */
export const languageQuotes = (ctx: PluginFactoryContext): MdastPluginDefinition | null => {
  const source = ctx.source;
  const marks = source.includes('"') ? doubleQuotes(sourceLangTag(source, frontmatterOf(ctx))) : undefined;
  if (!marks) return null;
  return {
    name: 'throughline-language-quotes',
    options: { position: true },
    text(node, c) {
      const text = node as unknown as Text;
      const start = text.position?.start.offset;
      const end = text.position?.end.offset;
      if (start === undefined || end === undefined || !/[“”]/.test(text.value ?? '')) return;
      const value = withQuotes(text.value ?? '', source.slice(start, end), marks);

      if (value !== text.value) c.replaceNode(node as never, { type: 'text', value } as never);
    },
  };
};
