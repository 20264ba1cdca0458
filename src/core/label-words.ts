/**
 * Person nouns and verb phrases for common strengths, written by hand so that the label
 * composer never builds a word that does not exist ("engineerer", "historyer"). A strength not
 * listed here, and not covered by the two regular suffixes of `agentBySuffix`, gets a phrase
 * made of its own words ("the economics expert", "who knows economics").
 */

/** strength (lower case) -> [person noun, third-person verb phrase or null for "knows X"]. */
export const STRENGTH_WORDS: Record<string, [agent: string, verb: string | null]> = {
  accounting: ['accountant', null],
  acting: ['actor', 'acts'],
  architecture: ['architect', null],
  art: ['artist', 'makes art'],
  baking: ['baker', 'bakes'],
  blogging: ['blogger', 'blogs'],
  brewing: ['brewer', 'brews'],
  chemistry: ['chemist', null],
  climbing: ['climber', 'climbs'],
  coaching: ['coach', 'coaches'],
  coding: ['coder', 'codes'],
  comedy: ['comedian', 'does comedy'],
  consulting: ['consultant', 'consults'],
  cooking: ['cook', 'cooks'],
  cycling: ['cyclist', 'cycles'],
  dance: ['dancer', 'dances'],
  dancing: ['dancer', 'dances'],
  design: ['designer', 'designs'],
  development: ['developer', 'builds software'],
  drawing: ['artist', 'draws'],
  economics: ['economist', null],
  editing: ['editor', 'edits'],
  engineering: ['engineer', 'builds things'],
  entrepreneurship: ['entrepreneur', 'builds companies'],
  farming: ['farmer', 'farms'],
  film: ['filmmaker', 'makes films'],
  filmmaking: ['filmmaker', 'makes films'],
  fitness: ['trainer', 'trains'],
  gardening: ['gardener', 'gardens'],
  hiking: ['hiker', 'hikes'],
  history: ['historian', null],
  illustration: ['illustrator', 'illustrates'],
  investing: ['investor', 'invests'],
  journalism: ['journalist', 'reports'],
  knitting: ['knitter', 'knits'],
  law: ['lawyer', null],
  leadership: ['leader', 'leads'],
  management: ['manager', 'manages'],
  marketing: ['marketer', null],
  mathematics: ['mathematician', null],
  maths: ['mathematician', null],
  math: ['mathematician', null],
  medicine: ['doctor', null],
  mentoring: ['mentor', 'mentors'],
  music: ['musician', 'makes music'],
  negotiation: ['negotiator', 'negotiates'],
  nursing: ['nurse', null],
  nutrition: ['nutritionist', null],
  painting: ['painter', 'paints'],
  parenting: ['parent', null],
  physics: ['physicist', null],
  podcasting: ['podcaster', 'podcasts'],
  poetry: ['poet', 'writes poetry'],
  programming: ['programmer', 'codes'],
  research: ['researcher', 'researches'],
  running: ['runner', 'runs'],
  sales: ['salesperson', 'sells'],
  science: ['scientist', null],
  singing: ['singer', 'sings'],
  speaking: ['speaker', 'speaks'],
  statistics: ['statistician', null],
  storytelling: ['storyteller', 'tells stories'],
  swimming: ['swimmer', 'swims'],
  teaching: ['teacher', 'teaches'],
  theology: ['theologian', null],
  translation: ['translator', 'translates'],
  travel: ['traveller', 'travels'],
  travelling: ['traveller', 'travels'],
  traveling: ['traveler', 'travels'],
  tutoring: ['tutor', 'tutors'],
  woodworking: ['woodworker', null],
  writing: ['writer', 'writes'],
  yoga: ['yogi', 'does yoga'],
};

/** "photography" -> "photographer", "psychology" -> "psychologist": the two regular suffixes; else undefined. */
export function agentBySuffix(word: string): string | undefined {
  if (/graphy$/.test(word)) return word.replace(/graphy$/, 'grapher');
  if (/logy$/.test(word) && !/(theo|astro|methodo|termino|chrono|tech)logy$/.test(word)) return word.replace(/logy$/, 'logist');
  return undefined;
}

/** "photography" -> "photographs" (the verb exists for these: photograph, choreograph). */
export function verbBySuffix(word: string): string | undefined {
  if (/^(photo|choreo|video)graphy$/.test(word)) return word.replace(/graphy$/, 'graphs');
  return undefined;
}
