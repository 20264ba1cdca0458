/**
 * The tag and category page addresses of the site a blog moved from, worked out from a post's
 * front matter the way its generator names those pages: `import` records the ones this site
 * serves elsewhere in planner.json (`portfolio.taxonomyAliases`), so that the build writes a page
 * there sending the reader on to the tag's (or pillar's) page here. Each rule names the code or
 * documentation it follows. Jekyll has no tag or category pages of its own: those of the
 * jekyll-archives plugin and the site's hand-written ones (jekyll.ts).
 */
import { hexoSlugize, hugoSanitize, type OldSite } from '../moved-posts/old-url.ts';
import { pathSegment } from './address.ts';
import type { Paging } from './pages.ts';
import { jekyllArchiveTerms, jekyllNamesOf } from './jekyll.ts';

/**
 * One tag or category page of the old site: its path, and the name of the tag it is here
 * (categories are tags here); or one of its lists of every tag or category (`kind: 'list'`,
 * Hugo's and Hexo's `/categories/`), which leads to the list of tags here; or one of its lists of
 * posts (post-lists.ts): its home (`kind: 'home'`), which leads to the home page here, or another
 * (`kind: 'posts'`: `/archives/`, `/posts/`, `/page/2/`), which leads to the archive.
 */
export interface OldTerm {
  path: string;
  /** The tag's name as the post writes it (`ReinforcementLearning`, `Recipes`); '' for a list. */
  tag: string;
  /** Whether the old site filed it as a category (a `--pillar-map` name may make it a pillar's page), or it is a list (of tags, of posts, the home). */
  kind: 'tag' | 'category' | 'list' | 'home' | 'posts';
  /** How the old site paged its list of posts (pages.ts withPages), when it did. */
  paging?: Paging;
}

type Raw = Readonly<Record<string, unknown>>;

/** The names of a front matter list (`tags: [a, b]`, or one string as one name, as Hugo and Hexo read it). */
function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value.flat(Infinity) : value === undefined || value === null ? [] : [value];
  return list.filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim()).filter(Boolean);
}

/**
 * Hugo (gohugo.io/content-management/taxonomies/): a term's page is `/<taxonomy>/<term>/`, the
 * term's path sanitized as a page's (hugoSanitize: spaces as `-`, lower case unless
 * `disablePathToLower`); the taxonomies are `tags` and `categories` unless the config's
 * `taxonomies` table says otherwise (an empty one: none), and none when `disableKinds` holds
 * `term` (Hugo 0.73+; `taxonomy` there is the list of terms, `/categories/`: hugoLists). Only `tags` and `categories` are read: a post's other
 * taxonomies (`series`) are no tags here. `prefix` is the language's folder (`zh-cn`), `ugly`
 * `uglyURLs` (`/tags/go.html`), `paging` how its term pages were paged (its theme's list
 * template calling .Paginator, as most do).
 */
export function hugoTerms(raw: Raw, config: { taxonomies?: unknown; disableKinds?: unknown }, where: { prefix?: string; keepCase?: boolean; ugly?: boolean; paging?: Paging } = {}): OldTerm[] {
  const disabled = namesOf(config.disableKinds).map((k) => k.toLowerCase());
  if (disabled.includes('term')) return [];
  const table = config.taxonomies && typeof config.taxonomies === 'object' ? Object.values(config.taxonomies as Record<string, unknown>).map(String) : ['tags', 'categories'];
  const terms: OldTerm[] = [];
  for (const plural of ['tags', 'categories'].filter((p) => table.includes(p))) {
    for (const name of namesOf(raw[plural])) {
      const slug = hugoSanitize(name, !where.keepCase);
      if (slug.replace(/[-.]/g, '') === '') continue;
      const path = `/${[where.prefix, plural, pathSegment(slug)].filter(Boolean).join('/')}`;
      const kind = plural === 'tags' ? 'tag' : 'category';
      // With uglyURLs the later pages' addresses are not read here.
      terms.push(where.ugly ? { path: `${path}.html`, tag: name, kind } : { path: `${path}/`, tag: name, kind, ...(where.paging ? { paging: where.paging } : {}) });
    }
  }
  return terms;
}

