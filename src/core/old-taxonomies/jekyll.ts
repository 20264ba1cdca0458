/**
 * A Jekyll site's tag and category pages, which Jekyll does not write by itself: those of the
 * jekyll-archives plugin (github.com/jekyll/jekyll-archives: lib/jekyll-archives.rb and
 * lib/jekyll-archives/archive.rb), where its config says, and the pages a site writes by hand
 * (`tag/attention.md` with `tag: attention`, as GitHub Pages sites do: GitHub Pages does not run
 * jekyll-archives). store/old-site.ts reads them into JekyllSite; generators.ts and
 * post-lists.ts give a post's.
 */
import { jekyllSlugify } from '../moved-posts/old-url.ts';
import { pathSegment } from './address.ts';
import type { OldTerm } from './generators.ts';
import { flagOf } from '../schema/post-aliases.ts';

/** The kinds of page jekyll-archives writes, as its `enabled` list names them. */
const ARCHIVE_KINDS = ['tags', 'categories', 'year', 'month', 'day'] as const;
type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

/** jekyll-archives's default permalinks (Archives::DEFAULTS), by the archive's type. */
const DEFAULT_PERMALINKS = { tag: '/tag/:name/', category: '/category/:name/', year: '/:year/', month: '/:year/:month/', day: '/:year/:month/:day/' };

/** What a site's `jekyll-archives:` config says: the kinds it writes, their permalinks, and its `slug_mode` (Jekyll's Utils.slugify mode; `default` when not set). */
export interface JekyllArchives {
  enabled: ArchiveKind[];
  permalinks: typeof DEFAULT_PERMALINKS;
  slugMode?: string;
}

/**
 * The settings of jekyll-archives as `config` (a _config.yml) gives them, when the plugin is
 * loaded (`loaded`: in the config's `plugins` or `gems`, or the site's Gemfile): its defaults
 * deep-merged with `jekyll-archives:`; `enabled: true` or `all` writes every kind. Undefined when
 * it writes nothing: not loaded, no `jekyll-archives:` config (`enabled` is then empty), or none enabled.
 */
export function jekyllArchivesOf(config: Readonly<Record<string, unknown>>, loaded: boolean): JekyllArchives | undefined {
  const own = config['jekyll-archives'];
  if (!loaded || !own || typeof own !== 'object') return undefined;
  const settings = own as Record<string, unknown>;
  const all = settings.enabled === true || settings.enabled === 'all';
  const listed = Array.isArray(settings.enabled) ? settings.enabled.map(String) : [];
  const enabled = ARCHIVE_KINDS.filter((k) => all || listed.includes(k));
  if (enabled.length === 0) return undefined;
  const given = settings.permalinks && typeof settings.permalinks === 'object' ? (settings.permalinks as Record<string, unknown>) : {};
  const permalinks = { ...DEFAULT_PERMALINKS };
  for (const key of Object.keys(permalinks) as (keyof typeof permalinks)[]) if (typeof given[key] === 'string' && given[key].trim()) permalinks[key] = given[key].trim();
  return { enabled, permalinks, ...(typeof settings.slug_mode === 'string' ? { slugMode: settings.slug_mode } : {}) };
}

/**
 * Jekyll's Utils.slugify by `mode` (jekyll/utils.rb): `default` and `pretty` as jekyllSlugify;
 * `raw` turns runs of spaces into "-"; `ascii` keeps A-Z, a-z and 0-9; `latin` drops accents
 * first (I18n.transliterate; other letters become "?", so "-") then as `default`; any other mode
 * gives the name lower-cased as it is.
 */
export function jekyllSlug(name: string, mode = 'default'): string {
  const trim = (s: string) => s.replace(/^-|-$/g, '').toLowerCase();
  if (mode === 'default' || mode === 'pretty') return jekyllSlugify(name, mode);
  if (mode === 'raw') return trim(name.replace(/\s+/g, '-'));
  if (mode === 'ascii') return trim(name.replace(/[^A-Za-z0-9]+/g, '-'));
  if (mode === 'latin') return trim(name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x00-\x7f]/g, '?').replace(/[^\p{M}\p{L}\p{Nd}]+/gu, '-'));
  return name.toLowerCase();
}

/**
 * A post's tags and categories as Jekyll reads them (Utils.pluralized_array_from_hash): `tag`
 * (one name) else `tags` (a list, or the words of one string); `category` else `categories`
 * likewise, after the folders above its `_posts` (Document#categories_from_path).
 */
export function jekyllNamesOf(raw: Readonly<Record<string, unknown>>, folders: readonly string[] = []): { tags: string[]; categories: string[] } {
  const read = (one: unknown, many: unknown) => {
    const value = typeof one === 'string' || typeof one === 'number' ? [one] : typeof many === 'string' ? many.split(/\s+/) : Array.isArray(many) ? many.flat(Infinity) : [];
    return value.filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim()).filter(Boolean);
  };
  return { tags: read(raw.tag, raw.tags), categories: [...new Set([...folders, ...read(raw.category, raw.categories)])] };
}

