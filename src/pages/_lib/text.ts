/** Small text helpers for the portfolio pages: language, excerpts, URLs. */

const CJK_CLASS = '[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
const SPACE_BETWEEN_CJK = new RegExp(`(${CJK_CLASS})\\s+(?=${CJK_CLASS})`, 'g');

/** Plain text from Markdown/MDX source: no import/export lines, tags, links' URLs or markup. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|]/g, '')
    .replace(/\s+/g, ' ')
    .replace(SPACE_BETWEEN_CJK, '$1')
    .trim();
}

export { excerptOf } from './excerpt.ts';
export { pillarPath, postPath } from './urls.ts';
