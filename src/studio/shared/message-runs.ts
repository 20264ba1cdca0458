/**
 * A flag's sentence split for display: its ISO dates (kept on one line, keep-dates.ts) and the
 * post titles it quotes, each with the `lang` of its own words on a page in `ui` (text-lang.ts),
 * so a screen reader reads a Chinese title in Chinese inside an English sentence, and the other
 * way round. Pure.
 */
import type { Lang } from '../../core/language.ts';
import { splitDates } from './keep-dates.ts';
import { foreignLang } from './text-lang.ts';

export interface MessageRun {
  text: string;
  /** An ISO date or date-time: shown on one line. */
  date?: true;
  /** A quoted title in another language than the page's: its `lang`. */
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
    runs.push(...splitDates(before).map((r) => (r.date ? { text: r.text, date: true as const } : { text: r.text })));
    if (!found) break;
    const lang = foreignLang(found.title, ui);
    runs.push(lang ? { text: found.title, lang } : { text: found.title });
    rest = rest.slice(found.at + found.title.length);
  }
  return runs;
}
