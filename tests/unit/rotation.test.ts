import { describe, expect, test } from 'vitest';
import { suggestPillars } from '../../src/core/rotation.ts';
import type { Slot } from '../../src/core/slot.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-12-01T01:00:00Z');

function slots(n: number): Slot[] {
  return Array.from({ length: n }, (_, i) => {
    const epoch = T0 + i * DAY;
    return { channel: 'blog', date: new Date(epoch).toISOString().slice(0, 10), epoch, start: '', zone: 'UTC', onBreak: false };
  });
}

describe('suggestPillars', () => {
  test('rotates through the pillars in order when nothing was published', () => {
    expect(suggestPillars(slots(5), ['recipes', 'photos', 'kitchen'], [])).toEqual(['recipes', 'photos', 'kitchen', 'recipes', 'photos']);
  });

  test('puts the pillars with fewer recent posts first', () => {
    const recent = [
      { pillar: 'recipes', epoch: T0 - 3 * DAY },
      { pillar: 'recipes', epoch: T0 - 2 * DAY },
      { pillar: 'photos', epoch: T0 - 1 * DAY },
    ];
    expect(suggestPillars(slots(4), ['recipes', 'photos', 'kitchen'], recent)).toEqual(['kitchen', 'photos', 'kitchen', 'recipes']);
  });

  test('breaks a tie in favour of the pillar served longest ago', () => {
    const recent = [
      { pillar: 'recipes', epoch: T0 - 1 * DAY },
      { pillar: 'photos', epoch: T0 - 5 * DAY },
    ];
    expect(suggestPillars(slots(2), ['recipes', 'photos'], recent)).toEqual(['photos', 'recipes']);
  });

  test('ignores posts without a pillar or of a pillar outside the list', () => {
    const recent = [{ epoch: T0 - DAY }, { pillar: 'travel', epoch: T0 - DAY }, { pillar: 'travel', epoch: T0 - 2 * DAY }];
    expect(suggestPillars(slots(2), ['recipes', 'photos'], recent)).toEqual(['recipes', 'photos']);
  });

  test('keeps every pillar within one suggestion of the others over a long run', () => {
    const recent = [{ pillar: 'a', epoch: T0 - DAY }];
    const counts = new Map<string, number>();
    for (const id of suggestPillars(slots(20), ['a', 'b', 'c'], recent)) counts.set(id!, (counts.get(id!) ?? 0) + 1);
    const totals = ['a', 'b', 'c'].map((id) => (counts.get(id) ?? 0) + (id === 'a' ? 1 : 0));
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(1);
  });

  test('gives the same answer for the same input', () => {
    const recent = [{ pillar: 'b', epoch: T0 - DAY }];
    expect(suggestPillars(slots(6), ['a', 'b', 'c'], recent)).toEqual(suggestPillars(slots(6), ['a', 'b', 'c'], [...recent]));
  });

  test('suggests null for every slot when there are no pillars', () => {
    expect(suggestPillars(slots(2), [], [])).toEqual([null, null]);
  });
});
