/**
 * The records the build keeps beside Astro's cache (<cacheDir>/throughline/) of what pages gave
 * it as they rendered: the search index's (search-index.ts), the link check's (link-check.ts) and
 * the social cards' (incremental-build.ts). Each is one JSON file of a format of its own, written
 * whole once the build is in place and read at the start of the next; a page Astro copies from
 * its incremental cache runs no code, so what it gave is taken from there.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { writeCacheFile } from '../store/cache-files.ts';
import type { IncrementalBuild } from './incremental-build.ts';

/**
 * The record in `file` when its `format` is `format` and its `field` holds an object; null when
 * it is missing, damaged or of another format (the build then reads or renders those pages again).
 */
export function readCacheRecord<T extends { format: string }>(file: string, format: string, field: keyof T): T | null {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as T;
    const part = record[field];
    return record.format === format && part && typeof part === 'object' ? record : null;
  } catch {
    return null;
  }
}

/**
 * Writes `record` to `file` as JSON, whole, and removes the older files of its name
 * (writeCacheFile). A record that cannot be written only costs the next build a read or a render.
 */
export function writeCacheRecord(file: string, record: object): void {
  writeCacheFile(file, Buffer.from(JSON.stringify(record)), basename(file));
}

/**
 * True when `record` names (`astro`) the hash of Astro's manifest as this build found it
 * (`astro.before`): it was written by the build that wrote that manifest, so what it holds of a
 * page Astro copies from its cache is what that page gave. False without Astro's cache.
 */
export function recordedWithAstroCache<T extends { astro?: string | null }>(record: T | null, astro: IncrementalBuild | undefined): record is T {
  return record !== null && astro?.before != null && record.astro === astro.before;
}
