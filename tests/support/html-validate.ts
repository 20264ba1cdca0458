/**
 * html-validate's configuration for the built portfolio, one for every test that validates its
 * pages: the recommended preset, with only the rules turned off or relaxed that refuse what
 * the site writes on purpose or what HTML5 allows (README "Build the portfolio", html-validate).
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

export const PORTFOLIO_HTML_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ...> and attribute values as it receives them.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Post bodies (Markdown) may hold raw characters and long titles are the author's.
    'no-raw-characters': 'off',
    'long-title': 'off',
    // HTML5 ids: not empty, no whitespace; nothing more. Headings' ids are slugs of their text,
    // which may start with a digit (`## 2026-09-10` -> id "2026-09-10", `### 1. 和面` ->
    // "1-和面") and old links to real posts use them; the preset's default asks for a letter first.
    'valid-id': ['error', { relaxed: true }],
    // A GFM table column's alignment (`:-:`) is written as `style="text-align: …"` (sanitize.ts keeps only that).
    'no-inline-style': ['error', { allowedProperties: ['display', 'text-align'] }],
  },
};

/** A validator with {@link PORTFOLIO_HTML_CONFIG}. */
export function portfolioValidator(): HtmlValidate {
  return new HtmlValidate(PORTFOLIO_HTML_CONFIG);
}
