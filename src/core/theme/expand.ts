/**
 * Day one with a thin brand text: a brand described in a few words (a name, a one-line label,
 * pillars such as 家常菜 and 面点) shares almost no word with its own first drafts, which say
 * 饺子, 翻炒 and 面粉, not 面点. Before any post exists, such a text is widened through the
 * CC-CEDICT bridge in two steps: each English stem of the text (家常菜 -> cook) reaches the
 * Chinese words glossed by it (烹调, 煮, 烹饪) and their other glosses (boil, food), at a
 * fraction of its weight. An English word the brand wrote itself reaches Chinese words only:
 * a second English step (astronomy -> 天文 -> ...) measured worse on English drafts. The fraction shrinks as the user writes more (a text of THIN_TEXT
 * weighted words or more is used as written): the guess is worth least where the brand says
 * most. Published posts replace it as soon as there are any.
 */
import { termWeight } from './background-lookup.ts';
import { chineseLexicon } from './chinese.ts';
import type { PostTerms } from './post-terms.ts';

/** The widened words and stems count up to this share of the stem they came from. */
export const EXPAND_SHARE = 1;
/** A brand text with this many weighted words is not widened at all. */
export const THIN_TEXT = 30;
/** A word joins when its glosses give the stem at least this weight. */
const MIN_GLOSS = 0.15;
/** At most this many words per stem, the strongest glosses first. */
const PER_STEM = 40;

/**
 * How far the day-one typical point sits from general language, as a share of PRIOR_GAIN
 * (calibrate.ts): a draft can share only a few words with a brand text of a few words, so a
 * thin text asks for less (down to MIN_PRIOR_SCALE), a text of THIN_TEXT weighted words or more for all of it.
 */
export function thinPriorScale(terms: PostTerms): number {
  return Math.max(MIN_PRIOR_SCALE, Math.min(1, writtenWords(terms) / THIN_TEXT));
}
export const MIN_PRIOR_SCALE = 0.2;

function writtenWords(terms: PostTerms): number {
  return terms.sequence.filter((t) => termWeight(t) > 0).length;
}

/**
 * Brand-text counts with the two-step bridge neighbours added (the written text unchanged).
 * `whole` is the whole brand text whose thinness decides (a pillar's text is thin on its own).
 */
export function expandBrandCounts(terms: PostTerms, whole: PostTerms = terms): ReadonlyMap<string, number> {
  const share = EXPAND_SHARE * Math.max(0, 1 - writtenWords(whole) / THIN_TEXT);
  const lexicon = share > 0 ? chineseLexicon() : null;
  if (!lexicon) return terms.counts;
  const counts = new Map(terms.counts);
  const written = new Set(terms.sequence);
  const add = (term: string, n: number) => counts.set(term, (counts.get(term) ?? 0) + n);
  for (const [stem, n] of terms.counts) {
    if (stem.charCodeAt(0) >= 0x2e80 || termWeight(stem) === 0) continue;
    const words = [...lexicon.glossedAs(stem, MIN_GLOSS)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, PER_STEM);
    for (const [word, w] of words) {
      // A lone character (材, 饵) is too often a piece of another word to stand for a stem.
      if (word.length < 2 || termWeight(word) === 0) continue;
      const k = Math.min(n, 1) * w * share;
      add(word, k);
      if (!written.has(stem)) for (const [other, x] of lexicon.bridge(word)?.stems ?? []) if (other !== stem && x >= MIN_GLOSS) add(other, k * x);
    }
  }
  return counts;
}
