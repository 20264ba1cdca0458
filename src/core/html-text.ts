/**
 * Plain text for a field that a consumer reads as HTML (RSS 2.0 `<description>` is "entity-
 * encoded HTML"): `&`, `<`, `>`, `"` and `'` become entities, so the reader shows the text and
 * never a tag. The XML writer escapes the result once more, as the RSS spec expects.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Plain text for a feed field that its spec makes plain text but that some readers render as
 * HTML (an RSS title or category, an Atom author name or category term): only a `<` that could
 * open a tag (before a letter, `/`, `!` or `?`) and a `&` that could start a character reference
 * (before a letter, digit or `#`) are escaped. Everything else (`Mei's`, `"quoted"`, `Q & A`,
 * `5 > 3`, `a < b`) is left as written, so it reads the same whether a reader shows the text or
 * renders it as HTML; escaping it as well (`Mei&#39;s`) shows the entity in readers that follow
 * the spec. What is escaped can never become markup or a character reference.
 */
export function escapeAmbiguousText(text: string): string {
  return text.replace(/&(?=[A-Za-z0-9#])|<(?=[A-Za-z/!?])/g, (c) => (c === '&' ? '&amp;' : '&lt;'));
}
