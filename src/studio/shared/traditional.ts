/**
 * The studio's Chinese words in Traditional characters, for the `zh-Hant` locale. The
 * dictionaries write them once, in Simplified; OpenCC (opencc-js, MIT and Apache-2.0, already
 * the portfolio's converter: pages/_lib/site-words.ts) converts them with its Taiwan phrase table
 * (`twp`: 设置 設定, 保存 儲存, 文件 檔案, 默认 預設), one Taiwan form for every Traditional
 * reader (Hong Kong and Macau included: a UI needs one wording, and `twp` is the only target
 * with phrases, where `hk` converts characters alone and leaves 文件, 默认 as Simplified readers say them).
 *
 * opencc-js is loaded by {@link loadTraditional} (a dynamic import, from the middleware, only
 * for a request in `zh-Hant`), so an English or Simplified studio never loads its tables. Each
 * string is converted once per process and kept.
 */
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';

/**
 * Simplified words whose Taiwan phrase OpenCC gets wrong for the studio, kept out of its reach
 * and written as given: `twp` reads 发布 as software's release (釋出, even from 發佈) where a post
 * is published (發佈, as the portfolio writes it), and keeps 账号 as 賬號 where Taiwan writes 帳號.
 * It converts characters alone where Taiwan uses another word: a publishing channel is a 頻道
 * (渠道 is a mainland sales channel), a plan a 計畫 (the Ministry of Education's form), a week a
 * 週 (the studio's 周 is always a week: 每周, 近 26 周), following someone 追蹤 (关注 is mainland),
 * a program that does not answer 沒有回應 (響應 is mainland), a site's build 建置 (構建 is mainland),
 * the iPhone's camera format named as its Taiwan settings name it (最相容, not 兼容性最佳), and the
 * keys as a Taiwan keyboard user names them: Enter 鍵 (回車), Esc 鍵 (退出鍵), 空白鍵 and 空白 (空格).
 * 明了 is held as written: `twp` reads a verb's 了 after 明 as 明瞭 (clear), 声明了 becoming 聲明瞭.
 */
export const TRADITIONAL_WORDS: ReadonlyArray<readonly [simplified: string, traditional: string]> = [
  ['发布', '發佈'],
  ['账号', '帳號'],
  ['渠道', '頻道'],
  ['计划', '計畫'],
  ['关注', '追蹤'],
  ['周', '週'],
  ['响应', '回應'],
  ['构建', '建置'],
  ['兼容性最佳', '最相容'],
  ['回车', 'Enter 鍵'],
  ['退出键', 'Esc 鍵'],
  ['空格键', '空白鍵'],
  ['空格', '空白'],
  ['明了', '明了'],
];

/** Taiwan's quotation marks (「」, 『』 inside them) for the dictionaries' “” and ‘’. */
const QUOTES: Readonly<Record<string, string>> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

let convert: ((text: string) => string) | undefined;
const converted = new Map<string, string>();

/** Loads OpenCC's tables once; later calls return at once. */
export async function loadTraditional(): Promise<void> {
  if (convert) return;
  const OpenCC = await import('opencc-js');
  const phrases = OpenCC.Converter({ from: 'cn', to: 'twp' });
  // Each word becomes a private-use mark OpenCC leaves alone, then the word's own Traditional form.
  const mark = (i: number) => `\uE000${String.fromCharCode(0xe001 + i)}`;
  convert = (text) => {
    const held = TRADITIONAL_WORDS.reduce((out, [cn], i) => out.replaceAll(cn, mark(i)), text);
    const words = TRADITIONAL_WORDS.reduce((out, [, tw], i) => out.replaceAll(mark(i), tw), phrases(held));
    return words.replace(/[“”‘’]/g, (q) => QUOTES[q]!);
  };
}

/** True once {@link loadTraditional} has finished. */
export function traditionalLoaded(): boolean {
  return convert !== undefined;
}

/**
 * `text` (studio words in Simplified) in Traditional characters with Taiwan's phrases, from the
 * cache after the first time. Throws when {@link loadTraditional} has not run: the middleware
 * loads it before any `zh-Hant` page or answer is made.
 */
export function toTraditional(text: string): string {
  if (!convert) throw new Error('[studio] toTraditional: opencc-js is not loaded; await loadTraditional() first.');
  let out = converted.get(text);
  if (out === undefined) converted.set(text, (out = convert(text)));
  return out;
}

/**
 * The user's own words inside a message: a value in straight quotes ("…", `…`, as messages quote
 * what a file holds) or a path (a run with a `/`). Curly quotes (“…”) are left to convert (to 「…」): the
 * messages name the studio's own buttons and pages in them (点“其实切题”), and a title they quote
 * is kept by `own`.
 */
const USERS_OWN = /("[^"\n]*"|`[^`\n]*`|[^\s"“”「」`：:，,；;（）()]*\/[^\s"“”「」`：:，,；;（）()]*)/u;

/**
 * A finished message (a core error or flag, a zod issue: Simplified words around the user's own)
 * in `locale`'s script: for `zh-Hant`, its words converted (toTraditional) and the user's own kept
 * as written: what it quotes in straight quotes or names as a path, and each of `own` (titles,
 * channel and pillar names), so a message still names them as the files write them.
 * Any other locale gets `text` as it is. Only for Simplified text: Taiwan's phrase table reads
 * some Traditional words again (發佈 becomes 釋出), so a converted text is never passed twice.
 */
export function uiText(locale: string, text: string, own: readonly string[] = []): string {
  if (locale !== 'zh-Hant') return text;
  const kept = own.filter((word) => word !== '' && text.includes(word)).sort((a, b) => b.length - a.length);
  const split = kept.length ? new RegExp(`(${kept.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'u') : null;
  return (split ? text.split(split) : [text])
    .flatMap((part, i) => (i % 2 === 1 ? [part] : part.split(USERS_OWN).map((p, j) => (j % 2 === 1 ? p : toTraditional(p)))))
    .join('');
}

/** The names a flag may name unquoted: post titles, channel and pillar names (kept as written by uiText). */
export function ownWords(planner: Planner, posts: readonly Post[]): string[] {
  return [...posts.map((p) => p.data.title), ...planner.channels.map((c) => c.name), ...planner.brand.pillars.map((p) => p.name)];
}

/** A flag with its message and hint in `locale`'s script (uiText, with `own` kept as written). */
export function flagInScript<F extends { message: string; hint?: string }>(flag: F, locale: string, own: readonly string[]): F {
  if (locale !== 'zh-Hant') return flag;
  return { ...flag, message: uiText(locale, flag.message, own), ...(flag.hint === undefined ? {} : { hint: uiText(locale, flag.hint, own) }) };
}
