/**
 * A post body as the built portfolio renders it: Sätteri with the features and plugins
 * astro.config.mjs gives Astro's Markdown processor, in its order (preview-math.test.ts, describe
 * 'built-page.ts', checks the config still lists these), and Astro's own defaults (GFM, smart
 * punctuation). Astro's highlighter, image and heading-id plugins are left out: the preview does
 * not do their work.
 */
import { markdownToHtml, type HastPluginDefinition, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';
import { sanitizeHtml } from '../../../../src/integration/sanitize.ts';
import { admonitions } from '../../../../src/pages/_lib/admonitions.ts';
import { bareLinks } from '../../../../src/pages/_lib/bare-links.ts';
import { bodyBase } from '../../../../src/pages/_lib/body-base.ts';
import { cjkEmphasisMarks } from '../../../../src/pages/_lib/cjk-emphasis.ts';
import { cjkLineBreaks } from '../../../../src/pages/_lib/cjk-line-breaks.ts';
import { codeLanguages } from '../../../../src/pages/_lib/code-languages.ts';
import { codeTitles } from '../../../../src/pages/_lib/code-titles.ts';
import { BODY_FIXES } from '../../../../src/pages/_lib/body-fixes.ts';
import { footnoteLabels } from '../../../../src/pages/_lib/footnote-labels.ts';
import { headingIds } from '../../../../src/pages/_lib/heading-ids.ts';
import { htmlImages } from '../../../../src/pages/_lib/html-images.ts';
import { languageQuotes } from '../../../../src/pages/_lib/language-quotes.ts';
import { latinEmphasis } from '../../../../src/pages/_lib/latin-emphasis.ts';
import { scrollFocus } from '../../../../src/pages/_lib/scroll-focus.ts';
import { localImageUrls } from '../../../../src/pages/_lib/local-image-urls.ts';
import { proseTags } from '../../../../src/pages/_lib/prose-tags.ts';
import { proseDollars, texMath } from '../../../../src/pages/_lib/tex-math.ts';
import { tocPlaceholders } from '../../../../src/pages/_lib/toc-placeholder.ts';

type Factory<T> = (ctx: PluginFactoryContext) => T | null;

/** The plugins by the names astro.config.mjs gives them (a spread list by its spread). */
export const MDAST_PLUGINS: Record<string, Factory<MdastPluginDefinition | MdastPluginDefinition[]>> = { proseDollars, proseTags, languageQuotes, cjkEmphasisMarks, admonitions, cjkLineBreaks, localImageUrls, codeTitles, tocPlaceholders, codeLanguages };
export const HAST_PLUGINS: Record<string, unknown> = { sanitizeHtml, texMath, headingIds, '...BODY_FIXES': BODY_FIXES, footnoteLabels, htmlImages, latinEmphasis, bodyBase, scrollFocus, bareLinks };

/** The body's HTML on the built page (before Astro's highlighter). */
export function builtHtml(source: string): string {
  const result = markdownToHtml(source, {
    features: { gfm: true, smartPunctuation: true, directive: true, math: true },
    mdastPlugins: Object.values(MDAST_PLUGINS),
    hastPlugins: Object.values(HAST_PLUGINS).flat() as HastPluginDefinition[],
  });
  return (result as { html: string }).html;
}

/**
 * HTML compared as a reader sees it: no whitespace between tags, `"`, `<` and `` ` `` in text
 * and attributes as written (micromark escapes the first two, Sätteri the last in attributes),
 * and a void element's `<br />` as `<br>`.
 */
export const tight = (html: string) =>
  html.replace(/>\s+</g, '><').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&#x60;', '`').replaceAll('<br />', '<br>').trim();
