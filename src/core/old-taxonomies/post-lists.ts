/**
 * The lists of posts of the site a blog moved from: its home page when the site was served from a
 * folder (`/Blog/` of Hugo's `baseURL = "https://x.github.io/Blog/"`), its home's later pages
 * (`/page/2/`), a Hugo section's list (`/posts/`), Hexo's and AstroPaper's archives
 * (`/archives/`), AstroPaper's `/posts/`. Every theme links them from its menu, and they answered
 * 404 after the move; `import` keeps them in `portfolio.taxonomyAliases` (`list: "home"` leads to
 * the home page here, `list: "posts"` to the archive, /archive/) beside the tag and category pages.
 * Each rule names the code or documentation it follows.
 */
import { hugoSanitize, isDate, type OldSite } from '../moved-posts/old-url.ts';
import { ASTRO_PAPER_PER_PAGE, hugoPaging, underRoot, WORDPRESS_PAGING, type OldTerm } from './generators.ts';
import { jekyllDateArchives } from './jekyll.ts';

type Raw = Readonly<Record<string, unknown>>;

/**
 * The lists of posts of the old site (store/old-site.ts) that a published post of it, with its
 * front matter as written and its path within the imported folder, was listed on: `kind: 'home'`
 * for the site's home page (its path `/` at a site's root, which needs nothing: keep.ts leaves it
 * out, though its later pages count), `kind: 'posts'` for the others, each with how the old site
 * paged it (pages.ts withPages makes the later pages of a home `posts` lists too). Under the
 * site's root. Hugo: the home of the post's language and the list of its section (its first
 * folder under content/), paged by `pagination` (gohugo.io/templates/pagination/), none with
 * uglyURLs (those lists are files, not folders). Hexo: the home (hexo-generator-index) and
 * `/<archive_dir>/` with the post's year's and month's (hexo-generator-archive), each paged by its generator's `per_page`, else the
 * site's, in `pagination_dir`. Jekyll: the home, paged by jekyll-paginate's `paginate` and
 * `paginate_path` (jekyllrb.com/docs/pagination/), and jekyll-archives's year, month and day
 * lists of the post's day when enabled (jekyll.ts). AstroPaper (a post with `pubDatetime`):
 * `/posts/`, paged at `/posts/2/` by its page size, and `/archives/`; Fuwari (`published`, a
 * date): its home's pages `/2/`; the Astro blog template (`pubDate`, its project not read): `/blog/`. Others none.
 */
export function oldPostListsOf(raw: Raw, site: OldSite | undefined, path: string): OldTerm[] {
  if (site === undefined || site.generator === 'astro') return underRoot(astroLists(raw, site), site);
  if (site.generator === 'hugo') return site.ugly ? [] : underRoot(hugoLists(site, path), site);
  if (site.generator === 'hexo') return underRoot(hexoLists(site.hexoPostLists ?? {}, raw.date), site);
  return underRoot([jekyllHome(site.jekyllPaging), ...jekyllDateArchives(jekyllDay(raw.date, path), site.archives)], site);
}

/** A Jekyll post's day: its `date` as written (a Date as YAML read it), else its file name's (`2024-05-07-a.md`). */
function jekyllDay(date: unknown, path: string): string | undefined {
  if (date instanceof Date && !Number.isNaN(date.getTime())) return date.toISOString();
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date.trim())) return date.trim();
  return /^(\d{4}-\d{2}-\d{2})-/.exec(path.split('/').pop() ?? '')?.[1];
}

function hugoLists(site: Extract<OldSite, { generator: 'hugo' }>, path: string): OldTerm[] {
  const first = path.split('/')[0]!;
  if (site.languageDirs !== undefined && !(Object.hasOwn(site.languageDirs, first) && path.includes('/'))) return [];
  const within = site.languageDirs !== undefined ? path.slice(first.length + 1) : path;
  const prefix = (site.languageDirs?.[first] ?? site.languagePrefix) || '';
  // A page bundle (posts/a/index.md) and a plain page (posts/a.md) are both in section `posts`;
  // a page at content/'s top (about.md, or the bundle about/index.md) is in none.
  const parts = [site.within, within].filter(Boolean).join('/').split('/');
  const bundle = /^index(?:\.[a-z]{2}(?:-[a-z]+)?)?\.(?:md|markdown|mdx|html?)$/i.test(parts.at(-1) ?? '');
  const folders = parts.slice(0, bundle ? -2 : -1);
  const paging = hugoPaging(site);
  const home = prefix ? `/${prefix}/` : '/';
  const lists: OldTerm[] = [{ path: home, tag: '', kind: 'home', paging }];
  const section = folders[0] === undefined ? '' : hugoSanitize(folders[0], !site.keepCase);
  if (section) lists.push({ path: `${home}${section}/`, tag: '', kind: 'posts', paging });
  return lists;
}

/**
 * hexo-generator-index's home and hexo-generator-archive's `/<archive_dir>/` with its year's and
 * month's lists (`yearly`, `monthly`: on by default; the post's `date` as written, a Date as YAML
 * read it), unless the site's package.json leaves the generator out (hexo-generator-archive/lib/generator.js).
 */
