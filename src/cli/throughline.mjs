/**
 * The CLI's entry for `npm run throughline`: plain JavaScript, so that Node's compile cache
 * (compile-cache.ts; same folder: THROUGHLINE_CACHE_DIR/compile or this install's
 * node_modules/.cache/throughline/compile) is on before any TypeScript loads. Started from
 * main.ts, Node strips main.ts and its imports before the cache can be turned on, which loads the
 * type stripper on every run (~0.1 s of CPU); from here a run whose modules are all cached never
 * loads it. `node src/cli/main.ts` still works, and both run the same `main`.
 */
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The same folder as installCacheDir (src/store/install-cache-dir.ts), which this plain-JavaScript
// entry cannot import: an empty THROUGHLINE_CACHE_DIR counts as unset.
const cacheDir = process.env.THROUGHLINE_CACHE_DIR || join(fileURLToPath(new URL('../../', import.meta.url)), 'node_modules/.cache/throughline');
try {
  nodeModule.enableCompileCache?.(join(cacheDir, 'compile'));
} catch {
  // A cache that cannot be written is only slower.
}
const { runProcess } = await import('./main.ts');
await runProcess();
