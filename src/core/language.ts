/**
 * The two languages Throughline speaks, and how the language of a brand, a CLI run or a text
 * is decided. Pure: callers pass the environment in.
 */
import type { Brand } from './schema/planner.ts';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

const HAN = /\p{Script=Han}/u;

/** True when `text` holds at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * The language a brand speaks to its readers: `brand.language` when set, else `zh` when the
 * name, label or audience hold Han characters, else `en`. Used for text that readers of the
 * brand see (calendar event titles, public pages).
 */
export function brandLanguage(brand: Pick<Brand, 'name' | 'label' | 'audience'> & { language?: Lang }): Lang {
  if (brand.language) return brand.language;
  return hasHan(`${brand.name} ${brand.label} ${brand.audience ?? ''}`) ? 'zh' : 'en';
}

/**
 * The CLI's language from POSIX locale variables, in their order of precedence
 * (LC_ALL, LC_MESSAGES, LANG; POSIX.1-2017 §8.2): `zh` for any `zh*` locale, else `en`.
 * `env` is `process.env` or a test's stand-in.
 */
export function localeLanguage(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh\b|^zh[_.-]/i.test(locale) ? 'zh' : 'en';
}
