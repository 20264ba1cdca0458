/**
 * One post per form until the page it posts to arrives. An impatient double click on Save sent a
 * form twice: the first post saved, and the second, carrying the revision the first had already
 * replaced, was refused with "This file changed on disk since you opened it", so the page said
 * the save had failed when it had not (and a second Plan a post, Mark as published … likewise).
 *
 * Only POST forms the browser sends itself are held: a script that takes a submit over calls
 * preventDefault first (quick capture, the editor's save-first), so its form is never marked, and
 * a GET form (the .ics download, filters) never is. The mark goes when the page is shown again
 * from the back/forward cache, and after `holdMs` in case the navigation was stopped.
 */
export function submitOnce(doc: Document, win: Window, holdMs = 10_000): void {
  // Capture phase: a second submit is stopped before any form's own handler (a confirm) sees it.
  doc.addEventListener('submit', (e) => {
    const form = e.target as HTMLElement;
    if (form.dataset.submitting === undefined) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  }, true);
  // Bubble phase: after every handler of the form had its say, a submit still going marks the form.
  doc.addEventListener('submit', (e) => {
    const form = e.target as HTMLFormElement;
    if (e.defaultPrevented || form.method?.toLowerCase() !== 'post') return;
    form.dataset.submitting = '';
    win.setTimeout(() => { delete form.dataset.submitting; }, holdMs);
  });
  win.addEventListener('pageshow', () => doc.querySelectorAll<HTMLElement>('form[data-submitting]').forEach((form) => { delete form.dataset.submitting; }));
}
