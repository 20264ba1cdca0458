/**
 * A flag's sentence as DOM nodes, as MessageText.astro renders it (message-runs.ts): a date in a
 * `span.nowrap`, a title or name in the other language in a `span` with its `lang`, the rest as
 * text. For the browser: the editor's live flags and the dev toolbar.
 */
import type { Lang } from '../../core/language.ts';
import { messageRuns } from './message-runs.ts';

/** `message` on a page in `ui` as nodes to append; `titles`: the post titles it may quote. */
export function messageNodes(message: string, ui: Lang, titles: readonly (string | undefined)[] = []): Node[] {
  return messageRuns(message, titles, ui).map((run) => {
    if (!run.date && !run.lang) return document.createTextNode(run.text);
    const span = document.createElement('span');
    if (run.date) span.className = 'nowrap';
    if (run.lang) span.lang = run.lang;
    span.textContent = run.text;
    return span;
  });
}
