/**
 * Text in both of Throughline's languages, and the few helpers every message needs: picking
 * the user's language and counting nouns with the right plural (CLDR plural rules through
 * Intl.PluralRules; Chinese has no plural form and counts with a measure word).
 */
import type { Lang } from '../language.ts';

/** One message in English and in Chinese. */
export interface Text {
  en: string;
  zh: string;
}

/** The text in `lang`; a plain string is the same in both languages (an id, a path). */
export function pick(text: Text | string, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

const EN_RULES = new Intl.PluralRules('en');

/**
 * `n` with its noun: `countOf(1, ['pillar', 'pillars'], '个支柱')` is
 * { en: '1 pillar', zh: '1 个支柱' }, and 2 gives '2 pillars'. English forms follow CLDR's
 * rules (one / other).
 */
export function countOf(n: number, en: [one: string, other: string], zh: string): Text {
  return { en: `${n} ${EN_RULES.select(n) === 'one' ? en[0] : en[1]}`, zh: `${n} ${zh}` };
}
