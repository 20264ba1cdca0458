/**
 * Validated post frontmatter kept between runs under node_modules/.cache/throughline/, by the
 * frontmatter's YAML text: a second `check` parses (js-yaml, then the zod schema) only the posts
 * whose frontmatter is new or edited. The file's name carries a hash of the code that turns the
 * text into fields (post-file.ts, the post schema and its aliases, the js-yaml and zod
 * versions), so changed code never reads an old answer; where that code cannot be read (a
 * bundle) there is no cache. Entries no run used are dropped when it saves. A missing, corrupt
 * or unwritable file is an empty cache: it never fails a command.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { FrontmatterCache } from '../core/post-file.ts';
import { fileCodeKey, libraryVersions, projectCacheDir, writeCacheFile } from './cache-files.ts';
import type { PostFrontmatter } from '../core/schema/post.ts';

const FILE_FORMAT = 'frontmatter-1';
const SOURCES = ['../core/post-file.ts', '../core/post-split.ts', '../core/schema/post.ts', '../core/schema/post-aliases.ts', '../core/redirects/alias-path.ts'];
const LIBRARIES = ['js-yaml', 'zod'];

export interface StoredFrontmatter extends FrontmatterCache { save(): void }

/**
 * Opens the cache of the project at `root`, in `dir` (default projectCacheDir: THROUGHLINE_CACHE_DIR
 * or <root>/node_modules/.cache/throughline); without a readable code key, one that keeps nothing.
 */
export function openFrontmatterCache(root: string, key: string | null = codeKey(), dir = projectCacheDir(root)): StoredFrontmatter {
  if (key === null) return { get: () => undefined, set() {}, save() {} };
  const file = join(dir, `${FILE_FORMAT}-${key}.bin`);
  const stored = readStored(file);
  const used = new Map<string, PostFrontmatter>();
  let added = 0;
  return {
    get(yaml) {
      const data = stored.get(yaml);
      if (data === undefined) return undefined;
      // Two posts with the same frontmatter still get objects of their own.
      const own = used.has(yaml) ? structuredClone(data) : data;
      used.set(yaml, data);
      return own;
    },
    set(yaml, data) {
      if (!used.has(yaml)) added++;
      used.set(yaml, structuredClone(data));
    },
    save() {
      if (added === 0 && used.size === stored.size) return;
      // A read-only project still checks; it parses every post again next time.
      writeCacheFile(file, serialize({ format: FILE_FORMAT, entries: used }), 'frontmatter-');
    },
  };
}

function readStored(file: string): Map<string, PostFrontmatter> {
  try {
    const data = deserialize(readFileSync(file)) as { format?: string; entries?: unknown };
    if (data?.format === FILE_FORMAT && data.entries instanceof Map) {
      const ok = [...data.entries].every(([k, v]) => typeof k === 'string' && v !== null && typeof v === 'object' && !Array.isArray(v));
      if (ok) return data.entries as Map<string, PostFrontmatter>;
    }
  } catch {
    // Missing or unreadable: an empty cache.
  }
  return new Map();
}

/** A hash of the code that makes fields of frontmatter text, or null when it cannot be read. */
export function codeKey(): string | null {
  // The same key as hashing every file's text, kept by the files' stamps (fileCodeKey).
  return fileCodeKey(() => [...SOURCES.map((s) => ({ file: fileURLToPath(new URL(s, import.meta.url)) })), ...libraryVersions(LIBRARIES)]);
}
