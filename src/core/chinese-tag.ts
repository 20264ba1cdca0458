/**
 * What a language tag says of Chinese: whether it is Chinese, and in which script and region's
 * forms. No imports: the studio's locale module, which the dev toolbar's browser bundle loads,
 * reads tags with it too.
 */

/**
 * The individual languages the IANA subtag registry files under the `zh` macrolanguage
 * (Cantonese `yue`, Mandarin `cmn`, Wu `wuu`, Min Nan `nan`, Hakka `hak`, Literary `lzh` …):
 * a tag may name one instead of `zh` (RFC 5646 §2.2.2, "yue-HK").
 */
export const CHINESE_LANGUAGES = new Set(['zh', 'cdo', 'cjy', 'cmn', 'cnp', 'cpx', 'csp', 'czh', 'czo', 'gan', 'hak', 'hsn', 'lzh', 'mnp', 'nan', 'wuu', 'yue']);

/** How a Chinese language tag asks for its text to be written ({@link chineseForm}). */
export interface ChineseForm {
  /** `Hant` or `Hans`: the script subtag's, else the region's (TW, HK, MO write Hant; any other region Hans); null when the tag names neither (`zh`, `zh-yue`). */
  script: 'Hant' | 'Hans' | null;
  /** The region is Hong Kong or Macau, whose Traditional character forms and words differ from Taiwan's. */
  hongKong: boolean;
}

/**
 * What a language tag says of how Chinese is written, or null when it is not Chinese (its
 * language subtag is neither `zh` nor one of the Chinese languages, `yue`, `cmn`…). Takes a BCP 47
 * tag (RFC 5646 §2.1: language, extlang, script, region; any case, `zh-Hant-TW`, `yue-HK`) or a
 * POSIX locale (`zh_TW.UTF-8`, `zh_HK.Big5@stroke`: `_` for `-`, the codeset and modifier
 * ignored); extension and private-use subtags (from the first single letter, `-u-`, `-x-`) are ignored. An explicit script wins over the region:
 * `zh-Hans-HK` is Simplified. The one reader of these tags for the portfolio's words, the studio's
 * and the CLI's locales and the converter's region.
 */
export function chineseForm(tag: string): ChineseForm | null {
  const [language = '', ...rest] = tag.replace(/[.@].*$/, '').toLowerCase().split(/[-_]/);
  if (!CHINESE_LANGUAGES.has(language)) return null;
  // An extension or private use (a single-letter subtag: zh-u-co-stroke, zh-x-tw) ends what says the script and region.
  const single = rest.findIndex((t) => t.length === 1);
  const subtags = single < 0 ? rest : rest.slice(0, single);
  const scriptTag = subtags.find((s) => s === 'hant' || s === 'hans');
  const region = subtags.find((s) => /^(?:[a-z]{2}|\d{3})$/.test(s));
  const hongKong = region === 'hk' || region === 'mo';
  if (scriptTag) return { script: scriptTag === 'hant' ? 'Hant' : 'Hans', hongKong };
  if (region) return { script: hongKong || region === 'tw' ? 'Hant' : 'Hans', hongKong };
  return { script: null, hongKong: false };
}
