import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { chineseLexicon, compileChinese, lexiconOf, parseChinese, provideChineseData, sampleWeighted } from '../../src/core/theme/chinese.ts';
import { buildThemeModel, scoreTheme, tokenize } from '../../src/core/theme/index.ts';
import { matchPhrases, readPhrases } from '../../src/core/theme/phrases.ts';
import { keptWithJoins, readPostTerms, sliceJoins } from '../../src/core/theme/post-terms.ts';
import { registerChineseData } from '../../src/store/theme-lexicon.ts';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('Chinese segmentation with the jieba dictionary', () => {
  it('keeps dictionary words such as 菜谱, 生抽, 老抽 and 菜市场 whole', () => {
    const words = terms('周末去菜市场买了生抽和老抽，照着外婆的菜谱做红烧肉。');
    expect(words).toEqual(expect.arrayContaining(['菜市场', '生抽', '老抽', '菜谱', '红烧肉']));
    expect(words).not.toContain('菜市');
    expect(words).not.toContain('抽');
  });

  it('never makes fragments such as 好的, 中的 or 里加 out of a particle and its neighbours', () => {
    const words = terms('这个菜谱中的做法很好的，猪肉馅里加一点姜水和生抽。');
    for (const fragment of ['好的', '中的', '里加', '谱中']) expect(words).not.toContain(fragment);
    expect(words).toContain('猪肉');
  });

  it('drops Chinese function words and fillers that stopwords-iso lacks', () => {
    const words = terms('好的，我们今天就是想做一个不会失败的饺子');
    for (const stop of ['好的', '我们', '今天', '就是', '一个', '不会']) expect(words).not.toContain(stop);
    expect(words).toContain('饺子');
  });

  it('reads a title in 《》 as one name, never as prose words with other senses', () => {
    // Cut as prose, 《实用程序育儿法》 (The Baby Whisperer) read 实用程序, "utility program", off theme on a parenting brand.
    const words = terms('读完《实用程序育儿法》和《小岛老师的蛋糕教室》，又翻了《史记》。');
    expect(words).toEqual(['读完', '实用程序育儿法', '小岛老师的蛋糕教室', '翻', '史记']);
    expect(terms('《實用程序育兒法》')).toEqual(['实用程序育儿法']);
    // Unbracketed, or a notice's long title, is prose as before.
    expect(terms('实用程序育儿法')).toContain('实用程序');
    expect(terms('《关于进一步加强城市生活垃圾分类工作的通知》')).toContain('垃圾');
  });

  it('takes the most probable route through the dictionary (jieba without HMM)', () => {
    const lexicon = parseChinese({ words: '100:研究 生命\n50:研究生\n10:命\n5:生', bridge: '' });
    expect(lexicon.segment('研究生命')).toEqual(['研究', '生命']);
    expect(lexicon.segment('研究生')).toEqual(['研究生']);
    expect(lexicon.segment('未知')).toEqual(['未', '知']);
  });

  it('reads the data only when the first Han text is tokenised, never for an English-only brand', () => {
    let loads = 0;
    provideChineseData(() => {
      loads++;
      return { words: '10:饺子', bridge: '饺子\tdumpling\tdumpl:1' };
    });
    try {
      tokenize('Only English words here, about dumplings.');
      const brand = BrandSchema.parse({ name: 'x', label: 'Home cooking', timezone: 'UTC', pillars: [{ id: 'a', name: 'Recipes', keywords: ['noodles'] }] });
      const model = buildThemeModel({ brand, evidence: ['Noodles with soy sauce.', 'Wok noodles and garlic.', 'Pork dumplings.'].map((body) => ({ body })) });
      scoreTheme(model, { body: 'Noodles with garlic and ginger.' });
      expect(loads).toBe(0);
      tokenize('饺子');
      tokenize('饺子和面条');
      expect(loads).toBe(1);
      expect(chineseLexicon()?.bridge('饺子')?.gloss).toBe('dumpling');
    } finally {
      registerChineseData();
    }
  });
});

