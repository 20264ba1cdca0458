/**
 * The web's own words are words of the text, though stopwords-iso's English list holds them (it
 * takes in web-boilerplate lists): a pillar keyword "web performance" read as "performance" alone
 * tied a web developer's brand to any text on a concert or a quarterly report. Everyday subject
 * words it lists (home, world) stay out: kept, "home" alone carried a post on a home office to a
 * full score on a pillar "Home cooking".
 */
import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { readPhrases } from '../../src/core/theme/phrases.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import { normalizeWord, tokenize } from '../../src/core/theme/tokenize.ts';

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
