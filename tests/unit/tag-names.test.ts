import { describe, expect, test } from 'vitest';
import { tagNames, tagSlug } from '../../src/core/tag-slug.ts';

const posts = (...tags: string[][]) => tags.map((t) => ({ tags: t }));

describe('tagNames: one spelling per tag page', () => {
  test('gives tags that differ only in case one slug, so one page and one folder on a case-insensitive disk', () => {
    expect(new Set(['AI', 'ai', 'Ai'].map(tagSlug))).toEqual(new Set(['ai']));
    expect(new Set(['Go', 'go', 'GO'].map(tagSlug))).toEqual(new Set(['go']));
  });

  test('names a tag by the spelling most posts write, whatever the newest writes', () => {
    // Oldest first, as loadSite passes them.
    expect(tagNames(posts(['Go'], ['go'], ['Go'], ['GO'])).get('go')).toBe('Go');
    expect(tagNames(posts(['ai'], ['AI'], ['AI'])).get('ai')).toBe('AI');
  });

  test('breaks a tie by the oldest post that wrote one of them', () => {
    expect(tagNames(posts(['AI'], ['ai'])).get('ai')).toBe('AI');
    expect(tagNames(posts(['ai'], ['AI'])).get('ai')).toBe('ai');
    expect(tagNames(posts(['Go'], ['go'], ['GO'])).get('go')).toBe('Go');
  });

  test('counts a post once for a spelling it repeats, and keeps other tags apart', () => {
    const names = tagNames(posts(['go', 'go', 'Rust'], ['Go'], ['Go']));
    expect(names.get('go')).toBe('Go');
    expect(names.get('rust')).toBe('Rust');
    expect(names.size).toBe(2);
  });
});
