/**
 * Which `cover` a post's page may give as its social image (og:image, twitter:image). Link
 * previews show raster images only: X's cards take JPG, PNG, WEBP and GIF ("SVG is not
 * supported", developer.x.com, Cards markup reference), and Facebook's and LinkedIn's previews
 * the same kinds. A cover of another known image or document type would give every shared link
 * no picture, so the generated card stands in for it.
 */
import { withoutQuery } from './image-address.ts';

/** File types, by extension, that link previews do not show. */
const NOT_PREVIEWED = new Set(['svg', 'svgz', 'avif', 'heic', 'heif', 'tif', 'tiff', 'bmp', 'ico', 'pdf', 'psd', 'eps']);

/**
 * `cover` when a link preview can show it (its path ends in .jpg, .png, .webp, .gif or no known
 * extension, as an image CDN's address does; query and fragment ignored, any case), else
 * undefined: the page then shows its generated card.
 */
export function socialCover(cover: string | undefined): string | undefined {
  if (cover === undefined) return undefined;
  const ext = /\.([a-z0-9]+)$/i.exec(withoutQuery(cover))?.[1]?.toLowerCase();
  return ext !== undefined && NOT_PREVIEWED.has(ext) ? undefined : cover;
}
