/**
 * Root paths in a post body under the site's base. A post links another the way the site names
 * its pages, `[bread](/posts/2026/bread/)`, or a file of public/, `![](/images/loaf.jpg)`: from
 * the root of the site. Served under a path (SITE_URL=https://you.github.io/blog/, Astro's base
 * `/blog/`), the browser reads `/posts/…` from the host's root, where nothing is: each such
 * address in the body is written under the base (`/blog/posts/2026/bread/`), on the page and in
 * the feeds. An address already under the base, another host's (`//host/…`, a scheme), a
 * relative one (`pic.png`, `../a/`) and a fragment are left as written.
 *
 * The base comes from the build (THROUGHLINE_BASE, set by src/integration/index.ts from Astro's
 * config): `astro dev` serves at the root and leaves bodies alone.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { srcsetCandidates } from './html-images.ts';
import { baseFolder, withBase } from '../../core/site-address.ts';

/** The attributes that hold one address, by element. */
const ADDRESS_OF: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
};

/**
 * `address` under `base` when it is a root path of the site (`/posts/a/`, `/pic.png?x#y`) not
 * already under it; any other address as it is. `base`: `/blog/` (with both slashes).
 */
export function underBase(address: string, base: string): string {
  if (base === '/' || address.charCodeAt(0) !== 47 /* / */ || address.charCodeAt(1) === 47 || address.charCodeAt(1) === 92 /* \ */) return address;
  if (address.startsWith(base) || address === base.slice(0, -1) || address.startsWith(`${base.slice(0, -1)}?`) || address.startsWith(`${base.slice(0, -1)}#`)) return address;
  return withBase(address, base);
}

/** A `srcset` value with each root-path candidate under `base`, its descriptors kept. */
function srcsetUnderBase(value: string, base: string): string {
  return srcsetCandidates(value)
    .map((c) => `${underBase(c.url, base)}${c.text.slice(c.url.length)}`)
    .join(', ');
}

function pluginFor(base: string): HastPluginDefinition {
  return {
    name: 'throughline-body-base',
    element: {
      filter: Object.keys(ADDRESS_OF).concat('picture'),
      visit(node, ctx) {
        const element = node as Element;
        const properties = element.properties ?? {};
        for (const key of ADDRESS_OF[element.tagName] ?? []) {
          const value = properties[key];
          if (typeof value !== 'string') continue;
          const moved = underBase(value, base);
          if (moved !== value) ctx.setProperty(node, key, moved);
        }
        const set = Array.isArray(properties.srcSet) ? properties.srcSet.join(', ') : properties.srcSet;
        if ((element.tagName === 'img' || element.tagName === 'source') && typeof set === 'string') {
          const moved = srcsetUnderBase(set, base);
          if (moved !== set) ctx.setProperty(node, 'srcSet', moved);
        }
      },
    },
  };
}

/**
 * A source that may hold a root path: `(/`, `( /`, `(</` (an address in angle brackets, as check's
 * spaced-address hint has it written), `]: /`, `]: </`, `="/`, and `, /` (a srcset's later candidate).
 */
const MAY_HOLD_ROOT_PATH = /(?:\(\s*<?|:\s*<?|=\s*["']?|,\s*)\/[^/]/;

/**
 * The plugin, for `hastPlugins` (after the sanitizer and htmlImages): handed a document only when
 * the build has a base other than `/` and the source may hold a root path (MAY_HOLD_ROOT_PATH).
 */
export const bodyBase = (ctx: PluginFactoryContext): HastPluginDefinition | null => {
  const base = baseFolder(process.env.THROUGHLINE_BASE);
  if (base === '/' || !MAY_HOLD_ROOT_PATH.test(ctx.source)) return null;
  return pluginFor(base);
};
