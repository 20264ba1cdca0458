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

  test('an address at the root of a host is kept as its origin, with or without the slash', () => {
    expect(readSiteAddress('https://meilin.example/')).toBe('https://meilin.example');
    expect(readSiteAddress('https://meilin.example')).toBe('https://meilin.example');
    expect(readSiteAddress('http://localhost:8080/')).toBe('http://localhost:8080');
    expect(readSiteAddress('https://林梅.example/')).toMatch(/^https:\/\/xn--[a-z0-9]+\.example$/);
  });

  test('an address with a path is refused, naming SITE_URL, the path and the origin to use instead', () => {
    const error = errorOf('https://meilin.github.io/blog/');
    expect(error.field).toBe('SITE_URL');
    expect(error.format('en')).toMatch(/^SITE_URL: "https:\/\/meilin\.github\.io\/blog\/" has a path \(\/blog\/\)/);
    expect(error.format('en')).toContain('SITE_URL=https://meilin.github.io');
    expect(error.format('zh')).toContain('带有路径');
    expect(errorOf('https://meilin.example/?lang=zh').format('en')).toContain('has a path (/?lang=zh)');
  });

  test('a value that is not an http(s) address is refused with its text, not "Invalid URL"', () => {
    for (const bad of ['meilin.example', 'ftp://meilin.example/', 'https://'])
      expect(errorOf(bad).format('en'), bad).toMatch(/^SITE_URL: ".*" is not an http\(s\) address/);
  });
});
