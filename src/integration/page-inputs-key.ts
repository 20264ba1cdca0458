/**
 * The part of a post page's `cacheKey` (Astro's experimental.incrementalBuild) that the build
 * knows before any page renders: everything a post page reads besides the posts on the
 * portfolio and the clock (src/pages/_lib/page-cache-key.ts adds those).
 *
 * Astro skips a page whose `cacheKey` and module graph match the previous build, and clears its
 * cache when the config's serialisable part or the lockfile changes (astro/dist/core/build:
 * incremental.js, config-hash/input.js). It does not see what a post page reads outside its
 * module graph: the planner (read from content/planner.json at render time), the rendered body in
 * the content store (made by the Markdown plugins, functions the config hash drops), files
 * beside the posts (a body image's bytes give its address and size), the integration's
 * middleware (which cleans every page), or SITE_URL. So this key covers, by content: every file
 * under src/ (pages, components, plugins, integration, data), astro.config.mjs, package.json,
 * every file under content/ that is not a post (planner.json, images), the Node version with
 * its ICU and time-zone data, and SITE_URL. Coarse by design: any change re-renders every post
 * page, which is correct; the unchanged rebuild is the case it speeds up.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileCodeKey, runtimeParts, type CodePart } from '../store/cache-files.ts';

/** Bump when a post page starts to read an input this key does not cover. */
const FORMAT = 'page-inputs-1';
const SRC = fileURLToPath(new URL('../', import.meta.url));
const INSTALL = fileURLToPath(new URL('../../', import.meta.url));

/** Every file under `dir`, absolute, sorted by path; none when `dir` does not exist. */
function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  } catch {
    return [];
  }
  return names.sort();
}

/**
 * The key (SHA-1, base64url) of the inputs above for the project at `root`, whose post files
 * are the keys of `postTexts` (paths from the root, e.g. content/posts/x.md: hashed by the
 * page, only those on the portfolio). Files are read only when their stamps changed
 * (fileCodeKey's memo). null when a file cannot be read: then no page has a key, and every page
 * renders.
 */
export function pageInputsKey(root: string, postTexts: ReadonlyMap<string, string>, env: Record<string, string | undefined>): string | null {
  return fileCodeKey(() => {
    const parts: CodePart[] = [FORMAT, ...runtimeParts(), `SITE_URL=${env.SITE_URL ?? ''}`];
    for (const file of [...filesUnder(SRC), join(INSTALL, 'astro.config.mjs'), join(INSTALL, 'package.json')]) parts.push(relative(INSTALL, file), { file });
    for (const file of filesUnder(join(root, 'content'))) {
      const path = relative(root, file).split(sep).join('/');
      if (!postTexts.has(path)) parts.push(path, { file });
    }
    return parts;
  });
}
