/**
 * A pillar keyword counts wherever a draft writes it, whatever the segmenter and the stop list
 * do to its parts (issue 15: "words stay whole and fragments never become evidence; phrase
 * keywords match as phrases"). Found on real Chinese writing: a coffee brand's keyword 手冲
 * ("pour-over") is cut 手 + 冲, 冲 is a stop character, and the keyword never counted (its
 * flag even blamed 手). The same kind: a stop character leading the keyword (拿铁: 拿 + 铁), a
 * stop character inside a phrase keyword (手冲咖啡), stopwords inside an English keyword ("Lord
 * of the Rings"), and the forms a draft writes the same words in (Traditional characters,
 * full-width letters, capitals, a hyphen, Latin written against Han).
 */
import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import { readKeyword } from '../../src/core/theme/keyword-flags.ts';
import { matchPhrases, readPhrases } from '../../src/core/theme/phrases.ts';
import { keptStream, readPostTerms } from '../../src/core/theme/post-terms.ts';
import { termId } from '../../src/core/theme/vector.ts';
import { phraseCountsOf, vectorOf } from '../../src/core/theme/model.ts';
import { explainTerms } from '../../src/core/theme/evidence.ts';
import { registerChineseData } from '../../src/store/theme-lexicon.ts';

registerChineseData();

const coffee = (keywords: string[]) =>
  BrandSchema.parse({
    name: '阿豆', strengths: ['咖啡'], label: '在家做咖啡的人', audience: '喜欢咖啡的上班族', timezone: 'Asia/Shanghai',
    pillars: [{ id: 'brew', name: '冲煮', description: '在家冲煮的心得', keywords }],
  });

/** How often each phrase keyword of `keywords` is found in `body`, by its written form. */
function found(keywords: string[], body: string): Record<string, number> {
  const phrases = readPhrases(keywords);
  const terms = readPostTerms({ body });
  const counts = matchPhrases(terms.sequence, phrases, terms.joins, terms.stream);
  return Object.fromEntries(phrases.map((p) => [p.surface, counts.get(p.key) ?? 0]));
}

describe('a keyword the segmenter cuts around a stop character', () => {
  it('matches 手冲 (手 + stop 冲) in 手冲咖啡, and shows it whole, never 手', () => {
    const model = buildThemeModel({ brand: coffee(['手冲']), evidence: [] });
    const result = scoreTheme(model, { body: '周末在家做了一杯手冲咖啡，水温九十度。' });
    expect(result.terms).toContain('手冲');
    expect(result.terms).not.toContain('手');
    expect(result.offTerms).not.toContain('手');
  });

  it('counts 手冲 towards the score: the draft scores higher than without it', () => {
    const model = buildThemeModel({ brand: coffee(['手冲']), evidence: [] });
    const with手冲 = scoreTheme(model, { body: '今天练习手冲。' });
    const without = scoreTheme(model, { body: '今天练习。' });
    expect(with手冲.score).toBeGreaterThan(without.score);
  });

  it('matches a keyword led by a stop character (拿铁: stop 拿 + 铁)', () => {
    expect(found(['拿铁'], '早上一杯拿铁。')).toEqual({ 拿铁: 1 });
    const model = buildThemeModel({ brand: coffee(['拿铁']), evidence: [] });
    expect(scoreTheme(model, { body: '早上一杯拿铁，奶泡打得很细。' }).terms).toContain('拿铁');
  });

  it('matches a phrase keyword with a stop character inside (手冲咖啡: 手 + stop 冲 + 咖啡)', () => {
    expect(found(['手冲咖啡'], '我每天做手冲咖啡。')).toEqual({ 手冲咖啡: 1 });
    const model = buildThemeModel({ brand: coffee(['手冲咖啡']), evidence: [] });
    expect(scoreTheme(model, { body: '我每天做手冲咖啡，豆子是浅烘的。' }).terms).toContain('手冲咖啡');
  });

  it('matches the longer of two keywords that share a start where both are written (手冲咖啡 holds 手冲)', () => {
    expect(found(['手冲', '手冲咖啡'], '一杯手冲咖啡，一杯手冲。')).toEqual({ 手冲: 1, 手冲咖啡: 1 });
  });

  it('matches the keyword written in Traditional characters (手沖)', () => {
    expect(found(['手冲'], '週末在家手沖一杯。')).toEqual({ 手冲: 1 });
  });

  it('does not match where the draft\'s words run across the keyword (选手冲向: 选手 + 冲向)', () => {
    expect(found(['手冲'], '选手冲向终点。')).toEqual({ 手冲: 0 });
    const model = buildThemeModel({ brand: coffee(['手冲']), evidence: [] });
    expect(scoreTheme(model, { body: '选手冲向终点，观众欢呼。' }).terms).not.toContain('手冲');
  });

  it('does not match across a sentence mark (手。冲)', () => {
    expect(found(['手冲'], '洗了手。冲个澡。')).toEqual({ 手冲: 0 });
  });

  it('no longer warns that 手冲 or 拿铁 never counts', () => {
    expect(readKeyword('手冲').lost).toEqual([]);
    expect(readKeyword('拿铁').lost).toEqual([]);
    expect(readKeyword('手冲').counts).toBe('手冲');
  });
});

