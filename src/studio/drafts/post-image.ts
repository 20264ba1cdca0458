/**
 * A post's own image for the editor's preview. The preview renders `![](pic.png)` as written, so
 * the browser asks /studio/drafts/<folder>/pic.png, relative to the editor's address
 * (/studio/drafts/2024/trip/index for a folder post, /studio/drafts/2024/notes for a file): that
 * is the file content/posts/<folder>/pic.png, beside the post, where the site's build reads it too.
 * Only image types are answered here (the path is otherwise a post id), only files that really lie
 * inside content/posts (no `..`, no symbolic link out), and an SVG under a sandbox policy, so that
 * a script in it cannot run as the studio.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { ThroughlineError } from '../../core/errors.ts';
import { POSTS_DIR, assertInsidePosts } from '../../store/post-paths.ts';

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
};

/**
 * The Response for `path` (the part after /studio/drafts/, decoded) when it names an image (by
 * its extension, any case): 200 with the file's bytes, or 404 when it is not a file inside
 * content/posts. null when `path` is not an image's, for the page to read it as a post id.
 */
export async function postImageResponse(root: string, path: string): Promise<Response | null> {
  const type = TYPES[/\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? ''];
  if (!type) return null;
  const notFound = () => new Response(`No image ${POSTS_DIR}/${path}`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (isAbsolute(path) || path.split('/').some((s) => s === '' || s === '.' || s === '..')) return notFound();
  const base = join(root, POSTS_DIR);
  const file = join(base, path);
  if (relative(base, file).startsWith('..')) return notFound();
  try {
    await assertInsidePosts(root, file, `${POSTS_DIR}/${path}`);
  } catch (error) {
    if (error instanceof ThroughlineError) return notFound();
    throw error;
  }
  if (!(await stat(file).then((s) => s.isFile(), () => false))) return notFound();
  const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' };
  if (type === 'image/svg+xml') headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
  return new Response(new Uint8Array(await readFile(file)), { headers });
}
