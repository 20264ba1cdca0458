/**
 * The language of a short version of a translated post. postLanguage gives a post of fewer than
 * TOO_FEW_WORDS words and characters (a stub: a class name over a diagram) the site's language,
 * since its text says too little to tell; but a stub that shares its `translationKey` with a
 * version already in the site's language is that version's translation, so its own text decides
 * (postLanguage without the fallback): before, on a Chinese site the 15-word English "Hello, this
 * is the first post of my bilingual blog…" beside its Chinese 你好 was published as zh-CN, and the
 * pair was listed twice, linked neither way, the English one in /zh/rss.xml.
 */
import { postLangTag, postLanguage, type Lang } from './language.ts';
import { translationsOf } from './translations.ts';

/** What a post says of its language: its title, `lang` field, body and `translationKey`. */
export interface LanguageSource {
  title: string;
  lang?: string;
  body: string;
  translationKey?: string;
}

/**
 * Sets `lang` and `tag` (postLanguage / postLangTag) of each item of `items` that took the site's
 * language `siteLang` as a stub while its own text reads as the other language and another item
 * with its `translationKey` is in `siteLang`; items with a `lang` field, without a key, or whose
 * text reads as the site's language anyway are left as they are. `items` are changed in place.
 */
export function settleStubLanguages<T extends { lang: Lang; tag: string }>(items: T[], sourceOf: (item: T) => LanguageSource, siteLang: Lang): void {
  const own = new Map<T, Lang>();
  for (const item of items) {
    const s = sourceOf(item);
    if (s.lang || s.translationKey === undefined || item.lang !== siteLang) continue;
    const read = postLanguage(s.title, undefined, s.body);
    if (read !== siteLang) own.set(item, read);
  }
  if (own.size === 0) return;
  for (const [item, others] of translationsOf(items, (i) => sourceOf(i).translationKey)) {
    const read = own.get(item);
    if (read === undefined || !others.some((o) => o.lang === siteLang && !own.has(o))) continue;
    const s = sourceOf(item);
    item.lang = read;
    item.tag = postLangTag(s.title, undefined, s.body);
  }
}