/** What Hexo's config says of its tag and category pages (hexo.io/docs/configuration#Directory, #Category-amp-Tag). */
export interface HexoTaxonomySettings {
  tagDir?: string;
  categoryDir?: string;
  tagMap?: Record<string, string>;
  categoryMap?: Record<string, string>;
  filenameCase?: 0 | 1 | 2;
  /**
   * hexo-generator-tag's and -category's page sizes (`tag_generator.per_page`,
   * `category_generator.per_page`, else `per_page`, else 10; 0 pages nothing) and `pagination_dir`
   * (`page`): a tag's page 2 at `/tags/<slug>/page/2/`.
   */
  tagPerPage?: number;
  categoryPerPage?: number;
  paginationDir?: string;
  /**
   * The lists of every tag or category it served (`/tags/`, `/categories/`, under its tag_dir and
   * category_dir): a page of its source (`source/categories/index.md`, as NexT and Butterfly have
   * one write) or hexo-generator-tag's `enable_index_page`.
   */
  lists?: string[];
}

/**
 * Hexo (hexo/lib/models/tag.js and category.js): a tag's page is `/<tag_dir>/<slug>/`, its slug
 * `slugize(tag_map[name] || name, filename_case)`; a category's `/<category_dir>/<its parents'
 * slugs>/<slug>/`, each by `category_map` then slugize, so `categories: [Java, Spring]` has
 * pages at `/categories/Java/` and `/categories/Java/Spring/` (`[[A], [B, C]]`: A, B, B/C). The
 * defaults keep a name's case (`/tags/JavaScript/`); each paged as its generator pages it (HexoTaxonomySettings).
 */
export function hexoTerms(raw: Raw, settings: HexoTaxonomySettings = {}): OldTerm[] {
  const slug = (name: string, map: Record<string, string> | undefined) => hexoSlugize(map?.[name] ?? name, settings.filenameCase ?? 0);
  const dir = (given: string | undefined, fallback: string) => (given ?? fallback).replace(/^\/+|\/+$/g, '') || fallback;
  const paging = (perPage: number | undefined): Paging => ({ perPage: perPage ?? 10, format: `${dir(settings.paginationDir, 'page')}/%d/` });
  const terms: OldTerm[] = [];
  for (const name of namesOf(raw.tags)) {
    const s = slug(name, settings.tagMap);
    if (s) terms.push({ path: `/${dir(settings.tagDir, 'tags')}/${pathSegment(s)}/`, tag: name, kind: 'tag', paging: paging(settings.tagPerPage) });
  }
  const value = raw.categories ?? raw.category;
  const lists = Array.isArray(value) ? (value.some(Array.isArray) ? value.map((v) => (Array.isArray(v) ? v : [v])) : [value]) : [value];
  for (const list of lists) {
    const chain: string[] = [];
    for (const name of namesOf(list)) {
      const s = slug(name, settings.categoryMap);
      if (!s) break;
      chain.push(pathSegment(s));
      terms.push({ path: `/${dir(settings.categoryDir, 'categories')}/${chain.join('/')}/`, tag: name, kind: 'category', paging: paging(settings.categoryPerPage) });
    }
  }
  return terms;
}

/**
 * AstroPaper v4/v5 (src/utils/slugify.ts `slugifyStr = (str) => kebabcase(str)`, lodash.kebabcase;
 * src/pages/tags/[tag]/[...page].astro): a tag's page is `/tags/<kebab-cased tag>/`, so
 * "ReinforcementLearning" was served at `/tags/reinforcement-learning/`. No category pages.
 * `perPage`: the site's page size, when its later pages are to be kept (ASTRO_PAPER_PER_PAGE).
 */
export function astroPaperTerms(raw: Raw, perPage?: number): OldTerm[] {
  return namesOf(raw.tags).flatMap((name) => {
    const slug = kebabCase(name);
    return slug ? [{ path: `/tags/${pathSegment(slug)}/`, tag: name, kind: 'tag' as const, ...(perPage !== undefined ? { paging: { perPage, format: '%d/' } } : {}) }] : [];
  });
}

/**
 * AstroPaper's page size of a tag's list (`postPerPage` of its src/config.ts, v4; `posts.perPage`
 * of astro-paper.config, v5; 4 when not set): Astro's paginate() on
 * src/pages/tags/[tag]/[...page].astro serves page 2 at `/tags/<tag>/2/`.
 */
