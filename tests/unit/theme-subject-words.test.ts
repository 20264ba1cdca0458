/**
 * Nouns that name a subject are words of the text, though stopwords-iso's English list holds them
 * (it takes in web-boilerplate lists): a pillar keyword "web performance" read as "performance"
 * alone tied a web developer's brand to any text on a concert or a quarterly report.
 */
import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { readPhrases } from '../../src/core/theme/phrases.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import { normalizeWord, tokenize } from '../../src/core/theme/tokenize.ts';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('subject nouns in stopwords-iso', () => {
  it('keeps web, computer, research, website, HTML, information, world and home as terms, and still drops function words', () => {
    expect(terms('The web, a website and its HTML; computer research')).toEqual(['web', 'websit', 'html', 'comput', 'research']);
    expect(terms('Information security, world history and home cooking')).toEqual([normalizeWord('information'), normalizeWord('security'), normalizeWord('world'), normalizeWord('history'), normalizeWord('home'), normalizeWord('cooking')]);
    expect(terms('about which would also')).toEqual([]);
  });

  it('reads multi-word keywords with such a noun as phrases of both words', () => {
    expect(readPhrases(['web performance', 'computer vision', 'research methods', 'home cooking']).map((p) => p.key)).toEqual([
      `web ${normalizeWord('performance')}`,
      `comput ${normalizeWord('vision')}`,
      `research ${normalizeWord('methods')}`,
      `${normalizeWord('home')} ${normalizeWord('cooking')}`,
    ]);
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
});
