import { describe, expect, test } from 'vitest';
import { hashText, slugify, uniqueSlug } from '../../src/core/feed/slug.ts';
import { checkPostId } from '../../src/store/post-paths.ts';

describe('slugify', () => {
  test.each([
    ['Red-braised pork, the slow way', 'red-braised-pork-the-slow-way'],
    ['Crème brûlée à la maison', 'creme-brulee-a-la-maison'],
    ['红烧肉的做法', '红烧肉的做法'],
    ['红烧肉：慢火两小时', '红烧肉-慢火两小时'],
    ['Vue 3 与 React 18 对比', 'vue-3-与-react-18-对比'],
    ['한국 요리', '한국-요리'],
    ['  ../../etc/passwd  ', 'etc-passwd'],
    ['ＦＵＬＬ　ＷＩＤＴＨ', 'full-width'],
  ])('turns %j into the readable slug %j', (title, slug) => {
    expect(slugify(title, 'seed')).toBe(slug);
  });

  test('stops at a word boundary within 60 characters', () => {
    const slug = slugify('word '.repeat(40), 'seed');
    expect([...slug].length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('word-word')).toBe(true);
  });

  test('cuts a single overlong word rather than dropping it', () => {
    expect(slugify('零'.repeat(100), 'seed')).toBe('零'.repeat(60));
  });

  test('falls back to a stable hash of the seed when the title has no letters or digits', () => {
    expect(slugify('🍜 !!! 🍜', 'guid-1')).toBe(`post-${hashText('guid-1')}`);
    expect(slugify('', 'guid-1')).toBe(slugify('—', 'guid-1'));
    expect(slugify('', 'guid-2')).not.toBe(slugify('', 'guid-1'));
  });

  test('always gives a valid post id segment', () => {
    for (const title of ['a', '__x__', '-lead', '1. Intro', 'क्षत्रिय', 'مرحبا بالعالم', '🍜', 'tab\there'])
      expect(checkPostId(`2025/${slugify(title, title)}`)).toBeNull();
  });
});

describe('uniqueSlug', () => {
  test('keeps a free slug and numbers a taken one from 2', () => {
    expect(uniqueSlug('2025/a', new Set())).toBe('2025/a');
    expect(uniqueSlug('2025/a', new Set(['2025/a']))).toBe('2025/a-2');
    expect(uniqueSlug('2025/a', new Set(['2025/a', '2025/a-2']))).toBe('2025/a-3');
  });
});
