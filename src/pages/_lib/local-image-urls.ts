/**
 * A local image address with a query or fragment (`![](pic.png#center)`, which Hugo themes read
 * as a CSS hook; `![](pic.png?raw=true)`, as copied from GitHub) names the file before the `?`
 * or `#`, as `check` reads it (store/body-images.ts). Astro looks for a file named with the
 * suffix, finds none and, without an error, leaves an `<img>` with no src. This Markdown plugin,
 * run before Astro collects a document's images, drops the suffix of a local image's address
 * (and of a reference definition's), so the file is served; html-images.ts does the same for
 * `<img src>`. Addresses with a scheme or a site path are left as written.
 */
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { isLocalImage, withoutQuery } from '../../core/image-address.ts';


/** A local address without its query and fragment (`pic.png#center` -> `pic.png`); any other address as it is. */
export function localImageFile(url: string): string {
  return isLocalImage(url) ? withoutQuery(url) : url;
}

const withoutSuffix: MdastPluginDefinition = {
  name: 'throughline-local-image-urls',
  image(node, ctx) {
    const url = localImageFile(node.url);
    if (url !== node.url && url !== '') ctx.setProperty(node, 'url', url);
  },
  definition(node, ctx) {
    const url = localImageFile(node.url);
    if (url !== node.url && url !== '') ctx.setProperty(node, 'url', url);
  },
};

/** The plugin, for `mdastPlugins`: only a document with a `?` or `#` in it is handed to it. */
export const localImageUrls = (ctx: PluginFactoryContext): MdastPluginDefinition | null => (/[?#]/.test(ctx.source) ? withoutSuffix : null);
