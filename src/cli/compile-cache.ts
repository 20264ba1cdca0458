/**
 * Node's on-disk compile cache (module.enableCompileCache, Node >= 22.1) for the CLI's modules,
 * in the install's node_modules/.cache/throughline/compile (or THROUGHLINE_CACHE_DIR/compile).
 * A fresh `check` process then loads the code it ran last time without stripping TypeScript
 * types and compiling it again, which is about half of its start-up. Node checks each entry
 * against the module's source, so an edited module is compiled again; a cache that cannot be
 * written is skipped and never fails a command.
 */
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { installCacheDir } from '../store/install-cache-dir.ts';

/** Turns the cache on for every module loaded from now on; returns its folder, or null when off. */
export function enableCliCompileCache(cacheDir: string = installCacheDir()): string | null {
  if (typeof nodeModule.enableCompileCache !== 'function') return null;
  try {
    const result = nodeModule.enableCompileCache(join(cacheDir, 'compile'));
    return result.directory ?? null;
  } catch {
    return null;
  }
}
