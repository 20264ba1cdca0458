import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { expandBrandCounts, thinPriorScale } from '../../src/core/theme/expand.ts';
import { buildThemeModel, scoreTheme, tokenize } from '../../src/core/theme/index.ts';
import { termsOfTokens } from '../../src/core/theme/post-terms.ts';
import '../../src/store/theme-lexicon.ts';

// Real prose from the eval corpus (dev part): HowToCook staple recipes (Unlicense) filed as
// off-theme drafts of the PCB brand, and that brand's own KiCad manual sections (CC BY 3.0+).
const pcb = JSON.parse(readFileSync(new URL('../fixtures/theme-corpus/brands/zh-pcb-design.json', import.meta.url), 'utf8'));
type Doc = { title: string; text: string; split: string; source: string };
const dev = (docs: Doc[]) => docs.filter((d) => d.split === 'dev');
const recipes = dev(pcb.offTheme).filter((d) => d.source.startsWith('HowToCook'));
const manual = dev(pcb.onTheme);

// A new user's first brand text: a name, a one-line label and two pillar names, nothing else.
const thinBrand = BrandSchema.parse({
  name: '小厨房', label: '家常菜和面点', language: 'zh', timezone: 'Asia/Shanghai',
  pillars: [{ id: 'home', name: '家常菜' }, { id: 'dough', name: '面点' }],
});

describe('day one with a thin Chinese brand text (a name, a label, pillar names)', () => {
  const model = buildThemeModel({ brand: thinBrand, evidence: [] });
  const score = (d: Doc) => scoreTheme(model, { title: d.title, body: d.text });

  it('leaves real noodle and flatbread recipes alone although none of them says 家常菜 or 面点', () => {
    expect(recipes.length).toBeGreaterThanOrEqual(4);
    for (const d of recipes) expect(score(d).onTheme, `${d.title}: ${score(d).score}`).toBe(true);
  });

  it('still flags real KiCad manual sections, each with a low-confidence flag', () => {
    expect(manual.length).toBeGreaterThanOrEqual(6);
    for (const d of manual) {
      const r = score(d);
      expect(r.onTheme, `${d.title}: ${r.score}`).toBe(false);
      expect(r.confidence).toBe('low');
    }
  });

  it('ranks every recipe above every manual section', () => {
    const lowestRecipe = Math.min(...recipes.map((d) => score(d).score));
    expect(Math.max(...manual.map((d) => score(d).score))).toBeLessThan(lowestRecipe);
  });
});

describe('day one with a thin English brand text and Chinese drafts', () => {
  const brand = BrandSchema.parse({
    name: 'Kitchen', label: 'Home cooking', timezone: 'UTC',
    pillars: [{ id: 'recipes', name: 'Recipes' }, { id: 'baking', name: 'Baking' }],
  });
  const model = buildThemeModel({ brand, evidence: [] });

  it('leaves most real Chinese recipes alone, flags every real Chinese KiCad manual section and ranks each recipe above each section', () => {
    const recipeScores = recipes.map((d) => scoreTheme(model, { title: d.title, body: d.text }));
    const manualScores = manual.map((d) => scoreTheme(model, { title: d.title, body: d.text }));
    expect(recipeScores.filter((r) => r.onTheme).length).toBeGreaterThanOrEqual(Math.ceil(recipes.length / 2));
    for (const r of manualScores) expect(r.onTheme).toBe(false);
    expect(Math.max(...manualScores.map((r) => r.score))).toBeLessThan(Math.min(...recipeScores.map((r) => r.score)));
  });
});

describe('widening a brand text through the bridge', () => {
  it('widens a thin text (面点 reaches 点心 and 糕点) and asks a lower typical point of it', () => {
    const terms = termsOfTokens(tokenize('家常菜和面点'));
    const widened = expandBrandCounts(terms);
    expect(widened.get('点心') ?? 0).toBeGreaterThan(0);
    expect(widened.get('糕点') ?? 0).toBeGreaterThan(0);
    expect(thinPriorScale(terms)).toBeLessThan(1);
  });

  it('leaves a brand text that says enough as written (the PCB brand of the corpus)', () => {
    const b = pcb.brand;
    const text = [b.label, b.audience, ...b.strengths, ...b.pillars.flatMap((p: { name: string; description: string; keywords: string[] }) => [p.name, p.description, ...p.keywords])].join('\n');
    const terms = termsOfTokens(tokenize(text));
    expect(expandBrandCounts(terms)).toBe(terms.counts);
    expect(thinPriorScale(terms)).toBe(1);
  });
});
