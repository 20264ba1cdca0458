/**
 * The dev toolbar app's own words when the studio gives none, and the locale it speaks. It runs
 * in the browser, where OpenCC is not loaded, so the Traditional line is written here (a unit test
 * holds it to the studio's conversion, traditional.ts).
 */
import { htmlLang, LANG_COOKIE, readLocale, type StudioLocale } from '../shared/locale.ts';
import { chineseForm } from '../../core/chinese-tag.ts';

/** The window's title when /studio/api/flags does not answer (its `text.title` otherwise), per studio locale. */
export const TITLE: Readonly<Record<StudioLocale, string>> = {
  en: 'Throughline flags',
  zh: 'Throughline 提示',
  'zh-Hant': 'Throughline 提示',
};

/** What the window says when /studio/api/flags does not answer, per studio locale. */
export const SILENT: Readonly<Record<StudioLocale, string>> = {
  en: 'The studio did not answer.',
  zh: '工作室没有响应。',
  'zh-Hant': '工作室沒有回應。',
};

/**
 * The locale of the toolbar's window: the studio's as the flags answer names it, else the one the
 * LANG_COOKIE cookie chose (`cookies`: document.cookie), else the page's `<html lang>`
 * (zh-Hant, zh-TW, zh-HK: Traditional; another zh tag: Simplified; else English).
 */
export function toolbarLocale(answered: StudioLocale | undefined, cookies: string, pageLang: string): StudioLocale {
  if (answered) return answered;
  const chosen = cookies.split(';').map((part) => part.trim().split('=')).find(([name]) => name === LANG_COOKIE)?.[1];
  if (chosen) return readLocale(decodeURIComponent(chosen));
  const form = chineseForm(pageLang);
  return form ? (form.script === 'Hant' ? 'zh-Hant' : 'zh') : 'en';
}

/** The `lang` of the toolbar's window in `locale` (BCP 47: en, zh-CN, zh-Hant). */
export const toolbarLang = (locale: StudioLocale): string => htmlLang(locale);
