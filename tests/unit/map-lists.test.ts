import { describe, expect, test } from 'vitest';
import { appendTo } from '../../src/core/map-lists.ts';

describe('appendTo', () => {
  test('groups values by key in the order given, one list per key, changed in place', () => {
    const map = new Map<string, number[]>();
    appendTo(map, 'a', 1);
    const first = map.get('a');
    appendTo(map, 'b', 2);
    appendTo(map, 'a', 3);
    expect([...map]).toEqual([['a', [1, 3]], ['b', [2]]]);
    expect(map.get('a')).toBe(first);
  });
});
