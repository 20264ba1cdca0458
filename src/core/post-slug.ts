/** The address of a post id (no file system here, so core/ and store/ share it). */

/**
 * The public address segment of a post id: `/posts/<slug>/`. A folder post (a page bundle,
 * `content/posts/x/index.md` or `index.mdx`, id `x/index`, also `2026/x/index`) is published as
 * `x`, as Astro's glob() loader and Hugo name such a bundle; any other id is its own slug. A bare
 * top-level `index` keeps its name (stripping it would give the archive's `/posts/`). Two files
 * with one slug (`x.md` beside `x/index.md`) are refused by listPosts, naming both.
 */
export function postSlug(id: string): string {
  return id.replace(/(?<=.)\/index$/, '');
}
