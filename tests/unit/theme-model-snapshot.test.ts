/**
 * A theme model kept between runs (model.ts snapshotModel / restoreModel): restored for the same
 * inputs, it scores every draft exactly as the model built from the posts, on real brands of the
 * corpus (English, Chinese, bilingual, mixed pillars, day one), reading no post until a draft
 * needs what the snapshot does not hold (the growth stages, a calibration not kept).
 */
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { Calibration } from '../../src/core/theme/calibrate.ts';
import { buildThemeModel, restoreModel, snapshotModel, withKeptStages, type CalibrationCache, type ModelSnapshot, type ThemeModel } from '../../src/core/theme/model.ts';
import { scoreTheme } from '../../src/core/theme/index.ts';
import '../../src/store/theme-lexicon.ts';
import { loadCorpus } from '../eval/theme-eval.ts';

const corpus = loadCorpus();
const BRANDS = ['en-python-teacher', 'en-mixed-faith-and-code', 'zh-home-cooking', 'en-brand-zh-linux', 'zh-brand-en-finance'];

function calibrationCache(): CalibrationCache & { map: Map<string, Calibration> } {
  const map = new Map<string, Calibration>();
  return { map, keys: { full: 'full', stages: Array.from({ length: 40 }, (_, i) => `stage ${i}`) }, get: (k) => map.get(k), set: (k, c) => void map.set(k, c) };
}

describe('a theme model restored from its snapshot', () => {
  for (const id of BRANDS)
    for (const published of [0, 6])
      it(`scores every dev draft as the built model: ${id}, ${published} posts`, () => {
        const c = corpus.find((b) => b.id === id)!;
        const evidence = c.published.slice(0, published).map((d) => ({ title: d.title, body: d.text }));
        const drafts = [...c.onTheme, ...c.offTheme].filter((d) => d.split === 'dev');
        const kept = calibrationCache();
        const built = buildThemeModel({ brand: c.brand, evidence, calibrations: kept });
        // Through the bytes a cache file holds: taken before any draft asked for a growth stage...
        const early = deserialize(serialize(snapshotModel(built)));
        // ...and after every draft was scored once (its calibrations and stages are then kept).
        const expected = drafts.map((d) => scoreTheme(built, { title: d.title, body: d.text }));
        const late = deserialize(serialize(snapshotModel(built)));
        const needStages = expected.some((r) => (r.score < built.threshold || r.held) && built.stages.length > 0);
        // Day one is built with the model when a pillar has no posts of its own (it reads that pillar for every draft).
        const dayOne = published > 0 && built.pillars.some((p) => !p.calibration);
        expect(early.stages.some(Boolean)).toBe(dayOne);
        expect(late.stages.some(Boolean)).toBe(needStages || dayOne);
        let rebuilt = 0;
        const rebuild = (): ThemeModel => (rebuilt++, buildThemeModel({ brand: c.brand, evidence, calibrations: kept }));
        const restored = restoreModel(early, { brand: c.brand, calibrations: kept, rebuild });
        const above = drafts.filter((_, i) => expected[i]!.score >= built.threshold && !expected[i]!.held);
        // Drafts at or over the threshold (not held there by a growth stage) need nothing but the snapshot and the kept calibrations.
        for (const d of above) scoreTheme(restored, { title: d.title, body: d.text });
        expect(rebuilt).toBe(0);
        expect(drafts.map((d) => scoreTheme(restored, { title: d.title, body: d.text }))).toEqual(expected);
        expect(rebuilt).toBe(needStages && !early.stages.every(Boolean) ? 1 : 0);
        // With the stages kept, nothing is rebuilt.
        rebuilt = 0;
        const again = restoreModel(late, { brand: c.brand, calibrations: kept, rebuild });
        expect(drafts.map((d) => scoreTheme(again, { title: d.title, body: d.text }))).toEqual(expected);
        expect(rebuilt).toBe(0);
        // And its own snapshot keeps them.
        expect(snapshotModel(again)).toEqual(late);
      });

  it('asks the rebuilt model for a calibration it does not keep, and scores as the built model', () => {
    const c = corpus.find((b) => b.id === 'en-brand-zh-linux')!;
    const evidence = c.published.slice(0, 6).map((d) => ({ title: d.title, body: d.text }));
    const built = buildThemeModel({ brand: c.brand, evidence, calibrations: calibrationCache() });
    const drafts = c.onTheme.filter((d) => d.split === 'dev');
    const expected = drafts.map((d) => scoreTheme(built, { title: d.title, body: d.text }));
    let rebuilt = 0;
    const empty = calibrationCache();
    const restored = restoreModel(snapshotModel(built), { brand: c.brand, calibrations: empty, rebuild: () => (rebuilt++, buildThemeModel({ brand: c.brand, evidence, calibrations: empty })) });
    expect(drafts.map((d) => scoreTheme(restored, { title: d.title, body: d.text }))).toEqual(expected);
    expect(rebuilt).toBe(1);
  });
});

describe('withKeptStages', () => {
  it('takes the growth stages a snapshot lacks from an earlier one with the same stage inputs, and scores as the built model', () => {
    const c = corpus.find((b) => b.id === 'zh-home-cooking')!;
    const evidence = c.published.slice(0, 6).map((d) => ({ title: d.title, body: d.text }));
    const drafts = [...c.onTheme, ...c.offTheme].filter((d) => d.split === 'dev');
    const kept = calibrationCache();
    const built = buildThemeModel({ brand: c.brand, evidence, calibrations: kept });
    const early = snapshotModel(built);
    const expected = drafts.map((d) => scoreTheme(built, { title: d.title, body: d.text }));
    const late = deserialize(serialize(snapshotModel(built))) as ModelSnapshot;
    expect(late.stages.filter(Boolean).length).toBeGreaterThan(early.stages.filter(Boolean).length);
    const keys = late.stages.map((_, i) => `stage ${i}`);
    const merged = withKeptStages(early, keys, late, keys);
    expect(merged.stages.every((s, i) => (s === null) === (late.stages[i] === null))).toBe(true);
    let rebuilt = 0;
    const restored = restoreModel(merged, { brand: c.brand, calibrations: kept, rebuild: () => (rebuilt++, buildThemeModel({ brand: c.brand, evidence, calibrations: kept })) });
    expect(drafts.map((d) => scoreTheme(restored, { title: d.title, body: d.text }))).toEqual(expected);
    expect(rebuilt).toBe(0);
    // A stage of other inputs is never taken.
    const other = withKeptStages(early, keys, late, keys.map((k) => `${k} of another brand`));
    expect(other.stages).toEqual(early.stages);
  });
});
