/**
 * Phrase keywords whose last word stopwords-iso lists (issue 15: "phrase keywords match as
 * phrases"). Found on a real blog (tests/eval/RESULTS.md, fifth trial): a JavaScript brand's
 * keyword "command line" lost "line" and counted as "command", so a NAS backup guide's
 * "commands" matched the keyword; "test case" counted as "test", "web page" as "web"; "front
 * end", "back end" and "bottom line" counted as nothing and the planner warned that they never
 * match. Each is now a phrase found where written; its kept words count once, as words of the
 * brand text, not as the keyword.
 */
import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import { flagPillarKeywords, readKeyword } from '../../src/core/theme/keyword-flags.ts';
import { matchPhrases, readPhrases } from '../../src/core/theme/phrases.ts';
import { readPostTerms } from '../../src/core/theme/post-terms.ts';
import { termId, valueAt } from '../../src/core/theme/vector.ts';
import { registerChineseData } from '../../src/store/theme-lexicon.ts';

registerChineseData();

const brand = (keywords: string[]) =>
  BrandSchema.parse({
    name: 'FrontEndear', strengths: ['Practical explanations'], label: 'A developer sharing what I learn about JavaScript',
    audience: 'Junior web developers', timezone: 'Europe/Bucharest', language: 'en',
    pillars: [
      { id: 'js', name: 'Practical JavaScript', description: 'How the language works, with small examples', keywords: ['javascript', 'closures'] },
      { id: 'tools', name: 'Tools and workflow', description: 'Bundlers and page speed', keywords },
    ],
  });

/** How often each phrase keyword of `keywords` is found in `body`, by its written form. */
function found(keywords: string[], body: string): Record<string, number> {
  const phrases = readPhrases(keywords);
  const terms = readPostTerms({ body });
  const counts = matchPhrases(terms.sequence, phrases, terms.joins, terms.stream);
  return Object.fromEntries(phrases.map((p) => [p.surface, counts.get(p.key) ?? 0]));
}

describe('a phrase keyword whose last word the stop list holds', () => {
  it('is found as the phrase where written ("command line", "test case", "web page")', () => {
    expect(found(['command line'], 'Open the command line and type ls. The commands list files.')).toEqual({ 'command line': 1 });
    expect(found(['test case'], 'Each test case covers one branch; run the tests.')).toEqual({ 'test case': 1 });
    expect(found(['web page'], 'A web page loads faster without blocking scripts.')).toEqual({ 'web page': 1 });
  });

  it('reads as the phrase, losing no word, and the planner is not told it counts in part', () => {
    expect(readKeyword('command line')).toEqual({ lost: [], counts: 'command line' });
    expect(flagPillarKeywords(['command line', 'test case'], 0, 'en')).toEqual([]);
  });

  it('shows the phrase as evidence where a draft writes it, and scores it above a draft that only says "commands"', () => {
    const model = buildThemeModel({ brand: brand(['npm', 'command line']), evidence: [] });
    const phrase = scoreTheme(model, { title: 'Backups', body: 'I back up my files from the command line every night with a small script.' });
    const word = scoreTheme(model, { title: 'Backups', body: 'I back up my files with a few commands every night with a small script.' });
    expect(phrase.terms).toContain('command line');
    expect(word.terms).not.toContain('command line');
    expect(phrase.score).toBeGreaterThan(word.score);
  });

  it('does not count its words alone as the keyword: "command" weighs in the brand as a word of its text, less than the keyword "command"', () => {
    const asPhrase = buildThemeModel({ brand: brand(['npm', 'command line']), evidence: [] });
    const asWord = buildThemeModel({ brand: brand(['npm', 'command']), evidence: [] });
    const id = termId('command');
    expect(valueAt(asPhrase.centroid, id)).toBeGreaterThan(0);
    expect(valueAt(asPhrase.centroid, id)).toBeLessThan(valueAt(asWord.centroid, id) / 2);
  });
});

describe('a phrase keyword whose words the stop list all holds ("front end", "back end", "bottom line")', () => {
  it('is found where written and nowhere else', () => {
    expect(found(['front end', 'back end'], 'The front end talks to the back end. In the end we moved the front door.')).toEqual({ 'front end': 1, 'back end': 1 });
    expect(found(['bottom line'], 'The bottom line: cache it. Line up at the bottom.')).toEqual({ 'bottom line': 1 });
  });

  it('counts towards the score and shows as evidence where a draft writes it', () => {
    const model = buildThemeModel({ brand: brand(['front end', 'npm']), evidence: [] });
    const withPhrase = scoreTheme(model, { title: 'Notes', body: 'This week I rebuilt the front end of my site and it feels quicker.' });
    const without = scoreTheme(model, { title: 'Notes', body: 'This week I rebuilt the garden of my house and it feels quicker.' });
    expect(withPhrase.terms).toContain('front end');
    expect(withPhrase.score).toBeGreaterThan(without.score);
  });

  it('is no longer flagged as counting for nothing', () => {
    expect(readKeyword('front end')).toEqual({ lost: [], counts: 'front end' });
    expect(flagPillarKeywords(['front end', 'back end', 'bottom line'], 0, 'en')).toEqual([]);
  });

  it('still drops what says nothing: a function word, a letter, a number ("the end", "Python 3", "home cooking" as before)', () => {
    expect(readPhrases(['the end', 'Python 3', 'home cooking', 'things to do'])).toEqual([]);
    expect(readKeyword('Python 3').counts).toBe('python');
    expect(readKeyword('home cooking').counts).toBe('cooking');
  });
});
