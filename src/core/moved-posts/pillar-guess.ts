/**
 * The pillar a tag, category or folder name is about, for the `--pillar-map` that import
 * suggests (summary.ts pillarlessNote): the brand's own words for a pillar are its id, name and
 * keywords. Names are compared as slugs (core/slug-words.ts: any case, any script), so
 * `Reinforcement Learning`, `reinforcement-learning` and the keyword "reinforcement learning" are
 * one; a name suggested with the first pillar whatever it was about sent an ML blog's tags to
 * its 前端工程 pillar.
 */
import { slugWords } from '../slug-words.ts';

/** A pillar as the guess reads it (PillarSchema's fields). */
export interface PillarWords {
  id: string;
  name?: string;
  keywords?: readonly string[];
}

const HAN = /^\p{Script=Han}+$/u;

/** Whether `part` is a run of whole words of `whole` (`learning` of `deep-learning`), or, in Chinese, a run of two or more characters (`前端` of `前端工程`). */
function within(part: readonly string[], whole: readonly string[]): boolean {
  const a = part.join('-');
  const b = whole.join('-');
  if (HAN.test(a) && a.length >= 2 && b.includes(a)) return true;
  return whole.some((_, i) => part.length > 0 && part.every((w, k) => whole[i + k] === w));
}

/**
 * The id of the pillar of `pillars` whose id, name or a keyword is `name` as a slug, else the
 * first whose words hold it or are held in it (`deep-learning` for the keyword "deep learning
 * models"); undefined when none does, never a pillar chosen for want of one.
 */
export function guessPillar(name: string, pillars: readonly PillarWords[]): string | undefined {
  const words = slugWords(name);
  if (words.length === 0) return undefined;
  const wordsOf = (p: PillarWords) => [p.id, p.name ?? '', ...(p.keywords ?? [])].map((w) => slugWords(w)).filter((w) => w.length > 0);
  const same = pillars.find((p) => wordsOf(p).some((w) => w.join('-') === words.join('-')));
  if (same) return same.id;
  return pillars.find((p) => wordsOf(p).some((w) => within(words, w) || within(w, words)))?.id;
}
