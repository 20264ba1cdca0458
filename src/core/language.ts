/**
 * The two languages Throughline speaks, and how the language of a brand, a CLI run or a text
 * is decided. Pure: callers pass the environment in.
 */
import type { Brand } from './schema/planner.ts';
import { latinLanguage } from './latin-language.ts';
import { scriptCounts } from './theme/traditional.ts';
import { CHINESE_LANGUAGES, chineseForm } from './chinese-tag.ts';

export { chineseForm, type ChineseForm } from './chinese-tag.ts';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

const HAN = /\p{Script=Han}/u;
/** Han characters and CJK punctuation (U+3000-303F) and full-width forms (U+FF00-FFEF). */
const CJK_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;
/** One such character (no /g: .test keeps no state between calls). */
const IS_CJK_CHAR = new RegExp(CJK_CHAR.source, 'u');
const LATIN_WORD = /[A-Za-z]{2,}/g;
/**
 * A letter or digit of a word written with spaces between words, as RegExp source (u flag). Han
 * is not one: Chinese needs no spaces, so "用Python写" holds the word Python.
 */
export const SPACED_WORD_CHAR = '(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])';

/** True when `text` holds at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * The language a text is written in: `zh` when its CJK characters (Han, CJK punctuation,
 * full-width forms) are at least as many as its Latin words (two letters or more), else `en`.
 * Counting, not "any Han character", so an English text quoting a Chinese word (生抽) stays
 * English and a Chinese text naming a brand (Python) stays Chinese.
 */
export function textLanguage(text: string): Lang {
  const cjk = cjkCount(text);
  const latin = latinWordCount(text);
  return cjk > 0 && cjk >= latin ? 'zh' : 'en';
}

/**
 * The language a brand speaks to its readers: `brand.language` when set, else
 * {@link wordsLanguage} of its name, label and audience. The one rule for every text readers of
 * the brand see: portfolio pages, social cards, calendar event text.
 */
export function brandLanguage(brand: Pick<Brand, 'name' | 'label' | 'audience'> & { language?: Lang }): Lang {
  return brand.language ?? wordsLanguage(`${brand.name} ${brand.label} ${brand.audience ?? ''}`);
}

/**
 * The language of a short text the brand names itself with (its name, label and audience, a
 * channel's name): `zh` when its Chinese, counted in words (CJK_PER_WORD characters a word, as
 * postLanguageMix counts a post), is at least as much as its Latin words, else `en`. Counted a
 * character a word ({@link textLanguage}), a half-English label (Mei Lin, "Food photographer
 * 美食摄影师": 4 English words, 5 characters) read as Chinese, and so did the brand's portfolio and calendars.
 */
export function wordsLanguage(text: string): Lang {
  const cjk = cjkCount(text);
  return cjk > 0 && cjk / CJK_PER_WORD >= latinWordCount(text) ? 'zh' : 'en';
}

/**
 * A post's language: its `lang` field when set (`zh`, `zh-CN`, `zh-TW`... are `zh`, any other
 * tag `en`), else {@link textLanguage} of its title and prose (proseOf); also `zh` for a Chinese
 * title over prose with at least one CJK character per QUOTED_ENGLISH Latin words; and
 * `fallback` (the site's language) when title and prose hold fewer than TOO_FEW_WORDS words.
 */
export function postLanguage(title: string, lang: string | undefined, body: string, fallback?: Lang): Lang {
  if (lang) return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  return proseLanguage(readProse(title, body), fallback);
}

/** A post's title, its prose (proseOf) and their counts: read once, for every rule that needs them. */
interface ProseRead {
  title: string;
  prose: string;
  /** CJK characters and Latin words of title and prose together (proseCounts). */
  cjk: number;
  latin: number;
}

function readProse(title: string, body: string): ProseRead {
  const prose = proseOf(body);
  const text = `${title}\n${prose}`;
  return { title, prose, cjk: cjkCount(text), latin: latinWordCount(text) };
}

