/**
 * A module loaded synchronously on first use instead of on import, for the modules of src/core
 * that stay free of node: imports (src/core/theme): Node >= 22.12 loads an ES module through
 * require(), as markdown-parser.ts loads satteri. A `check` whose results all come from the
 * caches then never pays for data it does not read.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * `specifier` as `import` from the module at `base` (its import.meta.url) would load it; from a
 * bundle (an Astro build), whose chunks have no neighbours, `fromRoot` resolved from the project
 * root (process.cwd(): './src/...' for a source file, a package name for a dependency).
 */
export function requireNear<T>(base: string, specifier: string, fromRoot: string): T {
  try {
    return createRequire(base)(specifier) as T;
  } catch {
    return createRequire(join(process.cwd(), 'package.json'))(fromRoot) as T;
  }
}