describe('phrase keywords', () => {
  it('match an English keyword of two words only where the words stand together', () => {
    const phrases = readPhrases(['soy sauce', 'noodles']);
    expect(phrases.map((p) => p.surface)).toEqual(['soy sauce']);
    expect(matchPhrases(readPostTerms({ body: 'Add the soy sauce, then more soy sauce.' }).sequence, phrases).get(phrases[0].key)).toBe(2);
    expect(matchPhrases(readPostTerms({ body: 'Soy milk and a cream sauce.' }).sequence, phrases).size).toBe(0);
  });

  it('match only words written as a phrase: not across a sentence or clause end, a dropped word, a heading or a table cell', () => {
    const [phrase] = readPhrases(['systems thinking']);
    const found = (body: string) => {
      const t = readPostTerms({ body });
      return matchPhrases(t.sequence, [phrase], t.joins).get(phrase.key) ?? 0;
    };
    // Each of these reads as the terms system, think in a row.
    expect(found('The system. Thinking about it later.')).toBe(0);
    expect(found('A system of thinking.')).toBe(0);
    expect(found('The system; thinking, too.')).toBe(0);
    expect(found('# Our system\n\nThinking about it.')).toBe(0);
    expect(found('| system | thinking |\n|---|---|\n| a | b |')).toBe(0);
    expect(found('- system\n- thinking')).toBe(0);
    expect(found('The system (thinking aside) works.')).toBe(0);
    // Written as a phrase: across a wrapped line, a hyphen, in a heading.
    expect(found('Systems thinking helps.\nSo does systems\nthinking on a wrapped line, and systems-thinking.')).toBe(3);
    expect(found('# Systems thinking\n\nIt helps.')).toBe(1);
    const [ci] = readPhrases(['CI/CD pipeline']);
    const t = readPostTerms({ body: 'Our CI/CD pipeline runs; the CI/CD. Pipeline later.' });
    expect(matchPhrases(t.sequence, [ci], t.joins).get(ci.key)).toBe(1);
    const [zh] = readPhrases(['代码块']);
    const z = (body: string) => {
      const r = readPostTerms({ body });
      return matchPhrases(r.sequence, [zh], r.joins).get(zh.key) ?? 0;
    };
    expect(z('把代码块放进去。')).toBe(1);
    expect(z('这段代码，块状的。')).toBe(0);
  });

  it('keeps a phrase keyword whole in the score: a draft that only names its words apart does not meet it', () => {
    const brand = BrandSchema.parse({ name: 'x', label: 'Systems thinking for managers', timezone: 'UTC', pillars: [{ id: 's', name: 'Systems thinking', description: 'feedback loops and stocks', keywords: ['systems thinking'] }] });
    const model = buildThemeModel({ brand, evidence: [] });
    const apart = scoreTheme(model, { title: 'Notes', body: 'We fixed the heating system. Thinking back, the boiler was never serviced, and our system of thinking about it was to wait.' });
    const together = scoreTheme(model, { title: 'Notes', body: 'The old heating taught me systems thinking. Systems thinking says the boiler was part of a loop, and systems thinking still hums at night.' });
    expect(apart.terms).not.toContain('systems thinking');
    expect(together.terms).toContain('systems thinking');
  });

  it('does not join English words across Chinese words left out of an English reading', () => {
    const t = readPostTerms({ body: 'soy 酱油 sauce, and soy sauce' });
    const kept = keptWithJoins(t.sequence, t.joins, (term) => !/\p{Script=Han}/u.test(term));
    expect(kept.sequence).toEqual(['soi', 'sauc', 'soi', 'sauc']);
    const [phrase] = readPhrases(['soy sauce']);
    expect(matchPhrases(kept.sequence, [phrase], kept.joins).get(phrase.key)).toBe(1);
    // A stretch of a sequence keeps its own joins, numbered from its start.
    const chunk = sliceJoins(t.joins, 2, t.sequence.length);
    expect(matchPhrases(t.sequence.slice(2), [phrase], chunk).get(phrase.key)).toBe(1);
    expect(matchPhrases(t.sequence.slice(0, 3), [phrase], sliceJoins(t.joins, 0, 3)).size).toBe(0);
  });

  it('match a Chinese keyword that the segmenter cuts in two as one phrase', () => {
    const [phrase] = readPhrases(['家常菜谱']);
    expect(phrase.terms.length).toBeGreaterThanOrEqual(2);
    expect(matchPhrases(readPostTerms({ body: '这是一份家常菜谱。' }).sequence, [phrase]).get(phrase.key)).toBe(1);
  });

  it('count a Chinese keyword the dictionary lacks (食材) as the phrase, never its lone characters', () => {
    const [phrase] = readPhrases(['食材']);
    expect(phrase.terms).toEqual(['食', '材']);
    const brand = BrandSchema.parse({
      name: '下班厨房', label: '家常菜谱', timezone: 'Asia/Shanghai', language: 'zh',
      pillars: [{ id: 'cooking', name: '家常菜', description: '半小时能做好的家常菜。', keywords: ['食材', '火候'] }],
    });
    const model = buildThemeModel({ brand, evidence: [] });
    // A classical essay writes 材 (talent) alone: that is not the keyword 食材.
    const essay = scoreTheme(model, { body: '天生我材必有用，千金散尽还复来。其材足以治国，其志足以安民。' });
    expect(essay.score).toBe(0);
    const recipe = scoreTheme(model, { body: '先把食材洗净切好，鸡腿肉切块，小火慢炖。' });
    expect(recipe.terms).toContain('食材');
    expect(recipe.score).toBeGreaterThan(essay.score);
  });

  it('show a matched phrase as written in the keyword, as evidence', () => {
    const brand = BrandSchema.parse({
      name: 'Mei', label: 'Home cooking', timezone: 'UTC',
      pillars: [{ id: 'recipes', name: 'Recipes', keywords: ['soy sauce', 'wok'] }],
    });
    const result = scoreTheme(buildThemeModel({ brand, evidence: [] }), { body: 'A splash of soy sauce in a hot wok.' });
    expect(result.terms).toContain('soy sauce');
  });
});

