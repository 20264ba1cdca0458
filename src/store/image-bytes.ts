/**
 * Does an image file hold an image Astro can read? A file named `loaf.png` may be empty, a Git
 * LFS pointer (a clone without git-lfs), an HTML error page a download saved under its name, an
 * MP4 or other XML: Astro stops on it with NoImageMetadata (a body image), and a cover or site
 * image is served broken. What the bytes are is core/image-format.ts's to say; this reads them.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { imageProblem, type ImageKind, type ImageVerdict } from '../core/image-format.ts';

/** Git LFS's pointer file (github.com/git-lfs/git-lfs/blob/main/docs/spec.md): its first line. */
const LFS_POINTER = 'version https://git-lfs.github.com/spec/';

/**
 * The file types whose images Astro processes (astro:assets' VALID_INPUT_FORMATS): each is read
 * for its size when the page is built, and a file that is none stops the build.
 */
const PROCESSED = /\.(?:jpe?g|png|tiff?|webp|gif|svg|avif)$/i;

/** How many first bytes are read: enough for every signature and for Astro's SVG root (its first 1,000). */
const HEAD_BYTES = 1024;

/** What a file's name says it is: `svg` for `.svg`, else a raster image. */
export const imageKindOf = (file: string): ImageKind => (/\.svg$/i.test(file) ? 'svg' : 'raster');

/**
 * What makes an existing image file one no build can read, or null: empty, a Git LFS pointer
 * (a copy of a repository cloned without git-lfs holds these small text files instead of the
 * images), or, for a type Astro processes, bytes that are no image (an HTML error page saved as
 * `photo.png`, an MP4, other XML, a file cut short), an image of a format Astro cannot read or
 * not of the kind its name says (core/image-format.ts imageProblem; `processed`: Astro reads and
 * emits it, as a body image; a cover is served as it is), or an SVG Astro cannot size; with
 * `previewed` (a cover under a name link previews show), an image of a format they do not show.
 * Astro then stops with NoImageMetadata and a stack trace, naming the image but no post. Only the
 * first 1,024 bytes are read; the verdict says what they hold, for the message.
 */
export function unreadableImage(file: string, { processed, previewed = false }: { processed: boolean; previewed?: boolean }): ImageVerdict | null {
  const size = statSync(file).size;
  if (size === 0) return { kind: 'empty' };
  const fd = openSync(file, 'r');
  let head: Buffer;
  try {
    head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1', 0, LFS_POINTER.length) === LFS_POINTER) return { kind: 'lfs' };
  return PROCESSED.test(file) ? imageProblem(head, imageKindOf(file), processed, previewed) : null;
}
