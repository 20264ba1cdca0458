/**
 * The page's fixes of a post body's HTML that the studio's preview applies too, in this order:
 * a heading whose text gives no id (unnamed-headings.ts), a link with nothing to click
 * (empty-links.ts) and a passage in the other script given its own `lang` (part-languages.ts).
 * astro.config.mjs lists them among its hastPlugins and the preview runs this same list over its
 * HTML (studio/drafts/preview-hast.ts), so the draft shows as the page will.
 */
import { emptyLinks } from './empty-links.ts';
import { partLanguages } from './part-languages.ts';
import { unnamedHeadings } from './unnamed-headings.ts';

export const BODY_FIXES = [unnamedHeadings, emptyLinks, partLanguages] as const;
