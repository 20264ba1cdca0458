/**
 * What the build does with broken links in post bodies (src/integration/link-check.ts
 * brokenLinkMode): planner.json's portfolio.brokenLinks, THROUGHLINE_BROKEN_LINKS over it for
 * one build (CI), `warn` by default; a bad environment value is named, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { brokenLinkMode } from '../../src/integration/link-check.ts';

describe('brokenLinkMode', () => {
  it('is warn unless planner.json or the environment says otherwise; the environment wins', () => {
    expect(brokenLinkMode(undefined, {})).toBe('warn');
    expect(brokenLinkMode('error', {})).toBe('error');
    expect(brokenLinkMode('ignore', { THROUGHLINE_BROKEN_LINKS: '' })).toBe('ignore');
    expect(brokenLinkMode('warn', { THROUGHLINE_BROKEN_LINKS: 'Error' })).toBe('error');
    expect(brokenLinkMode('error', { THROUGHLINE_BROKEN_LINKS: ' ignore ' })).toBe('ignore');
  });

  it('names a bad environment value and the values it takes', () => {
    expect(brokenLinkMode(undefined, { THROUGHLINE_BROKEN_LINKS: 'fail' })).toEqual({
      en: 'THROUGHLINE_BROKEN_LINKS: expected one of warn, error, ignore, not "fail"',
      zh: 'THROUGHLINE_BROKEN_LINKS：应为以下之一：warn, error, ignore，而不是 "fail"',
    });
  });
});
