/**
 * The body's heading levels in the editor preview, as the built page moves them: the shallowest
 * body heading becomes an <h2> under the page title, every other one by the same number of levels
 * (integration/sanitize.ts levelBodyHeadings: `# Title` down to h2, a `###`-first outline up to
 * h2), and only for a body the page's sanitizer runs over (mayNeedSanitizing), since the page
 * moves none in the others. The footnotes' label (micromark's `h2#user-content-footnote-label`)
 * neither counts nor moves, as on the page.
 */
import type { Root } from 'hast';
import { headingShift, levelBodyHeadings, mayNeedSanitizing, shiftedLevel } from '../../integration/sanitize.ts';

const FOOTNOTE_LABEL = 'user-content-footnote-label';
// micromark's headings: in a body without raw HTML every `<h` is a tag of its own (text `<` is escaped), and headings never nest.
const HEADING = /<h([1-6])((?:\s[^>]*)?)>([\s\S]*?)<\/h\1>/g;
const isFootnoteLabel = (attributes: string) => attributes.includes(` id="${FOOTNOTE_LABEL}"`);

/** Whether the page moves the headings of a body written as `source` at all (its sanitizer runs). */
export const mayLevelHeadings = (source: string): boolean => mayNeedSanitizing(source);

/** micromark's HTML (a body without raw HTML) with its headings moved as the page moves them. */
export function levelHeadingsInHtml(html: string): string {
  const levels = [...html.matchAll(HEADING)].filter((m) => !isFootnoteLabel(m[2]!)).map((m) => Number(m[1]));
  const shift = headingShift(levels);
  if (shift === 0) return html;
  return html.replace(HEADING, (whole, level: string, attributes: string, inner: string) => {
    if (isFootnoteLabel(attributes)) return whole;
    const tag = `h${shiftedLevel(Number(level), shift)}`;
    return `<${tag}${attributes}>${inner}</${tag}>`;
  });
}

/** The preview's sanitized tree (ids scoped) with its headings moved as the page moves them. Changes `tree`. */
export function levelHeadingsInTree(tree: Root): Root {
  return levelBodyHeadings(tree, FOOTNOTE_LABEL);
}