export const ASTRO_PAPER_PER_PAGE = 4;

// lodash's words() (unicodeWords) over Latin-1: a capital may start a run of small letters; a
// run of capitals before a capital and a small letter is a word of its own ("HTMLParser"); a
// letter of another script is a "misc" letter, either case; digits are words of their own.
const UPPER = 'A-Z\\xc0-\\xd6\\xd8-\\xde';
const LOWER = 'a-z\\xdf-\\xf6\\xf8-\\xff';
const BREAK = '\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\xd7\\xf7\\u2000-\\u206f\\s';
const MISC = `[^${BREAK}\\d\\u2700-\\u27bf${UPPER}${LOWER}]`;
const U = `[${UPPER}]`;
const L = `[${LOWER}]`;
const ML = `(?:${L}|${MISC})`;
const MU = `(?:${U}|${MISC})`;
const WORD = new RegExp([`${U}?${L}+(?=[${BREAK}]|${U}|$)`, `${MU}+(?=[${BREAK}]|${U}${ML}|$)`, `${U}?${ML}+`, `${U}+`, '\\d+'].join('|'), 'gu');

/** lodash's kebabCase: accents dropped (deburr), apostrophes removed, its words lower-cased and joined by `-`. */
export function kebabCase(text: string): string {
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['\u2019]/g, '');
  return (plain.match(WORD) ?? []).map((w) => w.toLowerCase()).join('-');
}

/** WordPress's paged lists (tag, category, home): "Blog pages show at most" (posts_per_page), 10 unless changed, which the export does not hold. */
export const WORDPRESS_PAGING: Paging = { perPage: 10, format: 'page/%d/' };

/**
 * How a Hugo site paged its lists (`pagination.pagerSize`/`paginate`, else 10, in
 * `pagination.path`/`paginatePath`, else `page`); page 1 also at `page/1/` (Hugo's alias of a
 * paged list's first page) unless `pagination.disableAliases`.
 */
export function hugoPaging(site: Extract<OldSite, { generator: 'hugo' }>): Paging {
  return { perPage: site.hugoPaging?.perPage ?? 10, format: `${site.hugoPaging?.dir ?? 'page'}/%d/`, ...(site.hugoPaging?.noFirst ? {} : { first: true }) };
}

/** One WordPress term of a post, as its export's `<category domain="post_tag|category" nicename="…">` gives it. */
export interface WordPressTerm {
  domain: 'category' | 'post_tag';
  name: string;
  /** Its slug (`nicename`), percent-encoded as WordPress stores it (`%e5%ae%b6`). */
  nicename: string;
}

/**
 * WordPress with pretty permalinks (developer.wordpress.org/reference/classes/wp_rewrite/): a
 * tag's page is `/tag/<slug>/`, a category's `/category/<its parents' slugs>/<slug>/` (`parents`:
 * a category's nicename -> its parent's, from the export's `<wp:category>` list), under the
 * blog's own path. "Uncategorized" is no tag here, so its page gets none. A site whose Settings >
 * Permalinks change the tag or category base is not known from the export. Paged at
 * `/tag/<slug>/page/2/` by "Blog pages show at most" (posts_per_page, 10 unless changed: not in the export).
 */
export function wordpressTerms(terms: readonly WordPressTerm[], blogPath: string, parents: ReadonlyMap<string, string> = new Map()): OldTerm[] {
  const base = blogPath.replace(/\/+$/, '');
  return terms.flatMap((t) => {
    if (!t.nicename || (t.domain === 'category' && t.name.toLowerCase() === 'uncategorized')) return [];
    const chain = [t.nicename];
    for (let p = parents.get(t.nicename); p && !chain.includes(p) && chain.length < 10; p = parents.get(p)) chain.unshift(p);
    const path = t.domain === 'post_tag' ? `${base}/tag/${t.nicename}/` : `${base}/category/${chain.join('/')}/`;
    return [{ path, tag: t.name, kind: t.domain === 'post_tag' ? ('tag' as const) : ('category' as const), paging: WORDPRESS_PAGING }];
  });
}

/**
 * The tag and category pages the old site (store/old-site.ts) served for a post of it, with its
 * front matter as written and its path within the imported folder (for a Hugo site's language
 * folder, `en/posts/a.md`): Hugo's and Hexo's by their config; an AstroPaper post's
 * (`pubDatetime`) by that theme's rule, its project found or not (a posts folder copied out of
 * it). Others (Jekyll, Fuwari's `/archive/?tag=` lists, a plain folder) none. Under the site's
 * `root` when it was served from a folder (`/blog/tags/go/`). Each page once,
 * with how the site paged it (pages.ts).
 */
export function oldTermsOf(raw: Raw, site: OldSite | undefined, path: string): OldTerm[] {
  return oncePerPath(underRoot(termsOf(raw, site, path), site));
}

/**
 * The old site's lists of every tag or category that a post of it (as oldTermsOf takes one) was
 * listed on, `kind: 'list'`, under its root: Hugo's `/<language>/tags/` and `/categories/` of the
 * taxonomies the post uses (its `taxonomy` pages, none with uglyURLs or that kind disabled), Hexo's
 * `lists` (HexoTaxonomySettings). Others none: Jekyll, WordPress (no such page of its own),
 * AstroPaper's `/tags/` is the list here too.
 */
export function oldListsOf(raw: Raw, site: OldSite | undefined, path: string): OldTerm[] {
  if (site?.generator === 'hexo') return underRoot((site.hexoTaxonomies?.lists ?? []).map((p) => ({ path: p, tag: '', kind: 'list' })), site);
  if (site?.generator !== 'hugo' || site.ugly) return [];
  const config = site.hugoTaxonomies ?? {};
  if (namesOf(config.disableKinds).some((k) => k.toLowerCase() === 'taxonomy')) return [];
  const table = config.taxonomies && typeof config.taxonomies === 'object' ? Object.values(config.taxonomies as Record<string, unknown>).map(String) : ['tags', 'categories'];
  const prefix = site.languageDirs !== undefined ? site.languageDirs[path.split('/')[0]!] : site.languagePrefix;
  const lists = ['tags', 'categories'].filter((plural) => table.includes(plural) && namesOf(raw[plural]).length > 0);
  return underRoot(lists.map((plural) => ({ path: `/${[prefix, plural].filter(Boolean).join('/')}/`, tag: '', kind: 'list' })), site);
}

/** `terms` under the folder their site was served from (SiteBase root: `/blog/tags/go/`, `/blog/page/2/`). */
export function underRoot(terms: OldTerm[], site: OldSite | undefined): OldTerm[] {
  const root = site?.root;
  return root ? terms.map((t) => ({ ...t, path: `${root}${t.path}` })) : terms;
}

function termsOf(raw: Raw, site: OldSite | undefined, path: string): OldTerm[] {
  if (site === undefined) return 'pubDatetime' in raw ? astroPaperTerms(raw, ASTRO_PAPER_PER_PAGE) : [];
  if (site.generator === 'hugo') {
    const first = path.split('/')[0]!;
    const prefix = site.languageDirs !== undefined ? site.languageDirs[first] : site.languagePrefix;
    return hugoTerms(raw, site.hugoTaxonomies ?? {}, { prefix, keepCase: site.keepCase, ugly: site.ugly, paging: hugoPaging(site) });
  }
  if (site.generator === 'hexo') return hexoTerms(raw, site.hexoTaxonomies);
  if (site.generator === 'jekyll') return jekyllTerms(raw, site);
  if (site.generator === 'astro' && 'pubDatetime' in raw) return astroPaperTerms(raw, site.perPage ?? ASTRO_PAPER_PER_PAGE);
  return [];
}

/** A Jekyll post's pages: jekyll-archives's of its names, then the site's own pages of one of them (the tag's or category's name as written, as `site.tags[page.tag]` reads it). */
function jekyllTerms(raw: Raw, site: Extract<OldSite, { generator: 'jekyll' }>): OldTerm[] {
  const names = jekyllNamesOf(raw, site.categories);
  const own = (site.termPages ?? []).filter((p) => (p.kind === 'tag' ? names.tags : names.categories).includes(p.tag));
  return [...(site.archives ? jekyllArchiveTerms(names, site.archives, pathSegment) : []), ...own];
}

/** Each page once: a post is one of a page's posts however many of its names lead there (`[go, Go]` of a lower-cased site). */
function oncePerPath(terms: OldTerm[]): OldTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.path) && seen.add(t.path));
}