/** A permalink with its placeholders filled (`:name` escaped as a path segment), `//` made one and a leading `/` (Jekyll's URL#to_s). */
function fill(template: string, values: Record<string, string>, escape: (s: string) => string): string {
  const url = template.replace(/:(name|type|year|month|day)\b/g, (all, key: string) => (key in values ? escape(values[key]!) : all));
  return `/${url.replace(/\/{2,}/g, '/').replace(/^\/+/, '')}`;
}

/** The tag and category pages jekyll-archives wrote for a post (its names as jekyllNamesOf reads them); none for a name whose slug is empty. */
export function jekyllArchiveTerms(names: { tags: string[]; categories: string[] }, archives: JekyllArchives, escape: (s: string) => string): OldTerm[] {
  const terms: OldTerm[] = [];
  const add = (kind: 'tag' | 'category', list: string[]) => {
    for (const name of list) {
      const slug = jekyllSlug(name, archives.slugMode);
      if (slug) terms.push({ path: fill(archives.permalinks[kind], { name: slug, type: kind }, escape), tag: name, kind });
    }
  };
  if (archives.enabled.includes('tags')) add('tag', names.tags);
  if (archives.enabled.includes('categories')) add('category', names.categories);
  return terms;
}

/** The year's, month's and day's lists jekyll-archives wrote with a post of `day` (`2024-05-07`), those enabled, as lists of posts. */
export function jekyllDateArchives(day: string | undefined, archives: JekyllArchives | undefined): OldTerm[] {
  const date = day === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!date || !archives) return [];
  const values = { year: date[1]!, month: date[2]!, day: date[3]! };
  return (['year', 'month', 'day'] as const).filter((k) => archives.enabled.includes(k)).map((k) => ({ path: fill(archives.permalinks[k], { ...values, type: k }, (s) => s), tag: '', kind: 'posts' as const }));
}

/** A page a Jekyll site wrote by hand to list one tag's or category's posts, at its address on the old site. */
export interface JekyllTermPage {
  path: string;
  tag: string;
  kind: 'tag' | 'category';
}

/**
 * The tag or category page that the site's page `file` (its path from the site's root,
 * `tag/attention.md`) is, with its front matter `front`, or undefined: a page whose front matter
 * has one `tag:` (or `category:`) string and whose path or `layout` says tag (or category)
 * (`tag/go.md`, `tags/go/index.html`, `layout: tagpage`), unless it says `published: false`. Its address as Jekyll gives a page's (Page#template, Utils.add_permalink_suffix):
 * its `permalink:` (`:path`, `:basename`, `:output_ext` filled), else `/:path/:basename.html`,
 * `/:path/:basename/` under a site `permalink` of `pretty` or ending in `/`, `/:path/:basename`
 * under one ending in neither; `index.md` is its folder. The folders and name filled in are
 * percent-encoded as a link would (pathSegment: `tag/a b.md` is `/tag/a%20b.html`).
 */
export function jekyllTermPage(file: string, front: Readonly<Record<string, unknown>>, sitePermalink = 'date'): JekyllTermPage | undefined {
  // `published: false` (its own or the config's defaults): Jekyll never wrote the page.
  if (flagOf(front.published) === false) return undefined;
  const base = file.split('/').pop()!.replace(/\.[^.]+$/, '');
  const said = `${file} ${typeof front.layout === 'string' ? front.layout : ''}`.toLowerCase();
  // A word starting with tag or categor (`tagpage`, `tags/`, `category.html`), not `stage` or `heritage`.
  const kind = typeof front.tag === 'string' && front.tag.trim() && /(?:^|[^a-z])tag/.test(said) ? 'tag' : typeof front.category === 'string' && front.category.trim() && /(?:^|[^a-z])categor/.test(said) ? 'category' : undefined;
  if (kind === undefined) return undefined;
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const style = ['date', 'ordinal', 'none', 'pretty'].includes(sitePermalink) ? sitePermalink : sitePermalink.endsWith('/') ? 'slash' : sitePermalink.endsWith(':output_ext') ? 'date' : 'bare';
  const template = typeof front.permalink === 'string' && front.permalink.trim() ? front.permalink.trim() : base === 'index' ? '/:path/' : `/:path/:basename${style === 'pretty' || style === 'slash' ? '/' : style === 'bare' ? '' : ':output_ext'}`;
  // Jekyll escapes what it fills in (URL.escape_path), not the permalink as written: `tag/a b.md` is /tag/a%20b.html.
  const url = template.replace(/:path\b/g, () => dir.split('/').map(pathSegment).join('/')).replace(/:basename\b/g, () => pathSegment(base)).replace(/:output_ext\b/g, '.html');
  const path = `/${url.replace(/\/{2,}/g, '/').replace(/^\/+/, '')}`;
  return { path, tag: String(front[kind]).trim(), kind };
}
