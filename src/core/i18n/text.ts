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

const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

/**
 * Words of a Chinese message joined as Chinese typography joins them: a space between Chinese
 * and Latin letters or digits (`Blog 在`), none between two Chinese characters (`博客在`), as
 * the W3C's Requirements for Chinese Text Layout (clreq, 3.4) and the 中文文案排版指北 guide
 * write them. `zhJoin('博客', '在 2026-11-03 的排期')` is '博客在 2026-11-03 的排期'.
 */
export function zhJoin(...words: string[]): string {
  return words.reduce((text, word) => (text === '' ? word : `${text}${zhSpace(text, word)}${word}`), '');
}

/** The space to put between `before` and `after` in Chinese text: none when both sides are Chinese characters. */
export function zhSpace(before: string, after: string): string {
  return HAN_END.test(before) && HAN_START.test(after) ? '' : ' ';
}

/**
 * `{name}` placeholders of `template` filled from `vars` (one not in `vars` stays as written). A
 * space the template puts between a placeholder and a Chinese character is left out when the
 * value meets it with a Chinese character too (zhSpace): `不是 {channel} 的排期日` reads
 * 不是知乎的排期日 and 不是 Blog 的排期日.
 */
export function fillText(template: string, vars: Readonly<Record<string, string | number>>): string {
  const parts = template.split(/(\{\w+\})/);
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!.slice(1, -1);
    if (!(name in vars)) continue;
    const value = String(vars[name]);
    parts[i] = value;
    parts[i - 1] = parts[i - 1]!.replace(/(\p{Script=Han}) $/u, (space, han: string) => (zhSpace(han, value) ? space : han));
    parts[i + 1] = parts[i + 1]!.replace(/^ (\p{Script=Han})/u, (space, han: string) => (zhSpace(value, han) ? space : han));
  }
  return parts.join('');
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
