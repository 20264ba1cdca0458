import { describe, expect, it } from 'vitest';
import { combine, coveredBy, dot, supportOf, toVector, within } from '../../src/core/theme/vector.ts';

const counts = (words: string) => new Map(words.split(' ').map((w, i) => [w, i + 1] as [string, number]));

describe('theme vectors restricted to a model’s terms', () => {
  const brand = toVector(counts('sourdough starter flour hydration crumb'));
  const pillar = toVector(counts('flour oven crust'));
  const centroid = combine([[brand, 1]]);
  const pillarCentroid = combine([[pillar, 1]]);
  const draft = toVector(counts('starter taxes flour election crust weather crumb'));

  it('keeps only the draft terms some centroid holds, in the draft’s order', () => {
    const mask = supportOf([centroid, pillarCentroid], {});
    const u = within(draft, mask);
    expect(u.size).toBeLessThan(draft.size);
    expect(Array.from(u.ids)).toEqual(Array.from(draft.ids).filter((id) => centroid[id] > 0 || pillarCentroid[id] > 0));
  });

  it('gives bit-identical dot products with every centroid inside the mask', () => {
    const mask = supportOf([centroid, pillarCentroid], {});
    const u = within(draft, mask);
    expect(dot(u, centroid)).toBe(dot(draft, centroid));
    expect(dot(u, pillarCentroid)).toBe(dot(draft, pillarCentroid));
    expect(dot(u, centroid)).toBeGreaterThan(0);
  });

  it('reports a vector holding a term outside the mask as not covered, so scoring falls back to the whole draft', () => {
    const mask = supportOf([pillarCentroid], {});
    expect(coveredBy([pillarCentroid], mask, {})).toBe(true);
    expect(coveredBy([centroid], mask, {})).toBe(false);
  });
});
