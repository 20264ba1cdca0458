/** The brand form's Move up / Move down (studio/brand/pillar-order.ts). */
import { describe, expect, test } from 'vitest';
import { focusAfterReorder, movePillar, readPillarReorder } from '../../../src/studio/brand/pillar-order.ts';

describe('readPillarReorder', () => {
  test.each([
    ['move-pillar-up-1', 3, { from: 1, to: 0 }],
    ['move-pillar-down-1', 3, { from: 1, to: 2 }],
    ['move-pillar-up-0', 3, null],
    ['move-pillar-down-2', 3, null],
    ['move-pillar-down-5', 3, null],
    ['remove-pillar-1', 3, null],
    ['save', 3, null],
  ])('reads %s of %i pillars as %j', (action, count, expected) => {
    expect(readPillarReorder(action, count)).toEqual(expected);
  });
});

describe('movePillar', () => {
  test('moves one entry and keeps the others in order, leaving the list given alone', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(movePillar(list, { from: 2, to: 1 })).toEqual(['a', 'c', 'b', 'd']);
    expect(movePillar(list, { from: 0, to: 1 })).toEqual(['b', 'a', 'c', 'd']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('focusAfterReorder', () => {
  test.each([
    [{ from: 2, to: 1 }, 4, 'move-pillar-up-1'],
    [{ from: 1, to: 0 }, 4, 'move-pillar-down-0'],
    [{ from: 1, to: 2 }, 4, 'move-pillar-down-2'],
    [{ from: 2, to: 3 }, 4, 'move-pillar-up-3'],
  ])('after %j of %i pillars focuses %s', (move, count, id) => {
    expect(focusAfterReorder(move, count)).toBe(id);
  });
});
