/**
 * The theme results cache is named by a hash of the code that decides what a post reads as and of
 * the versions of the libraries that code uses (theme-results-cache.ts resultsCodeKey). A library
 * missing from that list could be upgraded without the results being scored again: `entities`
 * (the character references of raw HTML, strip-markdown.ts) was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { THEME_LIBRARIES } from '../../src/store/theme-results-cache.ts';

const THEME = fileURLToPath(new URL('../../src/core/theme/', import.meta.url));
// A value import (`import type` is gone at run time) or a module loaded on first use (lazy-require.ts).
const IMPORT = /^import\s+(?!type\s)[^;]*?from\s+'([^']+)'|requireNear<[^>]*>\([^,]+,\s*'([^']+)'/gm;

/** The packages loaded by the modules of src/core/theme and the modules they import, followed to the end. */
function packagesOfTheme(): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = readdirSync(THEME).filter((n) => n.endsWith('.ts')).map((n) => join(THEME, n));
  for (const file of queue) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) {
        if (spec.endsWith('.ts')) queue.push(resolve(dirname(file), spec));
      } else if (!spec.startsWith('node:')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  }
  return packages;
}

describe('the theme results cache key', () => {
  it('has the version of every library the theme code loads, entities among them', () => {
    const packages = packagesOfTheme();
    expect([...packages].sort()).toEqual(['entities', 'satteri', 'stemmer', 'stopwords-iso']);
    expect([...packages].filter((p) => !THEME_LIBRARIES.includes(p))).toEqual([]);
  });
});
