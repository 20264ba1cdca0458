/**
 * The studio's request checks (used by src/studio/middleware.ts for every /studio path; an
 * endpoint may also call `guardStudioRequest` itself). The studio writes files, so:
 * - Host must be a loopback name (localhost, 127.0.0.1, [::1]) on the dev server's port: a page
 *   on another site that rebinds its DNS name to 127.0.0.1 still sends its own name as Host.
 * - A request that can change something (anything but GET/HEAD/OPTIONS) must come from the
 *   studio's own origin: Origin (or, without it, Referer) equal to http://<Host>, and
 *   Sec-Fetch-Site, when the browser sends it, same-origin.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Paths the guard applies to: the studio and its endpoints, nothing else. */
export function isStudioPath(pathname: string): boolean {
  return pathname === '/studio' || pathname.startsWith('/studio/');
}

/**
 * Why the request is refused, or null when it may proceed. `host` is the Host the client sent
 * (Astro's dev server builds the request URL from it; the fetch Request drops the header itself);
 * `port` is the dev server's port when known.
 */
export function findRequestProblem(input: { host: string; method: string; headers: Headers; port?: string }): string | null {
  const { host, method, headers, port } = input;
  const match = /^(\[::1\]|[^:]+)(?::(\d+))?$/.exec(host.toLowerCase());
  if (!match || !LOOPBACK.has(match[1]!))
    return `the studio answers only on localhost: Host "${host}" is refused (open http://localhost:${port ?? '4321'}/studio)`;
  if (port && (match[2] ?? '80') !== port) return `the studio runs on port ${port}: Host "${host}" is refused`;
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return `a ${site} request may not change studio files`;
  const expected = `http://${host.toLowerCase()}`;
  const origin = headers.get('origin') ?? originOf(headers.get('referer'));
  if (!origin) return 'a request that changes files must carry an Origin header from the studio page';
  if (origin.toLowerCase() !== expected) return `a request from ${origin} may not change studio files (expected ${expected})`;
  return null;
}

/** A 403 response for a refused request, or null to proceed. */
export function guardStudioRequest(request: Request, port = process.env.THROUGHLINE_STUDIO_PORT): Response | null {
  const host = request.headers.get('host') ?? new URL(request.url).host;
  const problem = findRequestProblem({ host, method: request.method, headers: request.headers, port });
  if (!problem) return null;
  return new Response(JSON.stringify({ error: problem }), {
    status: 403,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * Why a request path cannot be decoded (malformed percent-encoding such as `%E0%A4%A` or
 * `%ZZ`, RFC 3986 §2.1), or null when it decodes. The dev server answers such a path with 400
 * instead of letting a URIError become a 500.
 */
export function findMalformedPath(url: string): string | null {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    decodeURI(path);
    return null;
  } catch {
    return `the address ${JSON.stringify(path.slice(0, 200))} holds a malformed percent-encoding (each % must start a UTF-8 byte such as %C3%A9)`;
  }
}

function originOf(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}
