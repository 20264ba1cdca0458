/**
 * Studio URLs built from ids. A post id may hold letters of any script ("drafts/跳槽时机"), and a
 * Location header carries bytes, not text: each path segment is percent-encoded as UTF-8 (RFC
 * 3986 §2.1; the WHATWG URL path percent-encode set), so links and redirects work for every id.
 */

/** "drafts/跳槽时机" -> "drafts/%E8%B7%B3%E6%A7%BD%E6%97%B6%E6%9C%BA": each segment encoded, "/" kept. */
export function encodePostId(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

/** The editor of a post: /studio/drafts/<id>. */
export function draftHref(id: string, query = ''): string {
  return `/studio/drafts/${encodePostId(id)}${query}`;
}

/** The publish page of a post: /studio/publish/<id>. */
export function publishHref(id: string, query = ''): string {
  return `/studio/publish/${encodePostId(id)}${query}`;
}

/**
 * A path, query and fragment with every character outside ASCII percent-encoded (what a browser
 * does to an address it is given); "%" sequences already there are kept.
 */
export function toAsciiPath(path: string): string {
  const url = new URL(path, 'http://studio.invalid');
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * A Content-Disposition "attachment" for a file name in any script (RFC 6266 §4.3): an ASCII
 * `filename` fallback (other characters as "_") and the exact name as RFC 8187 `filename*`
 * (UTF-8, percent-encoded). A header carries bytes: a raw 小红书.ics in it fails the response.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const exact = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

/**
 * A 303 "see other" to a studio path. Build it BEFORE writing a file: a header that cannot be
 * sent then fails before anything changed on disk, never after.
 */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { location: toAsciiPath(path) } });
}
