/**
 * The cover of a post that keeps it beside itself (`cover: cover.jpg` in a folder post, as import
 * writes a Hugo bundle's or Fuwari post's), served at /covers/<post>/<file name>: its og:image.
 * The build check has made sure the file is there, inside content/posts/ (store/cover-files.ts).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { APIContext } from 'astro';
import { isLocalImage } from '../../core/image-address.ts';
import { localCoverFileOf } from '../../store/cover-files.ts';
import { postSlug } from '../../store/post-paths.ts';
import { projectRoot } from '../_lib/project-root.ts';
import { loadSite } from '../_lib/site-data.ts';
import { localCoverName } from '../_lib/urls.ts';

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.svg': 'image/svg+xml' };

export async function getStaticPaths() {
  const { posts } = await loadSite();
  return posts.flatMap((p) => {
    const cover = p.entry.data.cover;
    if (cover === undefined || !isLocalImage(cover)) return [];
    return [{ params: { path: `${postSlug(p.entry.id)}/${localCoverName(cover)}` }, props: { file: localCoverFileOf(projectRoot(), p.post.file, cover)! } }];
  });
}

export async function GET(context: APIContext): Promise<Response> {
  const { file } = context.props as { file: string };
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  return new Response(new Uint8Array(await readFile(file)), { headers: { 'Content-Type': type } });
}
