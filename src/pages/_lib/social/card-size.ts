/**
 * The size and type of every generated social card (render.ts draws it): 1200 × 630 px PNG, the
 * 1.91:1 that Open Graph link previews and X's summary_large_image show whole. Pages state them
 * (og:image:width, og:image:height, og:image:type) so a first share shows the picture before the
 * crawler has fetched it (Facebook's sharing guide).
 */
import { joinHeading } from '../../../core/language.ts';

export const SOCIAL_CARD = { width: 1200, height: 630, type: 'image/png' } as const;

/**
 * What the site's own card (/og.png: the label over the name, audience and pillars) says, for its
 * alt text: `Mei Lin: The home cook who photographs her food`, the name alone with no label.
 */
export function siteCardAlt(brand: { name: string; label: string }): string {
  return brand.label ? joinHeading(brand.name, brand.label) : brand.name;
}
