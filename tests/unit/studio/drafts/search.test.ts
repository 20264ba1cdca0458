import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../../src/core/check.ts';
import type { DraftRow } from '../../../../src/studio/drafts/filter.ts';
import { draftScore, draftsPage, readDraftSort, searchDrafts, sortDrafts } from '../../../../src/studio/drafts/search.ts';

const row = (id: string, title: string, plannedFor: string | null, score: number | null): DraftRow => ({
  post: { id, title, plannedFor, theme: score === null ? null : { score } } as unknown as CheckReport['posts'][number],
  flags: [],
});
const rows = [row('a', 'Red-braised pork', '2026-12-03', 0.4), row('b', '冬至饺子', null, 0.9), row('c', 'Light for food photos', '2026-12-01', null)];
const bodies = new Map([['a', 'Slow braise with 红烧 sauce.'], ['b', '包饺子的三个步骤'], ['c', 'Window light, no flash.']]);
const ids = (list: DraftRow[]) => list.map((r) => r.post.id);

describe('searching the drafts list', () => {
  it('finds posts by words of the title or the body, case- and width-insensitively, every word required', () => {
    expect(ids(searchDrafts(rows, 'BRAISE', bodies))).toEqual(['a']);
    expect(ids(searchDrafts(rows, 'braise 红烧', bodies))).toEqual(['a']);
    expect(ids(searchDrafts(rows, 'braise flash', bodies))).toEqual([]);
    expect(ids(searchDrafts(rows, 'ＬＩＧＨＴ', bodies))).toEqual(['c']);
  });

  it('finds Chinese text inside a word, since Chinese has no spaces between words', () => {
    expect(ids(searchDrafts(rows, '饺子', bodies))).toEqual(['b']);
    expect(ids(searchDrafts(rows, '步骤', bodies))).toEqual(['b']);
  });

  // A Taipei writer's trial (2026-12-07): 冻顶, typed with a Simplified input method, found none
  // of her posts on 凍頂烏龍.
  it('finds Chinese in either script: a Simplified query finds Traditional text and the reverse', () => {
    const tea = [row('t', '凍頂烏龍茶不等於高山茶', null, 0.9), row('s', '冻顶乌龙的焙火', null, 0.9)];
    const texts = new Map([['t', '凍頂是個地名。'], ['s', '焙火让茶汤更醇。']]);
    expect(ids(searchDrafts(tea, '冻顶乌龙', texts))).toEqual(['t', 's']);
    expect(ids(searchDrafts(tea, '凍頂烏龍', texts))).toEqual(['t', 's']);
    expect(ids(searchDrafts(tea, '茶湯', texts))).toEqual(['s']);
    expect(ids(searchDrafts(tea, '地名', texts))).toEqual(['t']);
  });

  it('keeps every row for an empty or blank query', () => {
    expect(ids(searchDrafts(rows, '  ', bodies))).toEqual(['a', 'b', 'c']);
  });
});

describe('sorting the drafts list', () => {
  it('sorts by planned date with unplanned posts last, and by score with unscored posts last', () => {
    expect(ids(sortDrafts(rows, 'planned'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortDrafts(rows, 'score'))).toEqual(['b', 'a', 'c']);
    // A draft with nothing to judge yet (a code block only) scores 0 but has no score to rank: last.
    const begun = { ...row('d', 'Snippet', null, 0), post: { id: 'd', title: 'Snippet', plannedFor: null, theme: { score: 0, unjudged: true } } } as unknown as DraftRow;
    expect(ids(sortDrafts([...rows, begun, row('e', 'Off', null, 0.1)], 'score'))).toEqual(['b', 'a', 'e', 'c', 'd']);
  });

  it('gives an unjudged draft (code, links or emoji only) no score: it shows none and sorts with the unscored, not as 0.00 among the off-theme', () => {
    const unjudged: DraftRow = {
      post: { id: 'u', title: 'Code only', plannedFor: null, theme: { score: 0, onTheme: true, unjudged: true } } as unknown as CheckReport['posts'][number],
      flags: [],
    };
    const low = row('d', 'Crypto', null, 0.05);
    expect(draftScore(unjudged.post)).toBeUndefined();
    expect(draftScore(low.post)).toBe(0.05);
    expect(draftScore(rows[2]!.post)).toBeUndefined();
    expect(ids(sortDrafts([unjudged, ...rows, low], 'score'))).toEqual(['b', 'a', 'd', 'u', 'c']);
  });

  it('sorts by last update newest first and keeps the original order without a sort', () => {
    expect(ids(sortDrafts(rows, 'updated', new Map([['a', 1], ['b', 3], ['c', 2]])))).toEqual(['b', 'c', 'a']);
    expect(ids(sortDrafts(rows, ''))).toEqual(['a', 'b', 'c']);
  });

  it('reads only known sorts from the query string', () => {
    expect(readDraftSort(new URLSearchParams('sort=score'))).toBe('score');
    expect(readDraftSort(new URLSearchParams('sort=__proto__'))).toBe('');
  });
});

// A real Hexo blog imported (736 published posts, a few drafts): the list opened on its oldest
// published posts, all 736 rows in one 1.4 MB page.
describe('the drafts list on an imported blog', () => {
  const post = (id: string, status: string, publicFrom: string | null = null): DraftRow => ({ post: { id, title: id, status, plannedFor: null, publicFrom, theme: null } as unknown as CheckReport['posts'][number], flags: [] });
  const list = [post('old', 'published', '2016-01-02T00:00:00.000Z'), post('d1', 'draft'), post('new', 'published', '2024-05-01T00:00:00.000Z'), post('i1', 'idea'), post('mid', 'published', '2020-03-04T00:00:00.000Z'), post('s1', 'scheduled')];

  it('shows the posts still to write first, in their order, then the published newest first, when no sort is chosen', () => {
    expect(ids(sortDrafts(list, ''))).toEqual(['d1', 'i1', 's1', 'new', 'mid', 'old']);
    // A chosen sort is that sort alone.
    expect(ids(sortDrafts(list, 'title'))).toEqual(['d1', 'i1', 'mid', 'new', 'old', 's1']);
  });

  it('pages the rows, 100 a page by default; a page out of range or not a number is the nearest one', () => {
    const many = Array.from({ length: 250 }, (_, i) => i + 1);
    expect(draftsPage(many, null)).toMatchObject({ page: 1, pages: 3, from: 1, to: 100, total: 250 });
    expect(draftsPage(many, '3')).toMatchObject({ page: 3, from: 201, to: 250 });
    expect(draftsPage(many, '3').rows).toEqual(many.slice(200));
    expect(draftsPage(many, '9').page).toBe(3);
    expect(draftsPage(many, '0').page).toBe(1);
    expect(draftsPage(many, 'two').page).toBe(1);
    expect(draftsPage([], null)).toEqual({ rows: [], page: 1, pages: 1, from: 0, to: 0, total: 0 });
    expect(draftsPage(many.slice(0, 100), null).pages).toBe(1);
  });
});
