/**
 * The web's own words are words of the text, though stopwords-iso's English list holds them (it
 * takes in web-boilerplate lists): a pillar keyword "web performance" read as "performance" alone
 * tied a web developer's brand to any text on a concert or a quarterly report. Everyday subject
 * words it lists (home, world) stay out: they weigh nothing once counted. Its nouns that name a
 * subject (system, test, novel...) are words too: dropped, "system" was nothing while "systems"
 * counted, and the Chinese bridge lost its glosses' main words (信息 read as "news").
 */
import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { readPhrases } from '../../src/core/theme/phrases.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import { normalizeWord, tokenize } from '../../src/core/theme/tokenize.ts';
import { readKeyword } from '../../src/core/theme/keyword-flags.ts';
import { bridgedStems } from '../../src/core/theme/post-terms.ts';
import { termWeight } from '../../src/core/theme/background-lookup.ts';
import '../../src/store/theme-lexicon.ts';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe("the web's words in stopwords-iso", () => {
  it('keeps web, website, webpage, homepage, HTML and HTTP as terms, and still drops function words and everyday subject words', () => {
    expect(terms('The web, a website, its webpage and homepage, HTML over HTTP')).toEqual(['web', 'websit', 'webpag', 'homepag', 'html', 'http']);
    expect(terms('about which would also')).toEqual([]);
    expect(terms('home world')).toEqual([]);
  });

  it('reads multi-word keywords with such a word as phrases of both words', () => {
    expect(readPhrases(['web performance', 'web design']).map((p) => p.key)).toEqual([`web ${normalizeWord('performance')}`, `web ${normalizeWord('design')}`]);
  });

  it('ranks a draft on web performance above one on a concert performance for a web-performance brand, with the phrase as evidence', () => {
    const brand = BrandSchema.parse({
      name: 'Ada', label: 'The developer who makes websites fast', audience: 'Front-end developers', strengths: ['web performance'], timezone: 'UTC',
      pillars: [{ id: 'perf', name: 'Web performance', description: 'Making the web fast', keywords: ['web performance', 'web vitals'] }],
    });
    const model = buildThemeModel({ brand, evidence: [] });
    const web = scoreTheme(model, { body: 'Web performance on a slow phone: the web vitals of a web page improve when the web server sends less and caches more.' });
    const concert = scoreTheme(model, { body: 'The orchestra gave a moving performance; the second performance of the symphony, with a new conductor, sold out.' });
    // Both share "performance" with the brand (a phrase keyword's English words count alone too):
    // only the one on the web also meets "web" and the phrase.
    expect(web.score).toBeGreaterThan(concert.score);
    expect(web.terms).toEqual(expect.arrayContaining(['web', 'web performance']));
    expect(concert.terms).not.toContain('web performance');
  });

  it('leaves a post on a home office off a "Home cooking" pillar: "home" alone is no evidence', () => {
    const brand = BrandSchema.parse({
      name: 'Mei', label: 'The home cook', audience: 'Busy families', strengths: ['cooking'], timezone: 'UTC',
      pillars: [{ id: 'cook', name: 'Home cooking', description: 'Weeknight meals', keywords: ['home cooking'] }],
    });
    const model = buildThemeModel({ brand, evidence: [] });
    const office = scoreTheme(model, { body: 'My home office setup: a standing desk at home, a good chair, a second monitor and a quiet corner of the home where calls go well.' });
    expect(office.onTheme).toBe(false);
  });
});

describe('nouns of stopwords-iso that name a subject (tokenize.ts NAMED_SUBJECTS)', () => {
  it('reads a word and its plural as one term: "system" as "systems", "test" as "tests", "value" as "values"', () => {
    expect(terms('One system, two systems; a test, many tests; a value and its values')).toEqual(['system', 'system', 'test', 'test', 'valu', 'valu']);
    expect(terms('research on a computer, information on an invention, a novel')).toEqual(['research', 'comput', 'inform', 'invent', 'novel']);
  });

  it('weighs them by their rarity in general language, counted with their own forms: "system" less than "systems" alone made it', () => {
    // The table counts "system" itself now: the stem weighed 3.7 from the rarer plural alone.
    expect(termWeight('system')).toBeGreaterThan(0);
    expect(termWeight('system')).toBeLessThan(3);
    expect(termWeight('novel')).toBeGreaterThan(termWeight('system'));
  });

  it('counts a keyword such as "test automation" or "novel" in full', () => {
    expect(readKeyword('test automation')).toEqual({ lost: [], counts: 'test automation' });
    expect(readKeyword('novel').counts).toBe('novel');
  });

  it("bridges a Chinese word by its gloss's main word: 系统 to system, 测试 to test, 信息 to information, 计算机 to computer", () => {
    const main = (word: string) => bridgedStems(word)[0]?.[0];
    expect(main('系统')).toBe(normalizeWord('system'));
    expect(main('测试')).toBe(normalizeWord('test'));
    expect(main('信息')).toBe(normalizeWord('information'));
    expect(main('计算机')).toBe(normalizeWord('computer'));
  });

  it('shows "novel" as evidence of a draft on writing a novel for a fiction brand', () => {
    const brand = BrandSchema.parse({
      name: 'Ann', label: 'The novelist who writes in public', audience: 'Aspiring novelists', timezone: 'UTC',
      pillars: [{ id: 'fiction', name: 'Fiction', description: 'Writing a first novel: plot, character and revision', keywords: ['novel', 'short story'] }],
    });
    const model = buildThemeModel({ brand, evidence: [] });
    const draft = scoreTheme(model, { body: 'Revising the third chapter of my novel: the plot sagged, so the main character now makes the choice herself. Every novel needs one such scene.' });
    expect(draft.terms).toContain('novel');
    expect(draft.onTheme).toBe(true);
  });
});

describe('the general-language table counts every form of a stem, stop-listed forms too', () => {
  it('weighs a kept form of a stop-listed word (knowing, goodness, putting, groupings) as common as the word is, not as a rare word', () => {
    // Counted from its rare forms alone, "knowing" weighed 2.5 (as a subject word), "goodness" 3.0 and
    // "groupings" 8 (the rarest): everyday words read as a draft's subject.
    for (const word of ['knowing', 'goodness', 'meaning', 'putting', 'likes', 'looked', 'helping', 'groupings']) {
      expect(normalizeWord(word), word).not.toBeNull();
      expect(termWeight(normalizeWord(word)!), word).toBeLessThan(termWeight(normalizeWord('running')!) + 2);
      expect(termWeight(normalizeWord(word)!), word).toBeLessThan(termWeight(normalizeWord('recipe')!) / 2);
    }
    for (const word of ['knowing', 'goodness', 'meaning', 'putting', 'likes', 'looked', 'helping']) expect(termWeight(normalizeWord(word)!), word).toBeLessThan(0.5);
    // A subject word keeps its weight.
    expect(termWeight(normalizeWord('recipe')!)).toBeGreaterThan(3);
  });
});
