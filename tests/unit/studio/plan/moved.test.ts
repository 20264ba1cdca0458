/**
 * The confirmation after a Move to: it said "Moved to the nearest slot." for every move, the
 * Move to of a post whose slot is over (which goes to the next open slot) too, and named no date.
 */
import { describe, expect, it } from 'vitest';
import { movedMessage, movedQuery, movedTitles } from '../../../../src/studio/plan/moved.ts';
import { messageRuns } from '../../../../src/studio/shared/message-runs.ts';
import { createTranslator } from '../../../../src/studio/shared/i18n.ts';
import { MANAGE_TEXT } from '../../../../src/studio/shared/manage-strings.ts';

const message = (query: string, lang: 'en' | 'zh') => movedMessage(new URL(query, 'http://x').searchParams, createTranslator(lang, MANAGE_TEXT), lang);

describe('movedMessage', () => {
  it.each([
    ['a post planned off its cadence: the nearest slot', { to: '2026-12-08', why: 'off-slot' as const }, 'Moved to the nearest slot, Tue, 8 Dec 2026.', '已移到最近的排期：2026年12月8日周二。'],
    ['a post whose slot is over: the next open slot', { to: '2026-12-08', why: 'slot-over' as const }, 'Moved to the next open slot, Tue, 8 Dec 2026.', '已移到下一个空排期：2026年12月8日周二。'],
    ['a post no flag offered to move: the date only', { to: '2026-12-08' }, 'Moved to Tue, 8 Dec 2026.', '已移到 2026年12月8日周二。'],
    ['every off-slot post of a channel', { count: 3 }, 'Moved all 3 to the nearest open slots, one per slot.', '已把这 3 篇移到最近的空排期，每个排期一篇。'],
  ])('says where the move put %s, in English and Chinese', (_what, moved, en, zh) => {
    const query = movedQuery('/studio', moved);
    expect(message(query, 'en')).toBe(en);
    expect(message(query, 'zh')).toBe(zh);
  });

  // "Move all" never puts two posts in one slot (core/spread-moves.ts): the posts it left are named, by title.
  it('names the posts "Move all" left where they were, by title, in English and Chinese', () => {
    const titles: Record<string, string> = { '2026/a': 'Annual letter', '2026/b': '年度总结' };
    const say = (query: string, lang: 'en' | 'zh') => movedMessage(new URL(query, 'http://x').searchParams, createTranslator(lang, MANAGE_TEXT), lang, (id) => titles[id]);
    const some = movedQuery('/studio', { count: 1, unmoved: ['2026/a', '2026/b'] });
    expect(say(some, 'en')).toBe('Moved 1 to the nearest open slots, one per slot. Not moved: "Annual letter", "年度总结". Their channel has no open slot in the next 20 years, so they stay on their planned days: change the channel\'s cadence, or move another post out of one of its slots, then move them.');
    expect(say(some, 'zh')).toBe('已把 1 篇移到最近的空排期，每个排期一篇。未移动：“Annual letter”、“年度总结”。所在渠道未来 20 年内没有空排期，它们仍留在原计划日期：修改该渠道的发布节奏，或把别的文章移出它的某个排期，再移动它们。');
    expect(say(movedQuery('/studio', { count: 0, unmoved: ['2026/c'] }), 'en')).toMatch(/^Not moved: "2026\/c"\. /);
  });

  it('keeps the query of the page it returns to', () => {
    expect(movedQuery('/studio/plan?month=2026-12', { to: '2026-12-08', why: 'slot-over' })).toBe('/studio/plan?month=2026-12&done=moved&to=2026-12-08&why=slot-over');
  });

  it.each([
    ['a date that is no date', '/studio?done=moved&to=soon&why=slot-over', 'Moved.'],
    ['an unknown kind', '/studio?done=moved&to=2026-12-08&why=nearest', 'Moved to Tue, 8 Dec 2026.'],
    ['no move at all', '/studio?done=planned&to=2026-12-08', undefined],
  ])('says no more than it knows for %s', (_what, query, expected) => {
    expect(message(query, 'en')).toBe(expected);
  });
});

// "Move all"'s confirmation quoted the titles it left where they were as plain text, read in the
// page's voice, where the flag sentences mark each title with its own language.
describe('movedTitles', () => {
  const titles = new Map([['2026/a', '冬至的饺子'], ['2026/b', 'Winter soup']]);
  const titleOf = (id: string) => titles.get(id);

  it.each([
    ['en', [{ text: '冬至的饺子', lang: 'zh-CN' }, { text: 'Winter soup' }]],
    ['zh', [{ text: '冬至的饺子' }, { text: 'Winter soup', lang: 'en' }]],
  ] as const)('%s: gives the titles a Move all left where they were, each marked with its own language', (lang, marked) => {
    const params = new URL(movedQuery('/studio', { count: 1, unmoved: ['2026/a', '2026/b', '2026/gone'] }), 'http://x').searchParams;
    expect(movedTitles(params, titleOf)).toEqual(['冬至的饺子', 'Winter soup']);
    const runs = messageRuns(movedMessage(params, createTranslator(lang, MANAGE_TEXT), lang, titleOf)!, movedTitles(params, titleOf), lang);
    for (const run of marked) expect(runs).toContainEqual(run);
  });

  it('gives none for any other confirmation', () => {
    expect(movedTitles(new URL(movedQuery('/studio', { to: '2026-12-08', why: 'off-slot' }), 'http://x').searchParams, titleOf)).toEqual([]);
    expect(movedTitles(new URLSearchParams('unmoved=2026/a'), titleOf)).toEqual([]);
  });
});
