/** Root paths in post bodies under the site's base (src/pages/_lib/body-base.ts). */
import { describe, expect, test } from 'vitest';
import { underBase } from '../../src/pages/_lib/body-base.ts';

describe('underBase (root paths in post bodies)', () => {
  test('puts a root path of the site under the base', () => {
    expect(underBase('/posts/2026/a/', '/blog/')).toBe('/blog/posts/2026/a/');
    expect(underBase('/images/loaf.jpg?w=2#x', '/blog/')).toBe('/blog/images/loaf.jpg?w=2#x');
  });

  test('leaves what is already under the base, relative, another host or no path', () => {
    for (const address of ['/blog/posts/a/', '/blog', '/blog#top', '//cdn.example/a.png', '/\\evil.example', 'https://example.org/x', 'pic.png', '../a/', '#part', 'mailto:a@b.c', ''])
      expect(underBase(address, '/blog/'), address).toBe(address);
  });

  test('changes nothing at the root', () => {
    expect(underBase('/posts/a/', '/')).toBe('/posts/a/');
  });
});
