/**
 * The caches' folder of this install, for the caches that belong to the code rather than to a
 * project: the CLI's compile cache (cli/compile-cache.ts) and the code-key memo (cache-files.ts).
 * Its own module, importing only node:path and node:url, because the CLI loads it before it turns
 * the compile cache on: whatever it imports is compiled on every run.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * THROUGHLINE_CACHE_DIR when set and not empty (an empty variable counts as unset), else this
 * install's node_modules/.cache/throughline (the install: the folder holding src/ and
 * node_modules/).
 */
export function installCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.THROUGHLINE_CACHE_DIR || join(fileURLToPath(new URL('../../', import.meta.url)), 'node_modules/.cache/throughline');
}
