import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import '../../src/store/theme-lexicon.ts';

// Real prose: a brand whose two pillars are unrelated (home cooking and 《古文观止》), composed
// from dev-split texts of the corpus (tests/fixtures/theme-corpus-mixed-dev).
interface Text { title: string; text: string; source: string }
const raw = JSON.parse(readFileSync(new URL('../fixtures/theme-corpus-mixed-dev/brands/zh-mix-cooking-and-guwen.json', import.meta.url), 'utf8'));
const brand = BrandSchema.parse(raw.brand);
const published: Text[] = raw.published;
const onTheme: Text[] = raw.onTheme;
const offTheme: Text[] = raw.offTheme;
const score = (posts: Text[], d: Text) =>
  scoreTheme(buildThemeModel({ brand, evidence: posts.map((p) => ({ title: p.title, body: p.text })) }), { title: d.title, body: d.text });

describe('a brand whose pillars mix two unrelated topics', () => {
  const model = buildThemeModel({ brand, evidence: published.map((p) => ({ title: p.title, body: p.text })) });
  const results = onTheme.map((d) => ({ d, r: scoreTheme(model, { title: d.title, body: d.text }) }));

  it('leaves alone drafts about only its classical-prose pillar, though the brand centroid blends them with recipes', () => {
    const guwen = results.filter(({ d }) => d.source.startsWith('chinese-poetry'));
    expect(guwen.length).toBeGreaterThanOrEqual(8);
    expect(guwen.filter(({ r }) => !r.onTheme).length).toBeLessThanOrEqual(1);
  });

  it('leaves alone drafts about only its cooking pillar', () => {
    const cooking = results.filter(({ d }) => d.source.startsWith('HowToCook'));
    expect(cooking.filter(({ r }) => !r.onTheme).length).toBeLessThanOrEqual(1);
  });

  it('names the pillar each one-topic draft belongs to', () => {
    for (const { d, r } of results.filter(({ r }) => r.onTheme)) expect(r.pillar).toBe(d.source.startsWith('HowToCook') ? 'cooking' : 'guwen');
  });

  it('still flags the drafts about neither pillar (Linux manuals, music notation)', () => {
    const flagged = offTheme.filter((d) => !scoreTheme(model, { title: d.title, body: d.text }).onTheme).length;
    expect(flagged).toBe(offTheme.length);
  });

  it('does not read a pillar with a single post on the calibration made for the whole brand: an off-theme draft stays flagged at every stage', () => {
    for (const n of [2, 3, 4]) {
      const flagged = offTheme.filter((d) => !score(published.slice(0, n), d).onTheme).length;
      expect(flagged).toBeGreaterThanOrEqual(offTheme.length - 1);
    }
  });
});
