/**
 * The Hexo or Jekyll site a folder of posts belongs to, for `import` to know each post's old
 * address (core/moved-posts/old-url.ts): Hexo keeps its posts in `source/_posts` with its
 * _config.yml two folders up (hexo.io/docs/setup), Jekyll in `_posts` beside its _config.yml
 * (jekyllrb.com/docs/structure/). Only the `permalink:` of that config is read.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { OldSite } from '../core/moved-posts/old-url.ts';

/** The site of `folder` (read from the current directory), or undefined when it is neither's posts folder or its config cannot be read. */
export async function findOldSite(folder: string): Promise<OldSite | undefined> {
  const dir = resolve(process.cwd(), folder);
  if (basename(dir) !== '_posts') return undefined;
  const hexo = basename(dirname(dir)) === 'source' ? await readConfig(join(dir, '../../_config.yml')) : undefined;
  if (hexo) return { generator: 'hexo', ...permalinkOf(hexo) };
  const jekyll = await readConfig(join(dir, '../_config.yml'));
  return jekyll ? { generator: 'jekyll', ...permalinkOf(jekyll) } : undefined;
}

async function readConfig(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    const data: unknown = parse(await readFile(path, 'utf8'));
    // An empty _config.yml is a config with every default.
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : data === null ? {} : undefined;
  } catch {
    return undefined;
  }
}

function permalinkOf(config: Record<string, unknown>): { permalink?: string } {
  return typeof config.permalink === 'string' && config.permalink.trim() ? { permalink: config.permalink.trim() } : {};
}
