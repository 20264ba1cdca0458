/**
 * The inputs part of a post page's cacheKey (Astro's incremental build): whatever a post page
 * reads besides the posts on the portfolio must change it, or an unchanged page is copied from
 * Astro's cache with the old planner, image or site address.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageInputsKey } from '../../src/integration/page-inputs-key.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function project(): { root: string; texts: Map<string, string> } {
  root = mkdtempSync(join(tmpdir(), 'tl-page-inputs-'));
  mkdirSync(join(root, 'content/posts/2026'), { recursive: true });
  writeFileSync(join(root, 'content/planner.json'), '{"brand":{"label":"one"}}');
  writeFileSync(join(root, 'content/posts/2026/a.md'), '---\ntitle: A\n---\nText.');
  writeFileSync(join(root, 'content/posts/2026/pic.png'), 'png one');
  return { root, texts: new Map([['content/posts/2026/a.md', '---\ntitle: A\n---\nText.']]) };
}

describe('pageInputsKey', () => {
  it('changes with the planner, a file beside the posts and SITE_URL, and not with a post file, which the page hashes itself', () => {
    const { root, texts } = project();
    const env = { SITE_URL: 'https://example.com' };
    const key = pageInputsKey(root, texts, env);
    expect(key).toMatch(/^[\w-]+$/);
    expect(pageInputsKey(root, texts, env)).toBe(key);
    writeFileSync(join(root, 'content/posts/2026/a.md'), '---\ntitle: B\n---\nOther text.');
    expect(pageInputsKey(root, texts, env)).toBe(key);
    expect(pageInputsKey(root, texts, { SITE_URL: 'https://example.org' })).not.toBe(key);
    writeFileSync(join(root, 'content/posts/2026/pic.png'), 'png two');
    const afterImage = pageInputsKey(root, texts, env);
    expect(afterImage).not.toBe(key);
    writeFileSync(join(root, 'content/planner.json'), '{"brand":{"label":"two"}}');
    expect(pageInputsKey(root, texts, env)).not.toBe(afterImage);
  });
});
