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
 * and, while such an edit is pending or a form post the browser sends is on its way (for
 * LEAVING_HOLD_MS at most), turns the dev server's reload-every-tab into none for this tab. A page served as the answer to a form post (`<body data-posted>`, StudioLayout) is never
 * reloaded: a reload posts the form again, with the revision it was sent with, so a save that
 * went through (a publish whose move was refused) came back as "changed on disk since you opened
 * it", hiding what the page said. `hot` is `import.meta.hot`: undefined outside the dev server,
 * where nothing is done.
 */
export function keepUnsavedEdits(hot: HotChannel | undefined, doc: Document = document): void {
  if (!hot) return;
  if (doc.body?.hasAttribute('data-posted')) {
    hot.on('vite:beforeFullReload', (payload) => { payload.path = KEPT_PATH; });
    return;
  }
  // Typing can come before this module runs (the dev server serves modules one by one).
  let edited = Array.from(doc.forms).some((form) => typedBeforeScript(form) !== null);
  doc.addEventListener('input', (event) => {
    if (event.target instanceof Element && event.target.closest('form')) edited = true;
  });
  doc.addEventListener('submit', () => { edited = false; }, true);
  // A POST the browser sends itself is under way: the page is leaving for the answer. A reload now
  // would cancel that navigation and load this URL again, after the save had gone through: a
  // Save that published a draft moved drafts/x to blog/x, the reload its write set off came
  // first, and the editor showed "No such post drafts/x". Bubble phase, after every handler
  // had its say (one that took the submit over called preventDefault: quick capture, a confirm).
  let leaving = false;
  doc.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement | null;
    if (event.defaultPrevented || form?.method?.toLowerCase() !== 'post') return;
    leaving = true;
    // In case the navigation was stopped (Escape): this tab follows the dev server again.
    globalThis.setTimeout(() => { leaving = false; }, LEAVING_HOLD_MS);
  });
  doc.defaultView?.addEventListener('pageshow', () => { leaving = false; });
  hot.on('vite:beforeFullReload', (payload) => {
    if (edited || leaving) payload.path = KEPT_PATH;
  });
}

/** How long after a form post the page waits for its answer before following reloads again (ms). */
export const LEAVING_HOLD_MS = 60_000;

/**
 * The first field of `form` whose value is no longer the one the page was served with, or null:
 * typing that happened before the page's scripts ran (module scripts run after the HTML is
 * parsed, and under `astro dev` each is fetched on its own, so a fast typist or a slow machine
 * gets there first). No `input` listener saw it, so the scripts ask once they run. Hidden inputs
 * are left out (scripts set them); a select counts when its chosen option is not the served one.
 * Forms of the studio that hold a post carry autocomplete="off", so a value differing from the
 * served one is never the browser restoring an older page's text.
 */
export function typedBeforeScript(form: HTMLFormElement): HTMLElement | null {
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLTextAreaElement && element.value !== element.defaultValue) return element;
    if (element instanceof HTMLInputElement && element.type !== 'hidden') {
      const changed = element.type === 'checkbox' || element.type === 'radio' ? element.checked !== element.defaultChecked : element.value !== element.defaultValue;
      if (changed) return element;
    }
    if (element instanceof HTMLSelectElement && element.options.length > 0) {
      // As served: the last option marked selected (HTML's selectedness setting), else the first.
      const served = Array.from(element.options).findLastIndex((option) => option.defaultSelected);
      if (element.selectedIndex !== Math.max(served, 0)) return element;
    }
  }
  return null;
}
