/**
 * A flag's sentence split for display: its ISO dates (kept on one line, keep-dates.ts), the post
 * titles it quotes, and the names written in the other script than the page's (a channel
 * `LinkedIn` or `devto`, a pillar, a file, inside a 中文 sentence; 知乎 inside an English one),
 * each with the `lang` of its own words on a page in `ui` (text-lang.ts), so a screen reader reads
 * a Chinese title in Chinese inside an English sentence, and the other way round. Pure; the
 * editor's script and the dev toolbar use it in the browser too.
 */
import type { Lang } from '../../core/language.ts';
import { splitDates } from './keep-dates.ts';
import { foreignLang } from './text-lang.ts';

export interface MessageRun {
  text: string;
  /** An ISO date or date-time: shown on one line. */
  date?: true;
  /** A quoted title or a name in another language than the page's: its `lang`. */
  lang?: string;
}

/** `message` as runs: each occurrence of a title of `titles` (the longest first where two overlap) on its own, the rest split at dates. */
export function messageRuns(message: string, titles: readonly (string | undefined)[], ui: Lang): MessageRun[] {
  const known = [...new Set(titles.filter((t): t is string => Boolean(t?.trim())))].sort((a, b) => b.length - a.length);
  const runs: MessageRun[] = [];
  let rest = message;
  while (rest) {
    const found = known.map((title) => ({ title, at: rest.indexOf(title) })).filter((f) => f.at >= 0).sort((a, b) => a.at - b.at)[0];
    const before = found ? rest.slice(0, found.at) : rest;
    runs.push(...splitDates(before).flatMap((r) => (r.date ? [{ text: r.text, date: true as const }] : splitScripts(r.text, ui))));
    if (!found) break;
    const lang = foreignLang(found.title, ui);
    runs.push(lang ? { text: found.title, lang } : { text: found.title });
    rest = rest.slice(found.at + found.title.length);
  }
  return runs;
}

/**
 * A word of Latin letters, accented ones too (`LinkedIn`, `devto`, `dev.to`, `content/posts/a.md`,
 * `O'Reilly`, `Café`, a decomposed `Zoë`), ending on a letter, a mark or a digit, and the words after it
 * one space apart (`Food photography`): a name in a 中文 sentence.
 */
const LATIN_RUN = /\p{Script=Latin}(?:[\p{Script=Latin}\p{M}\p{Nd}_.'’&+\-/@#]*[\p{Script=Latin}\p{M}\p{Nd}])?(?: [\p{Script=Latin}\p{Nd}](?:[\p{Script=Latin}\p{M}\p{Nd}_.'’&+\-/@#]*[\p{Script=Latin}\p{M}\p{Nd}])?)*/gu;
/** Han characters, with the Chinese punctuation between them (`知乎`, `小红书·笔记`): a name in an English sentence. */
const HAN_RUN = /\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303F\uFF01-\uFF5E·]*\p{Script=Han})?/gu;

/** `text` (no title, no date) as runs: each run of the other script than `ui`'s on its own with its `lang` (text-lang.ts foreignLang). */
function splitScripts(text: string, ui: Lang): MessageRun[] {
  const runs: MessageRun[] = [];
  let at = 0;
  for (const m of text.matchAll(ui === 'zh' ? LATIN_RUN : HAN_RUN)) {
    const lang = foreignLang(m[0], ui);
    if (!lang) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[0], lang });
    at = m.index + m[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at) });
  return runs;
}
