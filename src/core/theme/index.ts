/** Off-theme detection: build a brand's theme model once, score each post, raise flags. */
export { DEFAULT_THEME_THRESHOLD, buildThemeModel, type ThemeEvidence, type ThemeModel } from './model.ts';
export { scoreTheme, type ThemeResult } from './score.ts';
export { flagTheme, type ThemeFlag, type ThemePost } from './flags.ts';
export { formatOfFile, stripMarkdown, type PostFormat } from './strip-markdown.ts';
export { tokenize, type Token } from './tokenize.ts';
export { readPostTerms, type PostTerms } from './post-terms.ts';
export { provideChineseData, type ChineseData } from './chinese.ts';
