/**
 * Plain text for a field that a consumer reads as HTML (RSS 2.0 `<description>` is "entity-
 * encoded HTML"): `&`, `<`, `>`, `"` and `'` become entities, so the reader shows the text and
 * never a tag. The XML writer escapes the result once more, as the RSS spec expects.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
