/**
 * Jekyll's front matter defaults (`defaults:` of _config.yml, jekyllrb.com/docs/configuration/
 * front-matter-defaults/; lib/jekyll/frontmatter_defaults.rb of Jekyll 4.3): the values a
 * document gets from each scope its path and type fall in, its own front matter over them.
 * Read here for what changes a post's or a page's address or terms: `permalink`, `layout`
 * (which names a tag page), `tags`, `tag`, `categories`, `category`; and whether Jekyll wrote
 * it at all: `published` (`false`: not built, a draft).
 */

/** One `defaults:` entry: `scope.path` (from the site's source, "" for all; `*` globs a name), `scope.type` (posts, pages, drafts, a collection's label), and its values. */
export interface JekyllDefault {
  path: string;
  type?: string;
  values: Record<string, unknown>;
}

const DEPRECATED_TYPES: Record<string, string> = { page: 'pages', post: 'posts', draft: 'drafts' };

/** The keys read (the rest do not change an address, a term or whether the page is built). */
const READ = ['permalink', 'layout', 'tags', 'tag', 'categories', 'category', 'published'];

/** `defaults:` of a config as JekyllDefault entries; anything else (no list, no values) is none. */
export function jekyllDefaultsOf(config: Record<string, unknown>): JekyllDefault[] {
  if (!Array.isArray(config.defaults)) return [];
  return config.defaults.flatMap((set: unknown) => {
    if (!set || typeof set !== 'object') return [];
    const { scope, values } = set as { scope?: unknown; values?: unknown };
    if (!values || typeof values !== 'object' || Array.isArray(values)) return [];
    const s = scope && typeof scope === 'object' ? (scope as Record<string, unknown>) : {};
    const kept = Object.fromEntries(Object.entries(values).filter(([k]) => READ.includes(k)));
    if (Object.keys(kept).length === 0) return [];
    // Jekyll still reads the singular types of its first versions (FrontmatterDefaults#update_deprecated_types).
    const type = typeof s.type === 'string' && s.type ? (DEPRECATED_TYPES[s.type] ?? s.type) : undefined;
    return [{ path: typeof s.path === 'string' ? s.path : '', ...(type ? { type } : {}), values: kept }];
  });
}

/**
 * The default values for the document at `path` (from the site's source, `/`-separated:
 * `_posts/2024-01-02-a.md`, `tag/x.md`) of `type`, as FrontmatterDefaults#all merges them:
 * every scope that applies, in order, a later or more specific one (a longer path; with a type
 * over one without) over the others. A value the document's own front matter gives wins over these.
 */
export function jekyllDefaultsFor(defaults: readonly JekyllDefault[], path: string, type: string): Record<string, unknown> {
  let merged: Record<string, unknown> = {};
  let previous: JekyllDefault | undefined;
  for (const set of defaults) {
    if ((set.type !== undefined && set.type !== type) || !appliesPath(set.path, path)) continue;
    if (hasPrecedence(previous, set)) {
      merged = { ...merged, ...set.values };
      previous = set;
    } else merged = { ...set.values, ...merged };
  }
  return merged;
}

const parts = (path: string) => path.split('/').filter((p) => p && p !== '.');

/** FrontmatterDefaults#applies_path?: the scope's path is the document's path or a folder above it; a `*` matches within one name. */
function appliesPath(scope: string, path: string): boolean {
  const want = parts(scope);
  const have = parts(path);
  if (want.length === 0) return true;
  if (want.length > have.length) return false;
  return want.every((name, i) => (name.includes('*') ? new RegExp(`^${name.split('*').map(escapeRegExp).join('[^/]*')}$`).test(have[i]!) : name === have[i]));
}

/** FrontmatterDefaults#has_precedence?: a longer path, else one with a type, else the later. */
function hasPrecedence(old: JekyllDefault | undefined, next: JekyllDefault): boolean {
  if (!old) return true;
  const [a, b] = [parts(old.path).join('/').length, parts(next.path).join('/').length];
  if (a !== b) return b >= a;
  return next.type !== undefined || old.type === undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The keys of a post's terms (Jekyll's tags and categories), which the import writes into a post that got them from defaults. */
export const JEKYLL_TERM_KEYS = ['tags', 'tag', 'categories', 'category'];

/** Where a Jekyll site's imported folder is (JekyllSite's fields: old-url.ts). */
interface PostsFolder {
  generator: string;
  defaults?: readonly JekyllDefault[];
  /** The folders above `_posts` (`blog` of `blog/_posts`). */
  categories?: readonly string[];
  /** The imported folder's path within `_posts` or the collection's folder. */
  within?: string;
  collection?: { label: string };
}

/**
 * The defaults of the post at `path` within the imported folder of `site` (none for a site that
 * is not Jekyll or has no defaults): its path from the site's source is the collection's folder
 * (`_notes`, type its label) or the `_posts` folder with the folders above it (type `posts`),
 * then `within`, then `path`.
 */
export function jekyllPostDefaults(site: PostsFolder | undefined, path: string): Record<string, unknown> {
  if (site?.generator !== 'jekyll' || !site.defaults?.length) return {};
  const folder = site.collection ? [`_${site.collection.label}`] : [...(site.categories ?? []), '_posts'];
  return jekyllDefaultsFor(site.defaults, [...folder, site.within ?? '', path].filter(Boolean).join('/'), site.collection?.label ?? 'posts');
}