/** {@link postLanguage} of a post without `lang`, from its read prose. */
function proseLanguage({ title, prose, cjk, latin }: ProseRead, fallback?: Lang): Lang {
  if (cjk > 0 && cjk >= latin) return 'zh';
  // Too few words to tell (a stub: a class name over a diagram): the site's language, when given.
  if (fallback && cjk + latin < TOO_FEW_WORDS) return fallback;
  // A Chinese title over Chinese prose that quotes English at length (Javadoc, a man page, an
  // error log pasted as text) is a Chinese post: the title and the narration are the author's.
  return textLanguage(title) === 'zh' && hasHan(title) && cjkCount(prose) * QUOTED_ENGLISH >= latinWordCount(prose) ? 'zh' : 'en';
}

/**
 * The BCP 47 tag a post is published with (`<html lang>`, feeds' `xml:lang` and `language`,
 * hreflang, JSON-LD `inLanguage`): its `lang` field as written, with canonical case (`zh-tw` →
 * `zh-TW`, `en_GB` → `en-GB`; `zh` alone → `zh-CN`, or `zh-Hant` for Traditional text); else `ko` for a text mostly in
 * Hangul and `ja` for one with kana (both written with spaces or Han that {@link postLanguage}
 * reads as English or Chinese), `de`, `fr`, `es`, `it`, `nl` or `pt` for a text clearly in one of them
 * (latin-language.ts: a Berlin coach's German posts were `lang="en"`), else `en`, or for Chinese `zh-Hant` when it is written in Traditional
 * characters (chineseTag) and `zh-CN` otherwise, by {@link postLanguage}. The site's own words
 * stay English or Chinese (postLanguage); this is the language of the post's text, so browsers
 * break its lines, pick its fonts and read it aloud as that language. Before, a real Korean blog
 * (OseungKwon/blog) was published as `lang="en"` and a `lang: zh-TW` post as `zh-CN`, and a
 * Traditional post without `lang` (a Taipei tea blog) as `zh-CN`, drawn with Simplified glyph shapes.
 */
export function postLangTag(title: string, lang: string | undefined, body: string, fallback?: Lang): string {
  if (lang) {
    const [first, ...rest] = lang.split(/[-_]/);
    const language = first!.toLowerCase();
    if (!rest.length) return language === 'zh' ? chineseTag(`${title}\n${proseOf(body)}`) : language;
    return [language, ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase()))].join('-');
  }
  const read = readProse(title, body);
  return proseTag(read, () => proseLanguage(read, fallback));
}

/**
 * {@link postLanguage} and {@link postLangTag} of one post, its prose read once (a portfolio page
 * needs both, for every post of every build).
 */
export function postLanguageAndTag(title: string, lang: string | undefined, body: string, fallback?: Lang): { lang: Lang; tag: string } {
  if (lang) return { lang: postLanguage(title, lang, body), tag: postLangTag(title, lang, body) };
  const read = readProse(title, body);
  const language = proseLanguage(read, fallback);
  return { lang: language, tag: proseTag(read, () => language) };
}

/** {@link postLangTag} of a post without `lang`; `language` gives its postLanguage, asked only for a text neither Japanese nor Korean. */
function proseTag(read: ProseRead, language: () => Lang): string {
  const text = `${read.title}\n${read.prose}`;
  const { cjk, latin } = read;
  const kana = text.match(KANA)?.length ?? 0;
  // Japanese: kana beside the Han (a Chinese text quoting one Japanese name has a few at most),
  // and more Japanese characters than Latin words, as for Korean below: one ¯\_(ツ)_/¯ in an English
  // post of thousands of words made its page `lang="ja"` and its search index Japanese.
  if (kana > 0 && kana >= KANA_SHARE * (kana + cjk) && kana + cjk >= latin) return 'ja';
  const hangulWords = text.match(HANGUL_WORD)?.length ?? 0;
  if (hangulWords > 0 && hangulWords >= latin && hangulWords >= cjk) return 'ko';
  if (language() === 'zh') return chineseTag(text);
  return latinLanguage(text) ?? 'en';
}

/**
 * The tag of a Chinese text: `zh-Hant` when it is written in Traditional characters (at least as
 * many characters only Traditional writes, 這 灣 烏, as Simplified forms of them, 这 湾 乌;
 * theme/traditional.ts scriptCounts), else `zh-CN`. Simplified forms that Traditional also writes
 * (台, 里, 后) keep a Traditional text at one for every two to four Traditional-only ones, and a
 * name as short as 台灣茶 at one each; a Simplified text has none but a quoted name.
 */
