/**
 * Feed text -> the text a reader sees, decoded exactly once. XML parsing has already undone one
 * layer of escaping (and CDATA none); what is left is read as the format defines it:
 * RSS titles and summaries and Atom `type="html"`/`"xhtml"` are HTML (tags dropped, entities
 * decoded by the `entities` package, the WHATWG table); Atom `type="text"` is final text.
 *
 * Titles, summaries and names travel on (the portfolio's pages and its own RSS, whose readers
 * may treat a title as HTML), so text that still spells an HTML element after decoding
 * (`<img src=x onerror=…>`) loses that tag; `Knife skills <part 1>` keeps its words.
 */
import { decodeHTML } from 'entities';

/**
 * Text of an HTML fragment (a title, a summary, a name): tags dropped, entities decoded, spaces
 * collapsed. A tag the fragment ends inside (a summary cut at a fixed length:
 * `… <embed src="/x.pdf" type`) is dropped too, as an HTML parser drops it (WHATWG HTML
 * §13.2.5, eof-in-tag); `<` before a space or digit (`x <3`) is text and stays.
 */
export function htmlToText(html: string): string {
  return dropElementTags(decodeHTML(dropElementTags(html.replace(CUT_TAG, ' '), ANY_TAG)), ANY_TAG_AFTER_DECODE);
}

/**
 * Text of an HTML summary or excerpt, which travels on as a post's `description`: as
 * htmlToText, less the headings it opens with (Hexo's excerpt starts with the post's first
 * `<h2>概述</h2>`, which joined to the next block read "概述 本站…"), and with a full stop after
 * each later heading that has none (。 after Chinese), so that blocks do not run together, as
 * the portfolio's own excerpt ends them (pages/_lib/excerpt.ts).
 */
export function summaryToText(html: string): string {
  let rest = html;
  for (let m = LEADING_HEADING.exec(rest); m; m = LEADING_HEADING.exec(rest)) rest = rest.slice(m[0].length);
  rest = rest.replace(HEADING, (all, level: string, inner: string) => {
    const text = htmlToText(inner);
    if (text === '' || SENTENCE_END.test(text)) return all;
    return `<h${level}>${inner}${HAN.test(text) ? '。' : '.'}</h${level}>`;
  });
  return htmlToText(rest);
}

const LEADING_HEADING = /^(?:\s|<!--[\s\S]*?-->)*<h([1-6])\b[^>]*>[\s\S]*?<\/h\1\s*>/i;
const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;
const SENTENCE_END = /[.!?。！？…:：;；]["'”’)）」』]*$/u;
const HAN = /\p{Script=Han}/u;

/** An unclosed tag, comment or declaration at the very end of the text. */
const CUT_TAG = /<[!/?a-z][^<>]*$/i;

/**
 * A title or name written in a format where HTML is allowed but rarely used (RSS, JSON Feed in
 * practice): entities decoded once; only tags of HTML elements dropped.
 */
export function looseHtmlToText(value: string): string {
  return dropElementTags(decodeHTML(dropElementTags(value, ELEMENT_TAG)), ELEMENT_TAG);
}

/** Plain text as written (spaces collapsed), less any tag of an HTML element. */
export function plainText(value: string): string {
  return dropElementTags(value, ELEMENT_TAG);
}

const ELEMENTS =
  'a|abbr|address|applet|area|article|aside|audio|b|base|basefont|bdi|bdo|bgsound|big|blink|blockquote|body|br|button|canvas|caption|center|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|dir|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hr|html|i|iframe|image|img|input|ins|isindex|kbd|keygen|label|layer|legend|li|link|listing|main|map|mark|marquee|math|menu|meta|meter|nav|nobr|noembed|noframes|noscript|object|ol|optgroup|option|output|p|param|picture|plaintext|portal|pre|progress|q|rp|rt|ruby|s|samp|script|search|section|select|slot|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr|xml|xmp|animate|set|foreignobject|use|maction';
/** A tag of a known element, also when glued to attributes (`<svg/onload=…>`), or any tag carrying an attribute. */
const ELEMENT_TAG = new RegExp(`<\\/?(?:(?:${ELEMENTS})(?=[\\s/>])[^<>]*|[a-z][\\w:-]*[\\s/][^<>]*=[^<>]*)>`, 'gi');
/** Any tag, comment or declaration (before decoding, everything tag-like is markup). */
const ANY_TAG = /<[!/?a-z][^<>]*>/gi;
const ANY_TAG_AFTER_DECODE = ELEMENT_TAG;

function dropElementTags(text: string, tags: RegExp): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(tags, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
