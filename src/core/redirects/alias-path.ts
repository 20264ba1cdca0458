/**
 * A post's `aliases` (Hugo's name, gohugo.io/content-management/urls/#aliases): the site-relative
 * paths it had on the old site, each served by the build as a page that sends the reader on to
 * the post (pages/[...alias].ts).
 */
// No zod here: `check` reads the alias files of every post through aliasFile, and zod takes
// ~80 ms of a fresh process to load (its schemas live in schema/post.ts).

/** Why `alias` is not a path the build can serve, or undefined when it is one. */
export function aliasProblem(alias: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(alias) || alias.startsWith('//')) return `"${alias}" is a full address: write the path on your old site only, e.g. /posts/my-post/`;
  if (!alias.startsWith('/')) return `"${alias}" does not start with "/": write the whole path on your old site, e.g. /posts/my-post/`;
  if (/[?#]/.test(alias)) return `"${alias}" has a query or fragment ("?" or "#"): a static page cannot answer those; write the path alone`;
  if (/[\u0000-\u0020\u007f-\u009f<>"`\\]/.test(alias)) return `"${alias}" has a space, control character, quote, "<", ">" or "\\": write it percent-encoded as a link would`;
  const decoded = decodedPath(alias);
  if (decoded === undefined || /[%?#\u0000-\u001f\\]/.test(decoded)) return `"${alias}" is not a path a static host can serve (a stray "%" or an encoded "?", "#" or "/")`;
  if (decoded.split('/').some((s) => s === '.' || s === '..')) return `"${alias}" has a "." or ".." part: write the path as the old site served it`;
  return undefined;
}

/** `alias` percent-decoded segment by segment (an encoded `/` inside one stays refused); undefined when it does not decode. */
function decodedPath(alias: string): string | undefined {
  try {
    const segments = alias.split('/').map(decodeURIComponent);
    return segments.some((s) => s.includes('/')) ? `${segments.join('/')}%` : segments.join('/');
  } catch {
    return undefined;
  }
}

/**
 * The file under the build's output folder that answers `alias`: `posts/a/index.html` for
 * `/posts/a/` and `/posts/a` (a static host serves a folder's index.html at both), the path itself
 * for one ending in `.html` or `.htm` (Jekyll's and Pelican's `/2020/01/02/a.html`);
 * percent-decoded, as a host looks the file up. `alias` must be valid (aliasProblem).
 */
export function aliasFile(alias: string): string {
  const path = decodedPath(alias)!.replace(/^\/+/, '');
  if (/\.html?$/i.test(path)) return path;
  const dir = path.replace(/\/+$/, '');
  return dir === '' ? 'index.html' : `${dir}/index.html`;
}
