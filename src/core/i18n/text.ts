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

const HAN = /\p{Script=Han}/u;
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
// Full-width punctuation (CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms) and the curly quotes Chinese text uses.
const WIDE_PUNCT_END = /[\u3000-\u303f\uff00-\uffef“”‘’]$/u;
const WIDE_PUNCT_START = /^[\u3000-\u303f\uff00-\uffef“”‘’]/u;

/**
 * Words of a Chinese message joined as Chinese typography joins them: a space between Chinese
 * and Latin letters or digits (`Blog 在`), none between two Chinese characters (`博客在`), as
 * the W3C's Requirements for Chinese Text Layout (clreq, 3.4) and the 中文文案排版指北 guide
 * write them. `zhJoin('博客', '在 2026-11-03 的排期')` is '博客在 2026-11-03 的排期'.
 */
export function zhJoin(...words: string[]): string {
  return words.reduce((text, word) => (text === '' ? word : `${text}${zhSpace(text, word)}${word}`), '');
}

/**
 * The space to put between `before` and `after` in Chinese text: none when both sides are Chinese
 * characters, or either side is full-width punctuation, which carries its own space (clreq 3.1.6):
 * `“其他”在`, not `“其他” 在`.
 */
export function zhSpace(before: string, after: string): string {
  if (WIDE_PUNCT_END.test(before) || WIDE_PUNCT_START.test(after)) return '';
  return HAN_END.test(before) && HAN_START.test(after) ? '' : ' ';
}

/**
 * A name the user gave (a channel's, a pillar's, its id) as a sentence of `lang` names it: in a
 * Chinese sentence inside “” (GB/T 15834-2011 §4.1: quotation marks set off a name referred to),
 * so a short Chinese name does not run into the words around it (`其他在 2026-10-24 的排期`
 * reads as "the others, on…"; `“其他”在 2026-10-24 的排期` names the channel); Traditional
 * output turns “” into 「」 with the rest of the sentence (studio/shared/traditional.ts). English
 * gets the name as it is. Only for a name inside a sentence: a heading (`其他：连续 3 次`) or a
 * list item needs no quotes.
 */
export function quoteName(name: string, lang: Lang): string {
  return lang === 'zh' ? `“${name}”` : name;
}

/**
 * `{name}` placeholders of `template` filled from `vars` (one not in `vars` stays as written). In
 * a Chinese template, a space it puts beside a placeholder is left out where zhSpace says so: the
 * value meets a Chinese character with one (`不是 {channel} 的排期日` reads 不是知乎的排期日 and
 * 不是 Blog 的排期日), or one side is full-width punctuation (a quoted name, quoteName:
 * `计划在 {channel} {date}` reads 计划在“博客”2026-11-24).
 */
export function fillText(template: string, vars: Readonly<Record<string, string | number>>): string {
  const chinese = HAN.test(template);
  const parts = template.split(/(\{\w+\})/);
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!.slice(1, -1);
    if (!(name in vars)) continue;
    const value = String(vars[name]);
    parts[i] = value;
    if (!chinese) continue;
    // A lone space between two placeholders is judged by the value before it.
    const before = parts[i - 1] === ' ' && i >= 3 ? parts[i - 2]! : parts[i - 1]!;
    if (before !== parts[i - 1]) parts[i - 1] = zhSpace(before, value);
    else parts[i - 1] = before.replace(/(\S) $/u, (space, c: string) => (zhSpace(c, value) ? space : c));
    parts[i + 1] = parts[i + 1]!.replace(/^ (\S)/u, (space, c: string) => (zhSpace(value, c) ? space : c));
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
