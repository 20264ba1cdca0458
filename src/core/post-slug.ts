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

/** Whether `id` is a folder post's (`x/index`, `2026/x/index`; not a bare top-level `index`). */
export const isFolderPostId = (id: string): boolean => /(?<=.)\/index$/.test(id);

/**
 * The id a post with id `from` takes when moved (or copied) to `to`: a folder post moves as a
 * folder, so `to` given as an address (`wechat/x`) is `wechat/x/index`, and the images beside the
 * post go to `wechat/x/` with it, never loose into `wechat/` beside other posts' images. Any other
 * `to` as it is.
 */
export function movedPostId(from: string, to: string): string {
  return isFolderPostId(from) && !isFolderPostId(to) && to !== 'index' ? `${to}/index` : to;
}
