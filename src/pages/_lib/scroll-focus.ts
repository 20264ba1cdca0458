/**
 * Blocks of a post body that scroll sideways when wider than the column (base.css: `pre`, `table`
 * shown as a block, display `math`) must be reachable from the keyboard, or a reader without a
 * mouse cannot see their right-hand side (WCAG 2.1.1; axe scrollable-region-focusable, serious).
 * Highlighted code carries the highlighter's `tabindex="0"`; a table (AstroPaper's frontmatter
 * table in its "Adding new posts" post, on a phone), a formula or an author's own `<pre>` had
 * none. This hast plugin, run after the sanitizer, gives each such block `tabindex="0"` unless it
 * has a tabindex already.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';

const plugin: HastPluginDefinition = {
  name: 'throughline-scroll-focus',
  element: {
    filter: ['pre', 'table', 'math'],
    visit(node: Readonly<Element>, ctx) {
      const props = node.properties ?? {};
      if (node.tagName === 'math' && props.display !== 'block') return;
      if (props.tabIndex !== undefined || props.tabindex !== undefined) return;
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
};

/** The plugin, for `hastPlugins` (after the sanitizer and the TeX plugin, which makes `<math>`). */
export const scrollFocus = (): HastPluginDefinition => plugin;
