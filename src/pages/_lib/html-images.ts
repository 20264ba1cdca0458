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
 *
 * A `srcset` candidate beside the post (`<img src="a.png" srcset="a.png 1x, a@2x.png 2x">`, a
 * `<picture>`'s `<source srcset="a.webp">`) is not served either, and a browser that picks it
 * (every 2x screen, every browser that reads WebP) shows a broken image rather than falling back to
 * `src`: such candidates are left out, and a `<source>` left with none is removed, so the served
 * `src` shows. Candidates with a site path or a URL stay.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

/** An address Astro reads from disk, relative to the post (store/body-images.ts isLocal). */
const isLocal = (url: string) => url !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url);

/**
 * The candidates of a `srcset` value (HTML Living Standard 4.8.4.3.10, "parse a srcset
 * attribute"): each a URL (no whitespace; trailing commas end it) and its descriptors up to the
 * next comma outside parentheses. Returns each candidate's text and its URL.
 */
export function srcsetCandidates(value: string): { text: string; url: string }[] {
  const out: { text: string; url: string }[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !/\s/.test(value[i]!)) i++;
    let url = value.slice(start, i);
    if (/,+$/.test(url)) {
      url = url.replace(/,+$/, '');
      out.push({ text: url, url });
      continue;
    }
    let depth = 0;
    while (i < value.length && (value[i] !== ',' || depth > 0)) {
      if (value[i] === '(') depth++;
      else if (value[i] === ')') depth = Math.max(0, depth - 1);
      i++;
    }
    out.push({ text: value.slice(start, i).trim(), url });
  }
  return out;
}

/** Leaves out the srcset candidates beside the post (see above); true when some were there. */
function dropLocalSrcset(node: Element, ctx: { setProperty(node: unknown, key: string, value: unknown): void; removeNode(node: unknown): void; replaceNode(node: unknown, by: Element): void }): boolean {
  const srcset = node.properties?.srcSet;
  const value = Array.isArray(srcset) ? srcset.join(', ') : srcset;
  if (typeof value !== 'string') return false;
  const candidates = srcsetCandidates(value);
  const served = candidates.filter((c) => !isLocal(c.url));
  if (served.length === candidates.length) return false;
  if (served.length > 0) ctx.setProperty(node, 'srcSet', served.map((c) => c.text).join(', '));
  else if (node.tagName === 'source' && typeof node.properties.src !== 'string') ctx.removeNode(node);
  else {
    // A copy without the two: a property set to null would still be a key, which Astro's image
    // (image-marker in @astrojs/markdown-satteri) writes as an empty attribute.
    const { srcSet: _srcset, sizes: _sizes, ...rest } = node.properties;
    // Astro's image needs an alt (set below on the node this one replaces, too late for the copy).
    ctx.replaceNode(node, { ...node, properties: node.tagName === 'img' && rest.alt === undefined ? { ...rest, alt: '' } : rest });
  }
  return true;
}

const htmlLocalImages: HastPluginDefinition = {
  name: 'throughline-html-local-images',
  element: {
    filter: ['img', 'source'],
    visit(node, ctx) {
      dropLocalSrcset(node as Element, ctx as never);
      if ((node as Element).tagName !== 'img') return;
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
export const htmlImages = (ctx: PluginFactoryContext): HastPluginDefinition | null => (/<(?:img|source)\b/i.test(ctx.source) ? htmlLocalImages : null);