export function chineseTag(text: string): 'zh-Hant' | 'zh-CN' {
  const { traditional, simplified } = scriptCounts(text);
  return traditional > 0 && traditional >= simplified ? 'zh-Hant' : 'zh-CN';
}

/**
 * The tag a whole set of texts in language `lang` is in, from their own tags (a feed's posts'
 * SitePost.tag): the tag more than half of those of that language share (`zh-Hant` for a blog in
 * Traditional characters), else the language's usual tag, `zh-CN` or `en`. Tags of other
 * languages (a Korean post on a Chinese site) are not counted.
 */
export function dominantTag(tags: Iterable<string>, lang: Lang): string {
  const counts = new Map<string, number>();
  let total = 0;
  for (const tag of tags) {
    if (primaryLanguage(tag) !== lang) continue;
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
    total++;
  }
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return n * 2 > total ? top : lang === 'zh' ? 'zh-CN' : 'en';
}

/**
 * The tag a list of items is in, one BCP 47 tag an item (a feed's posts' SitePost.tag), for the
 * list as a whole (RSS's <language>, Atom's feed xml:lang, JSON Feed's language): the language
 * more than half of the items are in, with its own tag as {@link dominantTag} picks it, else
 * `lang`'s. An English-framed blog whose posts are all Chinese has a zh-CN feed: RSS says no
 * language per item, so a feed reader took every Chinese title and text for English.
 */
