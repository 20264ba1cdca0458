/**
 * The address a moved post had on its old site, where its source tells it: written into the new
 * post's `aliases` so that the build serves a page there that sends the reader on (issue 18).
 * Each rule follows the generator's own code or documentation, named beside it; a post whose
 * address depends on something the source folder does not say gets none.
 */
import type { JekyllDefault } from '../jekyll-defaults.ts';
import { aliasProblem } from '../redirects/alias-path.ts';
import { dateValueOf, flagOf } from '../schema/post-aliases.ts';
import type { OldFeed } from '../old-feeds/generators.ts';
import type { HexoTaxonomySettings } from '../old-taxonomies/generators.ts';
import type { HexoPostLists, JekyllPaging } from '../old-taxonomies/post-lists.ts';
import type { JekyllArchives, JekyllTermPage } from '../old-taxonomies/jekyll.ts';

/** What the store read of the old site around the imported folder (store/old-site.ts): each generator's own settings only. */
export type OldSite = HexoSite | JekyllSite | HugoSite | AstroSite;

interface SiteBase {
  /**
   * The imported folder's path within the site's `_posts` (`Golang` of `source/_posts/Golang`),
   * when it lies deeper; for Hugo, within `content/` (`posts` of `content/posts`).
   */
  within?: string;
  /** The old site's host address (`https://devblog.example.com`, without `root`), when its config gives one: links to it are links to its posts. */
  address?: string;
  /**
   * The folder the whole site was served from, without its last `/` (`/blog`), when not `/`:
   * Hexo's `root`, Jekyll's `baseurl`, the path of Hugo's `baseURL`, Astro's `base`. Every old
   * address (posts, feeds, tag and category pages) starts with it; `address` + a path is a full address.
   */
  root?: string;
  /**
   * The time zone its config names for times written without a UTC offset, as written, with the
   * key and the config file's name: Jekyll's and Hexo's `timezone:` in `_config.yml`, Hugo's
   * `timeZone` (`{ zone: 'Asia/Shanghai', key: 'timezone', file: '_config.yml' }`); absent when
   * it names none (core/moved-posts/site-zone.ts says what the generator read them in then).
   */
  timeZone?: { zone: string; key: string; file: string };
  /** The feeds it served (core/old-feeds/generators.ts), for `import` to keep their addresses (`portfolio.feedAliases`). */
  feeds?: OldFeed[];
}

export interface HexoSite extends SiteBase {
  generator: 'hexo';
  /** `permalink:` of its _config.yml, when it sets one. */
  permalink?: string;
  /** `default_category`, `category_map` and `filename_case` of its _config.yml, for `:category`. */
  hexoCategories?: { fallback: string; map: Record<string, string>; filenameCase: 0 | 1 | 2 };
  /** `tag_dir`, `category_dir`, `tag_map`, `category_map`, `filename_case`: where its tag and category pages were (old-taxonomies/generators.ts). */
  hexoTaxonomies?: HexoTaxonomySettings;
  /** Its home's and archive's paging and folders (old-taxonomies/post-lists.ts), when its config or package.json says other than the defaults. */
  hexoPostLists?: HexoPostLists;
  /** Whether its package.json installs hexo-renderer-kramed, whose Markdown reads `$$…$$` inside a sentence as inline math. */
  kramed?: boolean;
}

export interface JekyllSite extends SiteBase {
  generator: 'jekyll';
  /** `permalink:` of its _config.yml, when it sets one. */
  permalink?: string;
  /** `defaults:` of its _config.yml that change a post's address or terms (core/jekyll-defaults.ts), when it has any. */
  defaults?: JekyllDefault[];
  /**
   * The folders above the imported `_posts` within the site (`['blog']` of `blog/_posts`),
   * which Jekyll makes the first categories of its posts (Document#categories_from_path).
   */
  categories?: string[];
  /**
   * The collection (jekyllrb.com/docs/collections/) whose folder `_<label>` is imported, `within`
   * then the path in it: its `output` (else Jekyll wrote no page of it) and `permalink`, and
   * whether `collections:` names it at all (`listed`; else Jekyll did not read the folder).
   */
  collection?: { label: string; listed: boolean; output: boolean; permalink?: string };
  /** `markdown:` of its _config.yml, as written, when it names an engine other than kramdown (Jekyll's default): `GFM`, `CommonMarkGhPages`. */
  markdown?: string;
  /** jekyll-paginate's paging of its home, when its config sets `paginate` (old-taxonomies/post-lists.ts). */
  jekyllPaging?: JekyllPaging;
  /** jekyll-archives's settings, when the site loads it and its config enables some kind of archive (old-taxonomies/jekyll.ts). */
  archives?: JekyllArchives;
  /** The tag and category pages the site wrote by hand (`tag/attention.md` with `tag: attention`), at their addresses without `root`. */
  termPages?: JekyllTermPage[];
}

