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
 * `[!NOTE]` … alone on the first line of a blockquote (GitHub ignores an alert with text after it
 * on that line); group 1 is the kind. `[!NOTE/Own title]` too, group 2 the title: the form of
 * remark-github-blockquote-alert's `legacyTitle` option (jaywcjlove/remark-github-blockquote-alert,
 * `alertLegacyRegex`), which Astro blogs use (TheJiahao.github.io: `> [!TIP/合并 set 命令]`); an
 * empty title is the kind's own.
 */
export const ALERT = /^\[!(note|tip|important|warning|caution)(?:\/([^\]\n]*))?\][ \t]*(?:\r?\n|$)/i;

/** True for a kind's name in lower case. */
export function isAdmonitionKind(name: string): name is AdmonitionKind {
  return (ADMONITION_KINDS as readonly string[]).includes(name);
}

/** A `:::kind`, `:::kind[label]`, `::::kind{.attrs}` or closing `:::` line; group 1 is the label. */
const FENCE_LINE = /^[ \t]*:{3,}[ \t]*(?:[A-Za-z][\w-]*)?(?:\[([^\]\n]*)\])?(?:\{[^}\n]*\})?[ \t]*$/gm;
/** A `> [!KIND]` or `> [!KIND/title]` alert line; group 1 is its quote marker, kept so that the quote stays one; group 2 the title. */
const ALERT_LINE = /^([ \t]*>[ \t]*)\[!(?:note|tip|important|warning|caution)(?:\/([^\]\n]*))?\][ \t]*$/gim;

/**
 * `source` without admonition markup, for the text a reader sees (excerpts, theme terms): the
 * fence lines (with `keepLabels`, a fence's `[label]` stays as a line of text) and the
 * `[!KIND]` of alert lines go (with `keepLabels`, the title of a `[!KIND/title]` stays); the text inside stays. By lines, not parsed: a fence line inside a
 * code block goes too, which callers that drop code never see.
 */
export function dropAdmonitionMarks(source: string, opts: { keepLabels?: boolean } = {}): string {
  if (!source.includes(':::') && !source.includes('[!')) return source;
  return source.replace(FENCE_LINE, (_, label: string | undefined) => (opts.keepLabels && label ? label : '')).replace(ALERT_LINE, (_, quote: string, title: string | undefined) => quote + (opts.keepLabels && title ? title.trim() : ''));
}
