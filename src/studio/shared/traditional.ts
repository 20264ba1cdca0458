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
/**
 * A path or a file name (as above, and the pages and pictures a post links: 发布会.html, 封面.png),
 * a link's `#anchor` (a heading's id: #发布流程) and an MDX expression a message quotes ({发布日期}):
 * what the user's files write, which a report names as they write it.
 */
const PATH = `${RUN}*/${RUN}*|${RUN}+\\.(?:mdx?|json|ya?ml|ics|html?|png|jpe?g|gif|webp|svg|avif|pdf)(?![\\w.])|#${RUN}+|\\{[^{}\\n]+\\}`;

/**
 * A finished message (a core error or flag, a zod issue: Simplified words around the user's own)
 * in `locale`'s script: for `zh-Hant`, its words converted (toTraditional) and the user's own kept
 * as written: each of `own` (titles, channel and pillar names, keywords), what it quotes in
 * straight quotes, and the paths and file names it names, so a message still names them as the
 * files write them. One pattern finds them, the leftmost first and, where two start together, a
 * name before a quoted value before a path: a title holding a `/` or a `"` ("CI/CD 发布流程") stays
 * whole, and a name inside a quoted value (the pillar 绘本 in the label "会水彩插画的绘本创作者") does
 * not split it (it left two halves of quotes that paired across the words between them).
 * `quoted`: words the message quotes in curly quotes that are the user's too (a flag's evidence,
 * the draft's own words: “钱包、比特” reads 「钱包、比特」), kept only there, so the same word
 * elsewhere in the message (检查了 12 篇文章) is converted.
 * Any other locale gets `text` as it is. Only for Simplified text: Taiwan's phrase table reads
 * some Traditional words again (發佈 becomes 釋出), so a converted text is never passed twice.
 */
export function uiText(locale: string, text: string, own: readonly string[] = [], quoted: readonly string[] = []): string {
  if (locale !== 'zh-Hant') return text;
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const kept = own.filter((word) => word !== '' && text.includes(word)).sort((a, b) => b.length - a.length);
  // `quoted`: words kept only inside curly quotes, “钱包、比特”, whose quotes become 「」 as any other.
  const spans = new Set(quoted.filter((w) => w !== '').map((w) => `“${w}”`).filter((q) => text.includes(q)));
  const users = new RegExp(`(${[...[...spans].map(escape), ...kept.map(escape), QUOTED, PATH].join('|')})`, 'u');
  return text
    .split(users)
    .map((part, i) => (i % 2 === 0 ? toTraditional(part) : spans.has(part) ? `「${part.slice(1, -1)}」` : part))
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

/** A flag with its message and hint in `locale`'s script (uiText, with `own` kept as written, and the flag's `evidence`, the draft's own words, where its message quotes them: evidenceSpans). */
export function flagInScript<F extends { message: string; hint?: string; evidence?: readonly string[] }>(flag: F, locale: string, own: readonly string[]): F {
  if (locale !== 'zh-Hant') return flag;
  return { ...flag, message: uiText(locale, flag.message, own, evidenceSpans(flag)), ...(flag.hint === undefined ? {} : { hint: uiText(locale, flag.hint, own) }) };
}

/** What an off-theme message quotes of a flag's `evidence` (core/theme/flags.ts: the words joined by 、), for uiText's `quoted`. */
export function evidenceSpans(flag: { evidence?: readonly string[] }): string[] {
  return flag.evidence?.length ? [flag.evidence.join('、')] : [];
}