export interface HugoSite extends SiteBase {
  generator: 'hugo';
  /** The config's `permalinks` (section -> pattern; the `page` table of Hugo 0.120+ flattened). */
  permalinks?: Record<string, string>;
  /** `uglyURLs` (pages at `.html`, not folders). */
  ugly?: boolean;
  /** `disablePathToLower` (paths keep their capitals). */
  keepCase?: boolean;
  /**
   * The languages' content folders (`en` of `contentDir = "content/en"`) when the imported folder
   * is `content/` itself, each with its language's folder in the address ('' for the default
   * language at the root, `zh-cn`): the first part of each post's path, left out of its address.
   */
  languageDirs?: Record<string, string>;
  /** The imported folder's language's folder in the address (`zh-cn`; `en` for the default one with `defaultContentLanguageInSubdir`). */
  languagePrefix?: string;
  /** Its config's `taxonomies` and `disableKinds`, as written: which tag and category pages it had (old-taxonomies/generators.ts). */
  hugoTaxonomies?: { taxonomies?: unknown; disableKinds?: unknown };
  /** The page size and folder of its paged lists (`pagination.pagerSize`/`paginate`, `pagination.path`/`paginatePath`; `noFirst`: `pagination.disableAliases`, no page at `/page/1/`), when its config gives them; 10 and `page` else. */
  hugoPaging?: { perPage?: number; dir?: string; noFirst?: true };
}

/**
 * An Astro project (its `astro.config.*` found above the imported folder): the routes of its
 * `src/pages/` that serve a content collection's entries by their id or slug
 * (`src/pages/blog/[...slug].astro` with `getCollection('blog')` and `params: { slug: post.id }`).
 */
export interface AstroSite extends SiteBase {
  generator: 'astro';
  /** Collection -> the folder of the route serving its entries, from the site's root (`/blog`; `''` at the root). */
  routes: Record<string, string>;
  /** The collection whose folder is imported or holds it (`blog` of `src/content/blog/2024`), when one is. */
  collection?: string;
  /** AstroPaper's page size of its tag lists (`postPerPage`, `posts.perPage`), when its config gives one. */
  perPage?: number;
  /**
   * Whether its content schema reads `postSlug`, the key AstroPaper v2 and v3 served a post at:
   * false when a content config was read that names it nowhere (v4 and later serve a post at its
   * entry id, whatever `postSlug` it kept); undefined when the project has no content config.
   */
  postSlug?: boolean;
}

export interface OldPost {
  /** The file's path within the imported folder (`sub/a.md`), `/`-separated. */
  path: string;
  /** Its frontmatter as written. */
  raw: Record<string, unknown>;
  /** Its publication date as the import reads it (aliases applied, Jekyll's file-name date), if any. */
  date?: string;
  /** Jekyll's file name without its date (`my-post` of `2020-01-02-my-post.md`). */
  jekyllName?: string;
  site?: OldSite;
}

/** The old site path of `post`, or undefined when its source does not tell it or no alias can hold it (oldAddressOf). */
export function oldUrlOf(post: OldPost): string | undefined {
  const old = oldAddressOf(post);
  return old && 'url' in old ? old.url : undefined;
}

/**
 * The old site path of `post`: `url` when an alias can hold it (redirects/alias-path.ts),
 * `unservable` (the path as the old site served it) when none can (an encoded "#" or "?" of a
 * Hexo file name), undefined when the source does not tell it or does not tell it surely.
 */
