/**
 * The folders a moved post was filed in, for the pillars a `--pillar-map` gives by folder and the
 * import's note proposing them (a wiki keeps its notes by subject: Arduino/, 前端/). Only folders
 * inside the imported one count, and never one a generator gives its own meaning: a real Jekyll
 * site's root proposed `_posts`, and `tmp`, `h163`, `src` of the path above it, as pillars.
 */

/** Folders of Jekyll, Hexo, Hugo, Pelican and Astro sites that hold posts by role, not by subject. */
const STRUCTURAL = new Set(['_posts', '_drafts', '_site', '_pages', '_data', '_includes', '_layouts', 'content', 'posts', 'post', 'blog', 'source', 'public', 'static', 'src', 'drafts']);

/**
 * The folders between `root` (the imported folder, as `path` begins with it) and the file `path`,
 * nearest first, structural ones, hidden ones, those starting with `_` and numbers (a `2024/` year
 * folder) left out, and an Astro project's `src/data/<collection>/` or `src/content/<collection>/`
 * (AstroPaper's `src/data/blog`); none for a file outside `root`.
 */
export function subjectFolders(path: string, root: string | undefined): string[] {
  const prefix = (root ?? '').split('\\').join('/').replace(/\/+$/, '');
  if (prefix !== '' && !path.startsWith(`${prefix}/`)) return [];
  let within = (prefix === '' ? path : path.slice(prefix.length + 1)).split('/').slice(0, -1);
  // An Astro project's collection (src/data/blog/, src/content/posts/): its name is the theme's, not a subject.
  if (within[0] === 'src' && (within[1] === 'data' || within[1] === 'content')) within = within.slice(3);
  // `_releases/` and the like: folders a theme keeps out of its addresses (AstroPaper) or a generator reads by role.
  return within.filter((f) => f !== '' && f !== '.' && f !== '..' && !f.startsWith('.') && !f.startsWith('_') && !/^\d+$/.test(f) && !STRUCTURAL.has(f.toLowerCase())).reverse();
}
