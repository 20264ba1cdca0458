/**
 * The slot cache (src/store/slot-cache.ts) never shortens an entry: a period set with a shorter
 * horizon after a longer one keeps the longer, in the run and in the saved file, so the order in
 * which check's parts ask for slots does not decide what the next run finds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/schema/planner.ts';
import { expandChannelSlots, type PeriodSlotCache } from '../../src/core/slots.ts';
import { openSlotCache } from '../../src/store/slot-cache.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const channel: Channel = { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06', time: '09:00' };
const zone = 'Europe/London';
const SHORT = Date.parse('2026-11-20T00:00:00Z');
const LONG = Date.parse('2027-11-20T00:00:00Z');

describe('slot cache horizon', () => {
  it('keeps the longer horizon when a shorter one is set for the same period, in the run and in the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-slot-horizon-'));
    dirs.push(dir);
    const store = openSlotCache('/project', dir, 'code-1');
    const keys: string[] = [];
    const cache: PeriodSlotCache = { get: store.get, set: (k, v) => (keys.push(k), store.set(k, v)) };
    const long = expandChannelSlots(channel, { zone, from: Number.NEGATIVE_INFINITY, to: LONG, breaks: [], cache });
    expect(keys).toHaveLength(1);
    const key = keys[0]!;
    const longEntry = store.get(key)!;
    expect(longEntry.through).toBeGreaterThanOrEqual(LONG);

    // A shorter expansion of the same period set afterwards (as the channels' figures would).
    store.set(key, { through: SHORT, slots: longEntry.slots.filter((s) => s.epoch < SHORT) });
    expect(store.get(key)!.through).toBe(longEntry.through);
    // The long horizon is still served without expanding again.
    expect(expandChannelSlots(channel, { zone, from: Number.NEGATIVE_INFINITY, to: LONG, breaks: [], cache })).toEqual(long);
    expect(keys).toHaveLength(1);

    store.save();
    const next = openSlotCache('/project', dir, 'code-1');
    expect(next.get(key)!.through).toBe(longEntry.through);
    expect(next.get(key)!.slots).toHaveLength(longEntry.slots.length);
  });

  it('takes a longer horizon set after a shorter one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-slot-horizon-'));
    dirs.push(dir);
    const store = openSlotCache('/project', dir, 'code-1');
    store.set('k', { through: SHORT, slots: [] });
    store.set('k', { through: LONG, slots: [] });
    expect(store.get('k')!.through).toBe(LONG);
  });
});
