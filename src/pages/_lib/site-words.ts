/**
 * The site's own Chinese words (navigation, headings, feed titles, search UI) in the script the
 * site is written in. The pages write them once, in Simplified; a site whose words are
 * Traditional (SiteData.tag: `zh-Hant`, `zh-TW`, `zh-HK`; core/language.ts siteWordsTag) gets
 * them converted at build time by OpenCC (opencc-js, MIT and Apache-2.0): Hong Kong and Macau
 * forms for `zh-HK`/`zh-MO`, else Taiwan's, with WORDS for the few site words whose Taiwan
 * phrase differs (搜索 is 搜尋 there, 加载 載入). OpenCC's Taiwan phrase table (`twp`) is not used: it reads
 * 发布 as software's 釋出, where a post is 發佈.
 *
 * OpenCC (its Simplified → Traditional build, `opencc-js/cn2t`: ~1 MB of tables) is loaded on the
 * first conversion (core/lazy-require.ts), never on import: every page and `export ics` import
 * this module, and only a Traditional site converts anything.
 */
import type * as OpenCC from 'opencc-js';
import { isTraditionalTag } from '../../core/language.ts';
import { requireNear } from '../../core/lazy-require.ts';

/**
 * Simplified site words whose Taiwan wording is another word, not only other characters: 搜尋,
 * 載入, a plan 計畫 (the Ministry of Education's form; the studio writes it so too,
 * studio/shared/traditional.ts), following someone 追蹤 (关注 is mainland).
 */
const WORDS: ReadonlyArray<readonly [string, string]> = [['搜索', '搜寻'], ['加载', '载入'], ['计划', '计画'], ['关注', '追踪']];

type Convert = (text: string) => string;
const converters = new Map<string, Convert>();
const cache = new Map<string, string>();

function converterFor(region: 'tw' | 'hk'): Convert {
  let convert = converters.get(region);
  if (!convert) {
    const { Converter } = requireNear<typeof OpenCC>(import.meta.url, 'opencc-js/cn2t', 'opencc-js/cn2t');
    const chars = Converter({ from: 'cn', to: region });
    convert = region === 'tw' ? (text) => chars(WORDS.reduce((t, [cn, tw]) => t.replaceAll(cn, tw), text)) : chars;
    converters.set(region, convert);
  }
  return convert;
}

/** The OpenCC target for a Traditional tag: Hong Kong's for `zh-HK`/`zh-MO`, else Taiwan's. */
function regionOf(tag: string): 'tw' | 'hk' {
  return /[-_](?:hk|mo)(?:[-_]|$)/i.test(tag) ? 'hk' : 'tw';
}

/**
 * `text` (site words written in Simplified) as a site tagged `tag` writes it: converted to
 * Traditional when `tag` names Traditional Chinese, else unchanged. Each string is converted once
 * per build (cached).
 */
export function siteWord(text: string, tag: string): string {
  if (!isTraditionalTag(tag)) return text;
  const key = `${regionOf(tag)}\u0000${text}`;
  let out = cache.get(key);
  if (out === undefined) {
    out = converterFor(regionOf(tag))(text);
    cache.set(key, out);
  }
  return out;
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
