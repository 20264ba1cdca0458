/**
 * The drafts list's search (?q=) and sort (?sort=planned|updated|score|title) over the filtered
 * rows. Search is case- and width-insensitive (NFKC) over title and body: every word of the
 * query must appear, so "braise 红烧" finds a post with both; Chinese matches as substrings, in
 * either script (冻顶 finds 凍頂 and 凍頂 finds 冻顶: Traditional is read as Simplified on both sides).
 */
import { toSimplified } from '../../core/theme/traditional.ts';
import type { DraftRow } from './filter.ts';

export const DRAFT_SORTS = ['planned', 'updated', 'score', 'title'] as const;
export type DraftSort = (typeof DRAFT_SORTS)[number] | '';

/** The sort named in the query string; anything else keeps the list's own order. */
export function readDraftSort(params: URLSearchParams): DraftSort {
  const sort = params.get('sort') ?? '';
  return (DRAFT_SORTS as readonly string[]).includes(sort) ? (sort as DraftSort) : '';
}

/**
 * The theme score the drafts list shows and sorts by, 0..1, or undefined for a post with no body
 * or one left unjudged (code, links, emoji only: `theme.unjudged`), whose 0 means "nothing to
 * judge yet", as the editor says, not "off theme".
 */
export function draftScore(post: DraftRow['post']): number | undefined {
  return post.theme && !post.theme.unjudged ? post.theme.score : undefined;
}

const fold = (text: string) => toSimplified(text.normalize('NFKC').toLocaleLowerCase());

/** Rows whose title or body (looked up by post id in `bodies`) holds every word of `query`. */
export function searchDrafts(rows: DraftRow[], query: string, bodies: Map<string, string>): DraftRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter(({ post }) => {
    const text = fold(`${post.title}\n${bodies.get(post.id) ?? ''}`);
    return words.every((w) => text.includes(w));
  });
}

/**
 * Rows in the chosen order: planned date ascending (unplanned last), updated newest first
 * (`updated`: post id -> epoch ms), score highest first (unscored and unjudged last), title by
 * locale; with no sort chosen, the posts not published in their own order, then the published
 * ones newest first (by `publicFrom`).
 */
export function sortDrafts(rows: DraftRow[], sort: DraftSort, updated: Map<string, number> = new Map()): DraftRow[] {
  const sorted = [...rows];
  // The list's own order: the posts still to write (ideas, drafts, scheduled) first, as they
  // come, then the published ones newest first, so an imported blog's 700 old posts do not bury
  // the three drafts being written (a real Hexo blog's list opened on its 2016 posts).
  if (sort === '') {
    const open = sorted.filter((r) => r.post.status !== 'published');
    const done = sorted.filter((r) => r.post.status === 'published').sort((a, b) => (b.post.publicFrom ?? '').localeCompare(a.post.publicFrom ?? ''));
    return [...open, ...done];
  }
  const last = (a: number | undefined, b: number | undefined) => (a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : null);
  if (sort === 'planned')
    sorted.sort((a, b) => last(a.post.plannedFor ? 0 : undefined, b.post.plannedFor ? 0 : undefined) ?? a.post.plannedFor!.localeCompare(b.post.plannedFor!));
  else if (sort === 'updated') sorted.sort((a, b) => (updated.get(b.post.id) ?? 0) - (updated.get(a.post.id) ?? 0));
  else if (sort === 'score') sorted.sort((a, b) => last(draftScore(a.post), draftScore(b.post)) ?? draftScore(b.post)! - draftScore(a.post)!);
  else if (sort === 'title') sorted.sort((a, b) => a.post.title.localeCompare(b.post.title));
  return sorted;
}

/** Rows a page of the drafts list shows (a studio page of 700 rows weighed 1.4 MB). */
export const DRAFTS_PER_PAGE = 100;

/**
 * Page `asked` (1-based, from ?page=; anything not a whole number in range is the nearest page)
 * of `rows`, `size` a page: its rows, the page, how many pages, and the 1-based numbers of its
 * first and last row of `total` (0 and 0 when there are none).
 */
export function draftsPage<T>(rows: readonly T[], asked: string | null, size = DRAFTS_PER_PAGE): { rows: T[]; page: number; pages: number; from: number; to: number; total: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const n = asked !== null && /^\d+$/.test(asked.trim()) ? Number(asked.trim()) : 1;
  const page = Math.min(Math.max(1, n), pages);
  const start = (page - 1) * size;
  const shown = rows.slice(start, start + size);
  return { rows: shown, page, pages, from: shown.length ? start + 1 : 0, to: start + shown.length, total: rows.length };
}
