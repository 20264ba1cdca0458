/**
 * The Hexo or Jekyll site a folder of posts belongs to, for `import` to know each post's old
 * address (core/moved-posts/old-url.ts): Hexo keeps its posts in `source/_posts` with its
 * _config.yml two folders up (hexo.io/docs/setup), Jekyll in `_posts` beside its _config.yml
 * (jekyllrb.com/docs/structure/). Only the `permalink:` of that config is read.
 */
import { readFile } from 'node:fs/promises';
import type { Text } from '../core/i18n/text.ts';
import { decodeUtf8, NotUtf8Error } from '../core/text-encoding.ts';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { OldSite } from '../core/moved-posts/old-url.ts';

/** A site config that is there but not YAML: its path (as found from the current directory), where and why. */
export interface UnreadableConfig {
  /**
   * `notUtf8`: the file is not UTF-8 text (GBK from a Chinese Windows editor): why, in both
   * languages, and how to save it as UTF-8 (core/text-encoding.ts); else it is not YAML (`reason`).
   */
  unreadable: { file: string; at: { line: number; column: number } | null; reason: string; notUtf8?: { message: Text | string; hint: Text | string | undefined } };
}

/**
 * The site of `folder` (read from the current directory), or undefined when it is neither's
 * posts folder. A config that is there but does not parse is `unreadable`, for `import` to say
 * that the posts' old addresses are not known (before, they were dropped in silence).
 */
export async function findOldSite(folder: string): Promise<OldSite | UnreadableConfig | undefined> {
  const dir = resolve(process.cwd(), folder);
  if (basename(dir) !== '_posts') return undefined;
  const hexo = basename(dirname(dir)) === 'source' ? await readConfig(join(dir, '../../_config.yml')) : undefined;
  if (hexo && 'unreadable' in hexo) return hexo;
  if (hexo) return { generator: 'hexo', ...permalinkOf(hexo.config) };
  const jekyll = await readConfig(join(dir, '../_config.yml'));
  if (jekyll && 'unreadable' in jekyll) return jekyll;
  return jekyll ? { generator: 'jekyll', ...permalinkOf(jekyll.config) } : undefined;
}

async function readConfig(path: string): Promise<{ config: Record<string, unknown> } | UnreadableConfig | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return undefined;
  }
  let text: string;
  try {
    text = decodeUtf8(bytes, path);
  } catch (error) {
    // Read leniently, a GBK permalink: would turn into U+FFFD and every alias with it.
    if (!(error instanceof NotUtf8Error)) throw error;
    return { unreadable: { file: path, at: null, reason: error.message, notUtf8: error.text } };
  }
  try {
    const data: unknown = parse(text);
    // An empty _config.yml is a config with every default.
    if (data === null) return { config: {} };
    return typeof data === 'object' && !Array.isArray(data) ? { config: data as Record<string, unknown> } : undefined;
  } catch (error) {
    const { linePos, message } = error as { linePos?: { line: number; col: number }[]; message: string };
    const at = linePos?.[0] ? { line: linePos[0].line, column: linePos[0].col } : null;
    return { unreadable: { file: path, at, reason: message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') } };
  }
}

function permalinkOf(config: Record<string, unknown>): { permalink?: string } {
  return typeof config.permalink === 'string' && config.permalink.trim() ? { permalink: config.permalink.trim() } : {};
}
