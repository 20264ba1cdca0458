/**
 * Keys of planner.json that Throughline does not read (a typo, a key of a newer version, the
 * user's own) are warned of, never dropped: a save through the store, the studio's brand page,
 * its channel form and its plan page writes each back as it was, at its place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findUnknownKeys } from '../../src/core/unknown-keys.ts';
import { PLANNER_EXTRA_KEYS, PLANNER_KEYS } from '../../src/core/schema/planner-keys.ts';
import { readPlanner, updatePlanner } from '../../src/store/planner-store.ts';
import { brandToValues, saveBrand } from '../../src/studio/brand/brand-form.ts';
import { DEFAULT_CHOICE } from '../../src/studio/channels/cadence-compose.ts';
import { applyChannelForm, formForChannel } from '../../src/studio/channels/channel-form.ts';
import { addBreak } from '../../src/studio/plan/breaks.ts';
import { savePlannerChange } from '../../src/studio/shared/plan-store.ts';
import { tempRoot } from './helpers.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const TODAY = '2026-11-23';

/** A copy of the sample whose planner holds an unknown key at every kind of place; returns the root and those keys with their values. */
function withUnknownKeys(): { root: string; file: string; unknown: Record<string, unknown> } {
  const t = tempRoot();
  cleanups.push(t.cleanup);
  const file = join(t.root, 'content/planner.json');
  const p = JSON.parse(readFileSync(file, 'utf8'));
  p.notes = { mine: [1, 2] };
  p.brand.pilars = ['recipes'];
  p.brand.pillars[1].keywrods = ['light'];
  p.channels[1].timezon = 'Asia/Tokyo';
  p.channels[0].reminder = { minutesBefore: 60, snooze: 5 };
  p.channels[0].history = [{ cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-08-03', time: '08:00', note: 'summer' }];
  p.breaks[0].remark = 'family';
  p.theme = { threshold: 0.4, acceptedOnTheme: [], treshold: 0.5 };
  p.portfolio = { showConsistancy: true, feedAliases: [{ path: '/index.xml', format: 'rss', since: 2019 }] };
  writeFileSync(file, `${JSON.stringify(p, null, 2)}\n`);
  return { root: t.root, file, unknown: unknownOf(p) };
}

/** Path -> value of every key of `planner` that the schema does not read. */
function unknownOf(planner: Record<string, unknown>): Record<string, unknown> {
  const at = (path: string) => path.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<any>((v, k) => v[k], planner);
  return Object.fromEntries(findUnknownKeys(planner, PLANNER_KEYS, PLANNER_EXTRA_KEYS).map(({ path }) => [path, at(path)]));
}

const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('a save of planner.json', () => {
  test('through the store keeps every key the schema does not read, at its place, its line as written', async () => {
    const { root, file, unknown } = withUnknownKeys();
    expect(Object.keys(unknown)).toHaveLength(10);
    await updatePlanner(root, (p) => {
      p.brand.strengths.push('plating');
    });
    const text = readFileSync(file, 'utf8');
    expect(onDisk(file).brand).toMatchObject({ strengths: ['cooking', 'food photography', 'plating'] });
    expect(unknownOf(onDisk(file))).toEqual(unknown);
    expect(text).toContain('\n      "timezon": "Asia/Tokyo"\n');
  });

  test("through the studio's brand page keeps them (the sample marker goes, as a brand of one's own)", async () => {
    const { root, file, unknown } = withUnknownKeys();
    const planner = await readPlanner(root);
    const values = brandToValues(planner.brand, planner.portfolio);
    const result = await saveBrand(root, { ...values, audience: 'Busy cooks' });
    expect(result.errors).toBeNull();
    expect(onDisk(file).brand).toMatchObject({ audience: 'Busy cooks' });
    expect(unknownOf(onDisk(file))).toEqual(unknown);
  });

  test("through the studio's channel form, a new time and reminder included, keeps them", async () => {
    const { root, file, unknown } = withUnknownKeys();
    const planner = await readPlanner(root);
    const form = { ...formForChannel(planner.channels[0], DEFAULT_CHOICE, TODAY), choice: DEFAULT_CHOICE, time: '10:00', reminder: 30 };
    expect(await savePlannerChange((p) => applyChannelForm(p, form, TODAY), root)).toEqual({});
    const saved = onDisk(file) as { channels: { time: string; reminder: unknown; history: unknown[] }[] };
    expect(saved.channels[0]).toMatchObject({ time: '10:00', reminder: { minutesBefore: 30, snooze: 5 } });
    expect(saved.channels[0]!.history).toHaveLength(2);
    expect(unknownOf(saved)).toEqual(unknown);
  });

  test("through the studio's plan page (a new break) keeps them", async () => {
    const { root, file, unknown } = withUnknownKeys();
    expect(await savePlannerChange((p) => addBreak(p, { from: '2026-12-24', to: '2026-12-26', channels: [], reason: 'Christmas' }), root)).toEqual({});
    expect((onDisk(file).breaks as unknown[]).length).toBe(2);
    expect(unknownOf(onDisk(file))).toEqual(unknown);
  });
});
