/**
 * The studio's pages and endpoints, injected only by `astro dev` (never part of a build).
 * File-based like src/pages: src/studio/pages/brand.astro -> /studio/brand,
 * src/studio/pages/api/posts/[...id].ts -> /studio/api/posts/[...id]. Folders starting with
 * `_` hold page-only code and are not routed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROUTABLE = /\.(astro|ts)$/;

export function listStudioRoutes(root: string): { pattern: string; entrypoint: string }[] {
  const dir = join(root, 'src/studio/pages');
  const files = readdirSync(dir, { recursive: true })
    .map((f) => String(f).split('\\').join('/'))
    .filter((f) => ROUTABLE.test(f) && !f.split('/').some((part) => part.startsWith('_')));
  return files.sort().map((file) => {
    const path = file.replace(ROUTABLE, '').replace(/(^|\/)index$/, '');
    return { pattern: `/studio${path ? `/${path}` : ''}`, entrypoint: join(dir, file) };
  });
}
