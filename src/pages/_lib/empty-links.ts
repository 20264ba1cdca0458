/**
 * Links with nothing to click. A real post's Markdown often carries the anchors its old theme
 * rendered into each heading, copied back as text (`### [](#c-nunit)C＃NUnit`: 16 of 736 posts of
 * daichangya/hexo-blog, Hexo's `headerlink`), or an empty `[](https://…)` left by an editor: each
 * became an `<a href>` with no text, which no sighted reader can see or click and which a screen
 * reader announces as a link with no name (axe `link-name`, serious; WCAG 2.4.4 and 4.1.2). Its
 * fragment also pointed at an id the page no longer has. Such a link is left out of the page and
 * the feeds; what it held (only white space) stays. A link holding an image, a video or any other
 * element is kept (its name is the image's alt), as is an anchor without `href` (`<a id="x">`,
 * a target for links, not a link).
 */
import type { Element } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

/**
 * An empty Markdown link: inline or by reference (`[](…)`, `[ ][ref]`), its text only white space
 * or character references (`[&nbsp;](…)`, which may be white space) or an HTML comment
 * (`[<!-- x -->](…)`, which the sanitizer drops); or an HTML one (`<a … href`): a cheap test before
 * any link is looked at. Each alternative inside the brackets starts with its own character, so a
 * long run of them is read once.
 */
const EMPTY_MARKDOWN_LINK = /\[(?:\s|&#?[a-z0-9]+;)*(?:\][([]|<!--)/i;
const HTML_LINK = /<a\s[^>]*\bhref/i;

/** Whether `source` may hold a link with no text. */
export function mayHaveEmptyLinks(source: string): boolean {
  return EMPTY_MARKDOWN_LINK.test(source) || HTML_LINK.test(source);
}

const emptyLinkPlugin: HastPluginDefinition = {
  name: 'throughline-empty-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const link = node as Element;
      if (link.properties?.href === undefined || link.properties.href === null) return;
      if (ctx.textContent(node).trim() !== '' || (link.children ?? []).some((c) => c.type === 'element')) return;
      ctx.removeNode(node);
    },
  },
};

/** The plugin, for `hastPlugins` (after the sanitizer): only a document that may hold such a link is handed to it. */
export const emptyLinks = (ctx: PluginFactoryContext): HastPluginDefinition | null => (mayHaveEmptyLinks(ctx.source) ? emptyLinkPlugin : null);
