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

/** Characters that end a run of the user's own (a path or a file name) inside a message. */
const RUN = '[^\\s"“”「」`：:，,；;（）()]';

/**
 * The user's own words inside a message, besides the names given: a value in straight quotes
 * ("…", `…`, as messages quote what a file holds), a path (a run with a `/`) or a file name (a run
 * ending .md, .mdx, .json, .yaml, .yml or .ics: `check` run from content/posts names 我的发布会.md so).
 * Curly quotes (“…”) are left to convert (to 「…」): the messages name the studio's own buttons and
 * pages in them (点“其实切题”), and a title they quote is kept by `own`.
 */
const QUOTED = '"[^"\\n]*"|`[^`\\n]*`';
const PATH = `${RUN}*/${RUN}*|${RUN}+\\.(?:mdx?|json|ya?ml|ics)(?![\\w.])`;

/**
 * A finished message (a core error or flag, a zod issue: Simplified words around the user's own)
 * in `locale`'s script: for `zh-Hant`, its words converted (toTraditional) and the user's own kept
 * as written: each of `own` (titles, channel and pillar names, keywords), what it quotes in
 * straight quotes, and the paths and file names it names, so a message still names them as the
 * files write them. One pattern finds them, the leftmost first and, where two start together, a
 * name before a quoted value before a path: a title holding a `/` or a `"` ("CI/CD 发布流程") stays
 * whole, and a name inside a quoted value (the pillar 绘本 in the label "会水彩插画的绘本创作者") does
 * not split it (it left two halves of quotes that paired across the words between them).
 * Any other locale gets `text` as it is. Only for Simplified text: Taiwan's phrase table reads
 * some Traditional words again (發佈 becomes 釋出), so a converted text is never passed twice.
 */
export function uiText(locale: string, text: string, own: readonly string[] = []): string {
  if (locale !== 'zh-Hant') return text;
  const kept = own.filter((word) => word !== '' && text.includes(word)).sort((a, b) => b.length - a.length);
  const names = kept.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const users = new RegExp(`(${[...names, QUOTED, PATH].join('|')})`, 'u');
  return text
    .split(users)
    .map((part, i) => (i % 2 === 1 ? part : toTraditional(part)))
    .join('');
}

/**
 * The words of the user's a message may name: post titles, channel and pillar names, the pillars'
 * keywords, the strengths and the label (kept as written by uiText: a keyword 發佈 quoted in a
 * warning is not rewritten 釋出, nor 周杰倫 週杰倫).
 */
export function ownWords(planner: Planner, posts: readonly Post[]): string[] {
  const brand = planner.brand;
  return [
    ...posts.map((p) => p.data.title),
    ...planner.channels.map((c) => c.name),
    ...brand.pillars.flatMap((p) => [p.name, ...(p.keywords ?? [])]),
    ...(brand.strengths ?? []),
    brand.label ?? '',
  ];
}

/** A flag with its message and hint in `locale`'s script (uiText, with `own` and the flag's own `evidence`, the draft's words, kept as written). */
export function flagInScript<F extends { message: string; hint?: string; evidence?: readonly string[] }>(flag: F, locale: string, own: readonly string[]): F {
  if (locale !== 'zh-Hant') return flag;
  const kept = flag.evidence?.length ? [...own, ...flag.evidence] : own;
  return { ...flag, message: uiText(locale, flag.message, kept), ...(flag.hint === undefined ? {} : { hint: uiText(locale, flag.hint, kept) }) };
}
