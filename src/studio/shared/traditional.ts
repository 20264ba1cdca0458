/**
 * The studio's Chinese words in Traditional characters, for the `zh-Hant` locale. The
 * dictionaries write them once, in Simplified; core/i18n/traditional.ts converts them, the
 * portfolio's site words too, with Taiwan's phrases and words (设置 設定, 保存 儲存, 文件 檔案,
 * 渠道 頻道, 计划 計畫), one Taiwan form for every Traditional reader (Hong Kong and Macau
 * included: OpenCC's `hk` converts characters alone and leaves 文件, 默认, 保存 as Simplified
 * readers say them, where a Hong Kong UI says 檔案, 預設, 儲存).
 *
 * OpenCC is loaded on the first word converted (a `zh-Hant` request), so an English or
 * Simplified studio never loads its tables. Each string is converted once per process and kept.
 */
import { toTraditional as convert } from '../../core/i18n/traditional.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';

/** `text` (studio words in Simplified) in Traditional characters with Taiwan's phrases (core/i18n/traditional.ts). */
export function toTraditional(text: string): string {
  return convert(text, 'tw');
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
  // Quoted values and paths first: split at a name first, a name inside a quoted value (the pillar
  // 繪本 in the label "會水彩插畫的繪本創作者") left two halves of quotes that paired across the words
  // between them, which then stayed Simplified ("，2 个支柱，渠道 ").
  return text
    .split(USERS_OWN)
    .map((part, i) => (i % 2 === 1 ? part : (split ? part.split(split) : [part]).map((p, j) => (j % 2 === 1 ? p : toTraditional(p))).join('')))
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
