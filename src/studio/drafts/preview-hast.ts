/**
 * The page's hast plugins run over the preview's HTML (pages/_lib/body-fixes.ts BODY_FIXES): the
 * very plugins astro.config.mjs hands Sätteri, so the preview and the built page cannot drift.
 * Sätteri walks its own tree in Rust; here the HTML is parsed to hast (hast-util-raw, parse5:
 * no script runs, nothing is fetched) and each plugin's element visitors are called with the part
 * of Sätteri's visitor context they use: textContent, removeNode, setProperty. A plugin that
 * asks for more is a mistake of this file, said at once, not a silently different preview.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

/** A plugin as astro.config.mjs lists it: a factory that gives its definition, or null to sit out this document. */
export type HastPluginFactory = (ctx: PluginFactoryContext) => HastPluginDefinition | null;

/**
 * `html` (the preview's body HTML, from Markdown `source`) with `plugins` applied in order.
 * `idPrefix` goes before each id a plugin sets (the preview scopes its ids); `frontmatter` is the
 * post's (its `title` and `lang`), which the page's pipeline hands the plugins as
 * `data.astro.frontmatter`. Returns `html` itself when every factory sits out (the cheap test of
 * the source finds nothing to fix) or none changes anything.
 */
export function applyHastPlugins(html: string, source: string, plugins: readonly HastPluginFactory[], idPrefix = '', frontmatter: PreviewFrontmatter = {}): string {
  const definitions = hastPluginsFor(source, plugins, frontmatter);
  if (!definitions.length) return html;
  const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root;
  // Parsed HTML is written a little unlike micromark (a bare `>` in text): a Chinese draft with no
  // English passage keeps micromark's HTML as it came.
  return runHastPlugins(tree, source, definitions, idPrefix) ? writeHast(tree) : html;
}

/** The frontmatter fields a plugin may read (the post's language: pages/_lib/admonitions.ts frontmatterOf). */
export type PreviewFrontmatter = { title?: string; lang?: string };

/**
 * The definitions `plugins` give for Markdown `source` with the post's `frontmatter` (as the
 * page's pipeline hands it), those that sit out left out (none: nothing to run).
 */
export function hastPluginsFor(source: string, plugins: readonly HastPluginFactory[], frontmatter: PreviewFrontmatter = {}): HastPluginDefinition[] {
  // Only the frontmatter: the preview collects no headings or image paths for a plugin to read.
  const factoryContext: PluginFactoryContext = { source, fileURL: undefined, sourceFormat: 'markdown', data: { astro: { frontmatter } } as PluginFactoryContext['data'] };
  return plugins.map((factory) => factory(factoryContext)).filter((d): d is HastPluginDefinition => Boolean(d));
}

/**
 * `definitions` (hastPluginsFor's) run in order over `tree`, changed in place: for a tree the
 * preview has parsed already. True when a plugin set a property or removed a node.
 */
export function runHastPlugins(tree: Root, source: string, definitions: readonly HastPluginDefinition[], idPrefix = ''): boolean {
  let changed = false;
  for (const definition of definitions) changed = runElementVisitors(tree, definition, source, idPrefix) || changed;
  return changed;
}

/** The HTML of a tree the plugins ran over, written as micromark writes what the parse changed not: `&amp;`, `<br />`. */
export function writeHast(tree: Root): string {
  return toHtml(tree, { closeSelfClosing: true, characterReferences: { useNamedReferences: true } });
}

function runElementVisitors(tree: Root, definition: HastPluginDefinition, source: string, idPrefix: string): boolean {
  const { element, ...rest } = definition;
  const others = Object.keys(rest).filter((key) => key !== 'name' && key !== 'options');
  if (others.length) throw new Error(`preview-hast: plugin ${definition.name} uses ${others.join(', ')}, which the preview does not run`);
  const visitors = element === undefined ? [] : Array.isArray(element) ? element : [element];
  const parents = new Map<Element | Root, Element | Root>();
  const removed = new Set<Element>();
  let changed = false;
  const context = {
    source,
    textContent: (node: Element) => textOf(node),
    removeNode: (node: Element) => void removed.add(node),
    setProperty: (node: Element, key: string, value: unknown) => {
      changed = true;
      node.properties[key] = key === 'id' && typeof value === 'string' ? idPrefix + value : (value as Element['properties'][string]);
    },
  };
  const walk = (parent: Root | Element) => {
    for (const child of [...parent.children] as (RootContent | ElementContent)[]) {
      if (child.type !== 'element') continue;
      parents.set(child, parent);
      for (const visitor of visitors) if (!removed.has(child) && visitor.filter.includes(child.tagName)) void visitor.visit(child, context as never);
      if (!removed.has(child)) walk(child);
    }
  };
  walk(tree);
  for (const node of removed) {
    const parent = parents.get(node)!;
    parent.children = (parent.children as ElementContent[]).filter((c) => c !== node);
  }
  return changed || removed.size > 0;
}

/** The text of a node's descendant text nodes, as the DOM's textContent. */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '';
}
