/**
 * A post's table of contents as a tree: each `##` section with its `###` subsections nested in
 * it, so the page's `<ol>` numbers the sections 1, 2, 3 (a flat list of both levels numbered
 * the subsections too: the sections read 1, 2, 7, 8). Each `###` before the first `##` stands on its own.
 * GFM's footnotes heading (id `footnote-label`, added by the processor, not written by the
 * author) is not a section of the post and is left out, as is a heading with no words (an image
 * alone); an entry's text is the heading's without the white space around it.
 */
import { mayHaveOwnToc, ownTocIn } from '../../core/own-toc.ts';
import type { PostFormat } from '../../core/post-format.ts';
import { parseBody } from '../../core/theme/strip-markdown.ts';

export interface TocHeading { depth: number; slug: string; text: string }
export interface TocEntry { slug: string; text: string; children: { slug: string; text: string }[] }

/** `headings` as Astro's render() gives them (document order); only depths 2 and 3 are kept. */
export function tocTree(headings: readonly TocHeading[]): TocEntry[] {
  const out: TocEntry[] = [];
  // The `##` that the `###`s after it nest in; none before the first `##`, so several `###`s
  // there are sections of their own, each numbered, never nested in the first of them.
  let section: TocEntry | undefined;
  for (const h of headings) {
    if (h.slug === 'footnote-label' || (h.depth !== 2 && h.depth !== 3)) continue;
    // A heading of an image alone or white space (`# 　　![](banner.png)`) has no words to list:
    // its entry would be a link with no name (axe link-name). Indents (　　学什么？) are not shown.
    const text = h.text.trim();
    if (text === '') continue;
    if (h.depth === 3 && section) section.children.push({ slug: h.slug, text });
    else {
      const entry: TocEntry = { slug: h.slug, text, children: [] };
      out.push(entry);
      if (h.depth === 2) section = entry;
    }
  }
  return out;
}

/** How many headings the tree holds (a table of contents is shown from 3). */
export const tocSize = (tree: readonly TocEntry[]): number => tree.reduce((n, e) => n + 1 + e.children.length, 0);

/**
 * Whether the post's body (`format`: its file type) writes its own table of contents
 * (core/own-toc.ts): the page then shows no contents box beside it. Only a body with a link to a
 * place of its page is parsed.
 */
export const hasOwnToc = (body: string, format: PostFormat): boolean => mayHaveOwnToc(body) && ownTocIn(parseBody(body, { bodyOnly: true, format }));
