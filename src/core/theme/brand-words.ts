/**
 * The brand's own Chinese words as segmentation's user dictionary (chinese.ts setUserWords):
 * what the theme model reads of the brand (model.ts: label, audience, strengths, each pillar's
 * name, description and keywords) stays whole where a post writes it, as jieba's add_word keeps a
 * user's words. Keywords, pillar names and strengths are the names; the rest is cut with them in
 * place. Traditional characters are read as Simplified, as tokenize.ts reads them.
 */
import type { Brand } from '../schema/planner.ts';
import { setUserWords } from './chinese.ts';
import { toSimplified } from './traditional.ts';

/** Makes `brand`'s words the user dictionary of every segmentation from now on. */
export function useBrandWords(brand: Pick<Brand, 'label' | 'audience' | 'strengths' | 'pillars'>): void {
  const names = brand.pillars.flatMap((p) => [p.name, ...p.keywords]);
  // Strengths are often sentences ("只用开源工具"), as the label and audience are.
  const texts = [brand.label, brand.audience, ...brand.strengths, ...brand.pillars.map((p) => p.description)];
  // An English brand names no Han word: nothing to convert, and the character table stays unread.
  const han = (list: string[]) => (list.some((t) => HAN.test(t)) ? list.map(toSimplified) : []);
  setUserWords(han(names), han(texts));
}

const HAN = /\p{Script=Han}/u;