function hexoLists(settings: HexoPostLists, date: unknown): OldTerm[] {
  const format = `${settings.paginationDir ?? 'page'}/%d/`;
  const lists: OldTerm[] = [];
  if (settings.index !== false) lists.push({ path: settings.indexPath ? `/${settings.indexPath}/` : '/', tag: '', kind: settings.indexPath ? 'posts' : 'home', paging: { perPage: settings.indexPerPage ?? 10, format } });
  if (settings.archive === false) return lists;
  const archive = `/${settings.archiveDir ?? 'archives'}/`;
  const paging = { perPage: settings.archivePerPage ?? 10, format };
  lists.push({ path: archive, tag: '', kind: 'posts', paging });
  const written = date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : typeof date === 'string' ? date.trim() : '';
  const month = /^(\d{4})-(\d{1,2})-/.exec(written);
  if (month && settings.yearly !== false) {
    lists.push({ path: `${archive}${month[1]}/`, tag: '', kind: 'posts', paging });
    if (settings.monthly !== false) lists.push({ path: `${archive}${month[1]}/${month[2]!.padStart(2, '0')}/`, tag: '', kind: 'posts', paging });
  }
  return lists;
}

/** Jekyll's home, paged by jekyll-paginate (page N at `paginate_path`, `/page:num/` by default, from 2 on) when the config sets `paginate`. */
function jekyllHome(paging: JekyllPaging | undefined): OldTerm {
  if (paging === undefined) return { path: '/', tag: '', kind: 'home' };
  // `/blog/page:num/` pages the list at /blog/: page 1 is that folder's index. Page 1 is the
  // index.html nearest above paginate_path's folder (jekyll-paginate's template_page): for a
  // `:num` folder under `page/` (`/page/:num/`, `/blog/page/:num/`), which has none, the one above.
  const at = /^(.*?\/)?(?:(pages?)\/(?=:num\/?$))?([^/]*:num[^/]*)\/?$/.exec(`/${paging.path.replace(/^\/+/, '')}`);
  if (!at) return { path: '/', tag: '', kind: 'home' };
  const dir = at[1] ?? '/';
  const format = `${at[2] ? `${at[2]}/` : ''}${at[3]!.replace(':num', '%d')}/`;
  return { path: dir, tag: '', kind: dir === '/' ? 'home' : 'posts', paging: { perPage: paging.perPage, format } };
}

/**
 * An Astro blog's lists, by the theme its post's front matter tells (as old-url.ts astroUrl reads
 * it): AstroPaper's (`pubDatetime`) paged list of posts (src/pages/posts/[...page].astro,
 * `paginate()` by its page size) and archives (src/pages/archives/index.astro, v4+); Fuwari's
 * (`published`, a date) home paged at `/2/` (src/pages/[...page].astro, PAGE_SIZE 8 of
 * src/constants/constants.ts); the Astro blog template's (`pubDate`) `/blog/` (src/pages/blog/index.astro).
 */
function astroLists(raw: Raw, site: Extract<OldSite, { generator: 'astro' }> | undefined): OldTerm[] {
  const home: OldTerm = { path: '/', tag: '', kind: 'home' };
  if ('pubDatetime' in raw) {
    const perPage = site?.perPage ?? ASTRO_PAPER_PER_PAGE;
    return [home, { path: '/posts/', tag: '', kind: 'posts', paging: { perPage, format: '%d/' } }, { path: '/archives/', tag: '', kind: 'posts' }];
  }
  if (isDate(raw.published)) return [{ ...home, paging: { perPage: FUWARI_PAGE_SIZE, format: '%d/' } }];
  return 'pubDate' in raw && site === undefined ? [home, { path: '/blog/', tag: '', kind: 'posts' }] : [];
}

/**
 * A WordPress blog's home at its path (`blogPath`, '' at the root; `/blog` when WordPress lives in
 * a folder: its home leads home), paged at `/page/2/` by "Blog pages show at most"
 * (posts_per_page: 10 unless changed, which the export does not hold), as its tag pages are.
 */
export function wordpressHome(blogPath: string): OldTerm {
  return { path: `${blogPath.replace(/\/+$/, '')}/`, tag: '', kind: 'home', paging: WORDPRESS_PAGING };
}

/** Fuwari's posts a page on its home (src/constants/constants.ts PAGE_SIZE). */
const FUWARI_PAGE_SIZE = 8;

/**
 * A Hexo _config.yml's settings of its lists of posts (hexo.io/docs/configuration): `index_generator.path`
 * and `.per_page`, `archive_dir`, `archive_generator.per_page`, `.yearly`, `.monthly` (each generator's own page size,
 * else `per_page`, else 10; 0 pages nothing), `pagination_dir`; `index`/`archive` false when the
 * site's package.json does not install hexo-generator-index / -archive.
 */
export interface HexoPostLists {
  index?: false;
  indexPath?: string;
  indexPerPage?: number;
  archive?: false;
  /** `archive_generator.yearly` / `.monthly` false: no `/archives/2024/` / `/archives/2024/05/` lists. */
  yearly?: false;
  monthly?: false;
  archiveDir?: string;
  archivePerPage?: number;
  paginationDir?: string;
}

/** jekyll-paginate's `paginate` (posts a page, > 0) and `paginate_path` (`/page:num/` when not set). */
export interface JekyllPaging {
  perPage: number;
  path: string;
}