describe('an English keyword with stopwords inside', () => {
  it('matches "Lord of the Rings" written as such, as one phrase', () => {
    expect(found(['Lord of the Rings'], 'I reread The Lord of the Rings every winter.')).toEqual({ 'lord of the rings': 1 });
  });

  it('does not match it with other words between ("lord of all the rings")', () => {
    expect(found(['Lord of the Rings'], 'The lord of all the rings.')).toEqual({ 'lord of the rings': 0 });
  });
});

describe('the forms a draft writes a keyword in', () => {
  it('capitals, full-width letters and a hyphen: "soy sauce"', () => {
    expect(found(['soy sauce'], 'Add SOY SAUCE, then ｓｏｙ ｓａｕｃｅ again, then soy-sauce.')).toEqual({ 'soy sauce': 3 });
  });

  it('Latin written against Han: "Rust 编程" in 用Rust编程 and ＲＵＳＴ 编程', () => {
    expect(found(['Rust 编程'], '用Rust编程很开心，ＲＵＳＴ 编程也是。')).toEqual({ 'rust 编程': 2 });
  });

  it('a Han keyword with a space in the draft (手冲 咖啡)', () => {
    expect(found(['手冲咖啡'], '一杯手冲 咖啡。')).toEqual({ 手冲咖啡: 1 });
  });
});

describe('a language named by one letter and its marks (C++, C#, F#)', () => {
  const code = (keywords: string[]) =>
    BrandSchema.parse({
      name: '小林', strengths: ['编程'], label: '写底层代码的程序员', audience: '学编程的学生', timezone: 'Asia/Shanghai',
      pillars: [{ id: 'lang', name: '编程语言', description: '语言特性和标准库', keywords }],
    });

  it('reads "C++" and "C#" as words, in English and against Chinese (用C++写)', () => {
    expect(readPostTerms({ body: 'I write C++ and C# at work; 周末用C++写游戏。' }).sequence).toEqual(['write', 'c++', 'c#', '周末', 'c++', '写', '游戏']);
  });

  it('counts the keyword "C++" and shows it, and no longer warns that it never counts', () => {
    expect(readKeyword('C++').lost).toEqual([]);
    const model = buildThemeModel({ brand: code(['C++', 'C++ 模板']), evidence: [] });
    const result = scoreTheme(model, { body: '周末用C++写了一个小游戏，C++ 模板真难懂。' });
    expect(result.terms).toEqual(expect.arrayContaining(['C++', 'c++ 模板']));
  });

  it('reads C++ typed full-width (Ｃ＋＋, a Chinese IME) as C++', () => {
    expect(readPostTerms({ body: '学Ｃ＋＋和Ｃ＃' }).sequence).toEqual(['学', 'c++', 'c#']);
  });

  it('keeps a letter followed by other marks as before (A+, "C, D")', () => {
    expect(readPostTerms({ body: 'Grade A+ in C, D and E#5.' }).sequence).toEqual(['grade']);
  });
});

