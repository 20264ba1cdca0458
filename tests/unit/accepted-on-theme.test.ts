/** core/accepted-on-theme.ts: a mark "On theme after all" moved with its post or taken away. */
import { describe, expect, test } from 'vitest';
import { followAcceptedOnTheme } from '../../src/core/accepted-on-theme.ts';
import { PlannerSchema, type Planner } from '../../src/core/schema/planner.ts';

const planner = (theme?: Record<string, unknown>): Planner =>
  PlannerSchema.parse({ version: 1, brand: { name: 'Lin', label: 'Coach', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'R' }] }, ...(theme ? { theme } : {}) });

describe('followAcceptedOnTheme', () => {
  test.each([
    ['a rename keeps the mark under the new id', { acceptedOnTheme: ['a', 'b'] }, 'a', 'c', { acceptedOnTheme: ['c', 'b'] }],
    ['a rename onto an id already marked lists it once', { acceptedOnTheme: ['a', 'b'] }, 'a', 'b', { acceptedOnTheme: ['b'] }],
    ['a deletion drops the mark and keeps the others', { acceptedOnTheme: ['a', 'b'] }, 'a', undefined, { acceptedOnTheme: ['b'] }],
    ['the last mark deleted keeps the threshold', { threshold: 0.4, acceptedOnTheme: ['a'] }, 'a', undefined, { threshold: 0.4, acceptedOnTheme: [] }],
    ['the last mark deleted keeps a key of a later version', { acceptedOnTheme: ['a'], later: true }, 'a', undefined, { later: true, acceptedOnTheme: [] }],
    ['the last mark deleted leaves no theme at all', { acceptedOnTheme: ['a'] }, 'a', undefined, undefined],
  ] as const)('%s', (_name, theme, from, to, expected) => {
    const before = planner(theme);
    const after = followAcceptedOnTheme(before, from, to);
    expect(after.theme).toEqual(expected);
    if (expected === undefined) expect('theme' in after).toBe(false);
    expect(before.theme).toEqual(PlannerSchema.parse({ ...before }).theme);
  });

  test('gives the planner itself back when the post is not marked, or nothing is', () => {
    const marked = planner({ acceptedOnTheme: ['a'] });
    expect(followAcceptedOnTheme(marked, 'x', 'y')).toBe(marked);
    const none = planner();
    expect(followAcceptedOnTheme(none, 'a')).toBe(none);
  });
});
