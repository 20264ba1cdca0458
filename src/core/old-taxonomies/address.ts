/**
 * The old site's tag and category page addresses (`portfolio.taxonomyAliases` in planner.json):
 * `/tag/kubernetes/` of a WordPress blog, `/tags/reinforcement-learning/` of an AstroPaper one,
 * `/categories/Java/` of Hexo, each naming what it is here: a tag (its page `/tags/<slug>/` as
 * the build names it then) or a pillar (`/pillars/<id>/`). The build writes a page at each that
 * sends the reader on (pages/[...oldTaxonomy].ts): before, every link to them answered 404.
 */
import { idKey } from '../feed/slug.ts';
import { aliasFile } from '../redirects/alias-path.ts';
import { tagSlug } from '../tag-slug.ts';

/**
 * A path segment of an old site's page (a tag's slug, a page's file name) as a host serves it:
 * the characters a link would percent-encode (spaces and controls, `<>"\`\\%?#`) so encoded,
 * other letters (`机器学习`) as they are, as taxonomyAliases holds them.
 */
export function pathSegment(text: string): string {
  return text.replace(/[\u0000-\u0020\u007f-\u009f<>"`\\%?#]/g, (c) => encodeURIComponent(c));
}

/** What an old list page is here (`list` of a TaxonomyAlias): the list of tags, the archive of posts, the home page. */
export const OLD_LISTS = ['tags', 'posts', 'home'] as const;
export type OldList = (typeof OLD_LISTS)[number];
const LIST_TARGETS: Record<OldList, string> = { tags: '/tags/', posts: '/archive/', home: '/' };

/**
 * One old tag or category page, as planner.json holds it: its path and what it is here, a `tag`
 * or a `pillar`; or an old list (`list`): of every tag or category (`/categories/`, `'tags'`), of
 * posts (`/archives/`, `/posts/`, `/page/2/`: `'posts'`), or the home of a site served from a
 * folder (`/blog/`: `'home'`).
 */
export interface TaxonomyAlias {
  path: string;
  tag?: string;
  pillar?: string;
  list?: OldList;
}

/** The site path `alias` sends the reader to: its pillar's page, the list's page here (/tags/, /archive/, /), else its tag's page. */
export function taxonomyTarget(alias: TaxonomyAlias): string {
  return alias.pillar !== undefined ? `/pillars/${alias.pillar}/` : alias.list !== undefined ? LIST_TARGETS[alias.list] : `/tags/${tagSlug(alias.tag ?? '')}/`;
}

/** One redirect page the build writes: its file, where it leads, and the name it shows. */
export interface TaxonomyRedirect {
  file: string;
  to: string;
  name: string;
}

/**
 * The redirect pages of `aliases`: one per file (the first entry wins), none for a tag whose
 * page the build does not write (`tagSlugs`: the tags of published posts; a tag only drafts
 * have would name a draft's tag, and lead to a 404), and none where the address is its target's
 * own file in any case (`/tags/JavaScript/` of Hexo is `/tags/javascript/` on a case-insensitive
 * disk: a page there would replace the tag's page).
 */
export function taxonomyRedirects(aliases: readonly TaxonomyAlias[], tagSlugs: ReadonlySet<string>): TaxonomyRedirect[] {
  const seen = new Set<string>();
  const pages: TaxonomyRedirect[] = [];
  for (const alias of aliases) {
    if (alias.pillar === undefined && alias.list === undefined && !tagSlugs.has(tagSlug(alias.tag ?? ''))) continue;
    const to = taxonomyTarget(alias);
    const file = aliasFile(alias.path);
    const key = idKey(file);
    if (seen.has(key) || key === idKey(aliasFile(to))) continue;
    seen.add(key);
    pages.push({ file, to, name: alias.pillar ?? alias.tag ?? alias.list ?? '' });
  }
  return pages;
}
