/**
 * Reduces a Markdown/MDX post to the prose a reader sees, so that code, markup and addresses
 * never count as theme evidence. Removed: frontmatter, fenced and indented-free inline code,
 * MDX import/export lines, JSX/HTML tags (their text content stays), HTML comments, MDX
 * expressions, URLs, link targets and reference definitions. Link text and image alt text stay.
 */
const RULES: [RegExp, string][] = [
  [/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, ''], // frontmatter
  [/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]*\1[ \t]*(?=\n|$)|$)/gm, ''], // fenced code
  [/^(?:import|export)\s[^\n]*$/gm, ''], // MDX import/export lines
  [/<!--[\s\S]*?-->/g, ''],
  [/(`+)[\s\S]*?\1/g, ' '], // inline code
  [/<\/?[A-Za-z][\w.:-]*(?:\s+[^<>]*?)?\/?>/g, ' '], // JSX/HTML tags
  [/\{[^{}\n]*\}/g, ' '], // MDX expressions
  [/^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$/gm, ''], // reference definitions
  [/!?\[([^\]\n]*)\]\([^)\n]*\)/g, ' $1 '], // links and images: keep the text/alt
  [/!?\[([^\]\n]*)\]\[[^\]\n]*\]/g, ' $1 '], // reference links
  [/\b(?:https?|ftp|mailto):[^\s<>()]+|\bwww\.[^\s<>()]+/gi, ' '], // bare URLs
];

/** Plain prose of a Markdown or MDX body (frontmatter included or not). */
export function stripMarkdown(source: string): string {
  let text = source;
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement);
  return text;
}
