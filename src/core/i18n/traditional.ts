/**
 * Throughline's own Chinese words (the studio's dictionaries, the portfolio's site words, the
 * calendars' words), written once in Simplified, in Traditional characters: one converter and one
 * word list for every part, so the studio and a portfolio never word the same thing twice.
 *
 * OpenCC (opencc-js, MIT and Apache-2.0; its Simplified → Traditional build `opencc-js/cn2t`,
 * ~1 MB of tables, which carries the Taiwan phrase dictionaries of `twp` as the full build does)
 * is loaded on the first conversion (lazy-require.ts), never on import: an English or Simplified
 * studio, page or `export ics` never loads it.
 *
 * Taiwan (`tw`, the default, for `zh-Hant`, `zh-TW` and any Traditional reader but Hong Kong's):
 * OpenCC's Taiwan phrases (`twp`: 设置 設定, 保存 儲存, 文件 檔案, 默认 預設) with TAIWAN_WORDS
 * held out of its reach, and Taiwan's quotation marks. Hong Kong (`hk`, for `zh-HK`, `zh-MO`):
 * Hong Kong's character forms (着, 裏, 綫: OpenCC's `hk`, characters only, with none of Taiwan's
 * words: 搜索 and 計劃 stay), HONG_KONG_WORDS held, and the same quotation marks (Hong Kong's too).
 */
import type * as OpenCC from 'opencc-js';
import { requireNear } from '../lazy-require.ts';
import { chineseForm } from '../chinese-tag.ts';

/** Whose Traditional writing a text follows: Taiwan's (`tw`) or Hong Kong's and Macau's (`hk`). */
export type TraditionalRegion = 'tw' | 'hk';

/**
 * Simplified words whose Taiwan form OpenCC's `twp` gets wrong for Throughline, written as given:
 * `twp` reads 发布 as software's release (釋出, even from 發佈) where a post is published (發佈),
 * and keeps 账号 as 賬號 where Taiwan writes 帳號. It converts characters alone where Taiwan uses
 * another word: a publishing channel is a 頻道 (渠道 is a mainland sales channel), a plan a 計畫
 * (the Ministry of Education's form), a week a 週 (Throughline's 周 is always a week: 每周, 近 26
 * 周, 周一), following someone 追蹤 (关注 is mainland), a program that does not answer 沒有回應
 * (響應 is mainland), a site's build 建置 (構建 is mainland), searching 搜尋 and loading 載入
 * (OpenCC's phrases miss them inside a longer run: 篇文章中搜索), the iPhone's camera format
 * named as its Taiwan settings name it (最相容, not 兼容性最佳), and the keys as a Taiwan keyboard
 * user names them: Enter 鍵 (回車), Esc 鍵 (退出鍵), 空白鍵 and 空白 (空格). 明了 is held as
 * written: OpenCC reads a verb's 了 after 明 as 明瞭 (clear), 声明了 becoming 聲明瞭. 个旧 is
 * 個舊: OpenCC's phrase for the city Gejiu (箇舊) also caught "1 个旧地址" (one old address), and
 * the city is 個舊 in Taiwan too. Relating two things is 聯繫起來 (twp's 聯絡 is getting in touch).
 * Google Calendar's menu item for subscribing is named as its Taiwan interface names it, 透過網址新增
 * (twp wrote 通過網址新增, a label the reader looks for and does not find).
 */
export const TAIWAN_WORDS: ReadonlyArray<readonly [simplified: string, traditional: string]> = [
  ['发布', '發佈'],
  ['账号', '帳號'],
  ['渠道', '頻道'],
  ['计划', '計畫'],
  ['关注', '追蹤'],
  ['周', '週'],
  ['响应', '回應'],
  ['构建', '建置'],
  ['搜索', '搜尋'],
  ['加载', '載入'],
  ['兼容性最佳', '最相容'],
  ['回车', 'Enter 鍵'],
  ['退出键', 'Esc 鍵'],
  ['空格键', '空白鍵'],
  ['空格', '空白'],
  ['明了', '明了'],
  ['个旧', '個舊'],
  ['联系起来', '聯繫起來'],
  ['通过网址添加', '透過網址新增'],
];

/** The words of TAIWAN_WORDS that are corrections of OpenCC, not Taiwan's wording: Hong Kong's too. */
export const HONG_KONG_WORDS: ReadonlyArray<readonly [simplified: string, traditional: string]> = TAIWAN_WORDS.filter(([cn]) => cn === '发布' || cn === '明了' || cn === '个旧');

/** Taiwan's and Hong Kong's quotation marks (「」, 『』 inside them) for Simplified text's “” and ‘’. */
const QUOTES: Readonly<Record<string, string>> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

/** The region whose forms a Traditional tag asks for (chineseForm): `hk` for `zh-HK`, `zh-MO` (`zh-Hant-HK`, `zh_hk`, `yue-HK`), else `tw`. */
export function traditionalRegion(tag: string): TraditionalRegion {
  return chineseForm(tag)?.hongKong ? 'hk' : 'tw';
}

type Convert = (text: string) => string;
const converters = new Map<TraditionalRegion, Convert>();
const cache = new Map<string, string>();

/** OpenCC's converter for `region`, with the region's words held by private-use marks it leaves alone. */
function converterFor(region: TraditionalRegion): Convert {
  let convert = converters.get(region);
  if (convert) return convert;
  const { Converter } = requireNear<typeof OpenCC>(import.meta.url, 'opencc-js/cn2t', 'opencc-js/cn2t');
  const chars = Converter({ from: 'cn', to: region === 'tw' ? 'twp' : 'hk' });
  const words = region === 'tw' ? TAIWAN_WORDS : HONG_KONG_WORDS;
  const mark = (i: number) => `\uE000${String.fromCharCode(0xe001 + i)}`;
  convert = (text) => {
    const held = words.reduce((out, [cn], i) => out.replaceAll(cn, mark(i)), text);
    return words.reduce((out, [, tr], i) => out.replaceAll(mark(i), tr), chars(held)).replace(/[“”‘’]/g, (q) => QUOTES[q]!);
  };
  converters.set(region, convert);
  return convert;
}

/**
 * `text` (Throughline's own words, in Simplified) in Traditional characters as `region` writes
 * them (Taiwan's by default). Loads OpenCC on the first call; each text is converted once per
 * process and kept. Only for Simplified text: Taiwan's phrase table reads some Traditional words
 * again (發佈 becomes 釋出), so a converted text is never passed twice.
 */
export function toTraditional(text: string, region: TraditionalRegion = 'tw'): string {
  const key = `${region}\u0000${text}`;
  let out = cache.get(key);
  if (out === undefined) cache.set(key, (out = converterFor(region)(text)));
  return out;
}