export function itemsLanguage(tags: readonly string[], lang: Lang): string {
  const byLanguage = new Map<string, string[]>();
  for (const tag of tags) byLanguage.set(primaryLanguage(tag), [...(byLanguage.get(primaryLanguage(tag)) ?? []), tag]);
  const [major, own] = [...byLanguage].find(([, of]) => of.length * 2 > tags.length) ?? [lang, []];
  if ((LANGS as readonly string[]).includes(major)) return dominantTag(tags, major as Lang);
  const counts = new Map<string, number>();
  for (const tag of own) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** A BCP 47 tag's language subtag, lower case: `zh-TW` → `zh`, `en_GB` → `en`, `ko` → `ko`. */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}


/**
 * True when the BCP 47 tag `tag` (any case, `-` or `_`) names Chinese or Japanese: languages
 * written without spaces between words, whose sentences end in 。, and which the portfolio's
 * search indexes a character a word. Decided by the language subtag alone, so `zh`, `zh-Hant`,
 * `zh-TW`, `zh-yue`, `yue`, `cmn-Hans`, `ja`, `ja-JP` are, and `ko` (Korean is written with
 * spaces), `en`, `zhuang`, `jam` and an empty tag are not. The one rule for every place that
 * asks (a page's `<html lang>`, a search index's language).
 */
export function isUnspacedLanguage(tag: string): boolean {
  const language = primaryLanguage(tag);
  return language === 'ja' || CHINESE_LANGUAGES.has(language);
}

/** The tag of a page in a language written without spaces or in Hangul, where a Latin text is plainly not the page's language. */
const CJK_PAGE = /^(?:zh|ja|ko)(?:[-_]|$)/i;

/** True when the tag (as {@link chineseForm} reads it) names Chinese in Traditional characters: `zh-Hant`, `zh-TW`, `zh-HK`, `zh-Hant-TW`, `yue-HK`. */
export function isTraditionalTag(tag: string): boolean {
  return chineseForm(tag)?.script === 'Hant';
}

/**
 * The BCP 47 tag of the site's own words (navigation, headings, feed titles) for a brand speaking
 * `lang`: `en`; for Chinese, Traditional when more than half of the Chinese posts' tags (`postTags`,
 * SitePost.tag) are (the tag most of those share, as written: `zh-TW`, `zh-HK`, `zh-Hant`), or, with
 * no Chinese post, when the brand's own words (`brandText`) are in Traditional characters; else
 * `zh-CN`. brand.language says only `zh`: a Taipei writer's posts were zh-Hant, her site's words
 * Simplified and `lang="zh-CN"`.
 */
export function siteWordsTag(lang: Lang, postTags: Iterable<string>, brandText: string): string {
  if (lang === 'en') return 'en';
  const chinese = [...postTags].filter((t) => primaryLanguage(t) === 'zh');
  if (!chinese.length) return chineseTag(brandText);
  const traditional = chinese.filter(isTraditionalTag);
  if (traditional.length * 2 <= chinese.length) return 'zh-CN';
  const counts = new Map<string, number>();
  for (const tag of traditional) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * The `lang` attribute a piece of the brand's own words needs on a page (its name, label,
 * audience, a strength or impression, a pillar's name or description, a channel's name, a tag):
 * the text's own BCP 47 tag by the posts' rule ({@link postLangTag} of the text alone: `zh-CN`,
 * `en`, `ja`, `ko`) when its language differs from `around`, the tag of the element it sits in
 * (`<html lang>`, or a `lang` on the way down: `en`, `zh-CN`, a post's `zh-TW`); else undefined,
 * so the text inherits and no attribute repeats the page's. Languages are compared by their first
 * subtag, but for Traditional Chinese on a page that is not: 台灣茶 (`zh-Hant`, chineseTag) on a
 * `zh-CN` page gets its own tag, so the brand's Traditional words are not drawn with Simplified
 * glyph shapes; Chinese with no Traditional-only character (咖啡烘焙, or Simplified text) inherits,
 * Han alone on a Japanese (`ja`) page is read as Japanese, a Latin text read as `en` on a page in
 * another Latin-script language (`de`, `fr`: a German post's tag `Führung`) inherits, and a text with no letter (`2026`,
 * `++`, empty) is in no language. Browsers pick fonts and screen readers voices by `lang`
 * (HTML: "The lang attribute"), so 科技周刊 on an English page without it was drawn in a
 * fallback or Japanese font and read with an English voice.
 */
export function textLangAttr(text: string, around: string): string | undefined {
  if (!/\p{L}/u.test(text)) return undefined;
  const tag = postLangTag(text, undefined, '');
  if (primaryLanguage(tag) === primaryLanguage(around)) return tag === 'zh-Hant' && !isTraditionalTag(around) ? tag : undefined;
  if (primaryLanguage(around) === 'ja' && primaryLanguage(tag) === 'zh') return undefined;
  // `en` is also what a Latin text too short to tell reads as (Führung, Größe): on a page in another
  // Latin-script language (a `de` post) it is that page's word as likely as an English one.
  if (tag === 'en' && !CJK_PAGE.test(around)) return undefined;
  return tag;
}

/**
 * The Open Graph `og:locale` (`language_TERRITORY`) of a BCP 47 tag: its region when it has one
 * (`zh-TW` → `zh_TW`, `en-GB` → `en_GB`), else the language's usual one (`en` → `en_US`,
 * `zh-CN` → `zh_CN`, `ko` → `ko_KR`, `ja` → `ja_JP`); a script subtag is left out, but Chinese in
 * Traditional characters (`zh-Hant`) is `zh_TW`, Open Graph's locale for it (it has no script form).
 */
export function ogLocale(tag: string): string {
  const parts = tag.split('-');
  const language = parts[0]!.toLowerCase();
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
  const traditional = language === 'zh' && parts.slice(1).some((p) => p.toLowerCase() === 'hant');
  return `${language}_${(region ?? (traditional ? 'TW' : USUAL_REGION[language]) ?? language).toUpperCase()}`;
}

const USUAL_REGION: Record<string, string> = { en: 'US', zh: 'CN', ko: 'KR', ja: 'JP' };

/** Written-language names, as a Chinese reader says them of a text (英文, not CLDR's spoken 英语). */
const WRITTEN_ZH: Record<string, string> = Object.fromEntries(['英', '日', '韩', '法', '德', '俄', '西班牙', '葡萄牙', '意大利', '越南', '泰', '阿拉伯'].map((n) => [`${n}语`, `${n}文`]));

/**
 * The languages of `tags` (BCP 47, e.g. `en`, `zh-CN`, `zh-TW`, `ko`) named in the interface's
 * language, one name per language (a region or script is no other language: `zh-CN` and `zh-TW`
 * are both Chinese), in the order first met: `['en', 'zh-CN', 'ko']` gives "English, Chinese, or
 * Korean" (Intl.ListFormat's disjunction) and "英文、中文和韩文" (its conjunction, written-language names: the Chinese
 * sentence says "都可以"). Names come from Intl.DisplayNames (CLDR); a tag it does not know is
 * shown as written. An empty list gives "".
 */
export function languageNames(tags: Iterable<string>, ui: Lang): string {
  const names = new Intl.DisplayNames([ui === 'zh' ? 'zh-CN' : 'en'], { type: 'language', fallback: 'code' });
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const language = primaryLanguage(tag);
    if (!language || seen.has(language)) continue;
    seen.add(language);
    let name: string;
    try {
      name = names.of(language) ?? tag;
    } catch {
      name = tag;
    }
    out.push(ui === 'zh' ? (WRITTEN_ZH[name] ?? name) : name);
  }
  return new Intl.ListFormat(ui === 'zh' ? 'zh-CN' : 'en', { type: ui === 'zh' ? 'conjunction' : 'disjunction' }).format(out);
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL_WORD = /\p{Script=Hangul}+/gu;
/** The share of kana among CJK characters from which a text is Japanese (Japanese prose runs 30-60%). */
const KANA_SHARE = 0.1;

/**
 * How many Latin words a Chinese-titled post may hold per CJK character of its prose and still be
 * Chinese: on a real Chinese blog on Java agents (lsieun.github.io), 78 of 306 posts quoting the
 * JDK's English documentation were read as English; at 4, 4 of them were, each mostly English.
 */
const QUOTED_ENGLISH = 4;

/** Fewer CJK characters and Latin words than this, title included, do not tell a post's language. */
const TOO_FEW_WORDS = 20;

/**
 * The frontmatter `lang` of a post whose body has no prose to tell its language (only code,
 * math, links or markup: proseOf leaves no letter), as a {@link Lang}; undefined when the body
 * has prose or `lang` is not set. The theme score reads a post's language from its words: with
 * no words but a title's, `lang` is the author's word on it.
 */
export function languageWithoutProse(lang: string | undefined, body: string): Lang | undefined {
  if (!lang || opensWithProse(body) || /\p{L}/u.test(proseOf(body))) return undefined;
  return postLanguage('', lang, body);
}

/**
 * Whether a body's first line with text is prose that proseOf keeps: a letter, at the line's
 * start no indent or fence mark (`~`), and nothing proseOf takes out (code, math, markup, link
 * addresses, template tags, bare URLs). Most posts open so: their prose is then known without
 * reading the whole body (~25 us a post: 50 ms of a check of 2,000 posts that set `lang`).
 */
function opensWithProse(body: string): boolean {
  const line = /^(?:[ \t]*\r?\n)*([^\n]*)/.exec(body)?.[1] ?? '';
  return /^[^\s~]/.test(line) && !/[`$<>{}\\\]]|https?:/.test(line) && /\p{L}/u.test(line);
}

/** How many Han characters (with CJK punctuation) and Latin words a post's title and prose (proseOf) hold. */
export function proseCounts(title: string, body: string): { cjk: number; latin: number } {
  const { cjk, latin } = readProse(title, body);
  return { cjk, latin };
}

/**
 * How many Han characters (with CJK punctuation) `text` holds as written, code and markup
 * included: at least proseCounts' `cjk` for the same post, and much cheaper (no Markdown read).
 */
export function cjkCount(text: string): number {
  return text.match(CJK_CHAR)?.length ?? 0;
}

/** How many Latin words (two letters or more) `text` holds as written: at least proseCounts' `latin`, as cjkCount. */
export function latinWordCount(text: string): number {
  return text.match(LATIN_WORD)?.length ?? 0;
}

/**
 * An indented code block (CommonMark 0.31 §4.4): lines indented by four spaces or a tab, after a
 * blank line or a heading (it cannot interrupt a paragraph), blank lines inside it included: a
 * shell session split by a blank line is one block. The first group is what came before it.
 */
const INDENTED_CODE = /(^|\n[ \t]*\n|(?:^|\n) {0,3}#{1,6}(?:[ \t][^\n]*)?\n)((?:(?: {4}|\t)[^\n]*(?:\n|$)|[ \t]*\n(?=(?:[ \t]*\n)*(?: {4}|\t)))+)/g;

/**
 * An inline code span (CommonMark 0.31 §6.1): a backtick run, then the same-length run closing it
 * within the paragraph (no blank line between: inline content lies inside one block); a run left
 * unmatched is text. Paired across paragraphs, one lone backtick (a shell command in an image's
 * alt text, a real translated post) turned every paragraph after it into code and the prose
 * between into "prose", and a Chinese post was published as English.
 */
const CODE_SPAN = /(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n)[^])*?(?<!`)\1(?!`)/g;

/**
 * A Markdown body without what a reader does not read as the post's language: code (fenced,
 * indented by a tab or four spaces after a blank line, inline), TeX math (`$$…$$`, and `$…$` by
 * Pandoc's rule: no space just inside, no digit just after), HTML tags, link and image
 * addresses, bare URLs and generators' template tags (`{% … %}`, `{{< … >}}`). Before, a Chinese
 * post with formulas or C++ counted `sum`, `frac`, `left` and every identifier as English words
 * and was published as `lang="en"` (a real blog: 2 of its 73 Chinese posts). Code is found by
 * CommonMark's rules (CODE_SPAN, INDENTED_CODE), in a body with LF or CRLF line endings.
 */
function proseOf(body: string): string {
  // One line ending first: a body read from a CRLF file keeps it, and each rule below reads \n.
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/^ {0,3}(`{3,}(?![^\n]*`)|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm, ' ')
    .replace(INDENTED_CODE, '$1 ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\\\[[\s\S]*?\\\]|\\\([\s\S]*?\\\)/g, ' ')
    .replace(/\$(?=[^\s$])[^$\n]*?[^\s$\\]\$(?!\d)|\$[^\s$\\]\$(?!\d)/g, ' ')
    .replace(CODE_SPAN, ' ')
    .replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/\]\([^)\n]*\)|^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, ']')
    .replace(/\bhttps?:\/\/[^\s)\]>，。]+/g, ' ');
}

/**
 * How many CJK characters (Han and CJK punctuation, as cjkCount counts them) a text spends on one
 * English word's worth: translators price 1,000 Chinese characters at about 600-650 English words
 * (1.5-1.7 a word, before punctuation, which adds about one in ten). Counting one character as one
 * word, a newsletter with each paragraph in both languages read as Chinese (1.7 to 1).
 */
const CJK_PER_WORD = 1.7;

/** Each language's share from which a text is in both (Chinese counted in words: CJK_PER_WORD). */
const BILINGUAL_SHARE = 1 / 3;

/**
 * A post's language as {@link postLanguage} reads it, or `both` for a post written in both
 * languages: no `lang` set, and English words and Chinese (in words: CJK_PER_WORD characters a
 * word) each at least BILINGUAL_SHARE of its title and prose (a newsletter with each paragraph in
 * both languages; an English post quoting a Chinese sentence or two is English). Only where a
 * whole channel's language is told (channelLanguage, calendar entries): a post's own page keeps
 * postLanguage, since it needs one language to be set in.
 */
export function postLanguageMix(title: string, lang: string | undefined, body: string): Lang | 'both' {
  if (lang) return postLanguage(title, lang, body);
  const read = readProse(title, body);
  const zhWords = read.cjk / CJK_PER_WORD;
  const total = zhWords + read.latin;
  if (total > 0 && Math.min(zhWords, read.latin) >= BILINGUAL_SHARE * total) return 'both';
  return proseLanguage(read);
}

/**
 * The language most of `posts` are in (each by {@link postLanguageMix}; a post in both languages
 * counts for neither), or undefined when there is none or as many of each. Any status: the caller
 * picks the posts that count.
 */
export function majorityLanguage(posts: readonly { body: string; data: { title: string; lang?: string } }[]): Lang | undefined {
  let zh = 0;
  let en = 0;
  for (const p of posts) {
    const lang = postLanguageMix(p.data.title, p.data.lang, p.body);
    if (lang === 'zh') zh++;
    else if (lang === 'en') en++;
  }
  return zh > en ? 'zh' : en > zh ? 'en' : undefined;
}

/**
 * The language a channel speaks: that of most of its published posts ({@link majorityLanguage}:
 * a post in both languages counts for neither), else `fallback` when it has none or as many of
 * each. `posts` are the channel's posts, any status: only the published ones count, since they
 * are what its readers have seen.
 */
export function channelLanguage(posts: readonly { body: string; data: { title: string; status: string; lang?: string } }[], fallback: Lang): Lang {
  return majorityLanguage(posts.filter((p) => p.data.status === 'published')) ?? fallback;
}

/**
 * The CLI's language from POSIX locale variables, in their order of precedence
 * (LC_ALL, LC_MESSAGES, LANG; POSIX.1-2017 §8.2): `zh` for any Chinese locale (chineseForm: `zh_CN.UTF-8`,
 * `zh.UTF-8`, a Chinese language's own code `yue_HK.UTF-8`), else `en`.
 * `env` is `process.env` or a test's stand-in.
 */
export function localeLanguage(env: Record<string, string | undefined>): Lang {
  // Any Chinese: zh_CN.UTF-8, zh.UTF-8, and a Chinese language's own code (yue_HK.UTF-8).
  return chineseForm(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'zh' : 'en';
}

/** The CLI's message locales: English, Chinese in Simplified and in Traditional characters (Taiwan's wording). */
export const MESSAGE_LOCALES = ['en', 'zh', 'zh-Hant'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

/**
 * The CLI's message locale from POSIX locale variables (LC_ALL, LC_MESSAGES, LANG, as
 * {@link localeLanguage}): a `zh*` locale of Taiwan, Hong Kong or Macau or of the Hant script
 * (`zh_TW.UTF-8`, `zh_HK.Big5`, `zh_Hant_TW`) is `zh-Hant`; one of another region or of the Hans
 * script (`zh_CN`, `zh_SG`, `zh_Hans`) is `zh`; a `zh` naming neither (`zh.UTF-8`) is `zh-Hant`
 * when `brandTraditional` (the brand writes its words in Traditional characters, as the studio
 * decides for a browser asking for `zh` alone), else `zh`. Any other locale is `en`.
 */
export function localeMessages(env: Record<string, string | undefined>, brandTraditional = false): MessageLocale {
  if (localeLanguage(env) === 'en') return 'en';
  // language[_territory][.codeset][@modifier]; BCP 47's `-` too (zh-Hant-TW).
  const script = chineseForm(env.LC_ALL || env.LC_MESSAGES || env.LANG || '')?.script;
  if (script) return script === 'Hant' ? 'zh-Hant' : 'zh';
  return brandTraditional ? 'zh-Hant' : 'zh';
}

/**
 * A heading and what follows it joined by a colon, as each language writes it: after Chinese
 * (the heading's last character is CJK) the full-width `：` with no space (GB/T 15834-2011
 * §4.6), otherwise `: `. "林梅" + "Kitchen tools" → "林梅：Kitchen tools"; "Publish" +
 * "红烧肉" → "Publish: 红烧肉". Empty `rest` gives the heading alone.
 */
export function joinHeading(heading: string, rest: string): string {
  return rest ? `${heading}${headingColon(heading)}${rest}` : heading;
}

/**
 * `label` with `inner` in brackets, as each language writes it: after Chinese (the label's last
 * character is CJK) full-width `（…）` with no space (GB/T 15834-2011 §4.9), otherwise ` (…)`.
 * "断更" + "7" → "断更（7）"; "Gaps" + "7" → "Gaps (7)".
 */
export function withBrackets(label: string, inner: string): string {
  const last = [...label].at(-1) ?? '';
  return IS_CJK_CHAR.test(last) ? `${label}（${inner}）` : `${label} (${inner})`;
}

/**
 * The colon between a name the user wrote (a channel "Blog London") and the interface's text
 * after it, in the interface's language `lang`: the sentence is the interface's, so a Chinese
 * interface writes `：` whatever script the name is in ("Blog London：近 26 周的发布").
 */
export function nameColon(lang: 'en' | 'zh'): string {
  return lang === 'zh' ? '：' : ': ';
}

/** The colon {@link joinHeading} puts after `heading`: `：` after CJK, else `: `. */
export function headingColon(heading: string): string {
  const last = [...heading].at(-1) ?? '';
  return IS_CJK_CHAR.test(last) ? '：' : ': ';
}
