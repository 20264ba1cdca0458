/**
 * A brand keyword the tokenizer cuts (代码块 as 代码 + 块; "R 包" as 包, R being no word) counts
 * as a phrase, never as its lone Han characters: 块 of 种块菜园子 and 包 of 存包 are other words
 * (trial-real report, fault 4). A keyword that is one character (茶) is the author's own choice
 * and counts, and is shown, as itself.
 */
import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import { registerChineseData } from '../../src/store/theme-lexicon.ts';

registerChineseData();

const brandOf = (keywords: string[]) =>
  BrandSchema.parse({
    name: '小王', strengths: ['R 语言'], label: '写动态文档的 R 开发者', audience: '数据分析者', timezone: 'Asia/Shanghai',
    pillars: [{ id: 'docs', name: '动态文档', description: '用 knitr 写动态文档', keywords }],
  });

describe('lone Han characters of a cut keyword', () => {
  const model = buildThemeModel({ brand: brandOf(['代码块', 'R 包', '小组件']), evidence: [] });

  it('flags a draft on a vegetable garden that writes 块 and 包, and shows neither as evidence', () => {
    const result = scoreTheme(model, { body: '回老家种块菜园子，晚上吃手撕包菜，再存包去镇上逛逛。' });
    expect(result.onTheme).toBe(false);
    expect(result.terms).not.toContain('包');
    expect(result.terms).not.toContain('块');
  });

  it('gives a draft no score for 包 alone, the only piece "R 包" leaves', () => {
    const result = scoreTheme(model, { body: '再存包去镇上逛逛。' });
    expect(result.score).toBe(0);
    expect(result.terms).toEqual([]);
  });

  it('still matches the cut keywords as phrases', () => {
    const code = scoreTheme(model, { body: '今天写了一个代码块，又用 Vue 写了一个小组件。' });
    expect(code.onTheme).toBe(true);
    expect(code.terms).toEqual(expect.arrayContaining(['代码块', '小组件']));
    for (const piece of ['块', '件', '包']) expect(code.terms).not.toContain(piece);
  });

  it('counts and shows a keyword that is one character, as the author chose it', () => {
    const tea = buildThemeModel({ brand: brandOf(['茶']), evidence: [] });
    const result = scoreTheme(tea, { body: '周末去山里喝茶，泡了一壶茶。' });
    expect(result.score).toBeGreaterThan(0);
    expect(result.terms).toContain('茶');
  });

  it('never shows 块 as evidence, even where its gloss ("chunk") meets the brand\'s English posts', () => {
    const posts = [
      'A code chunk in knitr runs R code; chunk options such as echo and eval decide what a chunk shows in the document.',
      'Name every chunk: a named chunk is easier to cache, and chunk labels make the chunk output files readable.',
    ].map((body) => ({ body }));
    const withPosts = buildThemeModel({ brand: brandOf(['代码块', 'R 包', '小组件']), evidence: posts });
    const result = scoreTheme(withPosts, { body: '回老家种块菜园子，晚上吃手撕包菜，再存包去镇上逛逛。' });
    expect(result.terms.filter((t) => /^[块包件]( |$)/u.test(t))).toEqual([]);
  });
});
