/**
 * The studio's three UI locales: English, Chinese in Simplified characters (`zh`, the words as
 * the dictionaries write them) and Chinese in Traditional characters (`zh-Hant`, the same words
 * converted by traditional.ts). The locale is the cookie's value; its language (Lang) is what
 * every message and the core are asked for, so `zh-Hant` speaks Chinese everywhere and only
 * its characters differ.
 */
import type { Lang } from './i18n.ts';
import { chineseForm } from '../../core/chinese-tag.ts';

/**
 * The cookie that remembers the locale chosen with the switch. Kept here, not in i18n.ts (which
 * re-exports it): the dev toolbar's browser bundle imports this module, and i18n.ts would bring
 * the dictionaries and the OpenCC converter with it.
 */
export const LANG_COOKIE = 'throughline-lang';

export const LOCALES = ['en', 'zh', 'zh-Hant'] as const;
export type StudioLocale = (typeof LOCALES)[number];

/** A cookie value as a locale: `zh`, `zh-Hant` (also `zh-TW`, `zh-HK`, `zh-MO`; `zh-CN`, `zh-Hans` for `zh`; any case), else `en`. */
export function readLocale(value: string | undefined): StudioLocale {
  if (value === 'zh') return 'zh';
  return (value !== undefined && chineseScript(value)) || 'en';
}

/** The language of a locale: `zh` for both Chinese scripts. */
export function localeLang(locale: StudioLocale): Lang {
  return locale === 'en' ? 'en' : 'zh';
}

/** The `<html lang>` of a locale (BCP 47): `en`, `zh-CN`, `zh-Hant`. */
export function htmlLang(locale: StudioLocale): string {
  return locale === 'zh' ? 'zh-CN' : locale;
}

/** The locale Intl formats dates and numbers with: English as the UK writes it, mainland China's, Taiwan's. */
export function intlLocale(locale: StudioLocale | Lang): string {
  return locale === 'en' ? 'en-GB' : locale === 'zh' ? 'zh-CN' : 'zh-TW';
}

/** The locale of the script a `zh…` tag asks for (chineseForm: zh-TW, zh-HK, zh-Hant are `zh-Hant`; zh-CN, zh-SG, zh-Hans `zh`), null when it names none or is not Chinese. */
function chineseScript(tag: string): StudioLocale | null {
  const script = chineseForm(tag)?.script;
  return script ? (script === 'Hant' ? 'zh-Hant' : 'zh') : null;
}

/** What an Accept-Language header asks of the studio (acceptedLanguage). */
export interface AcceptedLanguage {
  /** The most preferred language the studio has: `en` for `en…`, `*` or none of ours. */
  lang: Lang;
  /** For Chinese, the script the most preferred script-naming zh range asks for; null when none names one (`zh` alone). */
  script: StudioLocale | null;
}

/**
 * An Accept-Language header read once (RFC 9110 section 12.5.4: ranges with optional `;q=`
 * weights, q=0 meaning "not acceptable"): the most preferred range the studio has (`en…` or `*`
 * is English, any `zh…` Chinese; ties keep the header's order), and the script of the most
 * preferred script-naming zh range (zh-TW, zh-HK, zh-MO, zh-Hant: Traditional; zh-CN, zh-SG,
 * zh-Hans: Simplified). No header, or none of ours, is English.
 */
export function acceptedLanguage(header: string | null | undefined): AcceptedLanguage {
  let best: { lang: Lang; q: number } | null = null;
  let script: { locale: StudioLocale; q: number } | null = null;
  for (const part of (header ?? '').split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const tag = range.trim();
    const chinese = chineseForm(tag) !== null;
    const lang: Lang | null = chinese ? 'zh' : tag === 'en' || tag.startsWith('en-') || tag === '*' ? 'en' : null;
    if (!lang) continue;
    const weight = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((q) => q !== undefined);
    const q = weight === undefined ? 1 : Number(weight);
    if (q <= 0) continue;
    if (!best || q > best.q) best = { lang, q };
    const named = chinese ? chineseScript(tag) : null;
    if (named && (!script || q > script.q)) script = { locale: named, q };
  }
  return { lang: best?.lang ?? 'en', script: best?.lang === 'zh' ? (script?.locale ?? null) : null };
}

/**
 * The locale for what a browser asks (acceptedLanguage), before any choice with the switch: English
 * unless Chinese is preferred; for Chinese, the script the header names, else (`zh` alone)
 * Traditional when `brandTraditional` (the brand writes its words in Traditional characters),
 * else Simplified.
 */
export function acceptedLocale(accepted: AcceptedLanguage, brandTraditional = false): StudioLocale {
  if (accepted.lang !== 'zh') return 'en';
  return accepted.script ?? (brandTraditional ? 'zh-Hant' : 'zh');
}

/** The locale for an Accept-Language header: acceptedLocale of acceptedLanguage. */
export function localeFromAcceptLanguage(header: string | null | undefined, brandTraditional = false): StudioLocale {
  return acceptedLocale(acceptedLanguage(header), brandTraditional);
}
