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
  else if (sort === 'score') {
    // A draft with nothing to judge yet (theme.unjudged) has no score to rank: last, with the unscored.
    const scoreOf = (row: DraftRow) => (row.post.theme && !row.post.theme.unjudged ? row.post.theme.score : undefined);
    sorted.sort((a, b) => last(scoreOf(a), scoreOf(b)) ?? scoreOf(b)! - scoreOf(a)!);
  }
  else if (sort === 'title') sorted.sort((a, b) => a.post.title.localeCompare(b.post.title));
  return sorted;
}
