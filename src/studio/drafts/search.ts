/**
 * The drafts list's search (?q=) and sort (?sort=planned|updated|score|title) over the filtered
 * rows. Search is case- and width-insensitive (NFKC) over title and body: every word of the
 * query must appear, so "braise 红烧" finds a post with both; Chinese matches as substrings.
 */
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

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

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
 * (`updated`: post id -> epoch ms), score highest first (unscored and unjudged last), title by locale.
 */
export function sortDrafts(rows: DraftRow[], sort: DraftSort, updated: Map<string, number> = new Map()): DraftRow[] {
  const sorted = [...rows];
  const last = (a: number | undefined, b: number | undefined) => (a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : null);
  if (sort === 'planned')
    sorted.sort((a, b) => last(a.post.plannedFor ? 0 : undefined, b.post.plannedFor ? 0 : undefined) ?? a.post.plannedFor!.localeCompare(b.post.plannedFor!));
  else if (sort === 'updated') sorted.sort((a, b) => (updated.get(b.post.id) ?? 0) - (updated.get(a.post.id) ?? 0));
  else if (sort === 'score') sorted.sort((a, b) => last(draftScore(a.post), draftScore(b.post)) ?? draftScore(b.post)! - draftScore(a.post)!);
  else if (sort === 'title') sorted.sort((a, b) => a.post.title.localeCompare(b.post.title));
  return sorted;
}
