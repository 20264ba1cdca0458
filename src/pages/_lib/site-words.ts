/**
 * The site's own Chinese words (navigation, headings, feed titles, search UI) in the script the
 * site is written in. The pages write them once, in Simplified; a site whose words are
 * Traditional (SiteData.tag: `zh-Hant`, `zh-TW`, `zh-HK`; core/language.ts siteWordsTag) gets
 * them converted at build time by the studio's converter (core/i18n/traditional.ts: OpenCC with
 * Taiwan's phrases and words, 搜尋, 載入, 計畫, 追蹤, 頻道, 週, quotes 「」; Hong Kong's character
 * forms for `zh-HK`/`zh-MO`), which loads OpenCC on the first word converted, never on import:
 * every page and `export ics` import this module, and only a Traditional site converts anything.
 */
import { isTraditionalTag } from '../../core/language.ts';
import { toTraditional, traditionalRegion } from '../../core/i18n/traditional.ts';

type Convert = (text: string) => string;

/**
 * `text` (site words written in Simplified) as a site tagged `tag` writes it: converted to
 * Traditional when `tag` names Traditional Chinese, else unchanged. Each string is converted once
 * per build (cached by core/i18n/traditional.ts).
 */
export function siteWord(text: string, tag: string): string {
  return isTraditionalTag(tag) ? toTraditional(text, traditionalRegion(tag)) : text;
}

/**
 * The site words function of a site tagged `tag`: `w('首页')` or, as a template tag,
 * w`共 ${n} 篇` (only the literal parts are converted: an interpolated brand or tag name is the
 * writer's own text and stays as written).
 */
export function siteWords(tag: string): (text: string | TemplateStringsArray, ...values: unknown[]) => string {
  return (text, ...values) =>
    typeof text === 'string' ? siteWord(text, tag) : text.reduce((out, part, i) => out + siteWord(part, tag) + (i < values.length ? String(values[i]) : ''), '');
}

const bound = new Map<string, Convert>();

/**
 * siteWord bound to `tag`, one function per tag (so that buildCalendar's `traditional`, keyed by
 * it, is made once), or undefined for a tag that does not name Traditional Chinese: the
 * calendars' own words, written in Simplified, as the site writes its words.
 */
export function traditionalWords(tag: string): Convert | undefined {
  if (!isTraditionalTag(tag)) return undefined;
  let convert = bound.get(tag);
  if (!convert) bound.set(tag, (convert = (text) => siteWord(text, tag)));
  return convert;
}