describe('the bilingual bridge (CC-CEDICT)', () => {
  const brand = BrandSchema.parse({
    name: 'Mei Lin', label: 'The home cook who photographs her food', audience: 'Busy home cooks', timezone: 'UTC',
    strengths: ['dumplings', 'noodles'],
    pillars: [{ id: 'recipes', name: 'Recipes', description: 'Weeknight recipes: dumplings, noodles, braised pork', keywords: ['dumpling', 'pork', 'soy sauce', 'ginger'] }],
  });
  const model = buildThemeModel({ brand, evidence: [] });

  it('counts a Chinese word towards the English stems of its glosses', () => {
    const counts = readPostTerms({ body: '饺子' }).counts;
    expect(counts.get('饺子')).toBe(1);
    expect(counts.get(terms('dumpling')[0])).toBeGreaterThan(0);
  });

  it('scores a Chinese dumpling recipe on an English food brand above a Chinese stock-market post', () => {
    const recipe = scoreTheme(model, { body: '冬至包饺子：猪肉馅里加姜水和生抽，顺着一个方向搅拌上劲，包好后下锅煮三次。' });
    const stocks = scoreTheme(model, { body: '指数基金为什么跑赢选股：追涨杀跌的投资者支付更高的费用，长期收益更低。' });
    expect(recipe.score).toBeGreaterThan(stocks.score);
    expect(recipe.onTheme).toBe(true);
    expect(stocks.onTheme).toBe(false);
  });

  it('shows a bridged word as the draft wrote it, with its gloss', () => {
    const recipe = scoreTheme(model, { body: '冬至包饺子：猪肉馅里加姜水和生抽。' });
    expect(recipe.terms).toContain('饺子 (dumpling)');
    expect(recipe.terms.some((t) => t.startsWith('生抽'))).toBe(true);
    expect(recipe.language).toBe('zh');
  });

  it('never lists a word shown as evidence (through its gloss) among the off-theme words too', () => {
    const recipe = scoreTheme(model, { body: '冬至包饺子：猪肉馅里加姜水和生抽，再加一点白菜。' });
    const evidence = recipe.terms.map((t) => t.split(' (')[0]);
    expect(evidence).toContain('饺子');
    for (const word of evidence) expect(recipe.offTerms).not.toContain(word);
  });
});

