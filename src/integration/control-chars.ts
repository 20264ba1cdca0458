/**
 * Control characters (C0 U+0000-U+001F but tab, LF and CR, and DEL U+007F) have no place in a
 * page, feed or sitemap: HTML forbids them as text (WHATWG HTML 13.2.5.5 "control-character-in-
 * input-stream" is a parse error), XML 1.0 (section 2.2 Char) forbids all but tab, LF and CR,
 * and RFC 5545 section 3.3.11 forbids them in iCalendar TEXT. They reach a post by YAML escapes
 * ("\a", "\x07"), by pasted text in a body or by JSON escapes in planner.json. In JSON (a JSON
 * Feed, the JSON-LD of a page) they arrive escaped (`\u0007`, `\b`): a reader decodes them back,
 * so there they are removed from the decoded strings.
 */

import { dropControlChars } from '../core/forbidden-chars.ts';

/** `text` without control characters (tab, LF and CR kept). */
export const stripControlChars = dropControlChars;

/** A JSON escape of a control character (`\b`, `\f` or `\u00XX`), after an even run of backslashes. */
const JSON_CONTROL = /(?<!\\)(?:\\\\)*\\(?:[bf]|u00[01][0-9a-fA-F]|u007[fF])/;

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return stripControlChars(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [stripControlChars(k), cleanValue(v)]));
  return value;
}

/**
 * JSON text without control characters, raw or escaped; text that holds no escaped one comes
 * back as it was (only raw ones removed), so formatting is kept; text that is not JSON likewise.
 */
export function stripControlCharsFromJson(text: string): string {
  const raw = stripControlChars(text);
  if (!JSON_CONTROL.test(raw)) return raw;
  try {
    return JSON.stringify(cleanValue(JSON.parse(raw)));
  } catch {
    return raw;
  }
}

const JSON_LD = /(<script\b[^>]*\btype="application\/ld\+json"[^>]*>)([\s\S]*?)(<\/script>)/g;

/**
 * A text response of the portfolio without control characters: raw ones everywhere, escaped
 * ones in JSON and in a page's JSON-LD (written back with `<` as `\u003c`, as json-ld.ts does).
 */
export function stripControlCharsFromOutput(text: string, contentType: string | null): string {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (/json$/.test(type)) return stripControlCharsFromJson(text);
  const raw = stripControlChars(text);
  if (type !== 'text/html' || !raw.includes('application/ld+json')) return raw;
  return raw.replace(JSON_LD, (whole, open: string, json: string, close: string) => {
    const clean = stripControlCharsFromJson(json);
    return clean === json ? whole : `${open}${clean.replace(/</g, '\\u003c')}${close}`;
  });
}

/** Whether a response of this Content-Type is text the portfolio writes (HTML, XML, JSON, iCalendar, plain). */
export function isTextResponse(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type.startsWith('text/') || /^application\/(?:[\w.-]+\+)?(?:xml|json)$/.test(type);
}
