/**
 * The studio's two languages (Chinese in two scripts: locale.ts; Traditional is the `zh` text
 * converted, traditional.ts). Each page module may keep its own dictionary in a separate file
 * (a feature's strings.ts, e.g. src/studio/plan/strings.ts exporting a `Dictionary`) and pass it to `createTranslator`.
 */
import { fillText } from '../../core/i18n/text.ts';
import { localeLang, readLocale, type StudioLocale } from './locale.ts';
import { UX_TEXT } from './strings.ts';
import { toTraditional } from './traditional.ts';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The cookie that remembers the chosen language (locale.ts, which the toolbar's browser bundle imports). */
export { LANG_COOKIE } from './locale.ts';

/** key -> text in each language. */
export type Dictionary = Record<string, { en: string; zh: string }>;

export const STUDIO_TEXT: Dictionary = {
  'nav.dashboard': { en: 'Dashboard', zh: '总览' },
  'nav.brand': { en: 'Brand', zh: '品牌' },
  'nav.channels': { en: 'Channels', zh: '渠道' },
  'nav.plan': { en: 'Plan', zh: '计划' },
  'nav.drafts': { en: 'Posts', zh: '文章' },
  'nav.label': { en: 'Studio sections', zh: '工作室导航' },
  'lang.label': { en: 'Language', zh: '界面语言' },
  'lang.to.en': { en: 'Switch to English', zh: '切换到英文' },
  'lang.to.zh': { en: 'Switch to Chinese in Simplified characters', zh: '切换到简体中文' },
  'lang.to.zh-Hant': { en: 'Switch to Chinese in Traditional characters', zh: '切换到繁体中文' },
  'studio.name': { en: 'Throughline studio', zh: 'Throughline 工作室' },
  // The header's name after "Throughline": out of sight on a phone, where the row also holds the language and theme switches.
  'studio.word': { en: ' studio', zh: ' 工作室' },
  'common.save': { en: 'Save', zh: '保存' },
  'common.saved': { en: 'Saved.', zh: '已保存。' },
  'common.notSaved': { en: 'Nothing was saved: fix the fields marked below.', zh: '未保存：请修改下面标出的字段。' },
  'common.add': { en: 'Add', zh: '添加' },
  'common.remove': { en: 'Remove', zh: '删除' },
  'common.filter': { en: 'Filter', zh: '筛选' },
  'common.all': { en: 'All', zh: '全部' },
  'common.none': { en: '(none)', zh: '（无）' },
  'common.stale': {
    en: 'This file changed on disk since you opened it. Your text is kept below; reload to see the new version, then apply your edits again.',
    zh: '自你打开以来，此文件已在磁盘上被修改。你的文字保留在下方；请重新加载查看新版本，再重新应用你的修改。',
  },
  'common.changedOnDisk': {
    en: 'The file changed on disk. You have unsaved edits, so the page was not reloaded.',
    zh: '文件已在磁盘上修改。你有未保存的编辑，所以页面没有重新加载。',
  },
  'common.reload': { en: 'Reload', zh: '重新加载' },
  'common.writeFailed': {
    en: 'Nothing was saved, and your text is kept below. The file could not be written:',
    zh: '未保存，你的文字保留在下方。文件无法写入：',
  },
  ...UX_TEXT,
};

/** Reads a cookie value as a language: `zh` for either Chinese locale (`zh`, `zh-Hant`: locale.ts readLocale), anything else English. */
export function readLang(value: string | undefined): Lang {
  return localeLang(readLocale(value));
}

/**
 * The studio language for an Accept-Language header (RFC 9110 section 12.5.4: ranges with
 * optional `;q=` weights, q=0 meaning "not acceptable"): the most preferred range the studio
 * has, where any `zh` range (zh, zh-CN, zh-Hans, zh-TW …) is Chinese and `en…` or `*` is
 * English; ties keep the header's order. No header, or none of ours, is English.
 */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  let best: { lang: Lang; q: number } | null = null;
  for (const part of (header ?? '').split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const tag = range.trim();
    const lang: Lang | null = tag === 'zh' || tag.startsWith('zh-') ? 'zh' : tag === 'en' || tag.startsWith('en-') || tag === '*' ? 'en' : null;
    if (!lang) continue;
    const weight = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((q) => q !== undefined);
    const q = weight === undefined ? 1 : Number(weight);
    if (q > 0 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'en';
}

/**
 * A `t(key)` for one language or locale over the studio text plus any extra dictionaries. In
 * `zh-Hant` it gives the `zh` text in Traditional characters (traditional.ts toTraditional, which
 * loads OpenCC on the first word).
 */
export function createTranslator(lang: Lang | StudioLocale, ...extra: Dictionary[]): (key: string) => string {
  const dictionary: Dictionary = Object.assign({}, STUDIO_TEXT, ...extra);
  if (lang === 'zh-Hant') return (key) => (dictionary[key] ? toTraditional(dictionary[key].zh) : key);
  return (key) => dictionary[key]?.[lang] ?? key;
}

/** `{name}` placeholders filled from `vars`, spaced as Chinese typography spaces them (core/i18n/text.ts fillText). */
export function fill(text: string, vars: Record<string, string | number>): string {
  return fillText(text, vars);
}
