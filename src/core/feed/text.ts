/**
 * Feed text -> the text a reader sees, decoded exactly once. XML parsing has already undone one
 * layer of escaping (and CDATA none); what is left is read as the format defines it:
 * RSS titles and summaries and Atom `type="html"`/`"xhtml"` are HTML (tags dropped, entities
 * decoded by the `entities` package, the WHATWG table); Atom `type="text"` is final text.
 */
import { decodeHTML } from 'entities';

/** Text of an HTML fragment (a title, a summary, a name): tags dropped, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  const withoutTags = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, ' ');
  return collapse(decodeHTML(withoutTags));
}

/**
 * A title or name written in a format where HTML is allowed but rarely used (RSS, JSON Feed in
 * practice): entities decoded once; tags dropped only when they are HTML elements, so that
 * `Knife skills <part 1>` keeps its words.
 */
export function looseHtmlToText(value: string): string {
  const withoutTags = value.replace(new RegExp(`</?(?:${INLINE_TAGS})(?:\\s[^<>]*)?/?>`, 'gi'), '');
  return collapse(decodeHTML(withoutTags));
}

/** Plain text as written, whitespace collapsed. */
export function plainText(value: string): string {
  return collapse(value);
}

const INLINE_TAGS = 'a|abbr|b|big|br|cite|code|del|dfn|em|font|i|img|ins|kbd|mark|p|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr|div|script|style|iframe|svg|object|embed';

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
