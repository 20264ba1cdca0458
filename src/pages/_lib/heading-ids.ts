/**
 * A heading's own anchor written after its text, `## Who maintains Vue? {#who-maintains-vue}`:
 * Hugo (Goldmark's heading attributes, on by default), VitePress, Pandoc and kramdown read it as
 * the heading's id, so posts moved from those sites carry it. Sätteri's `headingAttributes`
 * feature would also take any `{…}` at the end of a heading (`## Price {per kg}` lost its last
 * words), so only the `{#id}` form is read here: the text loses it and the heading gets that id
 * (Astro's heading-id plugin keeps an id already there, so links to `#who-maintains-vue` and the
 * table of contents use it). The editor's preview does the same (studio/drafts/markdown-preview.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { CONTAINER_MARKS } from '../../core/container-marks.ts';

/**
 * ` {#id}` at the end of a heading's text, or Docusaurus's MDX-comment form ` {/* #id *\/}`
 * (`docusaurus write-heading-ids --syntax mdx-comment`, parseMarkdownHeadingId in
 * @docusaurus/utils); the id is letters and digits of any script, `-`, `_`.
 */
const HEADING_ID = /[ \t]+(?:\{[ \t]*#([\p{L}\p{N}_-]+)[ \t]*\}|\{\/\*[ \t]*#([\p{L}\p{N}_-]+)[ \t]*\*\/\})[ \t]*$/u;
/** The same comment as an .mdx heading's expression node holds it: `/* #id *\/`. */
const COMMENT_ID = /^[ \t]*\/\*[ \t]*#([\p{L}\p{N}_-]+)[ \t]*\*\/[ \t]*$/u;

/** `text` without a trailing ` {#id}` (or ` {/* #id *\/}`), and that id; null when it has none. */
export function splitHeadingId(text: string): { text: string; id: string } | null {
  const match = HEADING_ID.exec(text);
  return match ? { text: text.slice(0, match.index), id: (match[1] ?? match[2])! } : null;
}

/** Whether `source` may hold a heading's `{#id}` or `{/* #id *\/}` (a cheap test before any heading is looked at). */
export function mayHaveHeadingIds(source: string): boolean {
  return /\{[ \t]*#|\{\/\*[ \t]*#/.test(source);
}

// An ATX heading line ending in ` {#id}`, and the line under a setext heading; a fence opening
// or closing a code block (CommonMark 4.5). Each after any quote and list marks and indent
// (CONTAINER_MARKS: `- ## Title {#id}`, `>  ## …`; MDX has no indented code, so an indented
// fence is a fence).
const ATX_WITH_ID = new RegExp(String.raw`^(${CONTAINER_MARKS}#{1,6}[ \t].*?[ \t])\{([ \t]*#[\p{L}\p{N}_-]+[ \t]*\}[ \t]*)$`, 'u');
const SETEXT_WITH_ID = /^(.*?[ \t])\{([ \t]*#[\p{L}\p{N}_-]+[ \t]*\}[ \t]*)$/u;
const SETEXT_UNDERLINE = new RegExp(String.raw`^${CONTAINER_MARKS}(?:=+|-+)[ \t]*$`);
const FENCE = new RegExp(String.raw`^${CONTAINER_MARKS}(\`{3,}(?![^\n]*\`)|~{3,})`);

/**
 * An .mdx body whose headings' `{#id}` compile: MDX (2 and later) reads every `{` as the start of
 * a JavaScript expression, and `#id` is none, so `## Title {#id}` stopped the build ("Could not
 * parse expression with acorn"). Docusaurus 3 compiles the same posts by escaping the brace of a
 * heading's `{#` before MDX sees the text (escapeMarkdownHeadingIds, @docusaurus/utils
 * markdownUtils.ts, run by its mdx-loader preprocessor); the heading then reads `Title {#id}` and
 * the heading-ids plugin gives it the id, as for a .md post. Same here, but narrower: only a
 * trailing `{#id}` of the form splitHeadingId reads, on an ATX heading line or the last line of a
 * setext heading, outside fenced code (Docusaurus's escape also put a backslash into code blocks).
 * `#id` is never a JavaScript expression, so no real `{expression}` is touched; an already escaped
 * `\{#id}` stays as written. Same length plus one `\` per heading, so error lines still match.
 */
export function escapeMdxHeadingIds(source: string): string {
  if (!mayHaveHeadingIds(source)) return source;
  const lines = source.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const opener = FENCE.exec(line)?.[1];
    if (fence !== null) {
      // A closing fence: the same character, at least as long, nothing after it.
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && /^[ \t>]*[`~]+[ \t]*$/.test(line)) fence = null;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    const atx = ATX_WITH_ID.exec(line);
    const setext = !atx && i + 1 < lines.length && SETEXT_UNDERLINE.test(lines[i + 1]!) && line.trim() !== '' ? SETEXT_WITH_ID.exec(line) : null;
    const match = atx ?? setext;
    if (match && !match[1]!.endsWith('\\')) lines[i] = `${match[1]}\\{${match[2]}`;
  }
  return lines.join('\n');
}

const HEADING = /^h[1-6]$/;

/**
 * The id the plugin gives a heading from its own anchor: a trailing text's ` {#id}`, or (.mdx) a
 * last `{/* #id *\/}` expression's; null when it has none. `children`: the heading's (hast).
 */
export function ownHeadingId(children: readonly { type: string; value?: unknown }[]): string | null {
  const last = children.at(-1);
  if (last?.type === 'text') return splitHeadingId(String(last.value))?.id ?? null;
  return last?.type === 'mdxTextExpression' ? (COMMENT_ID.exec(String(last.value))?.[1] ?? null) : null;
}

function withIds<N extends Root | RootContent>(node: N): N {
  if (node.type !== 'element' && node.type !== 'root') return node;
  const el = node as Element | Root;
  const children = el.children.map((c) => withIds(c as RootContent)) as ElementContent[];
  if (el.type === 'element' && HEADING.test(el.tagName)) {
    const last = children.at(-1);
    const split = last?.type === 'text' ? splitHeadingId(last.value) : null;
    if (split) return { ...el, properties: { ...el.properties, id: split.id }, children: [...children.slice(0, -1), { ...last!, value: split.text }] } as N;
    // In an .mdx body `{/* #id */}` is an expression (a comment) after the text, not text.
    const comment = (last as { type: string; value?: unknown } | undefined)?.type === 'mdxTextExpression' ? COMMENT_ID.exec(String((last as { value?: unknown }).value)) : null;
    if (comment) {
      const rest = children.slice(0, -1);
      const before = rest.at(-1);
      if (before?.type === 'text') rest[rest.length - 1] = { ...before, value: before.value.trimEnd() };
      return { ...el, properties: { ...el.properties, id: comment[1]! }, children: rest } as N;
    }
  }
  return { ...el, children } as N;
}

const headingIdPlugin: HastPluginDefinition = {
  name: 'throughline-heading-ids',
  after(root, ctx) {
    ctx.replaceNode(root, withIds(root as Root) as never);
  },
};

/** The plugin, for `hastPlugins` (after the sanitizer): only a document with `{#` is handed to it. */
export const headingIds = (ctx: PluginFactoryContext): HastPluginDefinition | null => (mayHaveHeadingIds(ctx.source) ? headingIdPlugin : null);

type MdxRenderer = { process(content: string, ...rest: never[]): Promise<unknown> };

/**
 * `processor` (astro.config.mjs's satteri()) with its MDX renderer handed each .mdx body through
 * escapeMdxHeadingIds first, as Docusaurus's mdx-loader does before compiling. Returns the same
 * object; .md bodies are not touched (the plugin above reads their `{#id}` as it is).
 */
export function withMdxHeadingIds<P extends { createMdxRenderer?: (...args: never[]) => Promise<MdxRenderer> }>(processor: P): P {
  const create = processor.createMdxRenderer?.bind(processor);
  if (!create) return processor;
  processor.createMdxRenderer = async (...args: never[]) => {
    const renderer = await create(...args);
    const process = renderer.process.bind(renderer);
    renderer.process = (content: string, ...rest: never[]) => process(escapeMdxHeadingIds(content), ...rest);
    return renderer;
  };
  return processor;
}