describe('the English reading of a bilingual draft (its Chinese words taken out)', () => {
  const english = (word: string) => word.charCodeAt(0) < 0x2e80;
  const inEnglish = (keywords: string[], body: string) => {
    const phrases = readPhrases(keywords);
    const terms = readPostTerms({ body });
    const counts = matchPhrases([], phrases, undefined, keptStream(terms.stream!, english));
    return Object.fromEntries(phrases.map((p) => [p.surface, counts.get(p.key) ?? 0]));
  };

  it('finds an English keyword with stopwords inside', () => {
    expect(inEnglish(['Lord of the Rings'], '今天下雨。I reread The Lord of the Rings 每年冬天都读。')).toEqual({ 'lord of the rings': 1 });
  });

  it('does not find it across a Chinese word taken out', () => {
    expect(inEnglish(['soy sauce'], 'soy 酱油 sauce')).toEqual({ 'soy sauce': 0 });
    expect(inEnglish(['Lord of the Rings'], 'Lord of the 魔戒 Rings')).toEqual({ 'lord of the rings': 0 });
  });
});

describe('the brand text', () => {
  it('counts a phrase keyword only where it is written: 铁 of 铁壶 in a description stays 铁 beside the keyword 拿铁', () => {
    const brand = BrandSchema.parse({
      name: '阿豆', strengths: ['咖啡'], label: '在家做咖啡的人', audience: '喜欢咖啡的上班族', timezone: 'Asia/Shanghai',
      pillars: [{ id: 'brew', name: '冲煮', description: '用铁壶烧水', keywords: ['拿铁'] }],
    });
    const model = buildThemeModel({ brand, evidence: [] });
    const weight = (term: string) => model.pillars[0]!.centroid[termId(term)] ?? 0;
    expect(weight('铁')).toBeGreaterThan(0);
    expect(weight('拿 铁')).toBeGreaterThan(weight('铁'));
  });
});

describe('the evidence of a phrase keyword', () => {
  const kitchen = (keywords: string[]) =>
    BrandSchema.parse({
      name: 'Mei', strengths: ['cooking'], label: 'The home cook', audience: 'Busy cooks', timezone: 'Asia/Shanghai',
      pillars: [{ id: 'recipes', name: 'Recipes', description: 'Weeknight recipes', keywords }],
    });

  it('shows the phrase, not also its own words again ("soy sauce", not "soy sauce, soy, sauce")', () => {
    const model = buildThemeModel({ brand: kitchen(['soy sauce', 'write-ahead log']), evidence: [] });
    const { terms } = scoreTheme(model, { body: 'Braise the pork in soy sauce. More soy sauce at the end; the write-ahead log of my kitchen says so.' });
    expect(terms).toEqual(expect.arrayContaining(['soy sauce', 'write-ahead log']));
    for (const part of ['soy', 'sauce', 'log', 'write-ahead']) expect(terms).not.toContain(part);
  });

  it('shows 手冲咖啡, not also 咖啡 from inside it', () => {
    const model = buildThemeModel({ brand: coffee(['手冲咖啡']), evidence: [] });
    const { terms } = scoreTheme(model, { body: '我每天做手冲咖啡，豆子是浅烘的。' });
    expect(terms).toContain('手冲咖啡');
    expect(terms).not.toContain('咖啡');
  });
});

describe('the phrase counts evidence is given', () => {
  const kitchen = BrandSchema.parse({
    name: 'Mei', strengths: ['cooking'], label: 'The home cook', audience: 'Busy cooks', timezone: 'Asia/Shanghai',
    pillars: [{ id: 'recipes', name: 'Recipes', description: 'Weeknight recipes', keywords: ['soy sauce', 'web performance', '手冲咖啡'] }],
  });

  it("are the ones the draft's vector found (no second match), and give the evidence a second match gives", () => {
    const model = buildThemeModel({ brand: kitchen, evidence: [] });
    for (const body of ['Braise the pork in soy sauce, then more soy sauce. Web performance matters; a web server too.', '我每天做手冲咖啡，咖啡豆是浅烘的。soy sauce']) {
      const terms = readPostTerms({ body });
      const v = vectorOf(terms, model.phrases, model.vectors);
      const counts = phraseCountsOf(v, terms, model.phrases);
      expect(counts).toEqual(matchPhrases(terms.sequence, model.phrases, terms.joins, terms.stream));
      expect(counts!.size).toBeGreaterThan(0);
      // Other terms or phrases: not these counts.
      expect(phraseCountsOf(v, readPostTerms({ body }), model.phrases)).toBeUndefined();
      const given = explainTerms(model.centroid, model.phrases, terms, v, model.keywords, model.keywordStems, counts);
      const matched = explainTerms(model.centroid, model.phrases, terms, v, model.keywords, model.keywordStems);
      expect(given).toEqual(matched);
      expect(scoreTheme(model, { terms })).toMatchObject(given);
    }
  });
});

