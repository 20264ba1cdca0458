import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Post } from '../../src/core/schema/post.ts';
import { findMdxSyntaxErrors } from '../../src/store/mdx-syntax.ts';

const post = (file: string, body: string) => ({ file, body }) as unknown as Post;
const good = post('content/posts/2026/good.mdx', '# Braise\n\nSoy sauce and <strong>ginger</strong>.\n');
const broken = post('content/posts/2026/broken.mdx', '# Braise\n\n<div>never closed\n');
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
const cacheDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tl-mdx-cache-'));
  dirs.push(dir);
  return dir;
};

describe('the cache of MDX bodies that compiled', () => {
  it('remembers the bodies that compiled and never one that did not, so a rebuild still refuses the broken post', async () => {
    const dir = await cacheDir();
    for (let run = 0; run < 2; run++) {
      const errors = await findMdxSyntaxErrors([good, broken], dir);
      expect(errors.map((e) => e.file)).toEqual([broken.file]);
    }
    const [name] = await readdir(dir);
    expect(name).toMatch(/^mdx-compiled-.+\.json$/);
    expect(JSON.parse(await readFile(join(dir, name!), 'utf8'))).toHaveLength(1);
  });

  it('treats an unreadable cache file as empty and still finds the error', async () => {
    const dir = await cacheDir();
    await findMdxSyntaxErrors([good], dir);
    const [name] = await readdir(dir);
    await writeFile(join(dir, name!), '{"not": "a list"');
    const errors = await findMdxSyntaxErrors([good, broken], dir);
    expect(errors.map((e) => e.file)).toEqual([broken.file]);
    expect(JSON.parse(await readFile(join(dir, name!), 'utf8'))).toHaveLength(1);
  });

  it('compiles without a cache folder and writes nothing', async () => {
    const errors = await findMdxSyntaxErrors([good, broken]);
    expect(errors.map((e) => e.file)).toEqual([broken.file]);
  });
});
