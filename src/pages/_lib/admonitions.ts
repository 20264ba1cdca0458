/**
 * Admonitions as asides (a Markdown plugin for Sätteri, Astro's processor here): Fuwari's (and
 * Docusaurus') container directives
 *
 *     :::note            :::tip[Your own title]
 *     Text.              Text.
 *     :::                :::
 *
 * and GitHub's alerts (https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#alerts)
 *
 *     > [!NOTE]                > [!TIP/Your own title]
 *     > Text.                  > Text.
 *
 * (the second, remark-github-blockquote-alert's `legacyTitle` form: core/admonition-kinds.ts ALERT),
 * and Obsidian's callouts, `> [!info]- Own title` of any type (calloutKind gives its kind),
 * for the five kinds both know (note, tip, important, warning, caution) become
 * `<aside class="admonition admonition-KIND" role="note"><p class="admonition-title">Note</p>…</aside>`,
 * styled by base.css in the light and the dark theme, with no script. The title is the
 * directive's label or the alert's own title when it has one, else the kind's name in the post's language.
 *
 * Sätteri parses `:::` blocks only with its `directive` feature on (astro.config.mjs), and then
 * renders a directive it is not told about as nothing: a `:::name` of another kind keeps its
 * content, in a `<div class="directive directive-NAME">`. Unified remark plugins (remark-directive,
 * remark-github-blockquote-alert) do not run in Sätteri's pipeline, hence this plugin.
 */
import type { Blockquote, Paragraph, PhrasingContent, Text } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { ADMONITION_TITLES, ALERT, calloutKind, isAdmonitionKind as isKind, type AdmonitionKind } from '../../core/admonition-kinds.ts';
import { postLanguage, type Lang } from '../../core/language.ts';
import { FRONTMATTER } from '../../core/post-split.ts';

/** `data.hProperties` sets the HTML attributes of a node (mdast-util-to-hast, which Sätteri follows). */
const TITLE_DATA = { hProperties: { className: ['admonition-title'] } } as Paragraph['data'];

function titleParagraph(children: Paragraph['children']): Paragraph {
  return { type: 'paragraph', data: TITLE_DATA, children };
}

/**
 * An aside with WAI-ARIA's role `note` ("a section whose content is parenthetic or ancillary to
 * the main content"): without it each aside is a complementary landmark with no name, and a post
 * with eight asides listed eight "complementary" landmarks to a screen reader (html-validate's
 * unique-landmark).
 */
function asideData(kind: AdmonitionKind) {
  return { hName: 'aside', hProperties: { className: ['admonition', `admonition-${kind}`], role: 'note' } };
}

/** The frontmatter fields that decide a post's language, as the pipeline gets them. */
export type LanguageFields = { lang?: unknown; title?: unknown };

/**
 * The frontmatter Astro hands a document's pipeline (`data.astro.frontmatter`): `ctx.source` is
 * the body alone, so a `lang` or title read from it was never there.
 */
export function frontmatterOf(ctx: PluginFactoryContext): LanguageFields | undefined {
  return (ctx.data as { astro?: { frontmatter?: LanguageFields } }).astro?.frontmatter;
}

/**
 * The post's language as its page has it (core/language.ts postLanguage): its `lang`, else its
 * title and text. `frontmatter` is the pipeline's (frontmatterOf); without it, a frontmatter block
 * at the top of `source` gives `lang` and `title`.
 */
