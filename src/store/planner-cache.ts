/**
 * The last validated planner kept between runs under the cache folder (projectCacheDir), by the
 * exact text of planner.json, so that a `check` whose planner did not change neither validates
 * it again nor loads the schema library (zod) at all. Validation depends on the text and on the
 * code that validates it: the file is named by a hash of planner-file.ts and every module it
 * imports (importClosure), zod's, rrule's and countries-and-timezones' versions and Node's version and time-zone data.
 * Only a planner that passed validation is kept, so a bad planner is reported on every run;
 * a missing, corrupt or wrongly shaped file is an empty cache, never a failed command.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Planner } from '../core/schema/planner.ts';
import type { ValidatedPlanners } from './planner-store.ts';
import { codeKeyOf, importClosure, libraryVersions, projectCacheDir, runtimeParts, writeCacheFile } from './cache-files.ts';

const FAMILY = 'planner-';
/** Bump when the layout of the file changes. */
const FILE_FORMAT = 'planner-1';
const LIBRARIES = ['zod', 'rrule', 'countries-and-timezones'];

export interface PlannerCache extends ValidatedPlanners { save(): void }

let CODE_KEY: string | null | undefined;

/** Hash of the code that validates a planner; null when the sources cannot be read (a bundle). */
export function plannerCodeKey(): string | null {
  if (CODE_KEY === undefined) {
    const base = new URL('../', import.meta.url).href;
    CODE_KEY = codeKeyOf(() => [
      FILE_FORMAT,
      ...runtimeParts(),
      ...[...importClosure(new URL('../core/planner-file.ts', import.meta.url))].flatMap(([url, text]) => [url.slice(base.length), text]),
      readFileSync(new URL('./planner-cache.ts', import.meta.url)),
      ...libraryVersions(LIBRARIES),
    ]);
  }
  return CODE_KEY;
}

/** The cache file of the project at `root`, in `dir`; null without a code key. */
export function plannerCacheFile(root: string, dir = projectCacheDir(root), code: string | null = plannerCodeKey()): string | null {
  return code === null ? null : join(dir, `${FILE_FORMAT}-${code}.bin`);
}

/**
 * Opens the validated-planner cache of the project at `root`: get(text) gives the stored planner
 * when it was validated from exactly `text`; save() writes the planner set this run, if any.
 */
export function openPlannerCache(root: string, dir?: string, code: string | null = plannerCodeKey()): PlannerCache {
  const file = plannerCacheFile(root, dir, code);
  if (file === null) return { get: () => undefined, set() {}, save() {} };
  let fresh: { text: string; planner: Planner } | null = null;
  let served = false;
  return {
    get(text) {
      const stored = readStored(file);
      if (!stored || stored.text !== hashOf(text)) return undefined;
      // Each caller gets an object of its own.
      const planner = served ? structuredClone(stored.planner) : stored.planner;
      served = true;
      return planner;
    },
    set(text, planner) {
      fresh = { text, planner: structuredClone(planner) };
    },
    save() {
      if (fresh) writeCacheFile(file, serialize({ format: FILE_FORMAT, text: hashOf(fresh.text), planner: fresh.planner }), FAMILY);
    },
  };
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url');

function readStored(file: string): { text: string; planner: Planner } | null {
  try {
    const data = deserialize(readFileSync(file)) as { format?: unknown; text?: unknown; planner?: unknown };
    const p = data?.planner as Record<string, unknown> | undefined;
    if (data?.format !== FILE_FORMAT || typeof data.text !== 'string' || typeof p !== 'object' || p === null || Array.isArray(p)) return null;
    if (typeof p.brand !== 'object' || !Array.isArray(p.channels) || !Array.isArray(p.breaks)) return null;
    return { text: data.text, planner: p as unknown as Planner };
  } catch {
    return null;
  }
}
