/**
 * Characters a text format cannot carry, dropped from user text before it is written out
 * (a title pasted from a PDF or a terminal can hold a stray U+0008 or U+001B).
 */

// A high surrogate without a low one after it, or a low one without a high one before it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// C0 controls but tab, LF and CR, and DEL. RFC 5545 §3.1 CONTROL (%x00-08 / %x0A-1F / %x7F)
// outside the line breaks escapeText writes as "\n" (§3.3.11 TEXT allows HTAB); HTML text
// forbids them too (WHATWG HTML 13.2.5.5, control-character-in-input-stream).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** `text` without control characters (C0 but tab, LF and CR, and DEL): what no page, feed or calendar text may hold. */
export function dropControlChars(text: string): string {
  return text.replace(CONTROL, '');
}

/** `text` without the characters XML 1.0 forbids (§2.2 Char), lone surrogates included. */
export function dropNonXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(LONE_SURROGATE, '');
}

/**
 * `text` without the control characters an RFC 5545 TEXT value may not hold (§3.1, §3.3.11),
 * nor lone surrogates; tab, CR and LF stay (escapeText writes line breaks as `\n`).
 */
export function dropNonICalChars(text: string): string {
  // UTF-8 (RFC 5545 §3.1.4) cannot encode a lone surrogate.
  return dropControlChars(text).replace(LONE_SURROGATE, '');
}
