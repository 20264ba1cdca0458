/**
 * The admonitions both renderers know, the built portfolio's Markdown plugin
 * (pages/_lib/admonitions.ts) and the studio editor's preview (studio/drafts/markdown-preview.ts):
 * the five kinds of GitHub's alerts and Docusaurus' / Fuwari's `:::` directives, their titles,
 * and GitHub's alert line. One list, so that the preview shows what the page will.
 */
import type { Lang } from './language.ts';

export const ADMONITION_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type AdmonitionKind = (typeof ADMONITION_KINDS)[number];

/** The title of each kind, as GitHub shows it in English, and in Chinese. */
export const ADMONITION_TITLES: Record<AdmonitionKind, Record<Lang, string>> = {
  note: { en: 'Note', zh: '备注' },
  tip: { en: 'Tip', zh: '提示' },
  important: { en: 'Important', zh: '重要' },
  warning: { en: 'Warning', zh: '警告' },
  caution: { en: 'Caution', zh: '小心' },
};

/**
 * `[!NOTE]` … on the first line of a blockquote; group 1 is the type. `[!NOTE/Own title]` too,
 * group 2 the title: the form of remark-github-blockquote-alert's `legacyTitle` option
 * (jaywcjlove/remark-github-blockquote-alert, `alertLegacyRegex`), which Astro blogs use
 * (TheJiahao.github.io: `> [!TIP/合并 set 命令]`); an empty title is the kind's own. And
 * Obsidian's callouts (https://help.obsidian.md/callouts), which blogs written in Obsidian keep:
 * any type (`[!info]`, `[!abstract]`, a blog's own `[!ai]`), a fold mark `+` or `-` after it
 * (a page has no folding: the callout is shown open), and a title after it on the same line,
 * group 3 (`> [!ai] qwen/qwen3-vl-8b`, the opening of 139 of 139 posts of a real Fuwari blog).
 * GitHub shows a quote with text after `[!NOTE]` as a plain quote; Obsidian, rehype-callouts and
 * that blog's own plugin show a titled box, which is what its author saw: so it is one here.
 */
export const ALERT = /^\[!([A-Za-z][\w-]*)(?:\/([^\]\n]*))?\][+-]?(?:[ \t]+([^\n]*?))?[ \t]*(?:\r?\n|$)/;

/**
 * Obsidian's callout types (https://help.obsidian.md/callouts, "Supported types") and their
 * aliases, by the kind of box whose colour and meaning they share; a type not listed (a blog's
 * own, as `ai`) is a note, as Obsidian shows an unknown type.
 */
const CALLOUT_KINDS: Record<string, AdmonitionKind> = {
  abstract: 'note', summary: 'note', tldr: 'note', info: 'note', todo: 'note', example: 'note', quote: 'note', cite: 'note',
  hint: 'tip', success: 'tip', check: 'tip', done: 'tip',
  question: 'important', help: 'important', faq: 'important',
  attention: 'warning',
  failure: 'caution', fail: 'caution', missing: 'caution', danger: 'caution', error: 'caution', bug: 'caution',
};

/**
 * The kind of box an alert or callout of `type` (any case) is shown as, and its title when the
 * line gives none: GitHub's five kinds by the post's language (Note, 备注 …); any other type by its
 * own name with a capital, as Obsidian titles it (`[!info]` Info, `[!ai]` Ai).
 */
export function calloutKind(type: string, lang: Lang): { kind: AdmonitionKind; title: string } {
  const name = type.toLowerCase();
  if (isAdmonitionKind(name)) return { kind: name, title: ADMONITION_TITLES[name][lang] };
  return { kind: CALLOUT_KINDS[name] ?? 'note', title: name.charAt(0).toUpperCase() + name.slice(1) };
}

/** True for a kind's name in lower case. */
export function isAdmonitionKind(name: string): name is AdmonitionKind {
  return (ADMONITION_KINDS as readonly string[]).includes(name);
}

/** A `:::kind`, `:::kind[label]`, `::::kind{.attrs}` or closing `:::` line; group 1 is the label. */
const FENCE_LINE = /^[ \t]*:{3,}[ \t]*(?:[A-Za-z][\w-]*)?(?:\[([^\]\n]*)\])?(?:\{[^}\n]*\})?[ \t]*$/gm;
/** A `> [!KIND]`, `> [!KIND/title]` or `> [!type]- Title` alert line (ALERT); group 1 is its quote marker, kept so that the quote stays one; groups 2 and 3 the title. */
const ALERT_LINE = /^([ \t]*>[ \t]*)\[![A-Za-z][\w-]*(?:\/([^\]\n]*))?\][+-]?(?:[ \t]+([^\n]*?))?[ \t]*$/gm;

/**
 * `source` without admonition markup, for the text a reader sees (excerpts, theme terms): the
 * fence lines (with `keepLabels`, a fence's `[label]` stays as a line of text) and the
 * `[!KIND]` of alert lines go (with `keepLabels`, the title of a `[!KIND/title]` stays); the text inside stays. By lines, not parsed: a fence line inside a
 * code block goes too, which callers that drop code never see.
 */
export function dropAdmonitionMarks(source: string, opts: { keepLabels?: boolean } = {}): string {
  if (!source.includes(':::') && !source.includes('[!')) return source;
  return source.replace(FENCE_LINE, (_, label: string | undefined) => (opts.keepLabels && label ? label : '')).replace(ALERT_LINE, (_, quote: string, legacy: string | undefined, title: string | undefined) => quote + (opts.keepLabels ? (legacy ?? title ?? '').trim() : ''));
}
