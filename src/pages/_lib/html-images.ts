/**
 * An HTML `<img src="pic.png" width="600">` in a post body (Typora and WordPress write them; in
 * .mdx it is JSX, which the sanitizer makes an element too), or a reference-style image
 * `![r][img]` with `[img]: pic.png`,
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
import { isLocalImage } from '../../core/image-address.ts';
import { localImageFile } from './local-image-urls.ts';


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

type Edit = { setProperty(node: unknown, key: string, value: unknown): void; removeNode(node: unknown): void; replaceNode(node: unknown, by: Element): void };

/**
 * The element's properties as the site serves them: srcset candidates beside the post left out
 * (see above), a local `src` without its query or fragment (`pic.png#center` is pic.png:
 * local-image-urls.ts), and an `<img>` given the alt Astro's image needs (alt="": decorative).
 * Null when a `<source>` is left with nothing to show.
 */
function servedProperties(node: Element, local: boolean): Element['properties'] | null {
  const out: Record<string, unknown> = {};
  // Rebuilt key by key, so that attributes keep their order.
  for (const [key, value] of Object.entries(node.properties)) {
    if (key === 'srcSet' || key === 'sizes') {
      const set = Array.isArray(node.properties.srcSet) ? node.properties.srcSet.join(', ') : node.properties.srcSet;
      if (typeof set !== 'string') {
        out[key] = value;
        continue;
      }
      const served = srcsetCandidates(set).filter((c) => !isLocalImage(c.url));
      if (served.length === 0) continue;
      out[key] = key === 'srcSet' ? served.map((c) => c.text).join(', ') : value;
    } else if (key === 'src' && typeof value === 'string' && isLocalImage(value)) out.src = localImageFile(value);
    else out[key] = value;
  }
  if (node.tagName === 'source' && out.srcSet === undefined && typeof out.src !== 'string') return null;
  if (local && node.tagName === 'img' && out.alt === undefined) out.alt = '';
  return out as Element['properties'];
}

/**
 * An `<img>` that Astro does not serve (a URL, `//host/…`, a site path under public/) with
 * `loading="lazy"` and `decoding="async"`, as Astro writes its own images beside the post, so that
 * a post of many photos from a CDN fetches them as the reader scrolls (HTML Living Standard, "lazy
 * loading attributes"); an `<img>` that says how it loads keeps that.
 */
function lazy(node: Element, props: NonNullable<Element['properties']>): NonNullable<Element['properties']> {
  if (node.tagName !== 'img' || typeof props.src !== 'string' || props.src === '' || props.loading !== undefined) return props;
  return { ...props, loading: 'lazy', ...(props.decoding === undefined ? { decoding: 'async' } : {}) };
}

const htmlLocalImages: HastPluginDefinition = {
  name: 'throughline-html-local-images',
  element: {
    filter: ['img', 'source'],
    visit(node, ctx) {
      const el = node as Element;
      const edit = ctx as unknown as Edit;
      const astro = (ctx.data as { astro?: { localImagePaths: Set<string> } }).astro;
      const src = el.tagName === 'img' && typeof el.properties?.src === 'string' && isLocalImage(el.properties.src) ? localImageFile(el.properties.src) : '';
      let path = '';
      try {
        path = src && decodeURI(src);
      } catch {
        path = '';
      }
      const served = servedProperties(el, path !== '');
      if (served === null) return edit.removeNode(el);
      const props = path === '' ? lazy(el, served) : served;
      // A changed element is replaced by a copy: a property set to null would still be a key,
      // which Astro's image (image-marker in @astrojs/markdown-satteri) writes as an empty attribute.
      if (JSON.stringify(props) !== JSON.stringify(el.properties)) edit.replaceNode(el, { ...el, properties: props });
      if (path && astro) astro.localImagePaths.add(path);
    },
  },
};

/**
 * The plugin, for `hastPlugins` after the sanitizer: only a document that may hold an `<img` or a
 * `<source`, or a Markdown image (a reference-style one, `![r][img]` with a `[img]: pic.png`
 * definition, too: Astro collects inline Markdown images only, so it left this one's relative src
 * to the browser; and an image from elsewhere, made lazy), is handed to it.
 */
export const htmlImages = (ctx: PluginFactoryContext): HastPluginDefinition | null =>
  /<(?:img|source)\b/i.test(ctx.source) || ctx.source.includes('![') ? htmlLocalImages : null;
