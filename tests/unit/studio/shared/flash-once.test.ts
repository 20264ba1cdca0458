import { describe, expect, test } from 'vitest';
import { switchBack, withoutParams } from '../../../../src/studio/shared/flash-once.ts';

describe('withoutParams', () => {
  test('drops the flash line\'s parameters, every value of each, and keeps the page\'s own', () => {
    expect(withoutParams('http://127.0.0.1:4321/studio/brand?saved=1&zoneFrom=Asia%2FShanghai', ['saved', 'posts', 'zoneFrom'])).toBe('http://127.0.0.1:4321/studio/brand');
    expect(withoutParams('http://x/studio/plan?month=2026-12&done=moved&count=2&unmoved=a&unmoved=b#ideas', ['done', 'count', 'unmoved'])).toBe('http://x/studio/plan?month=2026-12#ideas');
  });
  test('returns the address as written when it holds none of them', () => {
    expect(withoutParams('http://x/studio/drafts?q=%E7%BA%A2%E7%83%A7', ['deleted'])).toBe('http://x/studio/drafts?q=%E7%BA%A2%E7%83%A7');
  });
});

// Right after a brand save the language switch went back to `/studio/brand?saved=1`: the other
// language said "Saved" again for a change made before the switch.
describe('switchBack', () => {
  test("gives the page's path and own query without the flash line's parameters", () => {
    expect(switchBack(new URL('http://127.0.0.1:4321/studio/brand?saved=1&zoneFrom=Asia%2FShanghai'), ['saved', 'posts', 'zoneFrom'])).toBe('/studio/brand');
    expect(switchBack(new URL('http://x/studio/plan?month=2026-12&done=moved&count=2&unmoved=a&unmoved=b'), ['done', 'count', 'unmoved'])).toBe('/studio/plan?month=2026-12');
  });
  test('keeps the query as written when it holds none of them', () => {
    expect(switchBack(new URL('http://x/studio/drafts?q=%E7%BA%A2%E7%83%A7'), ['deleted'])).toBe('/studio/drafts?q=%E7%BA%A2%E7%83%A7');
    expect(switchBack(new URL('http://x/studio/drafts/2026/a'), [])).toBe('/studio/drafts/2026/a');
  });
});