describe('.NET, a name written with its dot', () => {
  const dotnet = BrandSchema.parse({
    name: 'Sam', strengths: ['backend code'], label: 'The .NET backend engineer', audience: 'backend developers', timezone: 'Europe/London',
    pillars: [{ id: 'net', name: '.NET services', description: 'Building web services', keywords: ['.NET', 'C#'] }],
  });

  it('reads ".NET" as a word of its own, not the everyday "net"; not inside a name (ASP.NET, example.net)', () => {
    expect(readPostTerms({ body: 'I build .NET services in C#. We ship .Net 8 apps; 用.NET写。' }).sequence).toEqual(['build', '.net', 'servic', 'c#', 'ship', '.net', 'app', '.net', '写']);
    expect(readPostTerms({ body: 'ASP.NET Core on example.net, the net result' }).sequence).not.toContain('.net');
  });

  it('counts the keyword ".NET", shows it as written, and no longer warns that it never counts', () => {
    expect(readKeyword('.NET').lost).toEqual([]);
    expect(readKeyword('.NET').counts).toBe('.net');
    const model = buildThemeModel({ brand: dotnet, evidence: [] });
    const result = scoreTheme(model, { body: 'Moving our billing service to .NET 8: what changed in the C# code and the .NET runtime.' });
    expect(result.terms).toEqual(expect.arrayContaining(['.NET']));
  });
});

describe('a keyword that is a name written with digits (STM32, ESP32, IPv6)', () => {
  // A real embedded-systems brand (a docsify wiki's author) named STM32 and ESP32 as keywords:
  // words with digits are no terms, so neither ever counted, and check said so.
  const embedded = (keywords: string[]) =>
    BrandSchema.parse({
      name: 'Lin', strengths: ['circuits'], label: 'An embedded developer who writes about boards', audience: 'hardware hobbyists', timezone: 'Asia/Shanghai',
      pillars: [{ id: 'mcu', name: 'Microcontrollers', description: 'notes on boards and firmware', keywords }],
    });
  const draft = 'Flashing the STM32 over SWD took an afternoon. The STM32 clock tree, then the ESP32 radio; stm32 timers next.';

  it('is found wherever a post writes it, in any case, and never inside a longer name', () => {
    expect(found(['STM32', 'ESP32'], draft)).toEqual({ stm32: 3, esp32: 1 });
    expect(found(['STM32'], 'The STM32F103 board.')).toEqual({ stm32: 0 });
    expect(found(['ESP32 开发'], '我在做 ESP32 开发，先点亮一个灯。')).toEqual({ 'esp32 开发': 1 });
  });

  it('counts for the draft that writes it, and is shown as its evidence', () => {
    const model = buildThemeModel({ brand: embedded(['STM32', 'ESP32', 'firmware']), evidence: [] });
    const withName = scoreTheme(model, { body: draft });
    const without = scoreTheme(model, { body: draft.replace(/stm32|esp32/gi, 'board') });
    expect(withName.terms).toContain('stm32');
    expect(withName.score).toBeGreaterThan(without.score);
    expect(readKeyword('STM32')).toEqual({ lost: [], counts: 'STM32' });
  });

  it('a number or a version letter stays no name: 2024, v2, S3, a commit hash', () => {
    expect(readPhrases(['2024', 'v2', 'S3', 'deadbeef12'])).toEqual([]);
  });
});