export function oldAddressOf(post: OldPost): { url: string } | { unservable: string } | { unread: string[] } | undefined {
  const site = post.site;
  const found = site?.generator === 'hugo' ? hugoUrl(post, site) : site && site.generator !== 'astro' ? fromPermalink(post, site) : astroUrl(post, site);
  if (found === undefined || typeof found === 'object') return found;
  // A site served from a folder (Hexo's `root: /blog/`, Jekyll's `baseurl`, …) served every page under it.
  const url = site?.root ? `${site.root}${found}` : found;
  if (aliasProblem(url) === undefined) return { url };
  // A Hexo name (encoded) or a Jekyll slug that no alias can hold is told.
  return site && site.generator !== 'astro' ? { unservable: url } : undefined;
}

/**
 * Jekyll's Utils.slugify (jekyll/utils.rb, 3.x and 4.x): every run of characters the mode does
 * not keep becomes one "-", a leading or trailing "-" goes, lower case unless `cased`. "default"
 * keeps letters, marks and decimal digits; "pretty" also `._~!$&'()+,;=@`. UrlDrop fills
 * `:title` with the post's slug (its frontmatter `slug`, else its file name without the date and
 * trailing dots) in pretty mode, cased; `:slug` in default mode; `:name` the file name without
 * its extension, in default mode. So `2020-01-02-My Post.md` was served at `/2020/01/02/My-Post.html`.
 */
export function jekyllSlugify(text: string, mode: 'default' | 'pretty', cased = false): string {
  const slug = text.replace(mode === 'pretty' ? JEKYLL_PRETTY : JEKYLL_DEFAULT, '-').replace(/^-|-$/g, '');
  return cased ? slug : slug.toLowerCase();
}
const JEKYLL_DEFAULT = /[^\p{M}\p{L}\p{Nd}]+/gu;
const JEKYLL_PRETTY = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu;

/**
 * A file name's part of a Hexo address as the site served and linked it: Hexo writes the page
 * under the name as it is (`Spark AQE/index.html`) and a host serves it at the name
 * percent-encoded (`Spark%20AQE`); letters of any script stay as written, as aliases may hold them.
 */
