/**
 * Which language a text in Latin letters is written in, when it is not English: German, French,
 * Spanish, Italian, Dutch or Portuguese, by their function words (articles, pronouns,
 * conjunctions, prepositions), the words every sentence of a language uses and no other uses as
 * often. Pure. A Berlin coach's German post was published as `lang="en"`: browsers hyphenated
 * it, and screen readers read it, as English.
 */

/**
 * Each language's common function words that English (and, as far as possible, the other
 * languages here) does not write: `die`, `la`, `de`, `in` and the like, shared by several, are
 * left out, so a hit is evidence of that language alone.
 */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set('the and of to is that it with for you this are was have not but be on what which they from their would there been has were will an'.split(' ')),
  de: new Set('der das und ist nicht ich sie ein eine einen einem einer zu den dem mit sich auf für auch wie dass wir sind oder aber wenn noch nur bei vom zum zur im nach über ihr ihre sein seine wird werden kann hat haben mir mich dich uns euch dieser diese dieses jeder jede immer schon sehr viele durch ohne gegen weil dann doch'.split(' ')),
  fr: new Set('le les et est une des du qui pas pour dans sur avec ce il elle nous vous sont au aux cette ces leur leurs être avoir fait comme tout très sans'.split(' ')),
  es: new Set('el los las y del por para su sus pero más muy están al yo tiene hay fue también cuando'.split(' ')),
  it: new Set('che di è gli della delle dei nel nella alla sono anche questo questa perché più molto ci loro essere ha hanno per non ma'.split(' ')),
  nl: new Set('het een van niet dat op te zijn voor ook maar wat er wij naar bij uit hebben heeft wordt deze dit zo nog kan geen om ze'.split(' ')),
  pt: new Set('os não com mas são você ao pelo pela seu sua também quando muito isso ele ela eles uma'.split(' ')),
};

/** Function-word hits a text needs before it is read as another language than English. */
const LEAST_HITS = 5;
/**
 * Different function words among them: Indonesian writes `di` ("in") in every sentence, and a
 * README in it was read as Italian on that one word.
 */
const LEAST_DISTINCT = 3;
/** How many times English's hits (and the runner-up's) the chosen language's must be. */
const CLEAR_LEAD = 2;

/**
 * The BCP 47 language subtag of `text` (prose: code and markup already left out) when it is
 * clearly German, French, Spanish, Italian, Dutch or Portuguese (`de`, `fr`, `es`, `it`, `nl`,
 * `pt`): at least LEAST_HITS of that language's function words, LEAST_DISTINCT of them different, and CLEAR_LEAD times as many as
 * English's and as the next language's. Undefined otherwise, English included, as is a text too
 * short to tell (a title, a tag, a pillar's name) or an English text that quotes a German
 * sentence. Words are compared in lower case, whole (`\p{L}` runs: `für`, `très`).
 */
export function latinLanguage(text: string): string | undefined {
  const hits: Record<string, number> = {};
  const distinct: Record<string, Set<string>> = {};
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
      if (!words.has(word)) continue;
      hits[lang] = (hits[lang] ?? 0) + 1;
      (distinct[lang] ??= new Set()).add(word);
    }
  }
  const [best, second] = Object.entries(hits).filter(([lang]) => lang !== 'en').sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < LEAST_HITS || distinct[best[0]]!.size < LEAST_DISTINCT) return undefined;
  const lead = Math.max(hits.en ?? 0, second?.[1] ?? 0);
  return best[1] >= CLEAR_LEAD * lead ? best[0] : undefined;
}
