/** Small text helpers for the portfolio pages: language detection, excerpts, URLs. */

const CJK_CLASS = '[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
const CJK = new RegExp(CJK_CLASS, 'g');
const SPACE_BETWEEN_CJK = new RegExp(`(${CJK_CLASS})\\s+(?=${CJK_CLASS})`, 'g');
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** 'zh' when CJK characters outnumber Latin words in the text, else 'en'. */
export function detectLang(text: string): 'en' | 'zh' {
  const cjk = text.match(CJK)?.length ?? 0;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  return cjk > 0 && cjk >= latin ? 'zh' : 'en';
}

/** A post's language: its `lang` field (zh-CN, zh-TW... -> 'zh'), else detected from its title and body. */
export function postLangOf(title: string, lang: string | undefined, body: string): 'en' | 'zh' {
  return lang ? (lang.toLowerCase().startsWith('zh') ? 'zh' : 'en') : detectLang(`${title}\n${body}`);
}

/** The site's language: `brand.language`, else detected from the name, label and audience. */
export function siteLangOf(brand: { language?: 'en' | 'zh'; name: string; label: string; audience: string }): 'en' | 'zh' {
  return brand.language ?? detectLang(`${brand.name} ${brand.label} ${brand.audience}`);
}

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