export function encodedName(text: string): string {
  return text.replace(/[\u0000-\u0020\u007f-\u009f<>"`\\%?#]/g, (c) => encodeURIComponent(c));
}

/**
 * Whether raw front matter is an Astro theme's whose addresses astroUrl works out from the post
 * alone: AstroPaper's (`pubDatetime`) or Fuwari's (`published`, a date: a boolean `published` is
 * Jekyll's or another generator's draft switch).
 */
export function isAstroThemePost(raw: Readonly<Record<string, unknown>>): boolean {
  return 'pubDatetime' in raw || isDate(raw.published);
}

/** Whether a front matter value is a date: a Date as YAML read it, or a string starting `YYYY-M-D` (Fuwari's `published`, not a boolean one). */
export function isDate(value: unknown): boolean {
  return value instanceof Date || (typeof value === 'string' && /^\d{4}-\d{1,2}-\d{1,2}/.test(value.trim()));
}

const given = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * An Astro content entry's id (`glob()`'s generateIdDefault, `getContentEntryIdAndSlug`): the
 * `slug` frontmatter when set, else the path without its extension, each segment slugged as
 * github-slugger does (lower case, punctuation dropped, spaces as `-`), a final `/index` dropped.
 */
function astroEntryId(post: OldPost): string {
  const slug = given(post.raw.slug);
  if (slug) return slug.replace(/^\/+|\/+$/g, '');
  const segments = inCollection(post.path).replace(/\.(?:md|markdown|mdx)$/i, '').split('/').map(githubSlug);
  return segments.join('/').replace(/\/index$/, '');
}

/**
 * A path from the imported folder, from the content collection's own folder when the whole
 * project was imported: AstroPaper v5's `src/data/blog/`, v4's and Fuwari's `src/content/<name>/`
 * are not in the post's address (an entry id is relative to its collection).
 */
function inCollection(path: string): string {
  return path.replace(/^src\/(?:data|content)\/[^/]+\//, '');
}

function githubSlug(segment: string): string {
  return segment.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/ /g, '-');
}

/**
 * AstroPaper: v4 and v5 (github.com/satnaing/astro-paper, src/utils/getPath.ts) serve a post at
 * `/posts/<its folders, slugged, those starting with "_" left out>/<the last segment of its
 * entry id>/`; v3 at `/posts/<postSlug slugged>/` (a v3 post without postSlug took its title's
 * slug, which is not read here). A folder name is slugged as AstroPaper's slugifyStr does only
 * for plain names (letters, digits, `-`): any other gives no address. A `postSlug` counts unless
 * the project's content schema is known not to read it (AstroSite.postSlug false): v4 replaced it
 * with Astro's `slug` (satnaing/astro-paper#197), and posts moved on from v3 often keep it.
 */
function astroPaperUrl(post: OldPost, site: AstroSite | undefined): string | undefined {
  const v3 = site?.postSlug === false ? undefined : given(post.raw.postSlug);
  // v2/v3 (src/utils/slugify.ts): `slugger(post.postSlug)`, github-slugger, which keeps `_`
  // (`rl_pg`): 16 of a real blog's 22 posts had no alias, and their old links 404ed.
  if (v3) {
    const slug = githubSlug(v3);
    return slug.replace(/[-_]/g, '') === '' ? undefined : `/posts/${slug}/`;
  }
  const folders = inCollection(post.path).split('/').slice(0, -1).filter((f) => f !== '' && !f.startsWith('_'));
  if (folders.some((f) => !/^[\p{L}\p{N}-]+$/u.test(f))) return undefined;
  const last = astroEntryId(post).split('/').pop();
  return last ? `/posts/${[...folders.map((f) => f.toLowerCase()), last].join('/')}/` : undefined;
}

/** Fuwari (github.com/saicaca/fuwari, src/utils/url-utils.ts getPostUrlBySlug): `/posts/<entry slug>/`. */
function fuwariUrl(post: OldPost): string | undefined {
  const slug = astroEntryId(post);
  return slug ? `/posts/${slug}/` : undefined;
}

/**
 * A post of an Astro blog: AstroPaper's (`pubDatetime`) and Fuwari's (`published` as a date)
 * addresses as those themes build them; any other entry at the route of the project's pages that
 * serves its collection by id (AstroSite.routes: `/post/<id>/` for a blog whose
 * `src/pages/post/[...slug].astro` serves `blog`). With no project read (a posts folder copied
 * out of it), a post with the Astro blog template's `pubDate` is where that template serves it
 * (`npm create astro -- --template blog`: examples/blog/src/pages/blog/[...slug].astro,
 * `params: { slug: post.id }`): `/blog/<entry id>/`, the id keeping its folders (a rest parameter).
 * A project whose pages serve the post's collection by no route read here gives no address.
 */
function astroUrl(post: OldPost, site: AstroSite | undefined): string | undefined {
  if ('pubDatetime' in post.raw) return astroPaperUrl(post, site);
  if (isDate(post.raw.published)) return fuwariUrl(post);
  const collection = site?.collection ?? /^src\/(?:content|data)\/([^/]+)\//.exec(post.path)?.[1];
  const route = site ? (collection !== undefined && Object.hasOwn(site.routes, collection) ? site.routes[collection] : undefined) : 'pubDate' in post.raw ? '/blog' : undefined;
  if (route === undefined) return undefined;
  const id = astroEntryId(post);
  return id ? `${route}/${id}/` : undefined;
}

/** Jekyll's built-in permalink styles (jekyllrb.com/docs/permalinks/#built-in-formats); `date` is the default. */
const JEKYLL_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/**
 * A Jekyll collection's permalink when its settings give none (Collection#url_template):
 * `/:collection/:path` with the suffix of the site's permalink style (Utils.add_permalink_suffix):
 * `/` for `pretty`, `:output_ext` for `date`, `ordinal` and `none`, else what the site's pattern
 * ends with (`/:year/:title/` gives `/`). Checked against `jekyll build` 4.3.1.
 */
function collectionDefault(style: string): string {
  if (style === 'pretty') return '/:collection/:path/';
  if (['date', 'ordinal', 'none'].includes(style)) return '/:collection/:path:output_ext';
  return `/:collection/:path${style.endsWith('/') ? '/' : ''}${style.endsWith(':output_ext') ? ':output_ext' : ''}`;
}

/** Hexo's default (hexo.io/docs/permalinks). */
const HEXO_DEFAULT = ':year/:month/:day/:title/';

/**
 * Jekyll (jekyllrb.com/docs/permalinks/) and Hexo (hexo.io/docs/permalinks): the post's own
 * `permalink`, else the site's, else the generator's default, its placeholders filled from the
 * post: the date as written (its local day), Jekyll's title (its `slug`, else the file name
 * without the date) and categories (lower case), Hexo's title (the path within _posts without
 * extension), name, `:post_title` and `:category` (hexoCategory), percent-encoded where a host
 * needs it (encodedName), and the `abbrlink` the hexo-abbrlink plugin writes into each post's
 * frontmatter. A placeholder not filled here (Hexo's `:hash`, an abbrlink the post does not give)
 * gives no address: `unread` names them.
 */
function fromPermalink(post: OldPost, site: HexoSite | JekyllSite): string | { unread: string[] } | undefined {
  const jekyll = site.generator === 'jekyll';
  const collection = jekyll ? site.collection : undefined;
  // A collection Jekyll did not read or wrote no page of gave its documents no address.
  if (collection && !collection.output) return undefined;
  const own = given(post.raw.permalink);
  const pattern = own ?? (collection ? (collection.permalink ?? collectionDefault(site.permalink ?? 'date')) : jekyll ? (JEKYLL_STYLES[site.permalink ?? 'date'] ?? site.permalink!) : (site.permalink ?? HEXO_DEFAULT));
  // A full address is another site's, not a path here.
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(pattern)) return undefined;
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(post.date ?? '');
  const name = post.path.split('/').pop()!.replace(/\.(?:md|markdown|mdx)$/i, '');
  const values: Record<string, string | undefined> = {
    year: date?.[1],
    short_year: date?.[1]!.slice(2),
    month: date?.[2],
    day: date?.[3],
    i_month: date ? String(Number(date[2])) : undefined,
    i_day: date ? String(Number(date[3])) : undefined,
    // The day of the year, 001-366 (Jekyll's ordinal style: strftime %j).
    y_day: date ? String((Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!) - Date.UTC(+date[1]!, 0, 1)) / 86_400_000 + 1).padStart(3, '0') : undefined,
    hour: date?.[4],
    minute: date?.[5],
    second: date?.[6],
    output_ext: '.html',
    ...(collection ? { collection: collection.label, path: encodedName(`/${[site.within, post.path].filter(Boolean).join('/')}`.replace(/\.[^./]*$/, '').replace(/\.+$/, '')) } : {}),
    ...(jekyll
      ? jekyllNames(given(post.raw.slug) ?? post.jekyllName?.replace(/\.+$/, ''), name, post.raw, site.categories)
      : {
          title: encodedName([site.within, post.path].filter(Boolean).join('/').replace(/\.(?:md|markdown|mdx)$/i, '')),
          name: encodedName(name),
          abbrlink: typeof post.raw.abbrlink === 'number' ? String(post.raw.abbrlink) : given(post.raw.abbrlink),
          post_title: given(post.raw.title) === undefined ? undefined : encodedName(hexoSlugize(given(post.raw.title)!, 1)),
          category: encodedName(hexoCategory(post.raw, site.hexoCategories)),
        }),
  };
  const unread = new Set<string>();
  const filled = pattern.replace(/:([a-z_]+)/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined) unread.add(`:${key}`);
    return value ?? '';
  });
  // Without a date, no placeholder of the date can be filled: that is the post's, not the pattern's.
  // A collection's document without a date took the time of the build that wrote it (Jekyll's
  // Document#date, site.time): not known, and said, as collections' documents often have none.
  if (unread.size) return date || collection ? { unread: [...unread] } : undefined;
  // Jekyll leaves out the empty :categories part; Hexo's permalink has no leading "/".
  return `/${filled}`.replace(/\/{2,}/g, '/');
}

