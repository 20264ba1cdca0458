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

// Real prose again (en-mix-databases-and-bible): the Bible pillar's text names the Gospels,
// Moses, Israel and faith, and two of its three published chapters (Genesis 1 and 12) share
// none of those words, so the text alone gave them no pillar.
describe('a pillar whose posts share no word with its name and keywords', () => {
  const raw2 = JSON.parse(readFileSync(new URL('../fixtures/theme-corpus-mixed-dev/brands/en-mix-databases-and-bible.json', import.meta.url), 'utf8'));
  const brand2 = BrandSchema.parse(raw2.brand);
  const evidence = (raw2.published as Text[]).map((p) => ({ title: p.title, body: p.text }));
  const model = buildThemeModel({ brand: brand2, evidence });
  const bibleDrafts = (raw2.onTheme as Text[]).filter((d) => d.source.startsWith('bible-kjv-text'));

  it('counts them for the pillar their sibling posts belong to, so the pillar is calibrated on its own posts', () => {
    expect(model.pillars.find((p) => p.id === 'bible')?.calibration).not.toBeNull();
  });

  it('leaves alone on-theme chapters of the pillar and names it', () => {
    expect(bibleDrafts.length).toBeGreaterThanOrEqual(8);
    const results = bibleDrafts.map((d) => scoreTheme(model, { title: d.title, body: d.text }));
    expect(results.filter((r) => !r.onTheme).length).toBeLessThanOrEqual(2);
    for (const r of results.filter((r) => r.onTheme)) expect(r.pillar).toBe('bible');
  });

  it('keeps a declared pillar, even where the post reads nearer another one', () => {
    const declared = buildThemeModel({ brand: brand2, evidence: evidence.map((e, i) => ({ ...e, pillar: i === 1 || i === 3 ? 'databases' : undefined })) });
    // Genesis 1 and 12 declared as databases: only Genesis 37 (whose text names Israel) is the Bible's.
    expect(declared.pillars.find((p) => p.id === 'bible')?.calibration).toBeNull();
  });
});
