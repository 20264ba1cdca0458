/**
 * A code block's file name as themes write it in the fence's meta: Expressive Code (Fuwari,
 * Starlight) and Docusaurus `title="my-test-file.js"`, AstroPaper v5 `file="src/config.ts"`
 * (single quotes, or a value without spaces unquoted, too). Sätteri keeps the meta but shows
 * nothing of it, so a moved post lost the name its prose points to. This Markdown plugin wraps
 * such a block as `<figure class="code-figure"><figcaption class="code-title">name</figcaption>
 * <pre>…</pre></figure>` (styled by base.css; the name is text, never markup). Other meta
 * (`{1,4}` line marks, `ins=`, `frame=`) is still not shown.
 */
import type { Code } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';

const TITLE = /(?:^|\s)(?:title|file)=(?:"([^"]*)"|'([^']*)'|([^\s"'{}]+))/;

/** The name a fence's meta gives its block, or null. */
export function codeTitle(meta: string | null | undefined): string | null {
  const match = TITLE.exec(meta ?? '');
  const title = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
  return title === '' ? null : title;
}

/**
 * A fence's language and meta as its writer meant them. A fence with meta but no language
 * (```title="a.txt", ```{1,3}) has its first word read as the language by CommonMark's info
 * string rule (spec 4.5): a word with `=` or a `{` is meta, never a language name.
 */
export function fenceLanguageAndMeta(lang: string | null | undefined, meta: string | null | undefined): { lang: string | null; meta: string | null } {
  if (lang && isMetaWord(lang)) return { lang: null, meta: meta ? `${lang} ${meta}` : lang };
  return { lang: lang ?? null, meta: meta ?? null };
}

/** Whether a fence's first word is meta (`title="a"`, `{1,3}`), not a language name. */
export const isMetaWord = (word: string) => word.includes('=') || word.startsWith('{');

const plugin: MdastPluginDefinition = {
  name: 'throughline-code-titles',
  code(node: Readonly<Code>, ctx) {
    const { lang, meta } = fenceLanguageAndMeta(node.lang, node.meta);
    const title = codeTitle(meta);
    if (title === null) return;
    ctx.replaceNode(node, {
      type: 'blockquote',
      data: { hName: 'figure', hProperties: { className: ['code-figure'] } },
      children: [{ type: 'paragraph', data: { hName: 'figcaption', hProperties: { className: ['code-title'] } }, children: [{ type: 'text', value: title }] }, { ...node, lang, meta } as Code],
    } as never);
  },
};

/** The plugin, for `mdastPlugins`: only a document with `title=` or `file=` is handed to it. */
export const codeTitles = (ctx: PluginFactoryContext): MdastPluginDefinition | null => (/(?:title|file)=/.test(ctx.source) ? plugin : null);
