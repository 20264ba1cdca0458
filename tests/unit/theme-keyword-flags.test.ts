/**
 * A pillar keyword that can never match is said so (trial-real report, fault 5): "R" (the
 * language) is one letter, which the tokenizer drops, and "R Markdown" counts as "markdown"
 * alone. `check` warns on content/planner.json, naming the field and the keyword, in English
 * and Chinese, with a hint; a keyword that counts in part is an info.
 */
import { describe, expect, test } from 'vitest';
import { formatCheckText } from '../../src/cli/format-check.ts';
import { buildCheckReport } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { registerChineseData } from '../../src/store/theme-lexicon.ts';

registerChineseData();

const NOW = Date.parse('2026-12-03T00:00:00Z');
const plannerWith = (keywords: string[]) =>
  PlannerSchema.parse({
    version: 1,
    brand: { name: 'Ann', label: 'The statistician who teaches R', timezone: 'UTC', pillars: [{ id: 'r', name: 'R programming', keywords }] },
    channels: [],
    breaks: [],
  });
const keywordFlags = (keywords: string[], lang: 'en' | 'zh' = 'en') =>
  buildCheckReport({ planner: plannerWith(keywords), posts: [], now: NOW, lang }).flags.filter((f) => f.kind === 'keyword-not-counted');

describe('keywords that count for nothing', () => {
  test('warns that "R" will never count, naming the field and the keyword, with a hint', () => {
    const [flag, ...rest] = keywordFlags(['R', 'CRAN']);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ severity: 'warning', file: 'content/planner.json', field: 'brand.pillars[0].keywords[0]', keyword: 'R' });
    expect(flag!.message).toBe('brand.pillars[0].keywords[0]: "R" will never count towards the theme: "R" is one letter, too short to be read as a word');
    expect(flag!.hint).toContain('"R language"');
  });

  test('says it in Chinese too', () => {
    const [flag] = keywordFlags(['R'], 'zh');
    expect(flag!.message).toBe('brand.pillars[0].keywords[0]：“R”永远不会计入主题：“R”只有一个字母，太短，不算一个词');
    expect(flag!.hint).toMatch(/\p{Script=Han}/u);
  });

  test('warns on an everyday word, a number and "R 包", whose 包 alone is a piece', () => {
    const flags = keywordFlags(['people', '2024', 'R 包', '代码块', '茶', 'knitr']);
    expect(flags.map((f) => [f.field, f.severity])).toEqual([
      ['brand.pillars[0].keywords[0]', 'warning'],
      ['brand.pillars[0].keywords[1]', 'warning'],
      ['brand.pillars[0].keywords[2]', 'warning'],
    ]);
    expect(flags[0]!.message).toContain('"people" is an everyday word');
    expect(flags[2]!.message).toContain('包 alone is one character');
  });

  test('notes, as an info, that "R Markdown" counts only as "markdown"', () => {
    const [flag] = keywordFlags(['R Markdown']);
    expect(flag).toMatchObject({ severity: 'info', field: 'brand.pillars[0].keywords[0]' });
    expect(flag!.message).toBe('brand.pillars[0].keywords[0]: "R Markdown" counts only as "markdown": "R" is one letter, too short to be read as a word');
  });

  test('says nothing of a name written with digits (STM32, ES6, IPv6, "ESP32 开发"): it counts where a post writes it', () => {
    // It said: "STM32" will never count towards the theme: "STM32" has a digit (a real embedded wiki's brand).
    expect(keywordFlags(['STM32', 'ES6', 'IPv6', 'ESP32 开发', 'x86'])).toEqual([]);
    const [flag] = keywordFlags(['2024', 'Python 3']);
    expect(flag!.message).toContain('"2024" has a digit');
  });

  test('says nothing of a keyword that loses only function words or everyday words and still counts', () => {
    expect(keywordFlags(['Lord of the Rings', 'a cappella', 'home cooking', 'soy sauce', 'CRAN', '代码块', '茶'])).toEqual([]);
  });

  test('prints under content/planner.json in check\'s text', () => {
    const planner = plannerWith(['R']);
    const lines = formatCheckText(buildCheckReport({ planner, posts: [], now: NOW }), planner, false, 'en').split('\n');
    const at = lines.findIndex((l) => l.includes('keyword-not-counted'));
    expect(lines[at - 1]).toBe('content/planner.json');
    expect(lines[at]).toContain('warning');
    expect(lines[at + 1]).toContain('hint: ');
  });
});

describe('keyword reads kept between runs', () => {
  test('gives the same flags from kept reads as from reading each keyword, and reads none it was given', async () => {
    const { flagKeywords, readKeyword } = await import('../../src/core/theme/keyword-flags.ts');
    const planner = plannerWith(['R', 'R Markdown', 'CRAN', 'ES6']);
    const kept = new Map<string, ReturnType<typeof readKeyword>>();
    const reads = { get: (k: string) => kept.get(k), set: (k: string, r: ReturnType<typeof readKeyword>) => void kept.set(k, r) };
    const fresh = flagKeywords(planner, 'zh');
    expect(flagKeywords(planner, 'zh', reads)).toEqual(fresh);
    expect([...kept.keys()]).toEqual(['R', 'R Markdown', 'CRAN', 'ES6']);
    // What is kept is what is used: a read changed in the store changes the flag.
    kept.set('CRAN', { lost: [{ word: 'CRAN', reason: 'everyday' }], counts: '' });
    expect(flagKeywords(planner, 'en', reads).map((f) => f.keyword)).toContain('CRAN');
  });
});