/**
 * hexo-util's slugize: accents dropped (escapeDiacritic; NFD here), every run of spaces and
 * `~`!@#$%^&*()-_+=[]{}|\;:"'<>,.?/` one `-`, none at either end; `transform` 1 lower-cases,
 * 2 upper-cases (Hexo's `filename_case`).
 */
export function hexoSlugize(text: string, transform: 0 | 1 | 2 = 0): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u0000-\u001f]/g, '')
    .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return transform === 1 ? slug.toLowerCase() : transform === 2 ? slug.toUpperCase() : slug;
}

/**
 * Hexo's `:category` (plugins/filter/post_permalink.js): the post's last category with the ones
 * above it (`categories: [Golang, 并发]` is Golang/并发; of `[[Java], [Linux, Shell]]`, Linux/Shell),
 * each by `category_map` or slugized as `filename_case` says; `default_category` for none.
 */
function hexoCategory(raw: Record<string, unknown>, settings: HexoSite['hexoCategories']): string {
  const value = raw.categories ?? raw.category;
  const lists = Array.isArray(value) ? (value.some(Array.isArray) ? value.map((v) => (Array.isArray(v) ? v : [v])) : [value]) : typeof value === 'string' && value.trim() ? [[value]] : [];
  const path = (lists.at(-1) ?? []).map((name) => String(name).trim()).filter(Boolean);
  // The default is written as the config gives it, not slugized.
  if (path.length === 0) return settings?.fallback ?? 'uncategorized';
  return path.map((name) => settings?.map[name] ?? hexoSlugize(name, settings?.filenameCase ?? 0)).join('/');
}

