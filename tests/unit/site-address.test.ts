import { describe, expect, test } from 'vitest';
import { ThroughlineError } from '../../src/core/errors.ts';
import { readSiteAddress } from '../../src/core/site-address.ts';

function errorOf(value: string): ThroughlineError {
  try {
    readSiteAddress(value);
  } catch (error) {
    if (error instanceof ThroughlineError) return error;
    throw error;
  }
  throw new Error(`no error for ${value}`);
}

describe('SITE_URL, the portfolio address', () => {
  test('unset or blank means no address', () => {
    expect(readSiteAddress(undefined)).toBeUndefined();
    expect(readSiteAddress('  ')).toBeUndefined();
  });

  test('an address at the root of a host is its origin, served at the root, with or without the slash', () => {
    expect(readSiteAddress('https://meilin.example/')).toEqual({ site: 'https://meilin.example', base: '/' });
    expect(readSiteAddress('https://meilin.example')).toEqual({ site: 'https://meilin.example', base: '/' });
    expect(readSiteAddress('http://localhost:8080/')).toEqual({ site: 'http://localhost:8080', base: '/' });
    expect(readSiteAddress('https://林梅.example/')?.site).toMatch(/^https:\/\/xn--[a-z0-9]+\.example$/);
  });

  test('an address with a path (a GitHub Pages project site) is its origin and the path as the base, a folder with both slashes', () => {
    expect(readSiteAddress('https://meilin.github.io/blog/')).toEqual({ site: 'https://meilin.github.io', base: '/blog/' });
    expect(readSiteAddress('https://meilin.github.io/blog')).toEqual({ site: 'https://meilin.github.io', base: '/blog/' });
    expect(readSiteAddress(' https://meilin.example/notes/cooking// ')).toEqual({ site: 'https://meilin.example', base: '/notes/cooking/' });
  });

  test('an address with a query or a fragment is refused, naming SITE_URL, the part and the address to use', () => {
    const error = errorOf('https://meilin.github.io/blog/?lang=zh');
    expect(error.field).toBe('SITE_URL');
    expect(error.format('en')).toMatch(/^SITE_URL: "https:\/\/meilin\.github\.io\/blog\/\?lang=zh" has a query or fragment \(\?lang=zh\)/);
    expect(error.format('en')).toContain('SITE_URL=https://meilin.github.io/blog/');
    expect(error.format('zh')).toContain('带有查询或片段');
    expect(errorOf('https://meilin.example/#top').format('en')).toContain('has a query or fragment (#top)');
    expect(errorOf('https://meilin.example/?').format('en')).toContain('has a query or fragment (?)');
  });

  test('a value that is not an http(s) address is refused with its text, not "Invalid URL"', () => {
    for (const bad of ['meilin.example', 'ftp://meilin.example/', 'https://'])
      expect(errorOf(bad).format('en'), bad).toMatch(/^SITE_URL: ".*" is not an http\(s\) address/);
  });
});
