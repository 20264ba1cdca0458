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
 * nearest first, structural ones, hidden ones and numbers (a `2024/` year folder) left out; none
 * for a file outside `root`.
 */
export function subjectFolders(path: string, root: string | undefined): string[] {
  const prefix = (root ?? '').split('\\').join('/').replace(/\/+$/, '');
  if (prefix !== '' && !path.startsWith(`${prefix}/`)) return [];
  const within = (prefix === '' ? path : path.slice(prefix.length + 1)).split('/').slice(0, -1);
  return within.filter((f) => f !== '' && f !== '.' && f !== '..' && !f.startsWith('.') && !/^\d+$/.test(f) && !STRUCTURAL.has(f.toLowerCase())).reverse();
}