/** Jekyll's `:title`, `:slug`, `:name` and `:categories` (UrlDrop; jekyllSlugify). */
function jekyllNames(slug: string | undefined, name: string, raw: Record<string, unknown>, folders: string[] = []): Record<string, string | undefined> {
  return {
    title: slug === undefined ? undefined : jekyllSlugify(slug, 'pretty', true),
    slug: slug === undefined ? undefined : jekyllSlugify(slug, 'default'),
    name: jekyllSlugify(name, 'default'),
    // Not slugged: Jekyll writes the folder as named and a host serves it percent-encoded.
    categories: encodedName(jekyllCategories(raw, folders)),
  };
}

/**
 * A Hugo page's address (gohugo.io/content-management/urls/): its front matter `url` when a
 * site path (`/2015/08/29/hugo/`, or written without the `/`, from the language's root); else the `permalinks` pattern of its section, tokens filled from the page (`:year`,
 * `:month`, `:day` of its `date`; `:section`, `:sections`; `:title` its title urlized; `:slug`
 * its `slug`, else its title urlized; `:filename` and `:contentbasename` its file name, a page
 * bundle's folder name; `:slugorfilename`, `:slugorcontentbasename`); else its path under
 * `content/` with its `slug` for the last part (Hugo's default). Paths are sanitized as Hugo's
 * MakePathSanitized does (spaces as `-`, characters other than letters, marks, digits and
 * `./_-#+~` dropped; lower case unless `disablePathToLower`); `uglyURLs` ends a page in `.html`.
 * A token not read here gives `unread`.
 */
