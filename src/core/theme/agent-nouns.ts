import { stemmer } from 'stemmer';

/**
 * The subject an agent noun names: "astronomer" -> "astronomy", "photographers" -> "photography",
 * "philosopher" -> "philosophy" (likewise geographer, calligrapher, astrologer, biographer): the
 * Greek roots whose subject ends in -y and agent in -er (-nomy / -nomer, -graphy / -grapher,
 * -sophy / -sopher, -logy / -loger). `lower` is a lower-cased word; undefined when it is no such
 * noun.
 */
export function subjectOfAgent(lower: string): string | undefined {
  const m = AGENT.exec(lower);
  return m && !LOOK_ALIKE.has(lower.replace(/s$/, '')) ? `${lower.slice(0, m.index)}${m[1]}y` : undefined;
}

/** Nouns that end like one and are none: the chemist's monomer (mono- + -mer), a misnomer. */
const LOOK_ALIKE = new Set(['monomer', 'misnomer']);

const AGENT = /(nom|graph|soph|log)ers?$/;
const AGENT_IN = /(?:nom|graph|soph|log)ers?\b/i;

/**
 * The stems of the agent nouns a bridge gloss names, each with the stem of its subject:
 * astronomer -> [astronom, astronomi]. Porter's stemmer (npm `stemmer`) keeps the i of a noun in
 * -y and takes -er off the agent noun, so the two never meet: 天文学家 ("astronomer", bridged as
 * astronom) met neither a Chinese brand's 天文 ("astronomy", astronomi) nor an English brand's
 * "astronomy". chinese.ts gives such a stem's weight to both (half each), so the word meets the
 * subject and still meets the English agent noun ("astronomers" stays astronom in tokenize.ts).
 * Empty when the gloss names none (all but a few dozen of the bridge's 79,000 lines).
 */
export function agentStemsIn(gloss: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const word of gloss.toLowerCase().match(/[a-z]+/g) ?? []) {
    const subject = subjectOfAgent(word);
    if (subject) out.set(stemmer(word), stemmer(subject));
  }
  return out;
}

/**
 * A bridge line's stems with each agent noun's weight shared with its subject (agentStemsIn):
 * [astronom, 1] -> [astronom, 0.5], [astronomi, 0.5]; a subject stem the line already holds gains
 * the half. Weights still sum to 1; order: by weight, then stem (as build-lexicon.ts writes them).
 * A stem whose half would fall under `floor` (the weight a gloss needs to count, chinese.ts
 * MIN_GLOSS_WEIGHT) stays whole: halved, 柏拉图 ("Plato, Greek philosopher", philosoph 0.33)
 * would lose "philosopher" altogether.
 */
export function withSubjects(gloss: string, stems: readonly (readonly [string, number])[], floor: number): readonly (readonly [string, number])[] {
  // Most lines name no such noun: one test of the gloss, before any word of it is stemmed.
  if (!AGENT_IN.test(gloss)) return stems;
  const agents = agentStemsIn(gloss);
  const shared = (stem: string, w: number) => agents.has(stem) && agents.get(stem) !== stem && w / 2 >= floor;
  if (!stems.some(([stem, w]) => shared(stem, w))) return stems;
  const out = new Map<string, number>();
  const add = (stem: string, w: number) => out.set(stem, (out.get(stem) ?? 0) + w);
  for (const [stem, w] of stems) {
    if (shared(stem, w)) add(stem, w / 2), add(agents.get(stem)!, w / 2);
    else add(stem, w);
  }
  return [...out].map(([s, w]) => [s, Math.round(w * 1000) / 1000] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
