/**
 * The channels' slots kept between runs under the cache folder (projectCacheDir), so that a fresh
 * `check` does not expand every channel's RRULE from its start again (core/slots.ts
 * PeriodSlotCache). A period's slots depend only on its cadence, start, time, end, zone and
 * channel (the key) and on the code and the zone data that expand them: the file is named by a
 * hash of slots.ts, cadence.ts, zoned-time.ts, calendar-date.ts, rrule's version and Node's
 * version and time-zone data version. Breaks are applied after the cache (onBreak is not kept).
 * A missing, corrupt or wrongly shaped file is an empty cache: never a failed command, never a
 * stale slot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PeriodSlotCache } from '../core/slots.ts';
import type { Slot } from '../core/slot.ts';
import { fileCodeKey, libraryVersions, projectCacheDir, runtimeParts, writeCacheFile } from './cache-files.ts';

const FAMILY = 'slots-';
/** Bump when the layout of the file changes. */
const FILE_FORMAT = 'slots-1';
const CODE = ['../core/slots.ts', '../core/cadence.ts', '../core/zoned-time.ts', '../core/calendar-date.ts', './slot-cache.ts'];

type Row = [date: string, epoch: number, start: string];
type Entry = { through: number; slots: Slot[] };

export interface SlotCache extends PeriodSlotCache { save(): void }

let CODE_KEY: string | null | undefined;

/** Hash of the code and data that expand slots; null when the sources cannot be read (a bundle). */
export function slotsCodeKey(): string | null {
  if (CODE_KEY === undefined) {
    // The same key as hashing every file's content, kept by the files' stamps (fileCodeKey).
    CODE_KEY = fileCodeKey(() => [FILE_FORMAT, ...runtimeParts(), ...CODE.flatMap((file) => [file, { file: fileURLToPath(new URL(file, import.meta.url)) }]), ...libraryVersions(['rrule'])]);
  }
  return CODE_KEY;
}

/** The cache file of the project at `root`, in `dir`; null without a code key. */
export function slotCacheFile(root: string, dir = projectCacheDir(root), code: string | null = slotsCodeKey()): string | null {
  return code === null ? null : join(dir, `${FILE_FORMAT}-${code}.json`);
}

/**
 * Opens the slot cache of the project at `root`. save() writes the periods this run used (read
 * or expanded) when one was expanded or a stored one was not used; otherwise it writes nothing.
 */
export function openSlotCache(root: string, dir?: string, code: string | null = slotsCodeKey()): SlotCache {
  const file = slotCacheFile(root, dir, code);
  if (file === null) return { get: () => undefined, set() {}, save() {} };
  let stored: Map<string, Entry> | null = null;
  const used = new Map<string, Entry>();
  let changed = false;
  return {
    get(key) {
      // A period expanded earlier in this run (the longest horizon asked: set never shortens) serves the later asks too.
      const fresh = used.get(key);
      if (fresh) return fresh;
      stored ??= readStored(file);
      const entry = stored.get(key);
      if (entry) used.set(key, entry);
      return entry;
    },
    set(key, value) {
      // Never shortens an entry: a period's slots up to a later `through` hold every slot up to an
      // earlier one, so whichever part of check asks first, the longest horizon is served and saved.
      const kept = used.get(key) ?? stored?.get(key);
      if (kept && kept.through >= value.through) {
        used.set(key, kept);
        return;
      }
      used.set(key, value);
      changed = true;
    },
    save() {
      if (stored === null && !changed) return;
      if (!changed && stored !== null && [...stored.keys()].every((k) => used.has(k))) return;
      const entries = Object.fromEntries([...used].map(([key, { through, slots }]) => [key, { through, rows: slots.map((s): Row => [s.date, s.epoch, s.start]) }]));
      writeCacheFile(file, Buffer.from(JSON.stringify({ format: FILE_FORMAT, entries })), FAMILY);
    },
  };
}

function readStored(file: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return out;
  }
  if (!isObject(data) || data.format !== FILE_FORMAT || !isObject(data.entries)) return out;
  for (const [key, value] of Object.entries(data.entries)) {
    const parsed = entryOf(key, value);
    if (parsed) out.set(key, parsed);
  }
  return out;
}

/** A stored entry back as slots, or null when its key or rows do not have the shape written. */
function entryOf(key: string, value: unknown): Entry | null {
  let parts: unknown;
  try {
    parts = JSON.parse(key);
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length !== 6 || typeof parts[4] !== 'string' || typeof parts[5] !== 'string') return null;
  const [zone, channel] = [parts[4], parts[5]];
  if (!isObject(value) || typeof value.through !== 'number' || !Array.isArray(value.rows)) return null;
  const slots: Slot[] = [];
  for (const row of value.rows as unknown[]) {
    if (!Array.isArray(row) || row.length !== 3 || typeof row[0] !== 'string' || typeof row[1] !== 'number' || typeof row[2] !== 'string') return null;
    slots.push({ channel, date: row[0], epoch: row[1], start: row[2], zone, onBreak: false });
  }
  return { through: value.through, slots };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