function hugoUrl(post: OldPost, site: HugoSite): string | { unread: string[] } | undefined {
  // A draft was never served.
  if (flagOf(post.raw.draft) === true) return undefined;
  const own = given(post.raw.url);
  if (own !== undefined && own.startsWith('/')) return own;
  // A relative `url: 2015/08/29/hugo/` is a path from the site's root too, under the language's
  // prefix (Hugo 0.55+, "Allow relative URLs in front matter"); a full address is another site's.
  const relativeOwn = own !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(own) ? own.replace(/^\.\//, '') : undefined;
  if (own !== undefined && relativeOwn === undefined) return undefined;
  // A language's own content folder (content/en) is not part of the address; its language may be.
  const first = post.path.split('/')[0]!;
  if (site.languageDirs !== undefined && !(Object.hasOwn(site.languageDirs, first) && post.path.includes('/'))) return undefined;
  const path = site.languageDirs !== undefined ? post.path.slice(first.length + 1) : post.path;
  const language = site.languageDirs?.[first] || site.languagePrefix;
  const full = [site.within, path].filter(Boolean).join('/');
  const parts = full.split('/');
  const file = parts.pop()!.replace(/\.(?:md|markdown|mdx)$/i, '');
  // A page bundle (x/index.md) is named by its folder.
  const bundle = /^index(?:\.[a-z]{2}(?:-[a-z]+)?)?$/i.test(file) && parts.length > 0;
  const name = bundle ? parts.pop()! : file.replace(/\.[a-z]{2}(?:-[a-z]+)?$/i, '');
  const sections = parts;
  const title = given(post.raw.title);
  const slug = given(post.raw.slug);
  // Hugo's :year, :month and :day are its .Date: `date`, else the publishDate the reader dates the post by.
  const shown = dateValueOf(post.raw, 'date');
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(typeof shown === 'string' ? shown.trim() : shown instanceof Date ? shown.toISOString() : (post.date ?? ''));
  const clean = (text: string) => hugoSanitize(text, !site.keepCase);
  const prefixed = (path: string) => (language ? `/${language}${path}` : path);
  if (relativeOwn !== undefined) return prefixed(`/${relativeOwn}`);
  const end = (path: string) => prefixed(site.ugly ? `${path.replace(/\/+$/, '')}.html` : path.endsWith('/') ? path : `${path}/`);
  const pattern = site.permalinks?.[sections[0] ?? ''] ?? site.permalinks?.['/'];
  if (pattern === undefined) return end(`/${[...sections, slug ?? name].map(clean).join('/')}`.replace(/\/{2,}/g, '/'));
  const values: Record<string, string | undefined> = {
    year: date?.[1], month: date?.[2], day: date?.[3],
    section: sections[0], sections: sections.join('/'),
    title: title === undefined ? undefined : clean(title),
    slug: slug !== undefined ? clean(slug) : title !== undefined ? clean(title) : undefined,
    slugorfilename: clean(slug ?? name), slugorcontentbasename: clean(slug ?? name),
    filename: clean(name), contentbasename: clean(name),
  };
  const unread = new Set<string>();
  const filled = pattern.replace(/:([a-z]+)/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined) unread.add(`:${key}`);
    return value ?? '';
  });
  if (unread.size) return date || !['year', 'month', 'day'].some((k) => unread.has(`:${k}`)) ? { unread: [...unread] } : undefined;
  return end(`/${filled}`.replace(/\/{2,}/g, '/'));
}

/**
 * Hugo's path sanitizing (common/paths/path.go Sanitize, Hugo 0.123+, then lower case unless
 * `disablePathToLower`): letters, digits, marks and `./\\_#+~-@` kept, `%` only before two hex
 * digits; each run of spaces one `-` (so "a - b" is `a---b`); anything else dropped. Measured on
 * a real Hugo blog's deployed pages: 262 of its 264 old addresses matched with the rule of older
 * Hugo (a space after a `-` dropped), all with this one.
 */
export function hugoSanitize(text: string, lower: boolean): string {
  const source = [...text];
  let out = '';
  let hyphen = false;
  source.forEach((c, i) => {
    if (c !== ' ' && (/[./\\_#+~\-@\p{L}\p{N}\p{M}]/u.test(c) || (c === '%' && /^[0-9a-f]{2}$/i.test((source[i + 1] ?? '') + (source[i + 2] ?? ''))))) {
      out += c;
      hyphen = false;
    } else if (/\s/u.test(c) && !hyphen) {
      out += '-';
      hyphen = true;
    }
  });
  return lower ? out.toLowerCase() : out;
}

/**
 * Jekyll's `:categories`: the folders above its `_posts` (`blog` of `blog/_posts`), then the post's
 * `categories` (a list, or words of one string) and `category` (one name, spaces and all), lower case, each once, joined by
 * "/" (Document#categories_from_path, merge_categories!, UrlDrop#categories).
 */
function jekyllCategories(raw: Record<string, unknown>, folders: string[]): string {
  // `categories: jekyll update` is two words, `category: Web Dev` one name (Utils.pluralized_array_from_hash).
  const list = [...folders, ...[raw.categories, raw.category].flatMap((c, i) => (typeof c === 'string' ? (i === 0 ? c.split(/\s+/) : [c]) : Array.isArray(c) ? c.map(String) : []))];
  return [...new Set(list.map((c) => c.trim().toLowerCase()).filter(Boolean))].join('/');
}