export function sourceLanguage(source: string, frontmatter?: LanguageFields): Lang {
  const front = FRONTMATTER.exec(source)?.[1] ?? '';
  const lang = typeof frontmatter?.lang === 'string' ? frontmatter.lang : /^lang:\s*["']?([A-Za-z-]+)/m.exec(front)?.[1];
  const title = typeof frontmatter?.title === 'string' ? frontmatter.title : (/^title:[ \t]*["']?(.*?)["']?[ \t]*$/m.exec(front)?.[1] ?? '');
  return postLanguage(title, lang || undefined, source);
}

function plugin(lang: Lang): MdastPluginDefinition {
  return {
    name: 'throughline-admonitions',
    containerDirective(node, ctx) {
      const name = node.name.toLowerCase();
      const first = node.children[0];
      const labelled = (first?.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;
      if (!isKind(name)) {
        ctx.setProperty(node, 'data', { hName: 'div', hProperties: { className: ['directive', `directive-${name}`] } });
        return;
      }
      ctx.setProperty(node, 'data', asideData(name));
      if (labelled && first) ctx.setProperty(first, 'data', TITLE_DATA as Record<string, unknown>);
      else ctx.prependChild(node, titleParagraph([{ type: 'text', value: ADMONITION_TITLES[name][lang] }]));
    },
    blockquote(node: Readonly<Blockquote>, ctx) {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const value = (text as Text).value;
      const match = ALERT.exec(value);
      if (!match) return;
      // An Obsidian title that goes on past this text node (`[!tip] Use \`npm\``) is not cut in two:
      // the box gets its kind's title and the line stays as the first words of its text.
      const cut = match[3] !== undefined && !match[0].endsWith('\n') && first.children.length > 1;
      const { kind, title } = calloutKind(match[1]!, lang);
      ctx.setProperty(node, 'data', asideData(kind));
      const rest = cut ? value.slice(value.indexOf(']') + 1).replace(/^[+-]?[ \t]+/, '') : value.slice(match[0].length);
      if (rest === '' && first.children.length === 1) ctx.removeNode(first);
      else ctx.setProperty(text as Text, 'value', rest);
      const own = cut ? undefined : (match[2] ?? match[3])?.trim();
      ctx.prependChild(node, titleParagraph([{ type: 'text', value: own || title }]));
    },
    // Sätteri renders an inline `:name` or a `::name` line as nothing, so ordinary prose lost
    // words: "9:30am" became "9", "时间:早上" became "时间". No inline or leaf directive means
    // anything here: each shows as written.
    textDirective(node, ctx) {
      ctx.replaceNode(node, asWritten(node, ':'));
    },
    leafDirective(node, ctx) {
      ctx.replaceNode(node, { type: 'paragraph', children: asWritten(node, '::') });
    },
  };
}

type Directive = { name: string; attributes?: Record<string, string | null | undefined> | null; children: readonly unknown[] };

/**
 * A text (`:name[label]{attrs}`) or leaf (`::name…`) directive as the text it was written
 * as: the marker and name, the label's own parsed content (so `**bold**` in it stays bold) and
 * the attributes as `{key="value"}`. Sätteri gives plugins no source positions, so this is
 * rebuilt from the node: `{#id .class}` comes back as `{id="id" class="class"}`, and an empty
 * label `[]` is not shown.
 */
function asWritten(node: Readonly<Directive>, marker: ':' | '::'): PhrasingContent[] {
  const children = node.children as PhrasingContent[];
  const attributes = Object.entries(node.attributes ?? {})
    .map(([key, value]) => (value == null || value === '' ? key : `${key}="${value}"`))
    .join(' ');
  const after = `${children.length > 0 ? ']' : ''}${attributes === '' ? '' : `{${attributes}}`}`;
  const text = (value: string): PhrasingContent[] => (value === '' ? [] : [{ type: 'text', value }]);
  return [...text(`${marker}${node.name}${children.length > 0 ? '[' : ''}`), ...children, ...text(after)];
}

/**
 * The plugin, for `mdastPlugins`: a factory Sätteri calls with each document's source; a
 * document with neither `:` (any directive, `9:30` too) nor `[!` is left alone without handing any node to JavaScript.
 */
export const admonitions = (ctx: PluginFactoryContext): MdastPluginDefinition | null =>
  ctx.source.includes(':') || ctx.source.includes('[!') ? plugin(sourceLanguage(ctx.source, frontmatterOf(ctx))) : null;
