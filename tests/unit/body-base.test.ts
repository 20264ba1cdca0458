/** Root paths in post bodies under the site's base (src/pages/_lib/body-base.ts). */
import { describe, expect, test } from 'vitest';
import type { PluginFactoryContext } from 'satteri';
import { bodyBase, underBase } from '../../src/pages/_lib/body-base.ts';

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

describe('bodyBase (which bodies the plugin is handed)', () => {
  const handed = (source: string) => {
    const before = process.env.THROUGHLINE_BASE;
    process.env.THROUGHLINE_BASE = '/blog/';
    try {
      return bodyBase({ source, fileURL: undefined, sourceFormat: 'markdown', data: {} } as PluginFactoryContext) !== null;
    } finally {
      if (before === undefined) delete process.env.THROUGHLINE_BASE;
      else process.env.THROUGHLINE_BASE = before;
    }
  };

  // An address in angle brackets is what check's spaced-address hint tells an author to write.
  test.each([
    ['an address in angle brackets', '![清晨](</images/蒙顶山 茶园.png>)'],
    ['a space after the parenthesis', '[bread]( /posts/2026/bread/)'],
    ['a reference in angle brackets', '[bread]: </posts/2026/bread/>'],
    ['a root path after a relative one in srcset', '<img src="a.png" srcset="a.png 1x, /images/a@2x.png 2x">'],
    ['a plain Markdown link', '[bread](/posts/2026/bread/)'],
  ])('is handed a body with a root path: %s', (_what, source) => {
    expect(handed(source)).toBe(true);
  });

  test('is not handed a body with no root path', () => {
    expect(handed('[bread](../bread/) and ![](pic.png) and https://example.org/x')).toBe(false);
  });
});
