/**
 * The later pages of an old site's tag and category lists: Hexo's `/tags/go/page/2/`, Hugo's
 * `/tags/go/page/2/`, WordPress's `/tag/go/page/2/`, AstroPaper's `/tags/go/2/`; and of its lists
 * of posts (post-lists.ts: `/page/2/`, `/posts/2/`, Jekyll's `/page2/`). A page for each
 * that the old site had (its posts of the term counted with its page size), so that the build
 * writes a redirect there too: they answered 404 after the move.
 */
import type { OldTerm } from './generators.ts';

/**
 * How an old site split a term's list of posts into pages: `perPage` posts a page (0: one page
 * however many), page N from 2 on at the term's path followed by `format`, `%d` standing for N
 * (`page/%d/` for Hexo's pagination_dir, Hugo's pagination path and WordPress; `%d/` for AstroPaper).
 */
export interface Paging {
  perPage: number;
  format: string;
  /** Page 1 at `format` too (Hugo's alias of a paged list's first page, `/tags/go/page/1/`), however few its posts. */
  first?: boolean;
}

/**
 * `terms` (one per post and term page, as oldTermsOf gives a post's) followed by the later pages
 * of each term page that has `paging`: pages 2 to ceil(posts / perPage) (from 1 with `first`),
 * each naming the same tag. Page 1 is the term's own path on every generator read here.
 */
export function withPages(terms: readonly OldTerm[]): OldTerm[] {
  const count = new Map<string, number>();
  for (const t of terms) count.set(t.path, (count.get(t.path) ?? 0) + 1);
  const pages: OldTerm[] = [];
  const done = new Set<string>();
  for (const t of terms) {
    if (t.paging === undefined || t.paging.perPage < 1 || done.has(t.path)) continue;
    done.add(t.path);
    const last = Math.ceil(count.get(t.path)! / t.paging.perPage);
    // A home's later pages list older posts: they lead to the archive, not to the home.
    const kind = t.kind === 'home' ? 'posts' : t.kind;
    for (let n = t.paging.first ? 1 : 2; n <= last; n++) pages.push({ path: `${t.path}${t.paging.format.replace('%d', String(n))}`, tag: t.tag, kind });
  }
  return [...terms, ...pages];
}
