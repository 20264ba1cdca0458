/**
 * An HTML `<img src="pic.png" width="600">` in a post body (Typora and WordPress write them; in
 * .mdx it is JSX, which the sanitizer makes an element too)
 * shown from beside the post, as a Markdown image `![](pic.png)` is: Astro's Markdown processor
 * (@astrojs/markdown-satteri) collects local images from Markdown image nodes only and leaves an
 * `<img>`'s relative src to the browser, which asks for /posts/<slug>/pic.png, a file the site
 * does not have. This hast plugin, run after the sanitizer (which parses raw HTML into elements),
 * adds each such src to the document's local images, so that Astro imports and serves the file
 * (and stops with ImageNotFound when it is missing, which `check` reports first:
 * store/body-images.ts), its width and height kept. The same rule of what is local as the check:
 * no scheme, not `/…`, `//…` or `#…`.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

/** An address Astro reads from disk, relative to the post (store/body-images.ts isLocal). */
const isLocal = (url: string) => url !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url);

const htmlLocalImages: HastPluginDefinition = {
  name: 'throughline-html-local-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const src = (node as Element).properties?.src;
      const astro = (ctx.data as { astro?: { localImagePaths: Set<string> } }).astro;
      if (typeof src !== 'string' || !isLocal(src) || !astro) return;
      let path: string;
      try {
        path = decodeURI(src);
      } catch {
        return;
      }
      astro.localImagePaths.add(path);
      // Astro's image needs an alt; an <img> without one is decorative (alt="").
      if ((node as Element).properties.alt === undefined) ctx.setProperty(node, 'alt', '');
    },
  },
};

/** The plugin, for `hastPlugins` after the sanitizer: only a document that may hold an `<img` is handed to it. */
export const htmlImages = (ctx: PluginFactoryContext): HastPluginDefinition | null => (/<img\b/i.test(ctx.source) ? htmlLocalImages : null);
