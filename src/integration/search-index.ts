/**
 * After `astro build`: the Pagefind search index of the built pages (pagefind.app, Node API),
 * written to <outDir>/pagefind/. Only post bodies (data-pagefind-body) are indexed, one index
 * per language (Chinese is segmented into words); the search page loads both.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

export async function writeSearchIndex(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const outDir = fileURLToPath(dir);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`[throughline] search index: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`[throughline] search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`[throughline] search index: ${written.errors.join('; ')}`);
    logger.info(`search index: ${added.page_count} pages`);
  } finally {
    await pagefind.close();
  }
}
