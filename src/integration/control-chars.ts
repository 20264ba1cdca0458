/**
 * Control characters (C0 U+0000-U+001F but tab, LF and CR, and DEL U+007F) have no place in a
 * page, feed or sitemap: HTML forbids them as text (WHATWG HTML 13.2.5.5 "control-character-in-
 * input-stream" is a parse error), XML 1.0 (section 2.2 Char) forbids all but tab, LF and CR,
 * and RFC 5545 section 3.3.11 forbids them in iCalendar TEXT. They reach a post by YAML escapes
 * ("\a", "\x07"), by pasted text in a body or by JSON escapes in planner.json.
 */

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** `text` without control characters (tab, LF and CR kept). */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL, '');
}

/** Whether a response of this Content-Type is text the portfolio writes (HTML, XML, JSON, iCalendar, plain). */
export function isTextResponse(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type.startsWith('text/') || /^application\/(?:[\w.-]+\+)?(?:xml|json)$/.test(type);
}
