/**
 * The general-language bags of calibrate.ts kept between processes (BagStore, held by the results
 * cache): a process that takes them from the store instead of drawing them calibrates, and so
 * scores, exactly as one that draws them. Each process is a fresh set of modules (term ids and
 * the in-process memo of the bags are module state).
 */
import { describe, expect, it, vi } from 'vitest';
import type { BagStore, KeptBag } from '../../src/core/theme/calibrate.ts';
import { loadCorpus } from '../eval/theme-eval.ts';

const corpus = loadCorpus();

async function scoreInFreshModules(id: string, store: BagStore) {
  vi.resetModules();
  await import('../../src/store/theme-lexicon.ts');
  const { buildThemeModel } = await import('../../src/core/theme/model.ts');
  const { scoreTheme } = await import('../../src/core/theme/index.ts');
  const c = corpus.find((b) => b.id === id)!;
  const evidence = c.published.slice(0, 6).map((d) => ({ title: d.title, body: d.text }));
  const calibrations = { keys: { full: 'full', stages: Array.from({ length: 40 }, (_, i) => `stage ${i}`) }, get: () => undefined, set() {}, bags: store };
  const model = buildThemeModel({ brand: c.brand, evidence, calibrations });
  return [...c.onTheme, ...c.offTheme].filter((d) => d.split === 'dev').map((d) => scoreTheme(model, { title: d.title, body: d.text }));
}

describe('general-language bags kept between processes', () => {
  for (const id of ['zh-home-cooking', 'en-python-teacher', 'en-brand-zh-linux'])
    it(`calibrate and score as when drawn: ${id}`, async () => {
      const kept = new Map<string, readonly KeptBag[]>();
      let sets = 0;
      const store: BagStore = { get: (key) => kept.get(key), set: (key, bags) => void (sets++, kept.set(key, bags)) };
      const drawn = await scoreInFreshModules(id, store);
      expect(sets).toBeGreaterThan(0);
      // Through the bytes of a cache file, as the results cache keeps them.
      const { deserialize, serialize } = await import('node:v8');
      const copy = deserialize(serialize(kept)) as Map<string, readonly KeptBag[]>;
      let asked = 0;
      const again = await scoreInFreshModules(id, { get: (key) => (asked++, copy.get(key)), set: () => void sets++ });
      expect(again).toEqual(drawn);
      expect(asked).toBeGreaterThan(0);
      // None drawn again.
      expect(sets).toBe(kept.size);
    }, 60_000);
});