describe('evidence posts and the bridge', () => {
  it('counts a Chinese evidence post by its own words, its bridged glosses only faintly', async () => {
    registerChineseData();
    const { evidenceVector, vectorOf } = await import('../../src/core/theme/model.ts');
    const { termOf } = await import('../../src/core/theme/vector.ts');
    const terms = readPostTerms({ body: '安装软件包之前先备份配置文件，再用文档里的命令创建新的用户。' });
    const weights = (v: ReturnType<typeof vectorOf>) => new Map(Array.from(v.ids, (id, i) => [termOf(id), v.w[i]]));
    const asDraft = weights(vectorOf(terms, []));
    const asEvidence = weights(evidenceVector(terms, []));
    const glosses = [...asDraft.keys()].filter((t) => !terms.sequence.includes(t));
    expect(glosses.length).toBeGreaterThan(0);
    // A gloss weighs far less in an evidence post than the same post's written words do.
    for (const g of glosses) expect(asEvidence.get(g)! / asEvidence.get('软件包')!).toBeLessThan((asDraft.get(g)! / asDraft.get('软件包')!) / 5);
    for (const w of terms.sequence.filter((t) => asDraft.has(t))) expect(asEvidence.has(w)).toBe(true);
  });
});

describe('sampling general Chinese', () => {
  it('draws the words a split of the whole list would give, by the same seeds', () => {
    // Counts as zh-words.txt writes them; a word of one character, and words sharing a count.
    const data = { words: '90:的 是\n40:饺子\n25:生抽 面条 菜市场\n7:冬至', bridge: '' };
    const compiled = compileChinese(data);
    const lexicon = lexiconOf(compiled);
    const list = compiled.words.split(' ');
    for (const seed of [1, 7919, 15838, 55433]) {
      const drawn = lexicon.sample(200, seed);
      expect(drawn).toEqual(sampleWeighted(list, compiled.cumulative, 200, seed));
      expect(new Set(drawn).size).toBeGreaterThan(3);
    }
  });
});

describe('Traditional Chinese', () => {
  // User report (issue 15): the dictionary and the bridge know Simplified words, so 資料庫, 餃子
  // and 醬油 were cut into lone characters that matched nothing, and a Traditional recipe scored far
  // under the same recipe in Simplified (19 of 24 real Traditional recipes flagged on day one
  // against 9 of 24 in Simplified).
  const brand = BrandSchema.parse({
    name: 'Mei Lin', label: 'The home cook who photographs her food', audience: 'Busy home cooks', timezone: 'UTC',
    strengths: ['dumplings', 'noodles'],
    pillars: [{ id: 'recipes', name: 'Recipes', description: 'Weeknight recipes: dumplings, noodles, braised pork', keywords: ['dumpling', 'pork', 'soy sauce', 'ginger'] }],
  });
  const model = buildThemeModel({ brand, evidence: [] });
  const simplified = '冬至包饺子：猪肉馅里加姜水和酱油，顺着一个方向搅拌上劲，包好后下锅煮三次。';
  const traditional = '冬至包餃子：豬肉餡裡加薑水和醬油，順著一個方向攪拌上勁，包好後下鍋煮三次。';

  it('reads a word written in Traditional characters as the Simplified word, keeping what was written as its surface', () => {
    expect(tokenize('資料庫與查詢').map((t) => t.term)).toEqual(tokenize('资料库与查询').map((t) => t.term));
    expect(tokenize('資料庫').map((t) => t.surface)).toEqual(['資料庫']);
  });

  it('scores a Traditional recipe as its Simplified twin and shows its evidence as written', () => {
    const hant = scoreTheme(model, { body: traditional });
    const hans = scoreTheme(model, { body: simplified });
    expect(hant.score).toBeCloseTo(hans.score, 2);
    expect(hant.onTheme).toBe(true);
    expect(hant.terms).toContain('餃子 (dumpling)');
    expect(hant.terms.join(' ')).not.toMatch(/饺子|猪肉|酱油/);
  });

  it('leaves Simplified text exactly as it was (乾隆 and 著名 keep their characters)', () => {
    expect(tokenize('乾隆皇帝著名的菜谱').map((t) => t.surface)).toEqual(tokenize('乾隆皇帝著名的菜谱').map((t) => t.term));
  });
});
