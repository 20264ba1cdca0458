/**
 * The browser's time zone, for the clock times the server writes into a page (the editor's "Saved:
 * … was written at 18:14:27"). The autosave line is formatted in the browser, so in the browser's
 * zone; the line after Save was formatted in the zone of the machine running the studio, and on a
 * dev container or a remote box (UTC) the two said 18:14:27 and 10:15:11 for one file. The layout
 * remembers the browser's zone in a cookie (the studio is local: it is sent to this studio only).
 */
import type { AstroCookies } from 'astro';
import { isValidTimeZone } from '../../core/zoned-time.ts';

/** The cookie holding the browser's IANA zone, as `Intl.DateTimeFormat().resolvedOptions().timeZone` gives it. */
export const ZONE_COOKIE = 'throughline-tz';

/** The browser's zone from the request's cookie; undefined without one or when it is no zone (then the machine's is used). */
export function readBrowserZone(cookies: AstroCookies): string | undefined {
  const zone = cookies.get(ZONE_COOKIE)?.value;
  return zone && isValidTimeZone(zone) ? zone : undefined;
}

/** Sets the cookie to the browser's zone when it holds another (a laptop taken from Shanghai to Berlin). Browser only. */
export function rememberBrowserZone(doc: Document): void {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || doc.cookie.split('; ').includes(`${ZONE_COOKIE}=${encodeURIComponent(zone)}`)) return;
  doc.cookie = `${ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
}
