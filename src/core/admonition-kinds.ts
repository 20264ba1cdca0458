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

/** `[!NOTE]` … alone on the first line of a blockquote (GitHub ignores an alert with text after it on that line). */
export const ALERT = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\r?\n|$)/i;

/** True for a kind's name in lower case. */
export function isAdmonitionKind(name: string): name is AdmonitionKind {
  return (ADMONITION_KINDS as readonly string[]).includes(name);
}
