/**
 * Links whose text is their own address (`<https://example.com/a>`, a bare URL that GFM links,
 * `[example.com/a](https://example.com/a)`). On paper every outside link's address is printed after
 * its text (src/styles/base.css, print), so such a link printed its address twice. Each gets the
 * class BARE_LINK_CLASS, which the print rule leaves out.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

export const BARE_LINK_CLASS = 'bare-link';

/** An address as a reader reads it: no scheme, no trailing slash, percent-escapes decoded (`https://e.com/%E7%BA%A2/` -> `e.com/红`), lower case. */
function readAs(address: string): string {
  let text = address.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '');
  try {
    text = decodeURI(text);
  } catch {
    // A malformed escape is compared as written.
  }
  return text.toLowerCase();
}

/** Whether `text` is `href` written out: the same address, with or without its scheme and trailing slash. */
export function isOwnAddress(text: string, href: string): boolean {
  return text.trim() !== '' && readAs(text) === readAs(href);
}

const bareLinkPlugin: HastPluginDefinition = {
  name: 'throughline-bare-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const link = node as Element;
      const href = link.properties?.href;
      if (typeof href !== 'string' || !/^https?:/i.test(href) || !isOwnAddress(ctx.textContent(node), href)) return;
      const classes = link.properties.className;
      ctx.setProperty(node, 'className', [...(Array.isArray(classes) ? classes : []), BARE_LINK_CLASS]);
    },
  },
};

/** The plugin, for `hastPlugins` (after the sanitizer): only a document that names an http(s) address is handed to it. */
export const bareLinks = (ctx: PluginFactoryContext): HastPluginDefinition | null => (/https?:/i.test(ctx.source) ? bareLinkPlugin : null);
