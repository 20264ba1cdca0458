/**
 * Files of the caches under node_modules/.cache/throughline/: each is written whole (a temporary
 * file, then a rename, so a reader never sees half of it), and a cache whose name carries a
 * hash or format removes its older versions when it writes a new one, so the folder does not
 * grow with every edit of the code or the data. Also the pieces of the caches' code keys: the
 * versions of libraries (libraryVersions) and a module's import closure (importClosure).
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { installCacheDir } from './install-cache-dir.ts';

/**
 * The cache folder of the project at `root`: THROUGHLINE_CACHE_DIR when set (the README's
 * promise; an Astro build sets it to <Astro cacheDir>/throughline), else
 * <root>/node_modules/.cache/throughline.
 */
export function projectCacheDir(root: string, env: Record<string, string | undefined> = process.env): string {
  return env.THROUGHLINE_CACHE_DIR || join(root, 'node_modules/.cache/throughline');
}

/**
 * Writes `data` (bytes, or pieces written one after the other) to `file` atomically, then removes the other files of the folder whose names
 * start with `family` (older versions of the same cache). False when it could not be written:
 * a cache that cannot be written is only slower next time.
 */
export function writeCacheFile(file: string, data: Uint8Array | readonly Uint8Array[], family: string): boolean {
  const dir = dirname(file);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    if (data instanceof Uint8Array) writeFileSync(tmp, data);
    else writePieces(tmp, data);
    renameSync(tmp, file);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was written there either.
    }
    return false;
  }
  try {
    for (const name of readdirSync(dir))
      if (name.startsWith(family) && name !== basename(file) && !name.endsWith('.tmp')) rmSync(join(dir, name), { force: true });
  } catch {
    // Leftovers only take room.
  }
  return true;
}

function writePieces(file: string, pieces: readonly Uint8Array[]): void {
  const fd = openSync(file, 'w');
  try {
    for (const piece of pieces) for (let done = 0; done < piece.byteLength; ) done += writeSync(fd, piece, done);
  } finally {
    closeSync(fd);
  }
}

/**
 * "name@version" of each library as installed (its package.json, found from its entry point
 * upwards), for the code keys of the caches: a result computed by another version of a library
 * that strips, stems or parses is not reused. Throws when a library cannot be found.
 */
export function libraryVersions(libraries: readonly string[]): string[] {
  const require = createRequire(import.meta.url);
  return libraries.map((lib) => `${lib}@${packageVersion(dirname(require.resolve(lib)), lib)}`);
}

/** The version in the package.json named `name` found from `from` upwards (a nested package.json of a build folder has another name or none). */
function packageVersion(from: string, name: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    } catch {
      // No package.json here: look one folder up.
    }
    if (dirname(dir) === dir) throw new Error('no package.json');
  }
}

/**
 * `entry` and every module it imports by a relative path, transitively (type imports too: a few
 * more files than needed, never fewer), as URL -> text, in a fixed order.
 */
export function importClosure(entry: URL): Map<string, string> {
  const out = new Map<string, string>();
  const queue = [entry.href];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (out.has(url)) continue;
    const text = readFileSync(new URL(url), 'utf8');
    out.set(url, text);
    for (const m of text.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)) queue.push(new URL(m[1]!, url).href);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * A cache's code key: the SHA-1 (base64url) of `parts()`, each followed by NUL, or null when a
 * part cannot be read (a bundle without its sources): then that cache is off. Callers memoise it.
 */
export function codeKeyOf(parts: () => Iterable<string | Uint8Array>): string | null {
  try {
    const h = createHash('sha1');
    for (const part of parts()) h.update(part).update('\0');
    return h.digest('base64url');
  } catch {
    return null;
  }
}

/** The parts of a code key that say which Node runs it: its version, and its time-zone and ICU data. */
export function runtimeParts(): string[] {
  return [process.version, process.versions.tz ?? '', process.versions.icu ?? ''];
}

/** A part of a code key (fileCodeKey): a string or bytes as they are, or the content of a file named by its absolute path. */
export type CodePart = string | Uint8Array | { file: string };

/** The memo's file name; its family (writeCacheFile) is `code-keys-`. */
const MEMO_FORMAT = 'code-keys-1';
/** Keys the memo keeps (several installs or worktrees may share one cache folder). */
const MEMO_ENTRIES = 64;
/**
 * A file changed this recently is not memoised: on a file system with coarse timestamps, a
 * write in the same tick as the memo's stat would leave the stamp unchanged (git's "racy clean").
 */
const RACY_MS = 3000;

/**
 * codeKeyOf of `parts()` with each `{ file }` part replaced by that file's content: the same key,
 * byte for byte. Reading and hashing megabytes of sources and data on every run costs tens of
 * milliseconds, so the key is kept in a memo (`dir`/code-keys-1.json; `dir` by default the
 * install's cache folder, beside the CLI's compile cache) under the parts' stamps: every string
 * part, and each file's path, size, mtime, ctime and inode. A run whose stamps all match takes
 * the stored key without reading a file; a file edited, replaced, renamed or touched (ctime
 * changes even when a tool restores mtime) is read and hashed again. A file modified less than
 * RACY_MS ago is never memoised. A memo that cannot be read or written only costs the hashing. null when a part cannot be read (a bundle without its sources).
 */
export function fileCodeKey(parts: () => CodePart[], dir: string = installCacheDir(), now: number = Date.now()): string | null {
  let list: CodePart[];
  const stamp = createHash('sha1');
  let racy = false;
  try {
    list = parts();
    for (const part of list) {
      if (typeof part === 'string') stamp.update('s').update(part);
      else if (part instanceof Uint8Array) stamp.update('b').update(part);
      else {
        const info = statSync(part.file, { bigint: true });
        if (!info.isFile()) return null;
        // Nanoseconds as the file system keeps them: a float of milliseconds loses the last digits.
        stamp.update('f').update(part.file).update(`\0${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}:${info.dev}`);
        if (now - Number(info.mtimeMs) < RACY_MS || now - Number(info.ctimeMs) < RACY_MS) racy = true;
      }
      stamp.update('\0');
    }
  } catch {
    return null;
  }
  const id = stamp.digest('base64url');
  const file = join(dir, `${MEMO_FORMAT}.json`);
  const memo = readMemo(file);
  const known = memo.find(([stamps]) => stamps === id);
  if (known) return known[1];
  const key = codeKeyOf(function* () {
    for (const part of list) yield typeof part === 'string' || part instanceof Uint8Array ? part : readFileSync(part.file);
  });
  if (key !== null && !racy) writeCacheFile(file, Buffer.from(JSON.stringify([[id, key], ...memo].slice(0, MEMO_ENTRIES))), `${MEMO_FORMAT}.json`);
  return key;
}

/** The memo's [stamps hash, key] pairs, newest first; none when missing or damaged. */
function readMemo(file: string): [string, string][] {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (Array.isArray(data) && data.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string')) return data as [string, string][];
  } catch {
    // Missing or damaged: hashed again.
  }
  return [];
}
