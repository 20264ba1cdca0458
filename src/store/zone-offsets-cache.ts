/**
 * The UTC offsets of the zone-years a run read wall times in, kept between runs under the cache
 * folder (projectCacheDir), so that a `check` whose other work is cached creates no Intl
 * DateTimeFormat (ICU's first costs ~25 ms, 2,000 formatToParts ~20 ms more): core/zoned-time.ts
 * reads them (provideZoneYears), core/zone-offsets.ts makes them from Intl. The file is named by
 * Node's version and its ICU and tz data versions, so new zone rules make a new file; a missing,
 * corrupt or wrongly shaped file (or entry) is an empty cache: Intl answers, never a wrong time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tabulateZoneYear } from '../core/zone-offsets.ts';
import { provideZoneYears, recordZoneYears, takeAskedZoneYears, type ZoneYear } from '../core/zoned-time.ts';
import { projectCacheDir, runtimeParts, writeCacheFile } from './cache-files.ts';

const FAMILY = 'zone-offsets-';
/** Bump when the layout of the file or the tabulation changes. */
const FILE_FORMAT = 'zone-offsets-1';
/** Zone-years a file keeps at most (a few zones over a few years is the usual). */
const MAX_ENTRIES = 2000;

/** The cache file of the project at `root` in `dir`, named by the runtime's versions (Node, tz data, ICU). */
export function zoneOffsetsFile(root: string, dir = projectCacheDir(root)): string {
  const runtime = runtimeParts().join('_').replace(/[^\w.-]/g, '_');
  return join(dir, `${FILE_FORMAT}-${runtime}.json`);
}

/**
 * Provides this process with the zone-years stored for the project at `root` and notes the
 * ones asked for and missing; save() tabulates those (~1 ms each) and writes the file when any
 * was added. A zone Intl does not know is not kept (the error is the caller's, as before).
 */
export function openZoneOffsets(root: string, dir?: string): { save(): void } {
  const file = zoneOffsetsFile(root, dir);
  const stored = readStored(file);
  provideZoneYears(stored);
  recordZoneYears();
  return {
    save() {
      const asked = takeAskedZoneYears();
      if (asked.length === 0) return;
      const added: [string, ZoneYear | null][] = [];
      for (const key of asked) {
        const [zone, year] = key.split('\n') as [string, string];
        try {
          added.push([key, tabulateZoneYear(zone, Number(year))]);
        } catch {
          // Not a zone Intl knows: nothing to keep.
        }
      }
      if (added.length === 0) return;
      provideZoneYears(added);
      const all = [...stored, ...added].slice(-MAX_ENTRIES);
      // A read-only project still checks; it asks Intl again next time.
      writeCacheFile(file, Buffer.from(JSON.stringify({ format: FILE_FORMAT, years: Object.fromEntries(all) })), FAMILY);
    },
  };
}

/** The stored zone-years, each checked for shape; none when the file is missing or damaged. */
function readStored(file: string): [string, ZoneYear | null][] {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; years?: unknown };
    if (data?.format !== FILE_FORMAT || typeof data.years !== 'object' || data.years === null) return [];
    return Object.entries(data.years as Record<string, unknown>).filter((entry): entry is [string, ZoneYear | null] => isZoneYear(entry[0], entry[1]));
  } catch {
    return [];
  }
}

const isMinutes = (n: unknown) => Number.isInteger(n) && Math.abs(n as number) <= 24 * 60;

/** Whether `value` is a ZoneYear (or null) of the year `key` names: whole-minute offsets, changes inside the year in order. */
function isZoneYear(key: string, value: unknown): boolean {
  const year = Number(key.split('\n')[1]);
  if (!/^[^\n]+\n\d{4}$/.test(key)) return false;
  if (value === null) return true;
  const v = value as { start?: unknown; changes?: unknown };
  if (typeof v !== 'object' || !isMinutes(v.start) || !Array.isArray(v.changes) || v.changes.length % 2 !== 0) return false;
  let last = Date.UTC(year, 0, 1);
  for (let i = 0; i < v.changes.length; i += 2) {
    const at = v.changes[i];
    if (!Number.isInteger(at) || at <= last || at >= Date.UTC(year + 1, 0, 1) || !isMinutes(v.changes[i + 1])) return false;
    last = at;
  }
  return true;
}
