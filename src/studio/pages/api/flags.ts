/**
 * GET /studio/api/flags?path=/studio/drafts/2026/x (or /posts/2026/x) -> {post, flags}: the
 * check flags of the post a page shows; post is null for other pages. Used by the toolbar app.
 */
import type { APIRoute } from 'astro';
import { json } from '../../_lib/json.ts';
import { getStudioLang } from '../../_lib/lang.ts';
import { studioRoot } from '../../_lib/root.ts';
import { loadStudioData } from '../../_lib/studio-data.ts';

export const prerender = false;

const POST_PAGE = /^\/(?:studio\/drafts|studio\/publish|posts)\/(.+?)\/?$/;

export const GET: APIRoute = async ({ url, cookies }) => {
  const match = POST_PAGE.exec(url.searchParams.get('path') ?? '');
  if (!match) return json({ post: null, flags: [] });
  let id: string;
  try {
    id = decodeURIComponent(match[1]!);
  } catch {
    return json({ error: 'the path holds a malformed percent-encoding' }, 400);
  }
  const { report } = await loadStudioData(studioRoot(), Date.now(), getStudioLang(cookies));
  const found = report.posts.find((p) => p.id === id);
  if (!found) return json({ post: null, flags: [] });
  const flags = report.flags.filter((f) => 'post' in f && f.post === id);
  return json({ post: id, theme: found.theme, flags });
};
