/**
 * A flash line ("Saved.", the channels that followed a brand zone change, "Moved to …") shows once
 * per change. It is carried in the query of the address a form post redirects to (`?saved=1&zoneFrom=…`),
 * so reloading the page, or coming back to it, said it again as if the change had just been made.
 * The page names the parameters that carry its line (StudioLayout `messageParams`), and the browser
 * drops them from the address once the line is shown; the page's own state (a month, a filter) stays.
 */

/** `href` without the query parameters `names` (every value of each); unchanged when it has none of them. */
export function withoutParams(href: string, names: readonly string[]): string {
  const url = new URL(href);
  if (!names.some((name) => url.searchParams.has(name))) return href;
  for (const name of names) url.searchParams.delete(name);
  return url.href;
}

/** Browser: replaces the address with one without the parameters the flash line names (`data-params`, space-separated). */
export function dropFlashParams(doc: Document, win: Pick<Window, 'location' | 'history'>): void {
  const names = doc.querySelector<HTMLElement>('.flash[data-params]')?.dataset.params?.split(' ').filter(Boolean) ?? [];
  const href = withoutParams(win.location.href, names);
  if (href !== win.location.href) win.history.replaceState(win.history.state, '', href);
}

/**
 * The path and query a switch link (language, colour theme) returns to: `url`'s, without the flash
 * line's parameters `names`, as the browser drops them from the address (dropFlashParams). The
 * server writes the link from the address the page was asked at, so right after a save it held
 * `?saved=1` and switching language said "Saved" again.
 */
export function switchBack(url: URL, names: readonly string[]): string {
  const kept = new URL(withoutParams(url.href, names));
  return kept.pathname + kept.search;
}
