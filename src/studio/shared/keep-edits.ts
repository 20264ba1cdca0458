/**
 * Keeps a studio page whose form holds unsaved edits when the dev server asks every browser tab
 * to reload. Astro sends Vite's `full-reload` (path "*") to all tabs whenever its content store
 * changes, that is when a published post's file is edited, renamed or deleted on disk; the
 * editor open on that post, with text typed and not yet saved, reloaded and lost the text,
 * before its own watch on the file (revision polling, autosave's 409 and the merge panel) could
 * offer a choice. A page with no edits still reloads as before (the studio reads the disk on every
 * request, so it comes back current).
 *
 * How: Vite's client (vite/dist/client/client.mjs, `case "full-reload"`) awaits the
 * `vite:beforeFullReload` listeners and then reloads only the page a payload path ending in
 * `.html` names; the listener below gives it a path that names no studio page while an edit is
 * pending. tests/e2e/studio-keep-edits.test.ts fails if a Vite update changes that.
 */

/** The part of `import.meta.hot` used here (Vite's HMR client). */
export interface HotChannel {
  on(event: 'vite:beforeFullReload', listener: (payload: { path?: string }) => void): void;
}

/** A path Vite's client compares with the page's own and finds different, so it does not reload. */
export const KEPT_PATH = '/__throughline-unsaved-edits-kept.html';

/**
 * Watches `doc` for typing in a form (an `input` event inside a `<form>`; a submit clears it)
 * and, while such an edit is pending, turns the dev server's reload-every-tab into none for this
 * tab. `hot` is `import.meta.hot`: undefined outside the dev server, where nothing is done.
 */
export function keepUnsavedEdits(hot: HotChannel | undefined, doc: Document = document): void {
  if (!hot) return;
  let edited = false;
  doc.addEventListener('input', (event) => {
    if (event.target instanceof Element && event.target.closest('form')) edited = true;
  });
  doc.addEventListener('submit', () => { edited = false; }, true);
  hot.on('vite:beforeFullReload', (payload) => {
    if (edited) payload.path = KEPT_PATH;
  });
}
