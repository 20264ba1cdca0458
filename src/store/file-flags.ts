/**
 * What `check` reads from disk beside the posts, shared by `check` and the studio so that both
 * raise the same flags: the site paths of published posts' body images that `<root>/public`
 * lacks (`missing-image`), and of the .mdx posts not yet published the imports that name no file
 * (`unresolved-import`) and the bodies that do not compile (`mdx-compile`), compiled as `check`
 * compiles them, remembered in the project's cache folder. Found afresh on each call: a file added to public/ clears its flag at the next run.
 */
import { join } from 'node:path';
import type { UnresolvedDraftImport } from '../core/draft-imports.ts';
import { createPostZoner } from '../core/period-zones.ts';
import { isOnPortfolio } from '../core/portfolio.ts';
import type { Planner } from '../core/schema/planner.ts';
import type { Post } from '../core/schema/post.ts';
import type { MissingSiteImages } from '../core/site-images.ts';
import { findMissingSiteImages } from './body-images.ts';
import { projectCacheDir } from './cache-files.ts';

/**
 * The inputs of the file flags for `posts` of the project at `root`: the published posts' missing
 * site images, and what would stop the build in the others once published (UnresolvedDraftImport,
 * `compile: true` for a body). `now`: epoch ms, which decides which posts a build would publish.
 */
export async function fileFlagInputs(root: string, planner: Planner, posts: Post[], now: number): Promise<{ missingSiteImages: MissingSiteImages[]; unpublishedImports: UnresolvedDraftImport[] }> {
  // One zoner for every post (isOnPortfolio builds one per call without it).
  const zoneOf = createPostZoner(planner);
  const onPortfolio: Post[] = [];
  const unpublished: Post[] = [];
  for (const p of posts) (isOnPortfolio(p, planner, now, zoneOf) ? onPortfolio : unpublished).push(p);
  const [missingSiteImages, unpublishedImports] = await Promise.all([
    findMissingSiteImages(join(root, 'public'), onPortfolio),
    // The posts loadProject did not compile: refused only once published, so a warning now. Their
    // compiles are remembered in a folder of their own: the cache file keeps only one run's bodies.
    // mdx-imports.ts (and the compiler) only for a project with .mdx drafts: it finds nothing in the others.
    unpublished.some((p) => p.file.endsWith('.mdx')) ? import('./mdx-imports.ts').then(({ findUnpublishedMdxImports }) => findUnpublishedMdxImports(root, unpublished, join(projectCacheDir(root), 'unpublished'))) : [],
  ]);
  return { missingSiteImages, unpublishedImports };
}
