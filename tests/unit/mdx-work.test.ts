/**
 * `check` loads the MDX compiler (mdx-syntax.ts, mdx-imports.ts: 7 modules) only when a run has
 * MDX to compile or compiled bodies to drop (store/mdx-work.ts mdxWorkIn).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Post } from '../../src/core/schema/post.ts';
import { findMdxSyntaxErrors } from '../../src/store/mdx-syntax.ts';
import { mdxWorkIn } from '../../src/store/mdx-work.ts';

const post = (file: string, body: string) => ({ file, body }) as unknown as Post;
const md = post('content/posts/a.md', '# Plain\n');
const mdx = post('content/posts/b.mdx', '# Braise\n\nSoy sauce.\n');
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
const cacheDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tl-mdx-work-'));
  dirs.push(dir);
  return dir;
};

describe('mdxWorkIn', () => {
  it('says yes for an .mdx post, and no for Markdown posts without a cache folder or with an empty one', async () => {
    expect(mdxWorkIn([md, mdx], undefined)).toBe(true);
    expect(mdxWorkIn([md], undefined)).toBe(false);
    expect(mdxWorkIn([md], join(tmpdir(), 'tl-mdx-work-missing-folder'))).toBe(false);
    expect(mdxWorkIn([md], await cacheDir())).toBe(false);
  });

  it('says yes while the cache holds compiled bodies a run without .mdx posts drops, and no once it has dropped them', async () => {
    const dir = await cacheDir();
    await findMdxSyntaxErrors([mdx], dir);
    expect(mdxWorkIn([md], dir)).toBe(true);
    // The run that loads the compiler empties the file (compileMdxPosts keeps only this run's bodies).
    await findMdxSyntaxErrors([md], dir);
    expect(mdxWorkIn([md], dir)).toBe(false);
  });

  it('says yes for a damaged cache file of the family, which the compiler then handles as before', async () => {
    const dir = await cacheDir();
    await writeFile(join(dir, 'mdx-compiled-v4-0.0.0.json'), '{"not": "a list"');
    expect(mdxWorkIn([md], dir)).toBe(true);
  });
});
