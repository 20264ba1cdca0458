import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  KIND_LANGUAGES,
  LENGTH_LIMITS,
  MIN_COUNTS,
  loadCorpus,
  loadSources,
  parseCorpusBrand,
  textLength,
} from '../fixtures/theme-corpus/load.ts';

const corpus = loadCorpus();
const sources = loadSources();
const readme = readFileSync(new URL('../fixtures/theme-corpus/README.md', import.meta.url), 'utf8');
const normal = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe('theme corpus', () => {
  it('has at least 6 English brands (2 with mixed pillars), 3 Chinese and 3 bilingual ones of both directions', () => {
    const kinds = corpus.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'en').length).toBeGreaterThanOrEqual(6);
    expect(corpus.filter((b) => b.kind === 'en' && b.mixedPillars).length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((k) => k === 'zh').length).toBeGreaterThanOrEqual(3);
    expect(kinds).toContain('en-brand-zh-posts');
    expect(kinds).toContain('zh-brand-en-posts');
    expect(kinds.filter((k) => k.includes('-brand-')).length).toBeGreaterThanOrEqual(3);
  });

  describe.each(corpus.map((b) => [b.id, b] as const))('brand %s', (_id, brand) => {
    const lang = KIND_LANGUAGES[brand.kind].posts;
    const drafts = [...brand.onTheme, ...brand.offTheme];

    it('has enough published posts and about twice as many off-theme as on-theme drafts', () => {
      expect(brand.published.length).toBeGreaterThanOrEqual(MIN_COUNTS.published);
      expect(brand.onTheme.length).toBeGreaterThanOrEqual(MIN_COUNTS.onTheme);
      expect(brand.offTheme.length).toBeGreaterThanOrEqual(MIN_COUNTS.offTheme);
      expect(brand.offTheme.length).toBeGreaterThanOrEqual(1.8 * brand.onTheme.length);
    });

    it('keeps every text within the length bounds of its language', () => {
      const [pMin, pMax] = LENGTH_LIMITS[lang].published;
      const [dMin, dMax] = LENGTH_LIMITS[lang].draft;
      for (const t of brand.published) expect(textLength(t.text, lang), t.id).toBeGreaterThanOrEqual(pMin);
      for (const t of brand.published) expect(textLength(t.text, lang), t.id).toBeLessThanOrEqual(pMax);
      for (const t of drafts) expect(textLength(t.text, lang), t.id).toBeGreaterThanOrEqual(dMin);
      for (const t of drafts) expect(textLength(t.text, lang), t.id).toBeLessThanOrEqual(dMax);
    });

    it('writes its posts in the language its kind names and its brand text in the other when bilingual', () => {
      const han = (s: string) => textLength(s, 'zh') / Math.max(1, s.replace(/\s+/gu, '').length);
      for (const t of [...brand.published, ...drafts]) expect(han(t.text) > 0.3, t.id).toBe(lang === 'zh');
      expect(han(`${brand.brand.label} ${brand.brand.audience}`) > 0.3).toBe(KIND_LANGUAGES[brand.kind].brand === 'zh');
    });

    it('lists the source of every text in sources.json and the README table, with a licence', () => {
      for (const t of [...brand.published, ...drafts]) {
        expect(sources[t.source], `${t.id} ${t.source}`).toBeDefined();
        expect(readme, t.source).toContain(`| \`${t.source.replace(/\|/gu, '\\|')}\` |`);
        expect(t.licence.length).toBeGreaterThan(0);
      }
    });

    it('never labels the same text both on theme and off theme', () => {
      const on = new Set(brand.onTheme.map((t) => normal(t.text)));
      expect(brand.offTheme.filter((t) => on.has(normal(t.text))).map((t) => t.id)).toEqual([]);
    });

    it('never repeats a document id or a text', () => {
      const all = [...brand.published, ...drafts];
      expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
      expect(new Set(all.map((t) => normal(t.text))).size).toBe(all.length);
    });

    it('puts about half of its on-theme and half of its off-theme drafts in each split', () => {
      for (const part of [brand.onTheme, brand.offTheme]) {
        const dev = part.filter((t) => t.split === 'dev').length;
        expect(Math.abs(2 * dev - part.length)).toBeLessThanOrEqual(1);
      }
    });

    it('has between 2 and 5 pillars, each with keywords including a multi-word phrase somewhere', () => {
      expect(brand.brand.pillars.length).toBeGreaterThanOrEqual(2);
      expect(brand.brand.pillars.length).toBeLessThanOrEqual(5);
      const keywords = brand.brand.pillars.flatMap((p) => p.keywords);
      expect(brand.brand.pillars.every((p) => p.keywords.length > 0)).toBe(true);
      if (brand.brand.language === 'en') expect(keywords.some((k) => /\s/u.test(k))).toBe(true);
    });
  });

  describe('validation', () => {
    const good = () => structuredClone(corpus[0]!) as unknown as Record<string, unknown[]>;

    it('names the file and the field when a draft is too short', () => {
      const raw = good();
      (raw.onTheme[2] as { text: string }).text = 'Too short to be a draft.';
      expect(() => parseCorpusBrand(raw, `brands/${corpus[0]!.id}.json`, sources)).toThrow(
        new RegExp(`brands/${corpus[0]!.id}\\.json: onTheme\\.2\\.text: d3 is \\d+ (words|Han characters) long`, 'u'),
      );
    });

    it('names the field when a draft has no split', () => {
      const raw = good();
      delete (raw.offTheme[0] as { split?: string }).split;
      expect(() => parseCorpusBrand(raw, `brands/${corpus[0]!.id}.json`, sources)).toThrow(/offTheme\.0\.split/u);
    });

    it('rejects a source that sources.json does not list', () => {
      const raw = good();
      (raw.published[0] as { source: string }).source = 'nowhere/unknown';
      expect(() => parseCorpusBrand(raw, `brands/${corpus[0]!.id}.json`, sources)).toThrow(/published\.0\.source: "nowhere\/unknown" is not listed/u);
    });

    it('counts English words and Han characters, not bytes', () => {
      expect(textLength('Soy sauce, 2 tbsp — then stir.', 'en')).toBe(5);
      expect(textLength('生抽 2 勺，然后翻炒。Stir.', 'zh')).toBe(7);
    });
  });
});
