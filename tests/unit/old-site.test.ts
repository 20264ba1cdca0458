/** store/old-site.ts: what `import` reads of the Hexo or Jekyll site around a folder of posts. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findOldSite } from '../../src/store/old-site.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh site folder holding `files` (path -> text). */
function siteOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'old-site-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const POST = '---\ntitle: A\n---\n\nText.\n';

describe('findOldSite', () => {
  test("gives a Jekyll site its permalink and category folders, and none of Hexo's :category settings", async () => {
    const site = siteOf({ '_config.yml': 'permalink: /:categories/:title/\n', 'blog/_posts/2024-01-02-a.md': POST });
    expect(await findOldSite(join(site, 'blog/_posts'))).toEqual({ generator: 'jekyll', permalink: '/:categories/:title/', categories: ['blog'] });
  });

  test("gives a Hexo site its permalink and :category settings, the defaults when the config sets none", async () => {
    const site = siteOf({ '_config.yml': 'permalink: :category/:title/\n', 'source/_posts/a.md': POST });
    expect(await findOldSite(join(site, 'source/_posts'))).toEqual({
      generator: 'hexo',
      permalink: ':category/:title/',
      hexoCategories: { fallback: 'uncategorized', map: {}, filenameCase: 0 },
    });
  });
});
