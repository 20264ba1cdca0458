/**
 * Site paths under Astro's base (src/pages/_lib/urls.ts, src/core/site-address.ts): the one rule
 * every link, feed and sitemap address of the portfolio goes through.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { baseFolder, withBase } from '../../src/core/site-address.ts';
import { absoluteUrl, pathInSite, publicBase, siteBase, sitePath } from '../../src/pages/_lib/urls.ts';
import { publishedAddress, publishedPath } from '../../src/studio/shared/site-address.ts';

describe('baseFolder', () => {
  test('gives a folder path with both slashes, or / for none', () => {
    expect(baseFolder(undefined)).toBe('/');
    expect(baseFolder('')).toBe('/');
    expect(baseFolder('/')).toBe('/');
    expect(baseFolder('/blog')).toBe('/blog/');
    expect(baseFolder('blog/')).toBe('/blog/');
    expect(baseFolder('//notes/cooking//')).toBe('/notes/cooking/');
  });
});

describe('sitePath', () => {
  test('leaves a site path as it is at the root', () => {
    expect(sitePath('/posts/2026/a/', '/')).toBe('/posts/2026/a/');
    expect(withBase('/', '/')).toBe('/');
  });

  test('puts a site path under the base, the home page at the base itself', () => {
    expect(sitePath('/posts/2026/a/', '/blog/')).toBe('/blog/posts/2026/a/');
    expect(sitePath('/', '/blog/')).toBe('/blog/');
    expect(sitePath('/og.png', '/blog/')).toBe('/blog/og.png');
    expect(sitePath('/tags/%E7%BA%A2/#x', '/blog/')).toBe('/blog/tags/%E7%BA%A2/#x');
  });
});

describe('pathInSite', () => {
  test("gives the site path of a page's address path", () => {
    expect(pathInSite('/blog/posts/2026/a/', '/blog/')).toBe('/posts/2026/a/');
    expect(pathInSite('/blog/', '/blog/')).toBe('/');
    expect(pathInSite('/blog', '/blog/')).toBe('/');
    expect(pathInSite('/posts/a/', '/')).toBe('/posts/a/');
  });

  test('leaves a path outside the base as it is (not the start of a longer name)', () => {
    expect(pathInSite('/blogger/a/', '/blog/')).toBe('/blogger/a/');
  });
});

describe('absoluteUrl', () => {
  test('is undefined without a site address', () => {
    expect(absoluteUrl('/posts/a/', undefined, '/blog/')).toBeUndefined();
  });

  test('is the address of the site path under the base', () => {
    expect(absoluteUrl('/posts/a/', 'https://you.github.io', '/blog/')).toBe('https://you.github.io/blog/posts/a/');
    expect(absoluteUrl('/', new URL('https://you.github.io'), '/blog/')).toBe('https://you.github.io/blog/');
    expect(absoluteUrl('/sitemap.xml', 'https://you.example', '/')).toBe('https://you.example/sitemap.xml');
  });
});

describe('siteBase', () => {
  const before = process.env.THROUGHLINE_BASE;
  afterEach(() => {
    if (before === undefined) delete process.env.THROUGHLINE_BASE;
    else process.env.THROUGHLINE_BASE = before;
  });

  test("is the base the integration recorded, else /, and is every helper's default", () => {
    delete process.env.THROUGHLINE_BASE;
    expect(siteBase()).toBe('/');
    expect(sitePath('/about/')).toBe('/about/');
    process.env.THROUGHLINE_BASE = '/blog';
    expect(siteBase()).toBe('/blog/');
    expect(sitePath('/about/')).toBe('/blog/about/');
    expect(pathInSite('/blog/about/')).toBe('/about/');
  });
});

describe('publicBase', () => {
  const before = { base: process.env.THROUGHLINE_BASE, published: process.env.THROUGHLINE_PUBLIC_BASE };
  afterEach(() => {
    for (const [key, value] of [['THROUGHLINE_BASE', before.base], ['THROUGHLINE_PUBLIC_BASE', before.published]] as const)
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  });

  test("under astro dev (pages served at the root), absolute addresses and the studio's names keep SITE_URL's path", () => {
    process.env.THROUGHLINE_BASE = '/';
    process.env.THROUGHLINE_PUBLIC_BASE = '/blog/';
    expect(publicBase()).toBe('/blog/');
    expect(sitePath('/posts/a/')).toBe('/posts/a/');
    expect(absoluteUrl('/posts/a/', 'https://you.github.io')).toBe('https://you.github.io/blog/posts/a/');
    expect(publishedAddress('/calendar.ics', new URL('https://you.github.io'))).toBe('https://you.github.io/blog/calendar.ics');
    expect(publishedAddress('/calendar.ics', undefined)).toBe('/blog/calendar.ics');
    expect(publishedPath('/pillars/old/')).toBe('/blog/pillars/old/');
  });

  test("is the links' base when the integration recorded no other (a build's two are the same)", () => {
    delete process.env.THROUGHLINE_PUBLIC_BASE;
    process.env.THROUGHLINE_BASE = '/notes';
    expect(publicBase()).toBe('/notes/');
    expect(publishedAddress('/calendar.ics', undefined)).toBe('/notes/calendar.ics');
  });
});
