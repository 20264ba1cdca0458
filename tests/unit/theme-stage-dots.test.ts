import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { buildThemeModel } from '../../src/core/theme/index.ts';
import { vectorOf } from '../../src/core/theme/model.ts';
import { readPostTerms } from '../../src/core/theme/post-terms.ts';
import { stageColumns, stageMaxima } from '../../src/core/theme/stage-dots.ts';
import '../../src/store/theme-lexicon.ts';
import { dot, supportOf, within } from '../../src/core/theme/vector.ts';

const brand = BrandSchema.parse({
  name: 'Ada', label: 'Backyard astronomer', audience: 'People with a first telescope',
  strengths: ['observing'], timezone: 'Europe/London',
  pillars: [
    { id: 'sky', name: 'Night sky', description: 'What to see tonight', keywords: ['planet', 'moon', 'nebula'] },
    { id: 'gear', name: 'Telescopes', description: 'Choosing and using a telescope', keywords: ['eyepiece', 'mount', 'aperture'] },
  ],
});
const posts = [
  'Jupiter rises after dusk this month: its four bright moons line up beside the planet in any small telescope.',
  'A Dobsonian mount is the easiest first telescope: large aperture for the money and no setup before a night out.',
  'The Orion nebula is the finest nebula of winter, a glowing cloud below the belt that binoculars already show.',
  'Which eyepiece first? A 25 mm eyepiece gives a wide field; keep high power for steady nights and the moon.',
  'Saturn at opposition: the rings tilt wide open and the planet shines all night in the south.',
  'Collimating a reflector telescope takes five minutes with a cap and a steady hand, and sharpens every star.',
].map((body, i) => ({ body, pillar: i % 2 ? 'gear' : 'sky' }));

describe('the growth stages’ dot products taken all at once', () => {
  it('equal, bit for bit, the best of each stage’s centroid and pillar dot products taken one by one', () => {
    const model = buildThemeModel({ brand, evidence: posts });
    expect(model.stages.length).toBeGreaterThan(2);
    const mask = supportOf([model.centroid, ...model.pillars.map((p) => p.centroid)], model);
    for (const text of ['Tonight the moon passes the planet Mars; any telescope shows both.', 'The city council voted on the new budget for roads and schools.']) {
      const v = vectorOf(readPostTerms({ body: text }), model.phrases);
      const maxima = stageMaxima(model, mask, within(v, mask));
      const oneByOne = model.stages.map((get) => {
        const stage = get();
        return Math.max(dot(v, stage.centroid), ...stage.pillars.map((c) => dot(v, c)));
      });
      // Day one's text is widened past the model's terms (a thin brand): that stage is taken one by one.
      expect(maxima![0]).toBeNaN();
      expect(Array.from(maxima!).slice(1)).toEqual(oneByOne.slice(1));
    }
  });

  it('stay bit-identical when stages share a column (posts filed under no pillar leave every pillar at its text)', () => {
    const model = buildThemeModel({ brand, evidence: posts.map(({ body }) => ({ body })) });
    const mask = supportOf([model.centroid, ...model.pillars.map((p) => p.centroid)], model);
    for (const text of ['A Dobsonian telescope shows the Orion nebula from a dark site.', 'Bake the bread for forty minutes.']) {
      const v = vectorOf(readPostTerms({ body: text }), model.phrases);
      const oneByOne = model.stages.map((get) => {
        const stage = get();
        return Math.max(dot(v, stage.centroid), ...stage.pillars.map((c) => dot(v, c)));
      });
      expect(Array.from(stageMaxima(model, mask, within(v, mask))!).slice(1)).toEqual(oneByOne.slice(1));
    }
  });

  it('are taken at once for the stages with posts when day one’s text is widened past the model’s terms (a thin brand)', () => {
    // A brand text of a few words is widened through the bridge on day one (expand.ts): that
    // stage holds terms no centroid with posts does, and is taken one by one; the rest at once.
    const thin = BrandSchema.parse({ ...brand, label: 'Astronomer', audience: 'Stargazers', strengths: [], pillars: [{ id: 'sky', name: 'Night sky', description: '', keywords: ['planet'] }, { id: 'gear', name: 'Telescopes', description: '', keywords: [] }] });
    const model = buildThemeModel({ brand: thin, evidence: posts });
    const mask = supportOf([model.centroid, ...model.pillars.map((p) => p.centroid)], model);
    const v = vectorOf(readPostTerms({ body: 'Tonight the moon passes the planet Mars; any telescope shows both.' }), model.phrases);
    const columns = stageColumns(model, mask, within(v, mask));
    expect(columns).not.toBeNull();
    expect(columns![0]).toBeNull();
    expect(columns!.slice(1).every((c) => c !== null)).toBe(true);
    model.stages.forEach((get, i) => {
      if (i === 0) return;
      const stage = get();
      expect(Array.from(columns![i]!)).toEqual([stage.centroid, ...stage.pillars].map((c) => dot(v, c)));
    });
  });
});
