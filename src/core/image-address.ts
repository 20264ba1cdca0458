/**
 * Image addresses as the site reads them, one rule for `check` (store/body-images.ts), import and
 * the build (pages/_lib/local-image-urls.ts, html-images.ts): which addresses name a file beside
 * the post, and which file an address names.
 */

/** An address read from disk, relative to the post: no scheme (RFC 3986 §3.1), not `/…`, `//…` or `#…`. */
export function isLocalImage(url: string): boolean {
  return url !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url);
}

/** An address without its query and fragment (RFC 3986 §3.4, §3.5): `pic.png#center` -> `pic.png`. */
export function withoutQuery(url: string): string {
  return url.replace(/[?#].*$/s, '');
}

/**
 * The file path an address names: without its query and fragment, percent-decoded (RFC 3986
 * §2.1) as a server would (`caf%C3%A9.png` is `café.png`); a stray `%` stays part of the name.
 */
export function addressPath(url: string): string {
  const path = withoutQuery(url);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
