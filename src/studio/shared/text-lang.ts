/**
 * The language of a user's own words (a post title, a pillar, channel or label) shown on a studio
 * page of the other language, so a screen reader switches voice for them: an English title on
 * the 中文 studio was read by the Chinese voice, and 冬至的饺子 on the English studio by the
 * English one (which spells or skips Han). Pure.
 */
import { chineseTag, hasHan, textLanguage, type Lang } from '../../core/language.ts';
import type { StudioLocale } from './locale.ts';

/**
 * The `lang` attribute for `text` on a page in `ui`: `en` for English words on the 中文 page,
 * `zh-CN` (or `zh-Hant`, core/language.ts chineseTag) for Chinese on the English page or
 * Traditional Chinese on the zh-CN page, `zh-CN` for Simplified Chinese on the zh-Hant page (`ui`
 * the locale `zh-Hant`); `undefined` when the text is in the page's language
 * or has no letters (an id, a date), so it inherits the page's. Which language a mixed text
 * is in follows textLanguage: "WeChat 公众号" is Chinese, "Food photography (摄影)" English.
 */
export function foreignLang(text: string | null | undefined, ui: Lang | StudioLocale): string | undefined {
  if (!text || !/[A-Za-z]/.test(text) && !hasHan(text)) return undefined;
  if (textLanguage(text) === 'en') return ui === 'en' ? undefined : 'en';
  const tag = chineseTag(text);
  return (ui === 'zh' && tag === 'zh-CN') || (ui === 'zh-Hant' && tag === 'zh-Hant') ? undefined : tag;
}
