/**
 * Addresses in feeds: made absolute against the base the format defines, and refused unless
 * their scheme, read the way a browser reads it, is http, https or mailto.
 */

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The absolute address for `value` against `base`, if the result is an http(s) or mailto
 * address; a relative address is kept relative only when there is no base and it names no
 * scheme. Entities are expected decoded (an HTML parser's attribute value). The scheme is
 * tested after WHATWG URL parsing, which drops tabs and newlines anywhere and control
 * characters and spaces at either end, so `java\tscript:` is the `javascript:` it becomes.
 */
export function resolveAddress(value: string | null | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!cleaned) return undefined;
  const absolute = parse(cleaned, base && URL.canParse(base) ? base : undefined);
  if (absolute) return SAFE_SCHEMES.has(absolute.protocol) ? absolute.href : undefined;
  // No base to resolve against: keep a path, never anything that names a scheme.
  // A colon in the first segment could read as a scheme somewhere; a plain path never has one.
  if (/^[^/?#]*:/.test(cleaned) || /[\u0000-\u001f\u007f\\]/.test(cleaned)) return undefined;
  return cleaned;
}

/** True for an absolute http(s) address. */
export function isWebUrl(value: string | undefined): value is string {
  if (!value || !URL.canParse(value)) return false;
  return /^https?:$/.test(new URL(value).protocol);
}

/**
 * True for an http(s) address on the machine that made the feed: `localhost` (and its
 * subdomains, RFC 6761 §6.3), 127.0.0.0/8, [::1] and 0.0.0.0. A feed built with its dev server's
 * address (`http://localhost:8080/articles/x/`) names pages and images nobody else can open.
 */
export function isLoopbackUrl(value: string | undefined): boolean {
  if (!isWebUrl(value)) return false;
  const host = new URL(value).hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '[::1]' || host === '0.0.0.0';
}

/** `value` resolved against the bases in order (outermost first), e.g. document URL, then xml:base. */
export function chainBase(...bases: (string | undefined)[]): string | undefined {
  let current: string | undefined;
  for (const base of bases) {
    if (!base) continue;
    const next = parse(base.trim(), current);
    if (next && (next.protocol === 'http:' || next.protocol === 'https:')) current = next.href;
  }
  return current;
}

function parse(value: string, base: string | undefined): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}
